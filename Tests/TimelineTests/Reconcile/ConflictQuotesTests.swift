import Testing

@testable import Timeline

@Suite struct ConflictQuotesTests {
  /// ``ConflictDetector/wordingsClash(_:_:_:_:)`` on id lists and first documents agrees with
  /// the test on sets it replaced (shared words of the two word sets, at least 30% of the
  /// smaller; two documents or more in the union of their document sets), on many random
  /// pairs of wordings.
  @Test func wordingsClashAgreesWithTheSetTest() {
    var generator = SeededGenerator(seed: 42)  // a fixed sequence, so a failure repeats
    let vocabulary = (0..<12).map { "w\($0)" }
    let documents = ["a", "b", "c"]
    for _ in 0..<5_000 {
      let wa = Set((0..<Int.random(in: 0...5, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! })
      let wb = Set((0..<Int.random(in: 0...5, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! })
      let da = (0..<Int.random(in: 1...3, using: &generator)).map { _ in documents.randomElement(using: &generator)! }
      let db = (0..<Int.random(in: 1...3, using: &generator)).map { _ in documents.randomElement(using: &generator)! }
      let shared = wa.intersection(wb).count
      let expected =
        !wa.isEmpty && !wb.isEmpty && shared >= 1 && Double(shared) / Double(min(wa.count, wb.count)) >= 0.3
        && Set(da).union(db).count >= 2
      func ids(_ w: Set<String>) -> [Int32] { w.map { Int32(vocabulary.firstIndex(of: $0)!) }.sorted() }
      func summary(_ d: [String]) -> (first: String, others: Bool) { (d[0], d.contains { $0 != d[0] }) }
      #expect(ConflictDetector.wordingsClash(ids(wa), ids(wb), summary(da), summary(db)) == expected)
    }
  }
}
