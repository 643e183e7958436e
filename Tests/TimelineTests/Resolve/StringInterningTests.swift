import Testing

@testable import Timeline

/// `PairFeatures.Strings`' byte-hash table against interning by `String` equality alone.
@Suite struct StringInterningTests {
  typealias Space = PairFeatures.Strings.Space

  /// Ids in order of first use, strings compared as `String` compares them.
  static func reference(_ keys: [(Space, String)]) -> [Int] {
    var tables = [[String: Int]](repeating: [:], count: Space.allCases.count)
    var next = 0
    return keys.map { space, s in
      if let k = tables[space.rawValue][s] { return k }
      tables[space.rawValue][s] = next
      next += 1
      return next - 1
    }
  }

  @Test func idsAreTheIdsOfStringEquality() {
    var keys: [(Space, String)] = []
    // Canonically equivalent strings, ASCII or not, in either order; one string in two spaces;
    // the empty string; control characters (the period key's separators).
    let tricky = [
      "K", "\u{212A}", "\u{212A}elvin", "Kelvin", "café", "cafe\u{301}", "", "a\u{1}b", "a\u{2}b", "zürich", "zu\u{308}rich",
    ]
    for (n, s) in (tricky + tricky.reversed()).enumerated() {
      keys.append((n % 3 == 0 ? .keyword : .name, s))
      keys.append((.participant, s))
    }
    // Real words, and enough strings to grow the table several times, each seen twice.
    let corpus = CorpusGenerator(documents: 60, seed: 21).generate()
    for d in corpus.documents {
      for w in d.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(40) {
        keys.append((.keyword, String(w)))
        keys.append((.document, d.id))
      }
    }
    for n in 0..<4000 { keys.append((n % 2 == 0 ? .value : .host, "w\(n % 2000)")) }
    var table = PairFeatures.Strings()
    let ids = keys.map { table.id($0.0, $0.1) }
    let reference = Self.reference(keys)
    let first = ids.indices.first { ids[$0] != reference[$0] }
    #expect(first == nil, "first difference at \(first ?? 0): \(first.map { keys[$0] } ?? (.name, ""))")
    #expect(Set(ids).count > 1000)
    // Every id's key is the string first given it.
    for (k, key) in keys.enumerated() where ids[k] == table.keys.count - 1 {
      #expect(table.keys[ids[k]].string == key.1)
    }
    #expect(table.id(.participant, "K") == table.id(.participant, "\u{212A}"))
    #expect(table.id(.name, "cafe\u{301}") == table.id(.name, "café"))
    #expect(table.id(.name, "café") != table.id(.participant, "café"))
  }

  /// A block's id numbering (``EventResolver/IDNumbers``) gives each id the number a
  /// dictionary gives it (numbers in order of first use), on ids that collide in its table,
  /// spread widely, and fill it to its capacity or grow it many times over.
  @Test(arguments: [false, true]) func blockIDNumbersMatchADictionary(growing: Bool) {
    var seed: UInt64 = 7
    func next() -> UInt64 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return seed >> 33
    }
    for (count, range) in [(0, 1), (10, 3), (500, 64), (4_000, 1_000_000), (3_000, 3_000), (1_000, Int(Int32.max))] {
      let ids = (0..<count).map { _ in Int32(next() % UInt64(range)) }
      var table = EventResolver.IDNumbers(capacity: growing ? 1 : count)
      var reference: [Int32: Int32] = [:]
      for id in ids {
        let known = reference[id]
        let number = table.number(of: Int(id), next: Int32(reference.count))
        #expect(number == known ?? Int32(reference.count))
        if known == nil { reference[id] = number }
      }
      #expect(Set(ids).count == reference.count)
    }
  }
}
