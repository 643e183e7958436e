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

  var isWord: Bool { kind == .word }
  /// An opening or closing quotation mark.
  var isQuote: Bool { kind == .punct && XToken.quoteMarks.contains(text) }
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

  static func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
  static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
  static func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
  static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "’" }

  /// Tokenizes `text`; `map` converts a UTF-8 offset in `text` (and whether it is an end
  /// offset) to an offset in the original file.
  static func tokenize(_ text: String, map: (Int, Bool) -> Int) -> [XToken] {
    let scalars = Array(text.unicodeScalars)
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
      var s = String.UnicodeScalarView()
      s.append(contentsOf: scalars[a..<b])
      let t = String(s)
      var letters = 0
      var uppers = 0
      for c in scalars[a..<b] where isLetter(c) {
        letters += 1
        if c.properties.isUppercase { uppers += 1 }
      }
      let first = scalars[a]
      tokens.append(
        XToken(
          text: t, lower: t.lowercased(), start: map(offsets[a], false), end: map(offsets[b], true), kind: kind,
          spaceBefore: space, breakBefore: newlines >= 2, isCap: first.properties.isUppercase,
          isAllCaps: letters >= 2 && uppers == letters))
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
        while j < n, isLetter(scalars[j]) || isDigit(scalars[j]) || scalars[j].properties.generalCategory == .nonspacingMark {
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
      let kind: XToken.Kind =
        c.properties.generalCategory == .currencySymbol || c.properties.generalCategory == .mathSymbol
        ? .symbol : .punct
      emit(i, i + 1, kind)
      i += 1
    }
    return tokens
  }
}
