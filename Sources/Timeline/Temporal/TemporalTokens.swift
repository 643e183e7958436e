/// One token of the temporal tagger's single pass over the bytes: a word, a number or one
/// punctuation character, with its byte span.
struct TToken: Sendable {
  enum Kind: UInt8, Sendable { case word, number, punct }
  // The span and a number's value and digit count are kept in 32 bits (a tagged segment is at
  // most 128 KB and a value saturates below 10^9), and the fields by size: a token is 32 bytes
  // instead of 56, for the tokenizer to write and the grammar to read.
  private var start32: Int32
  private var end32: Int32
  private var num32: Int32
  private var digits32: Int32
  var start: Int { Int(start32) }
  var end: Int { Int(end32) }
  /// Numbers: the value (saturating) and digit count; `grouped` for "2,000", `decimal` for "6.5".
  var num: Int { Int(num32) }
  var digits: Int { Int(digits32) }
  /// Index of the lowercase word in ``TemporalTokenizer/words``, -1 for words outside the
  /// vocabulary (most words). Kept as an index so tokens stay plain data.
  var wid: Int16 = -1
  /// Decimals with exactly two digits after the point: those digits ("8.49" → 49, the
  /// minutes of a British clock time "8.49pm"), else -1.
  var frac: Int16
  /// Vocabulary families of the word (``TemporalTokenizer/Family``), 0 for other words.
  var flags: UInt16 = 0
  var kind: Kind
  var grouped: Bool
  var decimal: Bool
  /// Words: starts with an uppercase letter.
  var cap = false
  /// Punctuation: the ASCII character (`'` also stands for a typographic apostrophe).
  var ch: UInt8
  /// Whether whitespace separates this token from the previous one.
  var space: Bool
  /// Words ending in "ed" (a cheap past-tense cue).
  var ed = false
  /// Words: the last byte, lowercase ("militants" → `s`).
  var last: UInt8 = 0
  /// Words of four letters or more ending in "ly" (a cheap adverb cue: "still", "only").
  var ly = false
  /// Words of six letters or more ending in "ing" that are not common nouns ("morning",
  /// "meeting"): a cheap participle cue ("…, saying he would").
  var ing = false

  /// The lowercase word when it is in the tagger's vocabulary (others are nil: most words).
  var w: String? { wid >= 0 ? TemporalTokenizer.words[Int(wid)] : nil }

  init(
    start: Int, end: Int, kind: Kind, num: Int = 0, digits: Int = 0, grouped: Bool = false, decimal: Bool = false,
    frac: Int16 = -1, ch: UInt8 = 0, space: Bool = true
  ) {
    start32 = Int32(start)
    end32 = Int32(end)
    num32 = Int32(num)
    digits32 = Int32(digits)
    self.kind = kind
    self.grouped = grouped
    self.decimal = decimal
    self.frac = frac
    self.ch = ch
    self.space = space
  }
}

/// Splits UTF-8 bytes into ``TToken``s in one pass and looks every word up in the vocabulary
/// by its lowercase bytes packed into two integers (no string is built for words outside the
/// vocabulary).
enum TemporalTokenizer {
  /// The lowercase bytes of a word of up to 16 bytes, byte `k` at bits `8k` of `lo` (the first
  /// eight) or of `hi`: an exact key, as a word holds no zero byte. Words read eight bytes at a
  /// time fold `A`–`Z` with the same `| 0x20` that leaves `a`–`z` as they are.
  struct Key: Equatable {
    var lo: UInt64
    var hi: UInt64

    /// The key of `word`, nil when it is longer than 16 bytes.
    init?(_ word: String) {
      let bytes = Array(word.utf8)
      guard bytes.count <= 16 else { return nil }
      lo = 0
      hi = 0
      for (k, c) in bytes.enumerated() { add(c, at: k) }
    }

    init(lo: UInt64, hi: UInt64) {
      self.lo = lo
      self.hi = hi
    }

    /// Puts byte `c`, lowercased, at position `k` (nothing past the sixteenth byte).
    @inline(__always) mutating func add(_ c: UInt8, at k: Int) {
      let f = UInt64(c >= 65 && c <= 90 ? c | 0x20 : c)
      if k < 8 {
        lo |= f << UInt64(k << 3)
      } else if k < 16 {
        hi |= f << UInt64((k - 8) << 3)
      }
    }

    /// The slot of the key in a table of `1 << bits` slots.
    @inline(__always) func slot(bits: Int) -> Int {
      Int(truncatingIfNeeded: ((lo ^ (hi &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9) >> UInt64(64 - bits))
    }
  }

  /// Keys of common nouns ending in "-ing", which are no participles (``TToken/ing``): a short
  /// list scanned only for "-ing" words (hashing into a set cost more).
  static let ingNouns: [Key] = [
    "morning", "evening", "meeting", "building", "during", "nothing", "something", "anything", "everything",
    "spring", "opening", "hearing", "briefing", "funding", "ceiling", "landing", "ruling", "signing",
    "shooting", "bombing", "killing", "uprising", "wedding", "warning", "setting", "beginning", "ending",
    "gathering", "offering", "painting", "clothing", "housing", "training", "spending",
  ].compactMap(Key.init)

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

  /// Every word any rule looks at, with its ``Family`` bits.
  ///
  /// Each family's words are marked from its own table, once per word it holds (asking every
  /// table about every word hashed each word about fifteen times).
  static let lexicon: [String: UInt16] = {
    typealias V = TemporalVocabulary
    var table: [String: UInt16] = [:]
    table.reserveCapacity(1024)
    /// Adds `words` to the lexicon.
    func add<S: Sequence<String>>(_ words: S) {
      for w in words where table[w] == nil { table[w] = 0 }
    }
    add(V.months.keys)
    add(V.weekdays.keys)
    add(V.weekdaysPlural.keys)
    add(V.units.keys)
    add(V.cardinals.keys)
    add(V.ordinals.keys)
    add(V.seasons.keys)
    add(V.dayParts.keys)
    add(V.decadeWords.keys)
    add(V.references.keys)
    add(V.frequencies.keys)
    add(V.approximators.keys)
    add(V.presentAgeNouns)
    add(V.movableHolidays.keys)
    add(V.vehicleMakes)
    add(TemporalGrammar.functionWords)
    /// Sets `bits` on those of `words` the lexicon has.
    func mark<S: Sequence<String>>(_ words: S, _ bits: UInt16) {
      for w in words { table[w]? |= bits }
    }
    mark(V.months.keys, Family.month | Family.starter)
    mark(V.weekdays.keys, Family.weekday | Family.starter)
    for (w, u) in V.units {
      table[w]? |= u.plural ? Family.unit | Family.starter | Family.wordRule : Family.unit
    }
    mark(V.cardinals.keys, Family.count | Family.starter)
    mark(["a", "an", "few", "several", "many", "couple"], Family.count | Family.starter)
    mark(V.ordinals.keys, Family.ordinal | Family.starter)
    mark(V.seasons.keys, Family.wordRule | Family.starter)
    mark(V.decadeWords.keys, Family.wordRule | Family.starter)
    mark(V.weekdaysPlural.keys, Family.wordRule | Family.starter)
    mark(V.frequencies.keys, Family.wordRule | Family.starter)
    mark(wordRuleWords, Family.wordRule | Family.starter)
    mark(V.movableHolidays.keys, Family.wordRule | Family.starter)
    mark(V.approximators.keys, Family.starter | Family.prefix)
    mark(otherStarters, Family.starter)
    mark(["more", "less", "fewer", "at", "up", "no", "just"], Family.prefix)
    return table
  }()

  /// The vocabulary in a fixed order (token ``TToken/wid`` indexes it).
  static let words: [String] = lexicon.keys.sorted()

  /// Each word of ``words`` → its index there.
  static let index: [String: Int] = {
    var out: [String: Int] = [:]
    out.reserveCapacity(words.count)
    for (k, w) in words.enumerated() { out[w] = k }
    return out
  }()

  /// Longest word looked up in the vocabulary (bytes).
  static let longestLookup = 14

  /// Open-addressing table from word key to index in ``words`` (faster than a Dictionary in
  /// the tokenizer's inner loop): `lo` and `hi` hold the keys (`lo` 0 = empty slot), `ids`
  /// the indexes. Only words of at most ``longestLookup`` bytes are in it (no longer token is
  /// looked up).
  static let table: (lo: [UInt64], hi: [UInt64], ids: [Int16], flags: [UInt16], bits: Int) = {
    let bits = 11
    let size = 1 << bits
    var lo = [UInt64](repeating: 0, count: size)
    var hi = [UInt64](repeating: 0, count: size)
    var ids = [Int16](repeating: -1, count: size)
    var fl = [UInt16](repeating: 0, count: size)
    for (k, w) in words.enumerated() where w.utf8.count <= longestLookup {
      guard let key = Key(w) else { continue }
      var i = key.slot(bits: bits)
      while lo[i] != 0 { i = (i + 1) & (size - 1) }
      lo[i] = key.lo
      hi[i] = key.hi
      ids[i] = Int16(k)
      fl[i] = lexicon[w] ?? 0
    }
    return (lo, hi, ids, fl, bits)
  }()

  /// The top bit of each byte of `w` that is no ASCII letter (bytes from 0x80 included), exact
  /// up to the first such byte (a byte above 0xFA may borrow from the byte after it), with no
  /// branch a byte.
  @inline(__always) static func nonLetters(_ w: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let folded = w | (0x20 &* ones)  // A–Z onto a–z, and no other byte onto a–z
    let letter = ((folded | high) &- 0x61 &* ones) & ((0xFA &* ones) &- folded) & high
    return ~letter & high
  }

  /// The end and key of the word at `i` when it is ASCII letters up to an ASCII byte within
  /// sixteen bytes (most words), read eight bytes at a time: nil otherwise (then the word is
  /// read a byte at a time). The loop a byte, with a hash step a byte, was most of the
  /// tokenizer.
  @inline(__always) static func asciiWord(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (end: Int, key: Key)? {
    guard i + 8 <= b.count, let base = b.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    let fold: UInt64 = 0x2020_2020_2020_2020
    /// The bytes before byte `e` of `w`.
    func head(_ w: UInt64, _ e: Int) -> UInt64 { w & ((1 << UInt64(e << 3)) &- 1) }
    let w0 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
    let s0 = nonLetters(w0)
    if s0 != 0 {
      let e = s0.trailingZeroBitCount >> 3
      guard b[i + e] < 0x80 else { return nil }
      return (i + e, Key(lo: head(w0 | fold, e), hi: 0))
    }
    guard i + 16 <= b.count else { return nil }
    let w1 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
    let s1 = nonLetters(w1)
    guard s1 != 0 else { return nil }
    let e = s1.trailingZeroBitCount >> 3
    guard b[i + 8 + e] < 0x80 else { return nil }
    return (i + 8 + e, Key(lo: w0 | fold, hi: head(w1 | fold, e)))
  }

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
    let (keysLo, keysHi, ids, fls, bits) = table
    let mask = (1 << bits) - 1
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
        var key = Key(lo: 0, hi: 0)
        if let (end, k) = asciiWord(b, i) {
          j = end
          key = k
        } else {
          while j < n {
            let d = b[j]
            if d < 0x80 {
              // An ASCII letter once `A`–`Z` are folded to `a`–`z`.
              guard d | 0x20 >= 97 && d | 0x20 <= 122 else { break }
            } else {
              if d == 0xE2, j + 2 < n, b[j + 1] == 0x80, b[j + 2] == 0x99 { break }
              if d == 0xC2, j + 1 < n, b[j + 1] == 0xA0 { break }
            }
            key.add(d, at: j - i)
            j += 1
          }
        }
        var t = TToken(start: i, end: j, kind: .word, space: space)
        t.cap = c >= 65 && c <= 90
        let ing = j - i >= 6 && b[j - 1] | 0x20 == 103 && b[j - 2] | 0x20 == 110 && b[j - 3] | 0x20 == 105
        t.ing = ing
        if j - i <= longestLookup {
          // No noun in "-ing" is longer than 14 letters; the word's key is at hand.
          if ing, ingNouns.contains(key) { t.ing = false }
          var k = key.slot(bits: bits)
          while keysLo[k] != 0 {
            if keysLo[k] == key.lo && keysHi[k] == key.hi {
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
