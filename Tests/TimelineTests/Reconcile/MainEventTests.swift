import Testing

@testable import Timeline

@Suite struct MainEventTests {
  /// ``Reconciler/mainEvent(of:_:_:)`` (the mentions' weights summed after sorting them by
  /// event) chooses the event a table of weights per extraction, merged per document id,
  /// chose: the greatest weight, then the earliest first mention, then the lowest index; on
  /// many random documents of one or two extractions, with ties of every kind and mentions
  /// in no event.
  @Test func mainEventAgreesWithTablesOfWeights() {
    var generator = SeededGenerator(seed: 7)  // a fixed sequence, so a failure repeats
    let roles: [TextRole] = [.headline, .body, .caption]
    for _ in 0..<400 {
      let extractions = (0..<Int.random(in: 1...2, using: &generator)).map { x in
        extraction(
          "d", mentions: (0..<Int.random(in: 0...9, using: &generator)).map { j in
            mention(
              "d", 100 * x + 10 * Int.random(in: 0...4, using: &generator) + j,
              role: roles.randomElement(using: &generator)!, isMain: Bool.random(using: &generator))
          })
      }
      let mentions = extractions.reduce(0) { $0 + $1.mentions.count }
      let clusterAt = (0..<mentions).map { _ in Int32(Int.random(in: -1...3, using: &generator)) }
      let eventOf = MentionEvents(clusterAt: clusterAt, eventOfCluster: [0, 1, 2, 3], in: extractions)
      var weights: [Int: (Int, Int)] = [:]
      for x in extractions.indices {
        for (j, m) in extractions[x].mentions.enumerated() {
          guard let e = eventOf[x, j] else { continue }
          let w = (m.isMain ? 4 : 0) + (m.role == .headline ? 3 : m.role == .caption ? 0 : 1)
          let old = weights[e] ?? (0, Int.min)
          weights[e] = (old.0 + w, max(old.1, -m.triggerSpan.start))
        }
      }
      let best = weights.max { ($0.value.0, $0.value.1, -$0.key) < ($1.value.0, $1.value.1, -$1.key) }
      let expected = best.flatMap { $0.value.0 > 0 ? $0.key : nil }
      #expect(Reconciler.mainEvent(of: Array(extractions.indices)[...], extractions, eventOf) == expected)
    }
  }
}
