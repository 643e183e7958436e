import Testing

@testable import Timeline

/// ``Ingestor/asciiSameNormalized(_:_:)`` answers as comparing the two normalized copies
/// (lowercased, letters and digits only).
@Suite struct SameNormalizedTests {
  static func normalized(_ s: String) -> String { s.lowercased().filter { $0.isLetter || $0.isNumber } }

  @Test func answersAsTheCopies() {
    // A fixed sequence (SplitMix64), so a failure repeats.
    var generator = SeededGenerator(seed: 11)
    let pieces = ["a", "A", "b", "B", "1", " ", "-", ".", ":", "The", "the", "Title", "TITLE", "9", "'", "\t", "z", "Z"]
    var texts = ["", " ", "Kyiv talks", "KYIV  TALKS!", "kyiv-talks", "Kyiv talk", "é", "Café", "cafe"]
    for n in 0...8 {
      for _ in 0..<60 { texts.append((0..<n).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()) }
    }
    var same = 0
    for a in texts {
      for b in texts.prefix(80) {
        let expected = Self.normalized(a) == Self.normalized(b)
        if let answer = Ingestor.asciiSameNormalized(a, b) {
          #expect(answer == expected, "\(a) | \(b)")
          if answer { same += 1 }
        } else {
          #expect(!(a.utf8.allSatisfy { $0 < 0x80 } && b.utf8.allSatisfy { $0 < 0x80 }))
        }
      }
    }
    #expect(same > 100)
  }
}
