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

/// What a run lets go of: freed on a background thread by default, held by
/// `Releases.holding` (the benchmark frees it after its clock stops).
@Suite struct ReleasesTests {
  final class Probe: Sendable {}

  @Test func valuesLetGoInsideHoldingAreFreedWithTheHeldList() {
    weak var watched: Probe?
    var (count, held) = Releases.holding { () -> Int in
      let probe = Probe()
      watched = probe
      releaseInBackground([probe])
      return 1
    }
    #expect(count == 1)
    #expect(held.count == 1)
    #expect(watched != nil)  // held, not handed to a background thread
    held = []
    count = 0
    #expect(watched == nil)
  }

  @Test func holdingIsPerThreadAndNests() {
    let (inner, outer) = Releases.holding { () -> [AnyObject] in
      releaseInBackground(Probe())
      let (_, inner) = Releases.holding { releaseInBackground(Probe()) }
      return inner
    }
    #expect(inner.count == 1)  // the inner run's value only
    #expect(outer.count == 1)  // and the outer's, once the inner run is over
    let (_, none) = Releases.holding {
      let done = DispatchSemaphore(value: 0)
      Thread {  // another thread's run (`DispatchQueue.sync` would run it on this one)
        releaseInBackground(Probe())
        done.signal()
      }.start()
      done.wait()
    }
    #expect(none.isEmpty)
  }
}
