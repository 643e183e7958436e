import Testing

@testable import Timeline

/// The merge's table of incompatible pairs of sets (``MapReduce/IncompatiblePairs``) against a
/// `Set` of the same pairs.
@Suite struct IncompatiblePairsTests {
  /// A root, its stamp, another root, its stamp and the span flag, as a `Set` keys them.
  struct Pair: Hashable {
    var a: Int
    var stampA: Int
    var b: Int
    var stampB: Int
    var span: Bool
  }

  @Test func holdsWhatASetHolds() {
    var seed: UInt64 = 5
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(seed >> 33) % n
    }
    // Roots and stamps from small ranges (pairs met again, orders swapped, one field changed)
    // and from the ends of the packed fields; enough pairs for the table to grow many times.
    let bigs = [0, 1, (1 << 31) - 1, (1 << 31) - 2, 1 << 30, (1 << 32) / 3]
    func root() -> Int { next(4) == 0 ? bigs[next(bigs.count)] : next(50) }
    func stamp() -> Int { next(5) == 0 ? bigs[next(bigs.count)] : next(4) }
    var table = MapReduce.IncompatiblePairs()
    var set = Set<Pair>()
    var asked: [Pair] = []
    for _ in 0..<20_000 {
      var p = Pair(a: root(), stampA: stamp(), b: root(), stampB: stamp(), span: next(2) == 0)
      if p.a == p.b { continue }
      if !asked.isEmpty, next(3) == 0 {
        // A pair seen before, as it was, with its roots swapped or with one stamp moved on.
        p = asked[next(asked.count)]
        switch next(3) {
        case 0: break
        case 1: (p.a, p.b, p.stampA, p.stampB) = (p.b, p.a, p.stampB, p.stampA)
        default: p.stampB = p.stampB == 0 ? 1 : p.stampB - 1
        }
      }
      asked.append(p)
      #expect(table.contains(p.a, p.stampA, p.b, p.stampB, span: p.span) == set.contains(p), "\(p)")
      if next(2) == 0 {
        table.insert(p.a, p.stampA, p.b, p.stampB, span: p.span)
        set.insert(p)
      }
    }
    for p in asked { #expect(table.contains(p.a, p.stampA, p.b, p.stampB, span: p.span) == set.contains(p), "\(p)") }
    #expect(set.count > 4_000)
  }
}
