import Testing

@testable import Timeline

@Suite struct EntityNamesTests {
  /// ``Reconciler/entityNames(_:)`` (each key's names counted in a chain of its own)
  /// chooses the names the sort of each key's name counts chose: the most common, then the
  /// longest, then the first A–Z; on many random corpora with ties of every kind.
  @Test func entityNamesAgreeWithSortingEachKeysNames() {
    var generator = SeededGenerator(seed: 42)  // a fixed sequence, so a failure repeats
    let keys = ["person:ruiz", "person:roe", "country:peru"]
    let names = ["Ana Ruiz", "A. Ruiz", "Ruiz", "Jane Roe", "Roe", "J. Roe", "Peru", "Perú", "PERU", "Ana  Ruiz"]
    for _ in 0..<300 {
      let documents = (0..<Int.random(in: 1...5, using: &generator)).map { d in
        var x = extraction("d\(d)", mentions: [])
        x.entities = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
          Entity(
            key: keys.randomElement(using: &generator)!, name: names.randomElement(using: &generator)!,
            kind: .person)
        }
        return x
      }
      var counts: [String: [String: Int]] = [:]
      for x in documents { for e in x.entities { counts[e.key, default: [:]][e.name, default: 0] += 1 } }
      let expected = counts.mapValues { c in
        c.sorted { ($0.value, $0.key.count, $1.key) > ($1.value, $1.key.count, $0.key) }.first!.key
      }
      #expect(Reconciler.entityNames(documents) == expected)
    }
  }
}
