import Testing

@testable import Timeline

@Suite struct SmallestSortedTests {
  /// Ordered by `key` only: `tag` tells equal elements apart, to check their order.
  struct Item: Comparable {
    var key: Int
    var tag: Int
    static func < (l: Item, r: Item) -> Bool { l.key < r.key }
    static func == (l: Item, r: Item) -> Bool { l.key == r.key }
  }

  /// The first `k` of a stable sort (equal keys in input order), for every `k` from none to
  /// more than all, on inputs with many equal keys, ascending, descending and shuffled.
  @Test func smallestSortedIsTheStableSortPrefix() {
    var generator = SystemRandomNumberGenerator()
    var inputs: [[Int]] = [[], [5], Array(0..<40), Array((0..<40).reversed()), Array(repeating: 3, count: 25)]
    for _ in 0..<20 { inputs.append((0..<Int.random(in: 1...80, using: &generator)).map { _ in Int.random(in: 0..<12, using: &generator) }) }
    for keys in inputs {
      let items = keys.enumerated().map { Item(key: $1, tag: $0) }
      // A stable sort spelled out: by key, then by place in the input.
      let stable = items.sorted { ($0.key, $0.tag) < ($1.key, $1.tag) }
      for k in 0...(items.count + 2) {
        let got = items.smallestSorted(k)
        #expect(got.map(\.tag) == stable.prefix(k).map(\.tag), "k \(k) of \(keys)")
      }
    }
  }
}
