/// The parsed gazetteer: surface forms indexed by their first word, longest form first.
///
/// Built once from ``GazetteerData`` (compiled into the binary). Lookup is by the lowercase
/// first token, so a sentence is scanned once whatever the size of the tables.
struct Gazetteer: Sendable {
  struct Entry: Sendable {
    var key: String
    var kind: Entity.Kind
    var name: String
    /// The surface form as written in the table.
    var surface: String
    /// The form as lowercase tokens.
    var words: [String]
    /// Which words of the form are capitalized (must be capitalized in the text).
    var caps: [Bool]
    /// An acronym such as "UN" or "IS": matches only with exactly this case, never in
    /// all-caps text.
    var exactCase: Bool
    var isDemonym: Bool
  }

  struct Place: Sendable {
    var kind: Entity.Kind
    var name: String
    /// For cities: the country key; for countries: the capital's key.
    var related: String?
  }

  private(set) var byFirstWord: [String: [Entry]] = [:]
  /// Canonical name, kind and related place for every key.
  private(set) var info: [String: Place] = [:]
  /// Lowercased title phrases as tokens, indexed by first word.
  private(set) var titlesByFirstWord: [String: [[String]]] = [:]

  static let shared = Gazetteer()

  init() {
    var capitals: [(country: String, name: String)] = []
    for line in TableText.split(GazetteerData.table, at: 0x0A) {  // "\n"
      let f = TableText.split(line, at: 0x7C, omittingEmpty: false).map(Self.trimmed)  // "|"
      guard f.count >= 3 else { continue }
      let kind: Entity.Kind
      switch f[0] {
      case "country": kind = .country
      case "city": kind = .city
      case "org": kind = .organization
      case "group": kind = .group
      default: kind = .other
      }
      let prefix = f[0] == "org" ? "org" : f[0]
      let key = "\(prefix):\(f[1])"
      let names = TableText.split(f[2], at: 0x2C).map(Self.trimmed)  // ","
      guard let primary = names.first else { continue }
      var related: String?
      for name in names { add(key: key, kind: kind, name: name, primary: primary, demonym: false) }
      if kind == .country {
        if f.count > 3 {
          for d in TableText.split(f[3], at: 0x2C) {
            add(key: key, kind: kind, name: Self.trimmed(d), primary: primary, demonym: true)
          }
        }
        if f.count > 4, !f[4].isEmpty {
          capitals.append((f[1], f[4]))
          related = "city:" + Self.slug(f[4])
        }
      } else if kind == .city, f.count > 3, !f[3].isEmpty {
        related = "country:" + f[3]
      }
      info[key] = Place(kind: kind, name: primary, related: related)
    }
    for (country, name) in capitals {
      let key = "city:" + Self.slug(name)
      if info[key] == nil {
        add(key: key, kind: .city, name: name, primary: name, demonym: false)
        info[key] = Place(kind: .city, name: name, related: "country:" + country)
      }
    }
    for k in byFirstWord.keys {
      byFirstWord[k]?.sort { ($0.words.count, $0.key) > ($1.words.count, $1.key) }
    }
    for t in GazetteerData.titles {
      let words = Self.words(t).map { $0.lower }
      guard let first = words.first else { continue }
      titlesByFirstWord[first, default: []].append(words)
    }
    for k in titlesByFirstWord.keys {
      titlesByFirstWord[k]?.sort { $0.count > $1.count }
    }
  }

  /// `s` without the whitespace (tab and space separators) at either end: what
  /// `trimmingCharacters(in: .whitespaces)` returns, without Foundation's per-call setup, which
  /// was most of the cost of building the table (once per process, before the first document).
  static func trimmed(_ s: Substring) -> String {
    func isSpace(_ c: Unicode.Scalar) -> Bool {
      c.value < 0x80 ? c == " " || c == "\t" : c.properties.generalCategory == .spaceSeparator
    }
    let scalars = s.unicodeScalars
    var lo = scalars.startIndex
    var hi = scalars.endIndex
    while lo < hi, isSpace(scalars[lo]) { lo = scalars.index(after: lo) }
    while hi > lo, isSpace(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
    return String(scalars[lo..<hi])
  }

  private mutating func add(key: String, kind: Entity.Kind, name: String, primary: String, demonym: Bool) {
    let toks = Self.words(name)
    guard let first = toks.first else { return }
    // At most four letters, all capitals (counted without building the list of letters).
    // ASCII scalars are tested by range (their properties lookup was most of the cost).
    func shortCapitals() -> Bool {
      var letters = 0
      for c in name.unicodeScalars {
        let ascii = c.value < 0x80
        let upper = ascii ? c.value &- 0x41 < 26 : c.properties.isUppercase
        guard ascii ? upper || c.value | 0x20 &- 0x61 < 26 : c.properties.isAlphabetic else { continue }
        letters += 1
        if letters > 4 || !upper { return false }
      }
      return true
    }
    // "." is ASCII: a byte test (the table has no combining mark that could join it).
    let exact = !demonym && toks.count == 1 && !name.utf8.contains(0x2E) && shortCapitals()
    byFirstWord[first.lower, default: []].append(
      Entry(
        key: key, kind: kind, name: primary, surface: name, words: toks.map { $0.lower }, caps: toks.map { $0.isCap },
        exactCase: exact, isDemonym: demonym))
  }

  /// The tokens of a table entry (without word sets: ``XWordSets`` is built from this table).
  static func words(_ s: String) -> [XToken] {
    ExtractionTokenizer.tokenize(s, classify: false) { o, _ in o }
  }

  /// The lowercase, ASCII-folded, dash-separated form of a name.
  ///
  /// "St. Petersburg" → `st-petersburg`.
  static func slug(_ s: String) -> String {
    let folded = NameSkeleton.fold(s)
    if folded.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(folded) }
    var out = ""
    var dash = false
    for c in folded {
      if c.isLetter || c.isNumber {
        if dash, !out.isEmpty { out.append("-") }
        out.append(c)
        dash = false
      } else {
        dash = true
      }
    }
    return out
  }

  /// ``slug(_:)`` of an ASCII string, byte by byte (the ASCII letters and numbers are
  /// `A`–`Z`, `a`–`z` and `0`–`9`).
  ///
  /// Written straight into the string (a dash stands for one or more bytes, so the slug is no
  /// longer than `s`): a list of the bytes, then a string decoded from it, were two
  /// allocations a slug.
  private static func asciiSlug(_ s: String) -> String {
    String(unsafeUninitializedCapacity: s.utf8.count) { out in
      var n = 0
      var dash = false
      for b in s.utf8 {
        if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) {
          if dash, n > 0 {
            out[n] = 0x2D  // "-"
            n += 1
          }
          out[n] = b
          n += 1
          dash = false
        } else {
          dash = true
        }
      }
      return n
    }
  }

  /// ``byFirstWord``'s entries as numbered phrases, in the same order.
  static let entryPhrases = TokenPhrases(shared.byFirstWord, words: \.words, capitals: \.caps)
  /// ``titlesByFirstWord``'s phrases as numbered phrases (each item its words).
  static let titlePhrases = TokenPhrases(shared.titlesByFirstWord) { $0 }

  /// The longest entry matching the tokens at `i`, if any.
  ///
  /// Reads ``entryPhrases`` (every `Gazetteer` is built from the same data as ``shared``).
  func match(_ toks: [XToken], at i: Int, allCaps: Bool) -> (entry: Entry, length: Int)? {
    guard let p = matchedPhrase(toks, at: i, allCaps: allCaps) else { return nil }
    return (Self.entryPhrases.items[p], Self.entryPhrases.length(p))
  }

  /// The number in ``entryPhrases`` of the entry ``match(_:at:allCaps:)`` finds: for callers
  /// that only ask whether an entry starts at `i`, or how long it is, without copying the
  /// entry (its strings and arrays) out of the table.
  func matchedPhrase(_ toks: [XToken], at i: Int, allCaps: Bool) -> Int? {
    guard toks[i].isIn(.gazetteerStarts) else { return nil }
    // The shared table is read in place (a local copy would retain its arrays).
    for p in Self.entryPhrases.phrases(startingWith: toks[i].word) {
      if Self.entryPhrases.items[p].exactCase && (allCaps || toks[i].text != Self.entryPhrases.items[p].surface) {
        continue
      }
      if Self.entryPhrases.matches(p, toks, at: i, outsideTimex: true) { return p }
    }
    return nil
  }

  /// The longest title phrase starting at `i` (lowercase match), with its length.
  func title(_ toks: [XToken], at i: Int) -> Int? {
    guard toks[i].isIn(.titleStarts) else { return nil }
    for p in Self.titlePhrases.phrases(startingWith: toks[i].word) where Self.titlePhrases.matches(p, toks, at: i) {
      return Self.titlePhrases.length(p)
    }
    return nil
  }
}
