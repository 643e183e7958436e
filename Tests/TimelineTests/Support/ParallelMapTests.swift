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
    // Many more items than 16 chunks per core of at most `parallelChunkLimit`: every item
    // mapped once, in order, and the chunks end where the items do.
    let many = Array(0..<(parallelChunkLimit * 64 * ProcessInfo.processInfo.activeProcessorCount + 77))
    #expect(parallelMap(many) { $0 &* 7 } == many.map { $0 &* 7 })
  }

  /// Grouping by key keeps each group's values in the order they were added; groups no item
  /// names are empty.
  @Test func groupedKeepsEachGroupsOrder() {
    let items = [(2, 10), (0, 11), (2, 12), (4, 13), (0, 14), (2, 15)]
    let grouped = Grouped<Int>(groups: 5) { add in for (g, v) in items { add(g, v) } }
    #expect(grouped.start == [0, 2, 2, 5, 5, 6])
    #expect(Array(grouped[0]) == [11, 14] && Array(grouped[2]) == [10, 12, 15] && Array(grouped[4]) == [13])
    #expect(grouped[1].isEmpty && grouped[3].isEmpty)
    #expect(Grouped<Int>(groups: 3) { _ in }.values.isEmpty)
  }

  @Test func updatesInPlaceOnlyTheGivenItems() {
    var items = (0..<5000).map { [$0] }
    let shared = items[7]  // a second reference: the update must not write through it
    let chosen = Array(stride(from: 1, to: 5000, by: 3))
    parallelUpdate(&items, at: chosen) { k, item in item.append(k * 10) }
    #expect(items.indices.allSatisfy { items[$0] == ($0 % 3 == 1 ? [$0, $0 * 10] : [$0]) })
    #expect(shared == [7])
    parallelUpdate(&items, at: []) { _, item in item = [] }
    #expect(items[0] == [0])
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

/// The (key, tie) order of records, found without sorting the records themselves.
@Suite struct SortedPositionsTests {
  struct Record {
    var id: String
    var path: String
  }

  @Test func alreadyIncreasingKeysNeedNoOrder() {
    let records = ["a", "b", "c"].map { Record(id: $0, path: "p") }
    #expect(sortedPositions(records, key: \.id, tie: \.path) == nil)
    #expect(sortedPositions([Record](), key: \.id, tie: \.path) == nil)
  }

  @Test func otherwiseKeysThenTiesInOrder() {
    let records = [Record(id: "b", path: "2"), Record(id: "a", path: "9"), Record(id: "b", path: "1")]
    #expect(sortedPositions(records, key: \.id, tie: \.path) == [1, 2, 0])
    // Equal keys, even in order, are not "strictly increasing": the tie decides.
    let twins = [Record(id: "a", path: "2"), Record(id: "a", path: "1")]
    #expect(sortedPositions(twins, key: \.id, tie: \.path) == [1, 0])
  }
}

/// Repeated document ids: renamed on ingest, dropped (with a diagnostic) on resolution; the
/// rest in id order.
@Suite struct DuplicateIDTests {
  func doc(_ id: String, _ path: String) -> Document {
    Document(id: id, path: path, source: SourceText(bytes: Array("text".utf8)))
  }

  @Test func ingestRenamesARepeatedIDAndKeepsIDOrder() {
    var diagnostics: [Diagnostic] = []
    let docs = [doc("b", "b.txt"), doc("a", "x/a.txt"), doc("c", "c.txt"), doc("a", "a.txt")]
    let out = Ingestor.uniqueSorted(docs, diagnostics: &diagnostics)
    #expect(out.map(\.id) == ["a", "a~2", "b", "c"])
    #expect(out.map(\.path) == ["a.txt", "x/a.txt", "b.txt", "c.txt"])  // the first in path order keeps its id
    #expect(diagnostics.map(\.code) == ["ingest.duplicate-id"])
    var none: [Diagnostic] = []
    #expect(Ingestor.uniqueSorted(out, diagnostics: &none).map(\.id) == out.map(\.id))
    #expect(none.isEmpty)
  }

  @Test func resolutionDropsASecondDocumentWithOneID() {
    var diagnostics: [Diagnostic] = []
    var second = extraction("a", mentions: [])
    second.path = "z/a.txt"
    let input = [extraction("c", mentions: []), second, extraction("a", mentions: []), extraction("b", mentions: [])]
    let out = MapReduce.uniqueDocuments(input, diagnostics: &diagnostics)
    #expect(out.map(\.document) == ["a", "b", "c"])
    #expect(out.first?.path == "a.txt")
    #expect(diagnostics.map(\.code) == ["resolve.duplicate-document"])
  }
}
