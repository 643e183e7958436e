import Testing

@testable import Timeline

@Suite("TableText.split")
struct TableTextTests {
  /// Every string of up to five characters over `a`, `é`, `|`, `,` (plus a few longer ones),
  /// as whole strings and as substrings that start and end inside them.
  static let texts: [Substring] = {
    let alphabet = ["a", "é", "|", ","]
    var out: [String] = ["", "||a|", "a||b|c||", "Kyiv|Kiev, Kyjiw|", "|é|"]
    var level = [""]
    for _ in 0..<5 {
      level = level.flatMap { s in alphabet.map { s + $0 } }
      out += level
    }
    return out.flatMap { s -> [Substring] in
      s.count < 2 ? [s[...]] : [s[...], s.dropFirst(), s.dropLast()]
    }
  }()

  @Test("gives the pieces the Character split gives, for every limit and emptiness rule")
  func sameAsCharacterSplit() {
    for text in Self.texts {
      for separator in [UInt8(ascii: "|"), UInt8(ascii: ",")] {
        for maxSplits in [0, 1, 2, 3, Int.max] {
          for omittingEmpty in [true, false] {
            let expected = text.split(
              separator: Character(Unicode.Scalar(separator)), maxSplits: maxSplits,
              omittingEmptySubsequences: omittingEmpty)
            let pieces = TableText.split(text, at: separator, maxSplits: maxSplits, omittingEmpty: omittingEmpty)
            #expect(pieces == expected, "\(text.debugDescription) at \(separator), \(maxSplits), \(omittingEmpty)")
          }
        }
      }
    }
  }
}
