import Testing

@testable import Timeline

@Suite struct CanonicalKeysTests {
  /// The tests ``MapReduce/canonicalizeEntities(_:)`` runs before rewriting a mention, a claim
  /// or an entity give what rewriting would: a key ``MapReduce/CanonicalKeys/changed(_:)``
  /// leaves is its own canonical key (`table[k] ?? k == k`), one it changes gets that key,
  /// and the keys ``MapReduce/keepsKeys(_:_:)`` keeps are their own sorted, unique canonical
  /// keys; on many random tables, with ASCII and non-ASCII keys (a decomposed "é" equals the
  /// composed one as a `String`, byte for byte it differs).
  @Test func keptKeysAreTheirOwnCanonicalKeys() {
    var generator = SeededGenerator(seed: 7)  // a fixed sequence, so a failure repeats
    let keys = [
      "person:ruiz", "person:roe", "country:peru", "person:zelensky", "person:zelenskyy", "city:montreal",
      "city:montr\u{E9}al", "city:montre\u{301}al", "group:nato", "person:a",
    ]
    for _ in 0..<400 {
      var table: [String: String] = [:]
      for k in keys where Bool.random(using: &generator) { table[k] = keys.randomElement(using: &generator)! }
      let canon = MapReduce.CanonicalKeys(table)
      for k in keys {
        let full = table[k] ?? k
        if let v = canon.changed(k) {
          #expect(v == full)
        } else {
          #expect(full == k)
        }
        #expect(canon.key(k) == full)
      }
      #expect(canon.changed(nil as String?) == nil)
      let list = (0..<Int.random(in: 0...4, using: &generator)).map { _ in keys.randomElement(using: &generator)! }
      for ps in [list, Array(Set(list)).sorted()] {
        let rewritten = Array(Set(ps.map { table[$0] ?? $0 })).sorted()
        if MapReduce.keepsKeys(ps, canon) { #expect(rewritten == ps) }
        #expect(MapReduce.canonicalSorted(ps, canon) == (MapReduce.keepsKeys(ps, canon) ? ps : rewritten))
      }
    }
  }
}
