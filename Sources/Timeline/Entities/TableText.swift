import Foundation

/// Splitting and trimming for the rule tables compiled into the binary (``GazetteerData/table``
/// and ``TriggerLexicon``'s tables), by bytes.
///
/// `split(separator:)` on a string walks `Character`s (grapheme breaking at every step), and
/// Foundation's `trimmingCharacters(in:)` sets up a character set per call: most of what every
/// process spent building these tables before its first document. Split at an ASCII byte, a
/// table gives the same pieces as long as no separator shares a grapheme with its neighbour (a
/// combining mark right after it), which the tables never have; debug builds (the tests) check
/// every split against the `Character` split.
///
/// ```swift
/// TableText.split("a|b||c", at: 0x7C)                         // ["a", "b", "c"]
/// TableText.split("a|b||c", at: 0x7C, omittingEmpty: false)   // ["a", "b", "", "c"]
/// TableText.trimmed(" Kyiv\t")                                // "Kyiv"
/// ```
enum TableText {
  /// The pieces of `s` between the ASCII byte `separator`, as `split(separator:maxSplits:
  /// omittingEmptySubsequences:)` with that character gives them.
  ///
  /// The separators are found in the contiguous bytes with `memchr`, and each piece is cut from
  /// its byte offsets (the generic split over the UTF-8 view, with a closure call a byte, was
  /// the largest part of building the gazetteer and the trigger tables).
  static func split(
    _ s: Substring, at separator: UInt8, maxSplits: Int = .max, omittingEmpty: Bool = true
  ) -> [Substring] {
    let utf8 = s.utf8
    let pieces =
      utf8.withContiguousStorageIfAvailable { b in
        var out: [Substring] = []
        forEachPiece(b, separator, maxSplits: maxSplits, omittingEmpty: omittingEmpty) { start, end in
          let lo = utf8.index(utf8.startIndex, offsetBy: start)
          out.append(Substring(utf8[lo..<utf8.index(lo, offsetBy: end - start)]))
        }
        return out
      }
      ?? utf8.split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmpty)
      .map { Substring($0) }
    assert(
      pieces
        == s.split(
          separator: Character(Unicode.Scalar(separator)), maxSplits: maxSplits, omittingEmptySubsequences: omittingEmpty)
    )
    return pieces
  }

  /// Calls `body` with the start and end offsets of each piece of `b` between the bytes
  /// `separator`, in order, as `split(separator:maxSplits:omittingEmptySubsequences:)` cuts
  /// them.
  static func forEachPiece(
    _ b: UnsafeBufferPointer<UInt8>, _ separator: UInt8, maxSplits: Int, omittingEmpty: Bool,
    _ body: (Int, Int) -> Void
  ) {
    var start = 0
    var pieces = 0
    if maxSplits > 0, let base = b.baseAddress {
      while let hit = memchr(base + start, Int32(separator), b.count - start) {
        let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        let appended = !(omittingEmpty && end == start)
        if appended {
          body(start, end)
          pieces += 1
        }
        start = end + 1
        if appended && pieces == maxSplits { break }
      }
    }
    if start < b.count || !omittingEmpty { body(start, b.count) }
  }

  /// ``split(_:at:maxSplits:omittingEmpty:)`` of a whole string.
  static func split(_ s: String, at separator: UInt8, maxSplits: Int = .max, omittingEmpty: Bool = true)
    -> [Substring]
  {
    split(s[...], at: separator, maxSplits: maxSplits, omittingEmpty: omittingEmpty)
  }

  /// `s` without the tabs and spaces at either end: what `trimmingCharacters(in: .whitespaces)`
  /// returns (see ``Gazetteer/trimmed(_:)``).
  static func trimmed(_ s: Substring) -> String { Gazetteer.trimmed(s) }
}
