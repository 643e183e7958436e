import Testing

@testable import Timeline

/// The start of a merge evidence note (``MapReduce/pairStart(_:_:)``), written byte by byte,
/// against the interpolation it replaces.
@Suite struct PairStartTests {
  @Test func equalsTheInterpolation() {
    let ids = [
      "", "a", "d1@0", "doc-000123@4567", "doc-0001234567890@123456", "a-very-long-document-name-past-sixteen@99",
      "Zürich-report@12", "東京@3", "emoji-🙂@7", "]", "[", " + ",
    ]
    for a in ids {
      for b in ids {
        let fast = MapReduce.pairStart(a, b)
        let interpolated = "[\(a) + \(b)] "
        #expect(fast == interpolated, "\(a) \(b)")
        #expect(Array(fast.utf8) == Array(interpolated.utf8), "\(a) \(b)")
      }
    }
  }
}
