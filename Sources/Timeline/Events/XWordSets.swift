/// Which of the extraction rules' hot word sets a token's lowercase form belongs to, found with
/// one dictionary lookup when the token is made.
///
/// Each flag stands for one word set (or the keys of one word table) that stays defined, as
/// strings, beside the rule that uses it; ``sources`` names them and ``table`` merges them. A
/// rule then tests a bit (`toks[k].isIn(.speechCues)`) instead of hashing the same word
/// against set after set, sentence after sentence.
///
/// ```swift
/// XWordSets.of("said")  // [.stopwords, .speechCues, .speechVerbs]
/// XWordSets.of("Said")  // [] (keys are lowercase; pass a token's `lower`)
/// ```
///
/// Watch out for: a flag is only as good as its source; `XWordSetsTests` checks that every
/// flag holds exactly the words of its set.
struct XWordSets: OptionSet, Sendable {
  let rawValue: UInt64

  static let quoteMarks = XWordSets(rawValue: 1 << 0)
  static let stopwords = XWordSets(rawValue: 1 << 1)
  static let speechCues = XWordSets(rawValue: 1 << 2)
  static let speechVerbs = XWordSets(rawValue: 1 << 3)
  static let numberWords = XWordSets(rawValue: 1 << 4)
  static let statusVerbs = XWordSets(rawValue: 1 << 5)
  static let headVerbs = XWordSets(rawValue: 1 << 6)
  static let hostVerbs = XWordSets(rawValue: 1 << 7)
  static let triggerStarts = XWordSets(rawValue: 1 << 8)
  static let gazetteerStarts = XWordSets(rawValue: 1 << 9)
  static let titleStarts = XWordSets(rawValue: 1 << 10)
  static let nonNameCaps = XWordSets(rawValue: 1 << 11)
  static let relativePronouns = XWordSets(rawValue: 1 << 12)
  static let subordinators = XWordSets(rawValue: 1 << 13)
  static let groupAnaphors = XWordSets(rawValue: 1 << 14)
  static let boundaryVerbs = XWordSets(rawValue: 1 << 15)
  static let otherInstanceWords = XWordSets(rawValue: 1 << 16)
  static let elsewhereWords = XWordSets(rawValue: 1 << 17)
  static let particles = XWordSets(rawValue: 1 << 18)

  /// Every flag with the words it stands for, where the rules define them.
  static let sources: [(flag: XWordSets, words: Set<String>)] = [
    (.quoteMarks, XToken.quoteMarks),
    (.stopwords, ClaimFinder.stopwords),
    (.speechCues, ClaimFinder.speechCues),
    (.speechVerbs, EntityRecognizer.speechVerbs),
    (.numberWords, Set(ClaimRules.numberWords.keys)),
    (.statusVerbs, Set(ClaimRules.statusVerbs.keys)),
    (.headVerbs, MentionFinder.headVerbs),
    (.hostVerbs, MentionFinder.hostVerbs),
    (.triggerStarts, Set(TriggerLexicon.byFirstWord.keys)),
    (.gazetteerStarts, Set(Gazetteer.shared.byFirstWord.keys)),
    (.titleStarts, Set(Gazetteer.shared.titlesByFirstWord.keys)),
    (.nonNameCaps, EntityRecognizer.nonNameCaps),
    (.relativePronouns, XUnit.relativePronouns),
    (.subordinators, XUnit.subordinators),
    (.groupAnaphors, MentionFinder.groupAnaphors),
    (.boundaryVerbs, Set(MentionFinder.boundaryVerbs.keys)),
    (.otherInstanceWords, MentionFinder.otherInstanceWords),
    (.elsewhereWords, MentionFinder.elsewhereWords),
    (.particles, EntityRecognizer.particles),
  ]

  /// Lowercase word → the sets it belongs to.
  static let table: [String: XWordSets] = {
    var out: [String: XWordSets] = [:]
    for (flag, words) in sources {
      for w in words { out[w, default: []].insert(flag) }
    }
    return out
  }()

  /// The sets `lower` (a lowercase word) belongs to.
  static func of(_ lower: String) -> XWordSets { table[lower] ?? [] }
}
