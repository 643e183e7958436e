/// One token of the temporal tagger's single pass over the bytes: a word, a number or one
/// punctuation character, with its byte span.
struct TToken: Sendable {
  enum Kind: UInt8, Sendable { case word, number, punct }
  var start: Int
  var end: Int
  var kind: Kind
  /// Index of the lowercase word in ``TemporalTokenizer/words``, -1 for words outside the
  /// vocabulary (most words). Kept as an index so tokens stay plain data.
  var wid: Int16 = -1
  /// The lowercase word when it is in the tagger's vocabulary (others are nil: most words).
  var w: String? { wid >= 0 ? TemporalTokenizer.words[Int(wid)] : nil }
  /// Numbers: the value (saturating) and digit count; `grouped` for "2,000", `decimal` for "6.5".
  var num: Int = 0
  var digits: Int = 0
  var grouped = false
  var decimal = false
  /// Decimals with exactly two digits after the point: those digits ("8.49" → 49, the
  /// minutes of a British clock time "8.49pm"), else -1.
  var frac: Int16 = -1
  /// Words: starts with an uppercase letter.
  var cap = false
  /// Punctuation: the ASCII character (`'` also stands for a typographic apostrophe).
  var ch: UInt8 = 0
  /// Whether whitespace separates this token from the previous one.
  var space = true
  /// Vocabulary families of the word (``TemporalTokenizer/Family``), 0 for other words.
  var flags: UInt16 = 0
  /// Words ending in "ed" (a cheap past-tense cue).
  var ed = false
  /// Words: the last byte, lowercase ("militants" → `s`).
  var last: UInt8 = 0
  /// Words of four letters or more ending in "ly" (a cheap adverb cue: "still", "only").
  var ly = false
  /// Words of six letters or more ending in "ing" that are not common nouns ("morning",
  /// "meeting"): a cheap participle cue ("…, saying he would").
  var ing = false
}

/// Splits UTF-8 bytes into ``TToken``s in one pass and looks every word up in the vocabulary
/// by a hash of its lowercase bytes (no string is built for words outside the vocabulary).
enum TemporalTokenizer {
  static func fnv(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in a..<b {
      var c = bytes[i]
      if c >= 65 && c <= 90 { c += 32 }
      h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01b3
    }
    return h
  }

  /// Hashes of common nouns ending in "-ing", which are no participles (``TToken/ing``):
  /// a short list scanned only for "-ing" words (hashing into a set cost more).
  static let ingNouns: [UInt64] = Array(
    [
      "morning", "evening", "meeting", "building", "during", "nothing", "something", "anything", "everything",
      "spring", "opening", "hearing", "briefing", "funding", "ceiling", "landing", "ruling", "signing",
      "shooting", "bombing", "killing", "uprising", "wedding", "warning", "setting", "beginning", "ending",
      "gathering", "offering", "painting", "clothing", "housing", "training", "spending",
    ].map(hash))

  static func hash(_ s: String) -> UInt64 {
    let a = Array(s.utf8)
    return a.withUnsafeBufferPointer { fnv($0, 0, $0.count) }
  }

  /// Bits of ``TToken/flags``: which vocabulary families a word belongs to, and whether it
  /// can start an expression at all (most words cannot, and are skipped without a rule call).
  enum Family {
    static let month: UInt16 = 1
    static let weekday: UInt16 = 2
    static let unit: UInt16 = 4
    static let count: UInt16 = 8
    static let ordinal: UInt16 = 16
    static let starter: UInt16 = 32
    static let wordRule: UInt16 = 64
    static let prefix: UInt16 = 128
  }

  /// Words handled by ``TemporalGrammar/wordStart(_:_:)`` besides whole vocabulary families.
  static let wordRuleWords: Set<String> = [
    "today", "yesterday", "tomorrow", "tonight", "now", "currently", "recently", "lately", "nowadays",
    "presently", "right", "soon", "these", "recent", "noon", "midnight", "midday", "last", "next", "this",
    "past", "coming", "previous", "following", "that", "upcoming", "current", "prior", "early", "mid",
    "late", "earlier", "later", "middle", "every", "each", "fiscal", "year", "christmas", "halloween", "new",
    "q", "h", "thanksgiving", "easter", "day", "week", "month", "hour", "decade", "pre", "post", "half",
    "then",
  ]

  /// Other words an expression can start with.
  static let otherStarters: Set<String> = [
    "the", "a", "an", "few", "several", "many", "couple", "more", "less", "fewer", "at", "up", "no", "just",
  ]

  static func flags(of w: String) -> UInt16 {
    var f: UInt16 = 0
    if TemporalVocabulary.months[w] != nil { f |= Family.month | Family.starter }
    if TemporalVocabulary.weekdays[w] != nil { f |= Family.weekday | Family.starter }
    if let u = TemporalVocabulary.units[w] {
      f |= Family.unit
      if u.plural { f |= Family.starter | Family.wordRule }
    }
    if TemporalVocabulary.cardinals[w] != nil { f |= Family.count | Family.starter }
    if ["a", "an", "few", "several", "many", "couple"].contains(w) { f |= Family.count | Family.starter }
    if TemporalVocabulary.ordinals[w] != nil { f |= Family.ordinal | Family.starter }
    if TemporalVocabulary.seasons[w] != nil || TemporalVocabulary.decadeWords[w] != nil || TemporalVocabulary.weekdaysPlural[w] != nil
      || TemporalVocabulary.frequencies[w] != nil || wordRuleWords.contains(w) || TemporalVocabulary.movableHolidays[w] != nil
    {
      f |= Family.wordRule | Family.starter
    }
    if TemporalVocabulary.approximators[w] != nil || otherStarters.contains(w) { f |= Family.starter }
    if TemporalVocabulary.approximators[w] != nil || ["more", "less", "fewer", "at", "up", "no", "just"].contains(w) {
      f |= Family.prefix
    }
    return f
  }

  /// Every word any rule looks at, keyed by the hash of its lowercase spelling, with its
  /// ``Family`` bits.
  static let lexicon: [UInt64: (String, UInt16)] = {
    var words = Set<String>()
    words.formUnion(TemporalVocabulary.months.keys)
    words.formUnion(TemporalVocabulary.weekdays.keys)
    words.formUnion(TemporalVocabulary.weekdaysPlural.keys)
    words.formUnion(TemporalVocabulary.units.keys)
    words.formUnion(TemporalVocabulary.cardinals.keys)
    words.formUnion(TemporalVocabulary.ordinals.keys)
    words.formUnion(TemporalVocabulary.seasons.keys)
    words.formUnion(TemporalVocabulary.dayParts.keys)
    words.formUnion(TemporalVocabulary.decadeWords.keys)
    words.formUnion(TemporalVocabulary.references.keys)
    words.formUnion(TemporalVocabulary.frequencies.keys)
    words.formUnion(TemporalVocabulary.approximators.keys)
    words.formUnion(TemporalVocabulary.presentAgeNouns)
    words.formUnion(TemporalVocabulary.movableHolidays.keys)
    words.formUnion(TemporalVocabulary.vehicleMakes)
    words.formUnion(TemporalGrammar.functionWords)
    var table: [UInt64: (String, UInt16)] = [:]
    for w in words { table[hash(w)] = (w, flags(of: w)) }
    return table
  }()

  /// The vocabulary in a fixed order (token ``TToken/wid`` indexes it).
  static let words: [String] = lexicon.values.map(\.0).sorted()

  /// Open-addressing table from word hash to index in ``words`` (faster than a Dictionary in
  /// the tokenizer's inner loop): `slots` holds hashes, `ids` the indexes, 0 hash = empty.
  static let table: (slots: [UInt64], ids: [Int16], flags: [UInt16], mask: Int) = {
    let size = 4096
    var slots = [UInt64](repeating: 0, count: size)
    var ids = [Int16](repeating: -1, count: size)
    var fl = [UInt16](repeating: 0, count: size)
    for (k, w) in words.enumerated() {
      let h = hash(w)
      var i = Int(truncatingIfNeeded: h) & (size - 1)
      while slots[i] != 0 { i = (i + 1) & (size - 1) }
      slots[i] = h
      ids[i] = Int16(k)
      fl[i] = lexicon[h]?.1 ?? 0
    }
    return (slots, ids, fl, size - 1)
  }()

  static func isLetter(_ c: UInt8) -> Bool { (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0x80 }
  static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

  /// The tokens of `b`, in `out` (emptied first; its storage is reused when it is the only
  /// reference to it).
  static func tokenize(_ b: UnsafeBufferPointer<UInt8>, into out: inout [TToken]) {
    out.removeAll(keepingCapacity: true)
    out.reserveCapacity(b.count / 5 + 4)
    let n = b.count
    var i = 0
    var space = true
    let (slots, ids, fls, mask) = table
    while i < n {
      let c = b[i]
      if c == 32 || c == 10 || c == 9 || c == 13 {
        space = true
        i += 1
        continue
      }
      // Typographic apostrophe ’ (E2 80 99) acts like '.
      if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x99 {
        out.append(TToken(start: i, end: i + 3, kind: .punct, ch: 39, space: space))
        space = false
        i += 3
        continue
      }
      // No-break space (C2 A0) is whitespace.
      if c == 0xC2, i + 1 < n, b[i + 1] == 0xA0 {
        space = true
        i += 2
        continue
      }
      if isDigit(c) {
        var j = i
        var v = 0
        var grouped = false
        var decimal = false
        while j < n && isDigit(b[j]) {
          v = v < 100_000_000 ? v * 10 + Int(b[j] - 48) : v
          j += 1
        }
        let digits = j - i
        // Thousands groups "2,000" / "14,000" and decimals "6.5" stay one token.
        while j + 3 < n, b[j] == 44, isDigit(b[j + 1]), isDigit(b[j + 2]), isDigit(b[j + 3]),
          !(j + 4 < n && isDigit(b[j + 4]))
        {
          grouped = true
          j += 4
        }
        var frac: Int16 = -1
        if j + 1 < n, b[j] == 46, isDigit(b[j + 1]) {
          decimal = true
          j += 1
          let f = j
          while j < n && isDigit(b[j]) { j += 1 }
          if j - f == 2 { frac = Int16(b[f] - 48) * 10 + Int16(b[f + 1] - 48) }
        }
        out.append(TToken(start: i, end: j, kind: .number, num: v, digits: digits, grouped: grouped, decimal: decimal, frac: frac, space: space))
        space = false
        i = j
        continue
      }
      if isLetter(c) {
        var j = i
        // `fnv(b, i, j)`, hashed while the word is read (a second pass over its bytes cost
        // as much as the first).
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        while j < n {
          let d = b[j]
          if d < 0x80 {
            // An ASCII letter once `A`–`Z` are folded to `a`–`z`.
            guard d | 0x20 >= 97 && d | 0x20 <= 122 else { break }
          } else {
            if d == 0xE2, j + 2 < n, b[j + 1] == 0x80, b[j + 2] == 0x99 { break }
            if d == 0xC2, j + 1 < n, b[j + 1] == 0xA0 { break }
          }
          h = (h ^ UInt64(d >= 65 && d <= 90 ? d + 32 : d)) &* 0x0000_0100_0000_01b3
          j += 1
        }
        var t = TToken(start: i, end: j, kind: .word, space: space)
        t.cap = c >= 65 && c <= 90
        let ing = j - i >= 6 && b[j - 1] | 0x20 == 103 && b[j - 2] | 0x20 == 110 && b[j - 3] | 0x20 == 105
        t.ing = ing
        if j - i <= 14 {
          // No noun in "-ing" is longer than 14 letters; the word's hash is at hand.
          if ing, ingNouns.contains(h) { t.ing = false }
          var k = Int(truncatingIfNeeded: h) & mask
          while slots[k] != 0 {
            if slots[k] == h {
              t.wid = ids[k]
              t.flags = fls[k]
              break
            }
            k = (k + 1) & mask
          }
        }
        t.last = b[j - 1] | 0x20
        if j - i >= 4, t.last == 121, b[j - 2] | 0x20 == 108 { t.ly = true }
        if j - i >= 4, b[j - 1] == 100 || b[j - 1] == 68, b[j - 2] == 101 || b[j - 2] == 69 { t.ed = true }
        out.append(t)
        space = false
        i = j
        continue
      }
      // Any other byte: one punctuation token (multi-byte characters as one token).
      var j = i + 1
      if c >= 0xC0 {
        while j < n && b[j] & 0xC0 == 0x80 { j += 1 }
      }
      out.append(TToken(start: i, end: j, kind: .punct, ch: c < 0x80 ? c : 0, space: space))
      space = false
      i = j
    }
  }
}
