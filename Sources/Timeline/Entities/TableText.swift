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
  static func split(
    _ s: Substring, at separator: UInt8, maxSplits: Int = .max, omittingEmpty: Bool = true
  ) -> [Substring] {
    let pieces = s.utf8.split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmpty)
      .map { Substring($0) }
    assert(
      pieces
        == s.split(
          separator: Character(Unicode.Scalar(separator)), maxSplits: maxSplits, omittingEmptySubsequences: omittingEmpty)
    )
    return pieces
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
