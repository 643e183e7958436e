import Testing

@testable import Timeline

@Suite("partitionPoint")
struct PartitionPointTests {
  @Test("the first index not before the value, as a scan from the start finds it")
  func agreesWithAScan() {
    for count in 0...9 {
      for seed in 0..<4 {
        let sorted = (0..<count).map { ($0 * (seed + 1)) / 2 }  // runs of equal values
        for value in -1...(count * (seed + 1)) / 2 + 1 {
          let scan = sorted.firstIndex { !($0 < value) } ?? sorted.count
          #expect(sorted.partitionPoint { $0 < value } == scan)
          let after = sorted.firstIndex { value < $0 } ?? sorted.count
          #expect(sorted.partitionPoint { !(value < $0) } == after)
          // A slice keeps its own indices.
          let tail = sorted.dropFirst(min(2, count))
          #expect(tail.partitionPoint { $0 < value } == (tail.firstIndex { !($0 < value) } ?? tail.endIndex))
        }
      }
    }
  }
}
