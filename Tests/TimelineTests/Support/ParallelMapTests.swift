import Foundation
import Testing

@testable import Timeline

/// The one parallel helper: input order kept, and the consuming form frees each item as soon
/// as it is taken.
@Suite struct ParallelMapTests {
  final class Item: Sendable {
    let n: Int
    init(_ n: Int) { self.n = n }
  }

  @Test func resultsKeepInputOrder() {
    let items = Array(0..<5000)
    #expect(parallelMap(items) { $0 * 2 } == items.map { $0 * 2 })
    #expect(parallelMap(consuming: items.map { Item($0) }) { $0.n * 3 } == items.map { $0 * 3 })
    #expect(parallelMap(consuming: [Item]()) { $0.n }.isEmpty)
  }

  @Test func takenItemsAreFreedOneByOne() {
    var items = (0..<4).map { Item($0) }
    weak let first = items[0]
    weak let second = items[1]
    let slots = Slots(taking: items)
    items = []
    #expect(first != nil)  // held by its slot alone
    #expect(slots.take(0).n == 0)  // taken and dropped: freed
    #expect(first == nil)
    #expect(second != nil)
    #expect(slots.take(1).n == 1)
    #expect(second == nil)
  }
}
