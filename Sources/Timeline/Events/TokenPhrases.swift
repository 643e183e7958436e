/// Phrases of vocabulary words (``XWordSets/vocabulary``), found by their first word and
/// compared with tokens number by number: how the trigger lexicon, the gazetteer and the title
/// list match at a token.
///
/// Each table is flat arrays of numbers with its items beside them. A lookup hashes no string
/// and copies no array out of the shared table: the dictionaries of arrays of strings they
/// replace were hashed at every candidate token and retained and released the arrays they
/// returned, on every core, on the same reference counts.
///
/// ```swift
/// let toks = ExtractionTokenizer.tokenize("talks in Moscow") { o, _ in o }
/// for p in Gazetteer.entryPhrases.phrases(startingWith: toks[2].word)
/// where Gazetteer.entryPhrases.matches(p, toks, at: 2) { ... }
/// ```
///
/// Watch out for: a token made with `classify: false` has no number, so it starts no phrase.
struct TokenPhrases<Item: Sendable>: Sendable {
  /// The items in phrase order: phrase p's item is `items[p]`.
  let items: [Item]
  /// Phrase p's words are `words[bounds[p] ..< bounds[p + 1]]`.
  private let bounds: [Int32]
  private let words: [Int32]
  /// Whether the token at each phrase word must be capitalized.
  private let capitals: [Bool]
  /// The phrases starting with word number w are `firsts[w] ..< firsts[w + 1]`.
  private let firsts: [Int32]

  /// A table of `byFirstWord`'s items, each a phrase of `words(item)` (lowercase words, the
  /// first one its key), tried in the order each key lists them; `capitals(item)` says which
  /// of its words must be capitalized in the text (none when nil).
  init(
    _ byFirstWord: [String: [Item]], words: (Item) -> [String], capitals: ((Item) -> [Bool])? = nil
  ) {
    let vocabulary = XWordSets.vocabulary
    var groups = Array(repeating: [Item](), count: vocabulary.count)
    for (first, list) in byFirstWord {
      guard let w = vocabulary[first] else { preconditionFailure("\(first) is not in the vocabulary") }
      groups[Int(w)] = list
    }
    var items: [Item] = []
    var bounds: [Int32] = [0]
    var flat: [Int32] = []
    var caps: [Bool] = []
    var firsts: [Int32] = [0]
    for group in groups {
      for item in group {
        let phrase = words(item)
        flat.append(contentsOf: phrase.map { vocabulary[$0]! })
        caps.append(contentsOf: capitals?(item) ?? Array(repeating: false, count: phrase.count))
        bounds.append(Int32(flat.count))
        items.append(item)
      }
      firsts.append(Int32(items.count))
    }
    self.items = items
    self.bounds = bounds
    self.words = flat
    self.capitals = caps
    self.firsts = firsts
  }

  /// The phrases whose first word is number `word` (none for -1), in the order to try them.
  @inline(__always) func phrases(startingWith word: Int32) -> Range<Int> {
    guard word >= 0 else { return 0..<0 }
    return Int(firsts[Int(word)])..<Int(firsts[Int(word) + 1])
  }

  /// The number of words of phrase `p`.
  @inline(__always) func length(_ p: Int) -> Int { Int(bounds[p + 1] - bounds[p]) }

  /// Whether phrase `p` is the words of `toks` from `i` on: same numbers, capitalized where
  /// the phrase must be, and with `outsideTimex` none inside a temporal expression.
  func matches(_ p: Int, _ toks: [XToken], at i: Int, outsideTimex: Bool = false) -> Bool {
    let lo = Int(bounds[p])
    let count = Int(bounds[p + 1]) - lo
    guard i + count <= toks.count else { return false }
    for k in 0..<count {
      let t = i + k
      if toks[t].word != words[lo + k] || (outsideTimex && toks[t].inTimex) || (capitals[lo + k] && !toks[t].isCap) {
        return false
      }
    }
    return true
  }
}
