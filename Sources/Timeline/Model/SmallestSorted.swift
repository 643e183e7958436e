extension Array where Element: Comparable {
  /// The `k` smallest elements in ascending order, equal elements in their order here: the
  /// first `k` of a stable sort, found in one pass that keeps `k` of them sorted (a new one
  /// enters only below the largest kept) instead of sorting all of them. An event reported
  /// thousands of times gathers thousands of merge reasons, of which the timeline lists 60.
  func smallestSorted(_ k: Int) -> [Element] {
    guard k > 0 else { return [] }
    // Positions sorted, not the elements: the stable sort moves what it sorts at every step,
    // and an element that holds strings (``Evidence``) is a copy with retains and releases
    // (about 7 of the 24 million instructions the events' evidence took on the
    // 2,000-document corpus). The stable order of the positions is the elements' stable order.
    guard count > k else { return withUnsafeBufferPointer { e in indices.sorted { e[$0] < e[$1] }.map { e[$0] } } }
    var kept: [Element] = []
    kept.reserveCapacity(k + 1)
    for x in self where kept.count < k || x < kept[kept.count - 1] {
      // After every kept element not above `x`: equal ones keep their order.
      kept.insert(x, at: kept.partitionPoint { !(x < $0) })
      if kept.count > k { kept.removeLast() }
    }
    return kept
  }
}
