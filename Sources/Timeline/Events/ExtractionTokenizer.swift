/// One token as the extraction stage sees it: the analysis text, its lowercase form, and the
/// byte range it occupies in the original file.
struct XToken: Sendable {
  enum Kind: Sendable { case word, number, punct, symbol }
  var text: String
  var lower: String
  /// UTF-8 byte offsets into the original file (end exclusive).
  var start: Int
  var end: Int
  var kind: Kind
  /// Whitespace precedes this token.
  var spaceBefore: Bool
  /// A blank line (paragraph break) precedes this token.
  var breakBefore: Bool
  /// The first letter is uppercase.
  var isCap: Bool
  /// Two or more letters, all uppercase.
  var isAllCaps: Bool
  /// Inside a temporal expression (never a name, never a count).
  var inTimex = false
  /// Inside quotation marks (set by ``XUnit/computeClauses()``).
  var quoted = false
  /// The text is ASCII (then a character is a byte).
  var isASCII = false
  /// The number of `lower` in ``XWordSets/vocabulary``, -1 when no phrase table has the word
  /// (always -1 for tokens made with `classify: false`).
  var word: Int32 = -1
  /// The clause number in its sentence (set by ``XUnit/computeClauses()``). Kept on the token
  /// (in what was padding: the stride stays 72 bytes) so a sentence allocates no arrays of
  /// its own for clauses and quotes.
  var clause: Int32 = 0
  /// The rules' word sets `lower` belongs to (empty for tokens made with `classify: false`).
  /// Last: the 8-byte field after the small ones keeps the token at 72 bytes.
  var sets: XWordSets = []

  var isWord: Bool { kind == .word }
  /// The possessive "'s" (split off its word by the tokenizer), in either apostrophe. By byte
  /// count first (2 and 4): no string of another count is canonically equivalent to either.
  var isPossessive: Bool {
    switch lower.utf8.count {
    case 2: return lower == "'s"
    case 4: return lower == "’s"
    default: return false
    }
  }
  /// A hyphen: a punctuation token (what "-" always is) whose text is "-".
  var isHyphen: Bool { kind == .punct && text == "-" }
  /// A comma.
  var isComma: Bool { kind == .punct && text == "," }
  /// The number of characters of `text`.
  var textCount: Int { isASCII ? text.utf8.count : text.count }
  /// The number of characters of `lower`.
  var lowerCount: Int { isASCII ? lower.utf8.count : lower.count }
  /// Whether `lower` is `word`, a word of lowercase ASCII letters: the byte counts are compared
  /// first, so in a scan over every token of a sentence most tokens are ruled out without a call
  /// to the string comparison. Exact: no string of another byte count is canonically
  /// equivalent to such a word (no character decomposes to a lowercase ASCII letter).
  @inline(__always) func lowerIs(_ word: String) -> Bool { lower.utf8.count == word.utf8.count && lower == word }
  /// Whether `lower` ends in `suffix`: for an ASCII token by its last bytes (a character is a
  /// byte there, so they decide as `hasSuffix` does), else by `hasSuffix`, which cost about
  /// 300 instructions a call. Inlined: called on a token in an array (`toks[k].lowerHasSuffix`),
  /// a call copied the token out first, retaining both its strings.
  @inline(__always) func lowerHasSuffix(_ suffix: String) -> Bool {
    guard isASCII else { return lower.hasSuffix(suffix) }
    let w = lower.utf8
    let s = suffix.utf8
    guard w.count >= s.count else { return false }
    var i = w.endIndex
    var j = s.endIndex
    while j > s.startIndex {
      w.formIndex(before: &i)
      s.formIndex(before: &j)
      if w[i] != s[j] { return false }
    }
    return true
  }
  /// Whether `lower` is in the word set that `set` flags (see ``XWordSets``).
  @inline(__always) func isIn(_ set: XWordSets) -> Bool { sets.contains(set) }
  /// An opening or closing quotation mark.
  var isQuote: Bool { kind == .punct && sets.contains(.quoteMarks) }
  static let quoteMarks: Set<String> = ["\"", "“", "”", "«", "»", "„"]
}

/// What ``ExtractionTokenizer`` learns of a token's ASCII bytes as it reads them: its letters,
/// its capitals and the hash of its lowercase bytes (``ASCIIWordTable/Hash``).
struct ByteCounts {
  var letters = 0
  var uppers = 0
  var hash = ASCIIWordTable.Hash()

  /// Counts one ASCII byte: a letter when it is `A`–`Z` or `a`–`z`, hashed lowercase.
  @inline(__always) mutating func add(ascii byte: UInt8) {
    let folded = byte | 0x20
    if folded >= 0x61 && folded <= 0x7A {
      letters += 1
      if byte <= 0x5A { uppers += 1 }
      hash.add(folded)
    } else {
      hash.add(byte)
    }
  }
}

/// Maps a UTF-8 offset in the text ``ExtractionTokenizer`` reads (and whether it is an end
/// offset) to an offset in the original file.
protocol TokenOffsets {
  mutating func original(_ offset: Int, isEnd: Bool) -> Int
}

/// Offsets mapped by a closure.
struct MappedOffsets: TokenOffsets {
  let map: (Int, Bool) -> Int
  func original(_ offset: Int, isEnd: Bool) -> Int { map(offset, isEnd) }
}

/// A sentence's cursor over its offset runs (offsets come in increasing order).
extension OffsetMap.Cursor: TokenOffsets {}

/// The offsets of a sentence whose analysis text is one run of its file (most sentences: no
/// markup or escape inside), mapped as ``OffsetMap/Cursor`` maps them in that run, without its
/// walk over the runs.
struct RunOffsets: TokenOffsets {
  let run: OffsetMap.Run
  /// `run.original - run.clean` when the run is copied byte for byte (no
  /// ``OffsetMap/Run/originalLength``): then an offset whose byte is inside the run moves by
  /// this much, the answer ``OffsetMap/original(_:in:isEnd:)`` gives there.
  private let shift: Int?

  init(run: OffsetMap.Run) {
    self.run = run
    shift = run.originalLength == nil ? run.original - run.clean : nil
  }

  func original(_ offset: Int, isEnd: Bool) -> Int {
    // The byte the offset asks about: itself, or for an end the byte before it.
    let byte = isEnd ? offset - 1 : offset
    if let shift, byte >= run.clean, byte < run.clean + run.length { return offset + shift }
    return OffsetMap.original(OffsetMap.probe(offset, isEnd: isEnd), in: run, isEnd: isEnd)
  }
}

/// A small single-pass tokenizer used by entity and event extraction.
///
/// It runs on every sentence's analysis text (so matching does not depend on the segmenter's
/// token conventions) and maps offsets back to the original file through the sentence's
/// ``OffsetMap``. Words keep internal apostrophes ("O'Brien"); the possessive `'s` is split off
/// as its own token; "U.S." and known abbreviations ("Mr.", "St.", "Gen.") keep their periods;
/// numbers keep internal separators ("2,000", "6.5"); hyphens are separate tokens.
///
/// Watch out for: it is linear in the text length and never looks back more than one token.
enum ExtractionTokenizer {
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "jr", "sr", "lt", "col", "gov", "prof",
    "sgt", "capt", "maj", "adm", "rev", "mt", "ft", "no", "vs", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd",
  ]

  // ASCII fast paths: Unicode property lookups dominate the profile otherwise.
  @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
    return s.properties.isAlphabetic
  }
  @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 128 { return v >= 65 && v <= 90 }
    return s.properties.isUppercase
  }
  @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
  @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
    return s.properties.isWhitespace
  }
  @inline(__always) static func isMark(_ s: Unicode.Scalar) -> Bool {
    s.value >= 128 && s.properties.generalCategory == .nonspacingMark
  }
  static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "’" }

  /// The scalar whose UTF-8 encoding starts at byte `i` of `bytes` (valid UTF-8, as a
  /// `String`'s bytes are), and the length of that encoding.
  @inline(__always) static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
    let b0 = UInt32(bytes[i])
    if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
    let v: UInt32
    let length: Int
    if b0 < 0xE0 {
      v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
      length = 2
    } else if b0 < 0xF0 {
      v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
      length = 3
    } else {
      v =
        (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
        | UInt32(bytes[i + 3] & 0x3F)
      length = 4
    }
    return (Unicode.Scalar(v) ?? "\u{FFFD}", length)
  }

  /// Whether the word `bytes` (before a period) is one of ``abbreviations``, in any case.
  ///
  /// ASCII words compare their lowercase bytes (no abbreviation is longer than four letters),
  /// with no string made; others go through `lowercased()`, whose Unicode case mappings decide.
  static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var ascii = true
    for b in bytes where b >= 0x80 { ascii = false }
    guard ascii else {
      return abbreviations.contains(String(decoding: bytes, as: UTF8.self).lowercased())
    }
    guard bytes.count < abbreviationBytes.count else { return false }
    var key: UInt32 = 0
    for b in bytes { key = key << 8 | UInt32(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
    return abbreviationBytes[bytes.count].contains(key)
  }

  /// ``abbreviations`` by length (index = bytes), each the set of its words' bytes packed
  /// big-endian into an integer ("mr" → 0x6D72).
  private static let abbreviationBytes: [Set<UInt32>] = {
    let longest = abbreviations.map(\.utf8.count).max() ?? 0
    precondition(longest <= 4, "an abbreviation's bytes must fit in a UInt32")
    var out = Array(repeating: Set<UInt32>(), count: longest + 1)
    for a in abbreviations {
      out[a.utf8.count].insert(a.utf8.reduce(0) { $0 << 8 | UInt32($1) })
    }
    return out
  }()

  /// The string of the ASCII bytes `piece`, written in place: up to 15 bytes (nearly every
  /// token) it is built without the UTF-8 validation that `String(decoding:as:)` ran on every
  /// token the word table lacks (about 170 instructions a token, 158,000 tokens for the
  /// generated 2,000 documents).
  @inline(__always) static func asciiString(_ piece: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: piece.count) { buffer in
      _ = buffer.initialize(fromContentsOf: piece)
      return piece.count
    }
  }

  /// The string of each ASCII byte, by its value: a one-byte token takes its string from here.
  private static let oneByteStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

  /// The shared tables the tokenizer reads at every token: the word table (nil without
  /// `classify`) and the one-byte strings.
  ///
  /// A caller that tokenizes many sentences reads them once (``classifying``) and passes them
  /// to each: read from the shared tables per sentence, each of their lists was retained and
  /// released again: atomic counts on the same objects from every core (the retains and the
  /// table's release under the tokenizer were 0.46% of the samples at 100,000 documents).
  struct Tables: Sendable {
    let words: ASCIIWordTable?
    let oneByte: [String]

    /// The tables with the word table: tokens get their ``XWordSets`` and numbers.
    static var classifying: Tables { Tables(words: XWordSets.asciiTable, oneByte: oneByteStrings) }
    /// The tables without the word table (``XWordSets`` reads the gazetteer, which tokenizes
    /// its own table before the word table exists).
    static var plain: Tables { Tables(words: nil, oneByte: oneByteStrings) }
  }

  /// Tokenizes `text`; `map` converts a UTF-8 offset in `text` (and whether it is an end
  /// offset) to an offset in the original file.
  ///
  /// With `classify` (the default) each token also gets its ``XWordSets``; the gazetteer, which
  /// ``XWordSets`` reads, tokenizes its own table without.
  ///
  /// Works on the UTF-8 bytes: positions are byte offsets, and a scalar is decoded where a
  /// rule looks at it (ASCII, one byte, needs no decoding).
  static func tokenize(_ text: String, classify: Bool = true, map: (Int, Bool) -> Int) -> [XToken] {
    withoutActuallyEscaping(map) { map in
      var offsets = MappedOffsets(map: map)
      return tokenize(text, tables: classify ? .classifying : .plain, offsets: &offsets)
    }
  }

  /// ``tokenize(_:classify:map:)`` with the shared tables read by the caller (``Tables``) and
  /// the offsets mapped by `offsets`, a type whose mapping the tokenizer's copy for it calls
  /// without a closure call (two per token).
  static func tokenize<Offsets: TokenOffsets>(_ text: String, tables: Tables, offsets: inout Offsets) -> [XToken] {
    var text = text
    return text.withUTF8 { tokenize(bytes: $0, tables: tables, offsets: &offsets) }
  }

  /// ``tokenize(_:tables:offsets:)`` on the text's UTF-8 bytes.
  private static func tokenize<Offsets: TokenOffsets>(
    bytes: UnsafeBufferPointer<UInt8>, tables: Tables, offsets: inout Offsets
  ) -> [XToken] {
    let n = bytes.count
    var tokens: [XToken] = []
    tokens.reserveCapacity(n / 4)
    var i = 0
    var space = true
    var newlines = 0
    let classify = tables.words != nil
    /// Whether an uppercase letter starts at byte `k`: an ASCII byte is tested as it is (the
    /// scalar's properties were looked up, their type's metadata fetched, for every token).
    func startsUpper(_ k: Int) -> Bool {
      let byte = bytes[k]
      return byte < 0x80 ? byte >= 0x41 && byte <= 0x5A : isUpper(scalar(in: bytes, at: k).0)
    }
    /// Emits the token of bytes `a..<b`. `read`: their counts, when the caller counted them
    /// while finding the token's end (an ASCII word), so that its bytes are read once.
    func emit(_ a: Int, _ b: Int, _ kind: XToken.Kind, read: ByteCounts? = nil) {
      // ASCII tokens lowercase byte-wise; a word the tables have takes their strings, and so
      // does a one-byte token (a comma, a period, a digit).
      let piece = UnsafeBufferPointer(rebasing: bytes[a..<b])
      var counts = read ?? ByteCounts()
      var ascii = true
      if read == nil {
        var p = a
        while p < b {
          let byte = bytes[p]
          if byte < 0x80 {
            counts.add(ascii: byte)
            p += 1
            continue
          }
          let (c, length) = scalar(in: bytes, at: p)
          ascii = false
          if isLetter(c) {
            counts.letters += 1
            if isUpper(c) { counts.uppers += 1 }
          }
          counts.hash.add(byte)
          p += length
        }
      }
      let (letters, uppers, hash) = (counts.letters, counts.uppers, counts.hash)
      let t: String
      let lower: String
      let info: XWordInfo
      if ascii, let table = tables.words, let slot = table.slot(lowercasing: piece, hash) {
        // The same bytes as the table's word (or its capitalized form): its string is the one
        // this token would make.
        lower = table.key(at: slot)
        if uppers == 0 {
          t = lower
        } else if uppers == 1, bytes[a] >= 0x41 && bytes[a] <= 0x5A {
          t = table.title(at: slot)
        } else {
          t = asciiString(piece)
        }
        info = table.info(at: slot)
      } else if b - a == 1, bytes[a] < 0x80 {
        // One ASCII byte the table lacks: no sets and no number.
        t = tables.oneByte[Int(bytes[a])]
        lower = uppers == 0 ? t : tables.oneByte[Int(bytes[a] | 0x20)]
        info = XWordInfo()
      } else {
        t = ascii ? asciiString(piece) : String(decoding: piece, as: UTF8.self)
        if !ascii {
          lower = t.lowercased()
        } else if uppers == 0 {
          lower = t
        } else {
          lower = String(unsafeUninitializedCapacity: b - a) { buffer in
            for k in 0..<(b - a) {
              let byte = bytes[a + k]
              buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return b - a
          }
        }
        // An ASCII word the table lacks has no sets and no number.
        info = !classify || ascii ? XWordInfo() : XWordSets.info(lower)
      }
      tokens.append(
        XToken(
          text: t, lower: lower, start: offsets.original(a, isEnd: false), end: offsets.original(b, isEnd: true), kind: kind, spaceBefore: space,
          breakBefore: newlines >= 2, isCap: startsUpper(a),
          isAllCaps: letters >= 2 && uppers == letters, isASCII: ascii, word: info.word, sets: info.sets))
      space = false
      newlines = 0
    }
    /// Whether a letter starts at byte `k` (false at the end).
    func letterAt(_ k: Int) -> Bool { k < n && isLetter(scalar(in: bytes, at: k).0) }
    while i < n {
      let (c, length) = scalar(in: bytes, at: i)
      if isSpace(c) {
        space = true
        if c == "\n" { newlines += 1 }
        i += length
        continue
      }
      if isLetter(c) {
        var j = i
        // An all-ASCII word is counted as its end is found (``ByteCounts``), not read again.
        var counts = ByteCounts()
        var ascii = true
        while j < n {
          let byte = bytes[j]
          if byte < 0x80 {
            // An ASCII byte is its own scalar, never a mark: a letter (`A`–`Z`, `a`–`z`) or a
            // digit continues the word.
            let folded = byte | 0x20
            guard (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39) else { break }
            counts.add(ascii: byte)
            j += 1
            continue
          }
          let (s, l) = scalar(in: bytes, at: j)
          guard isLetter(s) || isDigit(s) || isMark(s) else { break }
          ascii = false
          j += l
        }
        // The counts of `i..<j`, while the word is that.
        var read = ascii ? counts : nil
        // Internal apostrophe: split a possessive 's, keep O'Brien / don't.
        if j < n, case (let quote, let ql) = scalar(in: bytes, at: j), isApostrophe(quote), letterAt(j + ql) {
          let s = bytes[j + ql]
          let afterS = j + ql + 1
          if (s == 0x73 || s == 0x53) && !letterAt(afterS) {  // "s" or "S"
            emit(i, j, .word, read: read)
            emit(j, afterS, .word)
            i = afterS
            continue
          }
          var k = j + ql
          while letterAt(k) { k += scalar(in: bytes, at: k).1 }
          j = k
          read = nil
        }
        // Abbreviations: "U.S.", "U.N.", "Mr.", "Oct.".
        if j < n, bytes[j] == 0x2E {  // "."
          if j == i + length, letterAt(j + 1), case let next = j + 1 + scalar(in: bytes, at: j + 1).1, next < n,
            bytes[next] == 0x2E
          {
            var k = j + 1
            while k < n, case let l = scalar(in: bytes, at: k).1, k + l < n, isLetter(scalar(in: bytes, at: k).0),
              bytes[k + l] == 0x2E
            {
              k += l + 1
            }
            emit(i, k, .word)
            i = k
            continue
          }
          if isAbbreviation(UnsafeBufferPointer(rebasing: bytes[i..<j])) {
            emit(i, j + 1, .word)
            i = j + 1
            continue
          }
        }
        emit(i, j, .word, read: read)
        i = j
        continue
      }
      if isDigit(c) {
        var j = i
        while j < n {
          if bytes[j] >= 0x30 && bytes[j] <= 0x39 {
            j += 1
          } else if bytes[j] == 0x2C || bytes[j] == 0x2E, j + 1 < n, bytes[j + 1] >= 0x30 && bytes[j + 1] <= 0x39 {
            j += 1  // "2,000", "6.5"
          } else {
            break
          }
        }
        // Ordinal suffixes and units glued to numbers: "5th", "10km".
        while letterAt(j) { j += scalar(in: bytes, at: j).1 }
        emit(i, j, .number)
        i = j
        continue
      }
      if isApostrophe(c), i + length < n, bytes[i + length] == 0x73 || bytes[i + length] == 0x53,
        !letterAt(i + length + 1), tokens.last?.isWord == true, !space
      {
        emit(i, i + length + 1, .word)
        i += length + 1
        continue
      }
      let kind: XToken.Kind
      if c.value < 128 {
        kind = c == "$" || c == "+" || c == "<" || c == "=" || c == ">" || c == "|" || c == "~" ? .symbol : .punct
      } else {
        let cat = c.properties.generalCategory
        kind = cat == .currencySymbol || cat == .mathSymbol ? .symbol : .punct
      }
      emit(i, i + length, kind)
      i += length
    }
    return tokens
  }
}
