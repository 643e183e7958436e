/// The ids of a document's event mentions and claims: `<document>@<start>` and
/// `<document>@<start>:<attribute>`, `start` the byte offset where the trigger or the claim
/// starts.
///
/// Each id is written into one string made at its byte count, the offset's decimal digits in
/// place: a `+` or an interpolation appended the pieces one at a time (the string growing), and
/// `String(_:)` made the number a string of its own through the generic `description`.
///
/// ```swift
/// ExtractionID.make(document: "doc-7", start: 1204)                      // "doc-7@1204"
/// ExtractionID.make(document: "doc-7", start: 88, attribute: "count")    // "doc-7@88:count"
/// ```
enum ExtractionID {
  static func make(document: String, start: Int, attribute: String? = nil) -> String {
    guard start >= 0 else {
      // Never for an offset; written as before.
      return attribute.map { "\(document)@\(start):\($0)" } ?? "\(document)@\(start)"
    }
    var digits = 1
    var rest = start
    while rest >= 10 {
      rest /= 10
      digits += 1
    }
    let count = document.utf8.count + 1 + digits + (attribute.map { 1 + $0.utf8.count } ?? 0)
    return String(unsafeUninitializedCapacity: count) { buffer in
      var n = buffer.initialize(fromContentsOf: document.utf8)
      buffer[n] = 0x40  // "@"
      n += digits + 1
      var value = start
      for k in 1...digits {
        buffer[n - k] = 0x30 + UInt8(value % 10)
        value /= 10
      }
      if let attribute {
        buffer[n] = 0x3A  // ":"
        n += 1
        n = UnsafeMutableBufferPointer(rebasing: buffer[n...]).initialize(fromContentsOf: attribute.utf8) + n
      }
      return n
    }
  }
}
