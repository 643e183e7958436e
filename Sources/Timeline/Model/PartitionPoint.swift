extension RandomAccessCollection {
  /// The first index whose element is not `before` the one looked for, found by halves;
  /// `before` must hold for a prefix of the collection and for nothing after it (a sorted
  /// list and "less than"). `endIndex` when it holds for every element.
  func partitionPoint(where before: (Element) throws -> Bool) rethrows -> Index {
    var lo = startIndex
    var n = count
    while n > 0 {
      let half = n / 2
      let mid = index(lo, offsetBy: half)
      if try before(self[mid]) {
        lo = index(after: mid)
        n -= half + 1
      } else {
        n = half
      }
    }
    return lo
  }
}
