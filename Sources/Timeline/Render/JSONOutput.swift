import Foundation

/// Deterministic JSON encoding for every output of the engine.
///
/// Keys sorted, pretty-printed, slashes unescaped, a trailing newline: byte-identical output
/// for the same values on every machine.
public enum JSONOutput {
  public static func encode<T: Encodable>(_ value: T) -> String {
    guard let data = pretty(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Sorted keys, pretty-printed, slashes unescaped; no trailing newline.
  private static func pretty<T: Encodable>(_ value: T) -> Data? {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return try? encoder.encode(value)
  }

  /// The timeline, byte-identical to the generic `encode`, with the elements of its large
  /// arrays (documents, events, conflicts, diagnostics) encoded on all cores: each element is
  /// encoded alone, indented to its depth and spliced into the encoding of the report with those
  /// arrays empty. (JSON strings hold no raw newline, so indenting line by line is safe; empty
  /// lines, from empty arrays, stay unindented as the encoder writes them.)
  public static func encode(_ report: TimelineReport) -> String {
    var skeleton = report
    skeleton.documents = []
    skeleton.events = []
    skeleton.conflicts = []
    skeleton.diagnostics = []
    let whole = encode(Wrapped(report: skeleton)).dropLast()  // without the trailing newline
    var pieces: [Substring] = [Substring(whole)]
    func splice(_ key: String, _ parts: [String]) -> Bool {
      guard !parts.isEmpty else { return true }
      let marker = "\n  \"\(key)\" : [\n\n  ]"
      guard let last = pieces.popLast(), let at = last.ingestFind(marker) else { return false }
      let cut = last.utf8.index(last.startIndex, offsetBy: at)
      let after = last.utf8.index(cut, offsetBy: marker.utf8.count)
      pieces.append(last[..<cut])
      pieces.append(Substring("\n  \"\(key)\" : [\n"))
      pieces.append(Substring(parts.joined(separator: ",\n")))
      pieces.append(Substring("\n  ]"))
      pieces.append(last[after...])
      return true
    }
    // Keys are sorted, so the arrays appear in this order.
    guard splice("conflicts", parallelMap(report.conflicts) { element($0) }),
      splice("diagnostics", parallelMap(report.diagnostics) { element($0) }),
      splice("documents", parallelMap(report.documents) { element($0) }),
      splice("events", parallelMap(report.events) { element($0) })
    else { return encode(Wrapped(report: report)) }
    return pieces.joined() + "\n"
  }

  /// Generic encoding of a report (the overload above takes `TimelineReport` itself).
  private struct Wrapped: Encodable {
    var report: TimelineReport
    func encode(to encoder: Encoder) throws { try report.encode(to: encoder) }
  }

  /// One array element as it appears at depth 2 of a pretty-printed report: every line but
  /// empty ones indented by four spaces, in one pass over the encoded bytes.
  private static func element<T: Encodable>(_ value: T) -> String {
    guard let data = pretty(value) else { return "    {}" }
    let indent: [UInt8] = Array("    ".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(data.count + data.count / 4)
    var lineStart = true
    data.withUnsafeBytes { raw in
      for byte in raw {
        if lineStart, byte != 0x0A { out.append(contentsOf: indent) }
        out.append(byte)
        lineStart = byte == 0x0A
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// One compact line (for JSON-lines streams), keys sorted.
  public static func line<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
