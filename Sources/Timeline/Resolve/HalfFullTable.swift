/// The size of an open-addressing table kept at most half full: the smallest power of two, at
/// least 16, with room for twice `capacity` keys, and the right shift that takes a 64-bit
/// multiplicative (Fibonacci) hash to one of its slots.
///
/// ```swift
/// let size = HalfFullTable(capacity: 100)  // size.count 256, size.shift 56
/// ```
struct HalfFullTable {
  let count: Int
  let shift: Int

  init(capacity: Int) {
    var bits = 4
    while 1 << bits < 2 * capacity { bits += 1 }
    (count, shift) = (1 << bits, 64 - bits)
  }
}
