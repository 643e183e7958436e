/// A sentence prepared for extraction: its role, span and tokens, with the temporal
/// expressions that fall inside it.
struct XUnit: Sendable {
  var index: Int
  var paragraph: Int
  var role: TextRole
  var span: SourceSpan
  var tokens: [XToken]
  /// Letters mostly uppercase: case carries no signal.
  var allCaps: Bool
  /// Expressions inside this sentence: index into the document's list and token range.
  var timexes: [(expression: Int, lo: Int, hi: Int)] = []
  /// Clause number of each token (subordinate clauses and quotes get their own).
  var clause: [Int] = []
  /// Whether each token is inside quotation marks.
  var quoted: [Bool] = []
}

extension XUnit {
  static let subordinators: Set<String> = [
    "since", "after", "before", "while", "whereas", "although", "though", "because", "which", "who",
    "whom", "whose", "where", "until", "unless", "once",
  ]

  static let timeNouns: Set<String> = ["dawn", "dusk", "midnight", "noon", "sunrise", "sunset", "then", "that"]

  /// Assigns clause numbers and quote flags in one pass.
  mutating func computeClauses() {
    var id = 0
    var next = 0
    var outer = 0
    var pendingComma = false
    var inQuote = false
    clause = Array(repeating: 0, count: tokens.count)
    quoted = Array(repeating: false, count: tokens.count)
    for (i, t) in tokens.enumerated() {
      if t.isQuote {
        let opening = t.text == "“" || t.text == "«" || t.text == "„" || (t.text == "\"" && !inQuote)
        inQuote = opening
        next += 1
        id = next
        pendingComma = false
        clause[i] = id
        quoted[i] = false
        continue
      }
      if t.text == ";" || t.text == "—" {
        next += 1
        id = next
        pendingComma = false
      } else if t.kind == .word, Self.subordinators.contains(t.lower), !t.inTimex, !pendingComma,
        !(i + 1 < tokens.count && (tokens[i + 1].inTimex || Self.timeNouns.contains(tokens[i + 1].lower)))
      {
        // "since 2017", "before dawn", "after October 20": a temporal preposition, not a clause.
        outer = id
        next += 1
        id = next
        pendingComma = true
      } else if t.text == ",", pendingComma, !t.inTimex {
        id = outer
        pendingComma = false
      }
      clause[i] = id
      quoted[i] = inQuote
    }
  }
}
