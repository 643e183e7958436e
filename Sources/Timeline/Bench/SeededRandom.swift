/// A small deterministic random number generator (SplitMix64) for the corpus generator.
///
/// The standard library's `SystemRandomNumberGenerator` is seeded per process, and the
/// `random(in:using:)` algorithms are not promised to stay the same across Swift versions.
/// Everything the generator draws goes through the helpers below, so a seed gives the same
/// corpus on every machine and toolchain.
///
///     var rng = SeededRandom(seed: 7)
///     rng.int(0...9)      // always the same sequence for seed 7
public struct SeededRandom: Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

  /// A generator for item `index` of a stream seeded with `seed` (independent of order).
  public init(seed: UInt64, index: Int) {
    var mixer = SeededRandom(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
    state = mixer.next()
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in `range`.
  public mutating func int(_ range: ClosedRange<Int>) -> Int {
    let width = UInt64(range.upperBound - range.lowerBound + 1)
    return range.lowerBound + Int(next() % width)
  }

  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool {
    Double(next() >> 11) / Double(1 << 53) < p
  }

  /// One element of a non-empty array.
  public mutating func pick<T>(_ items: [T]) -> T {
    items[int(0...(items.count - 1))]
  }

  /// `count` distinct elements of `items`, in a random order.
  public mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
    var pool = items
    var out: [T] = []
    for _ in 0..<min(count, pool.count) {
      out.append(pool.remove(at: int(0...(pool.count - 1))))
    }
    return out
  }

  /// A Fisher–Yates shuffle.
  public mutating func shuffle<T>(_ items: inout [T]) {
    guard items.count > 1 else { return }
    for i in stride(from: items.count - 1, to: 0, by: -1) {
      items.swapAt(i, int(0...i))
    }
  }
}
