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
  /// The rules' word sets `lower` belongs to (empty for tokens made with `classify: false`).
  var sets: XWordSets = []

  var isWord: Bool { kind == .word }
  /// Whether `lower` is in the word set that `set` flags (see ``XWordSets``).
  @inline(__always) func isIn(_ set: XWordSets) -> Bool { sets.contains(set) }
  /// An opening or closing quotation mark.
  var isQuote: Bool { kind == .punct && sets.contains(.quoteMarks) }
  static let quoteMarks: Set<String> = ["\"", "“", "”", "«", "»", "„"]
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

  /// Tokenizes `text`; `map` converts a UTF-8 offset in `text` (and whether it is an end
  /// offset) to an offset in the original file.
  ///
  /// With `classify` (the default) each token also gets its ``XWordSets``; the gazetteer, which
  /// ``XWordSets`` reads, tokenizes its own table without.
  static func tokenize(_ text: String, classify: Bool = true, map: (Int, Bool) -> Int) -> [XToken] {
    let scalars = Array(text.unicodeScalars)
    let utf8 = Array(text.utf8)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var o = 0
    for s in scalars {
      offsets.append(o)
      o += s.utf8.count
    }
    offsets.append(o)
    var tokens: [XToken] = []
    var i = 0
    var space = true
    var newlines = 0
    let n = scalars.count
    func emit(_ a: Int, _ b: Int, _ kind: XToken.Kind) {
      // The token's bytes are a slice of the text's UTF-8; ASCII tokens lowercase byte-wise.
      let bytes = utf8[offsets[a]..<offsets[b]]
      let t = String(decoding: bytes, as: UTF8.self)
      var letters = 0
      var uppers = 0
      for c in scalars[a..<b] where isLetter(c) {
        letters += 1
        if isUpper(c) { uppers += 1 }
      }
      let lower: String
      if bytes.allSatisfy({ $0 < 0x80 }) {
        lower = uppers == 0 ? t : String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
      } else {
        lower = t.lowercased()
      }
      let first = scalars[a]
      tokens.append(
        XToken(
          text: t, lower: lower, start: map(offsets[a], false), end: map(offsets[b], true), kind: kind,
          spaceBefore: space, breakBefore: newlines >= 2, isCap: isUpper(first),
          isAllCaps: letters >= 2 && uppers == letters, sets: classify ? XWordSets.of(lower) : []))
      space = false
      newlines = 0
    }
    while i < n {
      let c = scalars[i]
      if isSpace(c) {
        space = true
        if c == "\n" { newlines += 1 }
        i += 1
        continue
      }
      if isLetter(c) {
        var j = i
        while j < n, isLetter(scalars[j]) || isDigit(scalars[j]) || isMark(scalars[j]) {
          j += 1
        }
        // Internal apostrophe: split a possessive 's, keep O'Brien / don't.
        if j + 1 < n, isApostrophe(scalars[j]), isLetter(scalars[j + 1]) {
          let afterS = j + 2
          let isPossessive =
            (scalars[j + 1] == "s" || scalars[j + 1] == "S") && (afterS >= n || !isLetter(scalars[afterS]))
          if isPossessive {
            emit(i, j, .word)
            emit(j, j + 2, .word)
            i = j + 2
            continue
          }
          var k = j + 1
          while k < n, isLetter(scalars[k]) { k += 1 }
          j = k
        }
        // Abbreviations: "U.S.", "U.N.", "Mr.", "Oct.".
        if j < n, scalars[j] == "." {
          if j - i == 1, j + 2 < n, isLetter(scalars[j + 1]), scalars[j + 2] == "." {
            var k = j + 1
            while k + 1 < n, isLetter(scalars[k]), scalars[k + 1] == "." { k += 2 }
            emit(i, k, .word)
            i = k
            continue
          }
          var w = String.UnicodeScalarView()
          w.append(contentsOf: scalars[i..<j])
          if abbreviations.contains(String(w).lowercased()) {
            emit(i, j + 1, .word)
            i = j + 1
            continue
          }
        }
        emit(i, j, .word)
        i = j
        continue
      }
      if isDigit(c) {
        var j = i
        while j < n {
          if isDigit(scalars[j]) {
            j += 1
          } else if (scalars[j] == "," || scalars[j] == "."), j + 1 < n, isDigit(scalars[j + 1]) {
            j += 1
          } else {
            break
          }
        }
        // Ordinal suffixes and units glued to numbers: "5th", "10km".
        while j < n, isLetter(scalars[j]) { j += 1 }
        emit(i, j, .number)
        i = j
        continue
      }
      if isApostrophe(c), i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S",
        i + 2 >= n || !isLetter(scalars[i + 2]), let last = tokens.last, last.isWord, !space
      {
        emit(i, i + 2, .word)
        i += 2
        continue
      }
      let kind: XToken.Kind
      if c.value < 128 {
        kind = c == "$" || c == "+" || c == "<" || c == "=" || c == ">" || c == "|" || c == "~" ? .symbol : .punct
      } else {
        let cat = c.properties.generalCategory
        kind = cat == .currencySymbol || cat == .mathSymbol ? .symbol : .punct
      }
      emit(i, i + 1, kind)
      i += 1
    }
    return tokens
  }
}
