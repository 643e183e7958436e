import Testing

@testable import Timeline

/// The analysis view's word-at-a-time ASCII test and word count, and its lowercasing, answer
/// as the straightforward code they stand in for.
@Suite struct BlockViewTests {
  /// `(lowercased when ASCII, spaces plus one)`, a byte at a time.
  static func straightforward(_ bytes: [UInt8]) -> (String?, Int) {
    let words = bytes.isEmpty ? 0 : bytes.filter { $0 == 0x20 }.count + 1
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return (nil, words) }
    let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    return (String(decoding: lower, as: UTF8.self), words)
  }

  @Test func lowercasesASCIIAndCountsWordsAsByteAtATime() {
    // ASCII bytes (and a few others) in many texts of lengths 0 to 40.
    // A fixed sequence (SplitMix64), so a failure repeats.
    var generator = SeededGenerator(seed: 42)
    let alphabet: [UInt8] = Array(0x00...0x7F) + [0x80, 0xC3, 0xA9, 0xE2, 0xFF]
    var texts: [[UInt8]] = [[], Array("AZaz@[`{ ".utf8), Array("Ähnlich BY Ana".utf8)]
    for length in 0...40 {
      for _ in 0..<10 {
        texts.append((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
        texts.append((0..<length).map { _ in UInt8.random(in: 0x20...0x7E, using: &generator) })
      }
    }
    for byte in alphabet { texts.append(Array(repeating: byte, count: 17)) }
    for text in texts {
      // A slice with an offset base, as the view reads a block out of the whole source.
      let padded = [0x41] + text + [0x41]
      let slice = padded[1..<(padded.count - 1)]
      let (lower, words, ascii) = BlockClassifier.asciiLowercasedAndWords(slice)
      let (expectedLower, expectedWords) = Self.straightforward(text)
      #expect(lower == expectedLower, "\(text)")
      #expect(words == expectedWords, "\(text)")
      #expect(ascii == (expectedLower != nil), "\(text)")
      // The copy is made only up to a number of words.
      let (limited, _, _) = BlockClassifier.asciiLowercasedAndWords(slice, lowercaseWords: 3)
      #expect(limited == (expectedWords <= 3 ? expectedLower : nil), "\(text)")
    }
  }
}
