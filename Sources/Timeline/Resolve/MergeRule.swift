/// The rules a merge of two mentions is explained by (``EventResolver/pairScore(_:_:)``,
/// ``EventResolver/identicalEvidence(_:_:)``), one bit each: the merge counts an accepted
/// edge's evidence entries and picks the few an event lists from these bits, and writes the
/// sentences only for those
/// (``MapReduce/cluster(mentions:edges:byID:undatedDocuments:keep:explain:rules:)``).
enum MergeRule: Int, CaseIterable, Sendable {
  case sharedNames, multiDay, sameDay, compatibleTime, sameYear, samePeriod, sameOrdinal, samePlace
  case sharedParticipants, sameHost, bothMain, sameMainEvent, reportedThatDay, sameDocument, contextWords
  case identical, sameSentence, sharedProperNames, sameTime

  /// The rule's id in the output (`resolve.same-day`).
  var id: String { Self.ids[rawValue] }

  private static let ids = [
    "shared-names", "multi-day", "same-day", "compatible-time", "same-year", "same-period", "same-ordinal",
    "same-place", "shared-participants", "same-host", "both-main", "same-main-event", "reported-that-day",
    "same-document", "context-words", "identical", "same-sentence", "shared-proper-names", "same-time",
  ].map { "resolve." + $0 }

  /// A stated day, an ordinal or a multi-day span that both mentions share: the rules that
  /// still join two articles naming mostly different people (``EventResolver/namesMinimum``).
  static let specific: Bits = [.sameDay, .sameOrdinal, .multiDay]

  /// Rules as bits of one integer; as a sequence, the rules in case order.
  struct Bits: Equatable, Sendable, ExpressibleByArrayLiteral, Sequence {
    var bits: UInt32

    /// No rule (`[]` would build an empty array for the literal: this is in the block scan's
    /// per-pair loop).
    init() { bits = 0 }
    init(bits: UInt32) { self.bits = bits }
    /// One rule (no array built, as a literal's is).
    init(_ rule: MergeRule) { bits = 1 << UInt32(rule.rawValue) }
    init(arrayLiteral rules: MergeRule...) { bits = rules.reduce(0) { $0 | 1 << UInt32($1.rawValue) } }
    static let all = Bits(bits: 1 << UInt32(MergeRule.allCases.count) - 1)

    @inline(__always) mutating func insert(_ rule: MergeRule) { bits |= 1 << UInt32(rule.rawValue) }
    func contains(_ rule: MergeRule) -> Bool { bits & 1 << UInt32(rule.rawValue) != 0 }
    func isDisjoint(with other: Bits) -> Bool { bits & other.bits == 0 }
    func union(_ other: Bits) -> Bits { Bits(bits: bits | other.bits) }
    func intersection(_ other: Bits) -> Bits { Bits(bits: bits & other.bits) }
    var isEmpty: Bool { bits == 0 }
    /// How many rules (an edge's evidence entries: one per rule).
    var count: Int { bits.nonzeroBitCount }

    func makeIterator() -> Iterator { Iterator(left: bits) }

    /// The rules, lowest bit first (case order), with no array built.
    struct Iterator: IteratorProtocol {
      var left: UInt32

      mutating func next() -> MergeRule? {
        guard left != 0 else { return nil }
        let low = left.trailingZeroBitCount
        left &= left - 1
        return MergeRule(rawValue: low)
      }
    }
  }
}
