/// Words whose period does not end a sentence, and the words that start one.
///
/// Lowercased, without the period. Examples (run in `SegmenterTests`):
/// - "Mr. Scholz said." → one sentence (title: never a boundary).
/// - "on Oct. 20 in Moscow." → one sentence (month: a boundary only before a sentence starter).
/// - "forces left the U.S. The talks began." → two sentences (dotted acronym + "The").
/// - "J. R. R. Tolkien wrote." → one sentence (initials).
enum Abbreviations {
  /// Titles and name parts: a following capitalized word is a name, never a new sentence.
  static let titles: Set<String> = [
    "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
    "cmdr", "gov", "sen", "rep", "reps", "rev", "hon", "pres", "supt", "insp", "det", "st", "mt", "ft", "fr", "msgr",
    "amb", "atty", "brig", "gens", "messrs", "mme", "mlle", "approx", "cf", "vs", "dept", "univ", "assn", "ave",
    "blvd", "hwy", "al",
  ]

  /// Abbreviations that stand before a number: no boundary before a digit ("No 5", "pp 12").
  static let beforeNumber: Set<String> = ["no", "nos", "vol", "vols", "pp", "fig", "figs", "art", "sec", "ch", "p"]

  /// Abbreviations that often end a sentence too: a boundary only before a sentence starter.
  static let ambiguous: Set<String> = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp",
    "bros", "jr", "sr", "etc", "plc", "llc", "gmbh", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat",
    "sun", "min", "max", "govt", "intl", "natl", "mln", "bln", "bn", "mn", "yr", "yrs", "hrs", "km", "kg", "lbs",
    "oz", "pct",
    // US states as AP style abbreviates them ("PARADISE, Calif. (AP) —"); those that are
    // also English words (Ill., Miss., Mass., Ore., Wash.) are left out.
    "calif", "fla", "ala", "ariz", "colo", "conn", "ga", "kan", "kans", "ky", "md", "mich", "minn", "mont", "neb",
    "nev", "okla", "tenn", "tex", "va", "vt", "wis", "wyo",
  ]

  /// Whether `lower` is a title, an abbreviation before a number or an ambiguous one.
  static func isKnown(_ lower: String) -> Bool {
    titles.contains(lower) || ambiguous.contains(lower) || beforeNumber.contains(lower)
  }

  /// What a word's period may be, for ``titles``, ``beforeNumber`` and ``ambiguous``.
  enum Kind { case title, beforeNumber, ambiguous }

  /// Each word of the three sets with the first of them that holds it (in that order, the order
  /// the segmenter tests them): one lookup instead of three.
  static let kinds: [String: Kind] = {
    var out: [String: Kind] = [:]
    for (kind, words) in [(Kind.ambiguous, ambiguous), (.beforeNumber, beforeNumber), (.title, titles)] {
      for w in words { out[w] = kind }
    }
    return out
  }()

  /// The longest of ``titles``, ``beforeNumber`` and ``ambiguous``, in bytes.
  static let longest = titles.union(beforeNumber).union(ambiguous).map(\.utf8.count).max() ?? 0

  /// Words that usually begin a sentence: after an ambiguous abbreviation they mark a boundary.
  static let sentenceStarters: Set<String> = [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "or", "so", "yet", "in", "on",
    "at", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "there", "here", "when",
    "while", "after", "before", "as", "according", "however", "meanwhile", "still", "if", "since", "although",
    "though", "because", "for", "with", "without", "during", "earlier", "later", "last", "next", "some", "many",
    "most", "all", "no", "both", "each", "such", "what", "who", "which", "why", "how", "where", "officials",
    "authorities", "mr", "mrs", "ms", "dr", "president", "police", "one", "two", "three", "several", "asked",
    "speaking", "now", "then", "also", "even", "instead", "under", "despite", "following", "from", "to", "by",
    "about", "over", "more", "other", "another", "not", "nothing", "none", "only",
  ]
}
