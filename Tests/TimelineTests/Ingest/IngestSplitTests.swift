import Testing

@testable import Timeline

/// `ingestSplit`, which cuts ASCII text into pieces in one pass over its bytes, gives the pieces
/// `split(whereSeparator:)` gives on characters, for strings and substrings.
@Suite struct IngestSplitTests {
  @Test func piecesAsSplitOnCharacters() {
    // A fixed sequence (SplitMix64), so a failure repeats.
    var generator = SeededGenerator(seed: 41)
    let pieces = ["a", "By", " ", " ", ",", "|", "—", "–", "é", "\r\n", "Ana", "Ruiz", "AP", "-", ".", "\t"]
    var texts = ["", " ", ",", "a", "a b", " a  b ", "Jane Roe, Associated Press", "Ana Ruiz | AFP", "Roe — Reuters"]
    for n in 1...9 {
      for _ in 0..<60 { texts.append((0..<n).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()) }
    }
    func dash(_ c: Character) -> Bool { c == "—" || c == "–" }
    for text in texts {
      let words = text.ingestSplit(" ").map(String.init)
      #expect(words == text.split(separator: " ").map(String.init), "\(text.debugDescription)")
      let parts = text.ingestSplit(",", "|", orNonASCII: dash).map(String.init)
      #expect(parts == text.split(whereSeparator: { $0 == "," || $0 == "|" || dash($0) }).map(String.init), "\(text.debugDescription)")
      // A substring that starts and ends inside the text.
      let inner = text.dropFirst().dropLast()
      #expect(
        inner.ingestSplit(",", "|", orNonASCII: dash).map(String.init)
          == inner.split(whereSeparator: { $0 == "," || $0 == "|" || dash($0) }).map(String.init),
        "\(text.debugDescription)")
    }
  }
}
