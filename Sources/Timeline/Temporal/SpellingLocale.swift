/// Which order an article's ambiguous numeric dates are written in, read from its spelling.
///
/// "11/09/2020" is 11 September in Britain and most of the world, and November 9 in the United
/// States. An article says which convention it follows in the way it spells: "normalise",
/// "defence", "per cent" and "whilst" are British; "normalize", "defense" and "percent" are
/// American. Only words that are spelled one way on one side and the other way on the other
/// count, never a word both use. The tagger asks only when an article holds an ambiguous
/// numeric date, so most articles are never scanned.
enum SpellingLocale {
  /// British spellings and their American counterparts, as pairs.
  static let pairs: [(british: String, american: String)] = [
    ("organise", "organize"), ("organised", "organized"), ("organisation", "organization"),
    ("organisations", "organizations"), ("normalise", "normalize"), ("normalised", "normalized"),
    ("normalisation", "normalization"), ("recognise", "recognize"), ("recognised", "recognized"),
    ("criticise", "criticize"), ("criticised", "criticized"), ("apologise", "apologize"),
    ("apologised", "apologized"), ("emphasise", "emphasize"), ("prioritise", "prioritize"),
    ("mobilise", "mobilize"), ("mobilised", "mobilized"), ("realise", "realize"), ("realised", "realized"),
    ("authorise", "authorize"), ("authorised", "authorized"), ("privatisation", "privatization"),
    ("stabilise", "stabilize"), ("centre", "center"), ("centres", "centers"), ("theatre", "theater"),
    ("defence", "defense"), ("offence", "offense"), ("labour", "labor"), ("favour", "favor"),
    ("favourite", "favorite"), ("honour", "honor"), ("colour", "color"), ("neighbour", "neighbor"),
    ("neighbouring", "neighboring"), ("behaviour", "behavior"), ("harbour", "harbor"), ("rumours", "rumors"),
    ("travelled", "traveled"), ("travelling", "traveling"), ("cancelled", "canceled"), ("modelling", "modeling"),
    ("counselling", "counseling"), ("jewellery", "jewelry"), ("analyse", "analyze"), ("analysed", "analyzed"),
    ("paralysed", "paralyzed"), ("catalogue", "catalog"), ("kilometres", "kilometers"), ("kilometre", "kilometer"),
    ("tonnes", "tons"), ("whilst", "while"), ("programme", "program"), ("programmes", "programs"),
  ]

  static let british: Set<String> = Set(pairs.map(\.british))
  /// American spellings, without those British text uses too ("while", "program", "tons").
  static let american: Set<String> = Set(pairs.map(\.american)).subtracting(["while", "program", "programs", "tons"])

  /// The date order the spelling of `sentences` points to: day first for more British
  /// spellings ("per cent" counts as one), month first for more American ones ("percent"),
  /// nil when neither side has more.
  static func dateOrder(of sentences: [String]) -> TemporalTagger.DateOrder? {
    var score = 0
    for sentence in sentences {
      var previous = ""
      for word in sentence.lowercased().split(whereSeparator: { !$0.isLetter }) {
        let w = String(word)
        if british.contains(w) || (w == "cent" && previous == "per") { score += 1 }
        if american.contains(w) || w == "percent" { score -= 1 }
        previous = w
      }
    }
    return score > 0 ? .dayFirst : (score < 0 ? .monthFirst : nil)
  }

  /// Whether `expression` is an all-numeric date whose first two numbers could each be the
  /// month ("11/09/2020", "03.04.21"), so that its reading depends on the convention.
  static func isAmbiguousNumeric(_ expression: TemporalExpression) -> Bool {
    guard expression.rule.hasPrefix("temporal.date.numeric") else { return false }
    let numbers = expression.text.split(whereSeparator: { !$0.isNumber }).prefix(2).compactMap { Int($0) }
    return numbers.count == 2 && numbers[0] != numbers[1] && numbers.allSatisfy { (1...12).contains($0) }
  }
}
