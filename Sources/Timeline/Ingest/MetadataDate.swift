/// Parses the dates of metadata fields and metadata lines: bylines ("Written by X on
/// September 29, 2023"), date lines ("Friday, 29 September 2023 10:32 GMT"), manifest values
/// ("2023-09-29", "2023-09-29T10:00:00Z") and URL paths (`/2023/09/29/`).
///
/// Fixed formats only; free-text dates are the temporal tagger's job.
enum MetadataDate {
  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
  ]
  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun",
  ]
  /// Words that may surround a date on a date line without making it a sentence.
  static let dateLineWords: Set<String> = [
    "published", "updated", "posted", "on", "at", "date", "last", "modified", "first", "am", "pm", "a.m",
    "p.m", "edt", "est", "cst", "cdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "msk", "ist", "et",
    "pt", "z", "hrs", "h", "created", "issued", "released", "|", "·", "•", "-", "–", "—", ",", ":", "/",
  ]

  struct Found: Equatable {
    var year: Int
    var month: Int
    var day: Int
    /// Character range of the date in the scanned string's `Array(string)`.
    var range: Range<Int>
    var iso: String { String(format4(year)) + "-" + pad2(month) + "-" + pad2(day) }
  }

  /// An ISO day `YYYY-MM-DD` for a whole field value, or nil.
  static func parseField(_ value: String) -> String? {
    let t = value.ingestTrimmed()
    // A plain field (nearly every one: `2023-09-29`) is read by bytes, as ``first(in:)`` reads
    // it: its list of characters and their Unicode property lookups (`isNumber`, digit values)
    // cost a manifest about a microsecond a document.
    if let iso = isPlain(t) ? wholeISODate(Array(t.utf8)) : wholeISODate(Array(t)) {
      return iso
    }
    if let f = first(in: t) {
      return f.iso
    }
    return nil
  }

  /// The ISO day `c` opens when no digit follows it (bytes or characters).
  private static func wholeISODate<C: DateTextUnit>(_ c: [C]) -> String? {
    guard c.count >= 10, let f = isoDate(c, 0), f.range.upperBound == 10 || !c[10].isDigitLike else { return nil }
    return f.iso
  }

  /// The first full date (year, month and day) in `text`.
  static func first(in text: String) -> Found? {
    guard hasYearDigits(text) else { return nil }
    return isPlain(text) ? first(in: Array(text.utf8)) : first(in: Array(text))
  }

  /// Every full date has a four-digit year: most text has no run of four ASCII digits at all.
  private static func hasYearDigits(_ text: String) -> Bool {
    // On the contiguous bytes: the `String.UTF8View` iterator cost about ten instructions a
    // byte, and every line that may be a date line or a byline is asked.
    let fast = text.utf8.withContiguousStorageIfAvailable { b -> Bool in
      var run = 0
      for c in b {
        run = c &- 0x30 < 10 ? run + 1 : 0
        if run == 4 { return true }
      }
      return false
    }
    if let fast { return fast }
    var run = 0
    var year = false
    for b in text.utf8 {
      if b >= 0x30 && b <= 0x39 {
        run += 1
        if run == 4 {
          year = true
          break
        }
      } else {
        run = 0
      }
    }
    return year
  }

  /// Whether `text` is read as well by bytes as by characters: ASCII without CR (which joins a
  /// following LF into one character). Then byte offsets are character offsets.
  static func isPlain(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
  }

  private static func first<C: DateTextUnit>(in c: [C], dayFirst: Bool? = nil) -> Found? {
    var i = 0
    while i < c.count {
      if c[i].isDigitLike, i == 0 || !c[i - 1].isLetterLike && !c[i - 1].isDigitLike {
        if let f = isoDate(c, i) ?? dayMonthYear(c, i) ?? numericDate(c, i, dayFirst) { return f }
      } else if c[i].isLetterLike, i == 0 || !c[i - 1].isLetterLike {
        if let f = monthDayYear(c, i) { return f }
      }
      i += 1
    }
    return nil
  }

  /// Whether `text` is a date line: a full date and only date-line words around it.
  ///
  /// `dayFirst` reads a numeric date whose first two numbers could each be the month
  /// ("11/09/2020") in the article's convention (``SpellingLocale``); without it such a date is
  /// no date.
  static func dateLine(_ text: String, dayFirst: Bool? = nil) -> Found? {
    guard hasYearDigits(text) else { return nil }
    return isPlain(text) ? dateLine(Array(text.utf8), dayFirst) : dateLine(Array(text), dayFirst)
  }

  private static func dateLine<C: DateTextUnit>(_ c: [C], _ dayFirst: Bool?) -> Found? {
    guard c.count <= 120, let f = first(in: c, dayFirst: dayFirst) else { return nil }
    let rest = C.string(c[0..<f.range.lowerBound]) + " " + C.string(c[f.range.upperBound...])
    for word in words(rest) {
      let w = word.lowercased()
      if dateLineWords.contains(w) || weekdays.contains(w) { continue }
      if w.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." || $0 == "+" || $0 == "-" }) { continue }
      if w.count <= 4, word.allSatisfy({ $0.isUppercase }) { continue }  // a time-zone abbreviation
      return nil
    }
    return f
  }

  /// Words of `text`: runs of letters, digits and `.:+` plus single punctuation marks; a
  /// trailing `.` or `:` is not part of the word ("Updated:").
  static func words(_ text: String) -> [String] {
    var out: [String] = []
    var cur = ""
    func flush() {
      if !cur.isEmpty { out.append(cur.hasSuffix(".") || cur.hasSuffix(":") ? String(cur.dropLast()) : cur) }
      cur = ""
    }
    for ch in text {
      if ch.isLetter || ch.isNumber || ch == ":" || ch == "+" || (ch == "." && !cur.isEmpty) {
        cur.append(ch)
      } else {
        flush()
        if !ch.isWhitespace { out.append(String(ch)) }
      }
    }
    flush()
    return out.filter { !$0.isEmpty }
  }

  /// A `/YYYY/MM/DD/` date in a URL path.
  static func inURL(_ url: String) -> String? {
    if let found = asciiInURL(url) { return found }
    let parts = url.split(separator: "/").map(String.init)
    guard parts.count >= 3 else { return nil }
    for k in 0..<(parts.count - 2) {
      let (y, m, d) = (parts[k], parts[k + 1], parts[k + 2].prefix(2))
      guard y.count == 4, m.count <= 2, d.count == 2, let yi = Int(y), let mi = Int(m), let di = Int(d) else {
        continue
      }
      if valid(yi, mi, di) { return format4(yi) + "-" + pad2(mi) + "-" + pad2(di) }
    }
    return nil
  }

  /// ``inURL(_:)`` of an ASCII URL without CR, by its bytes: `.some(nil)` when it has no
  /// date, nil when the URL is not such a text. There every character is one byte, so the
  /// pieces between slashes and their lengths are byte ones; `Int(_:)` is read as it reads
  /// them (an optional sign, then digits). Splitting into `String`s cost about 30,000
  /// instructions a URL.
  static func asciiInURL(_ url: String) -> String?? {
    var u = url
    return u.withUTF8 { b -> String?? in
      guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
      func int(_ p: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var digits = p
        var negative = false
        if let f = digits.first, f == 0x2B || f == 0x2D {  // "+" or "-"
          negative = f == 0x2D
          digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
        let v = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return negative ? -v : v
      }
      let parts = b.split(separator: 0x2F)  // "/"
      guard parts.count >= 3 else { return .some(nil) }
      for k in 0..<(parts.count - 2) {
        let (y, m, d) = (parts[k], parts[k + 1], parts[k + 2].prefix(2))
        guard y.count == 4, m.count <= 2, d.count == 2, let yi = int(y), let mi = int(m), let di = int(d) else {
          continue
        }
        if valid(yi, mi, di) { return .some(format4(yi) + "-" + pad2(mi) + "-" + pad2(di)) }
      }
      return .some(nil)
    }
  }

  static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
    guard y >= 1000 && y <= 2999, m >= 1 && m <= 12, d >= 1 else { return false }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= lengths[m - 1]
  }

  // MARK: - Patterns

  private static func digits<C: DateTextUnit>(_ c: [C], _ i: Int, min: Int, max: Int) -> (Int, Int)? {
    var j = i
    var v = 0
    while j < c.count, j - i < max, let d = c[j].asciiDigit {
      v = v * 10 + d
      j += 1
    }
    guard j - i >= min else { return nil }
    if j < c.count, c[j].isDigitLike { return nil }
    return (v, j)
  }

  /// The letters at `i`, lowercased, when they may be a month name or an ordinal suffix (up to
  /// nine of them; longer runs give ""), and where they end.
  private static func letters<C: DateTextUnit>(_ c: [C], _ i: Int) -> (String, Int) {
    var j = i
    while j < c.count, c[j].isLetterLike { j += 1 }
    return (j - i <= 9 ? C.string(c[i..<j]).lowercased() : "", j)
  }

  private static func skipSpaces<C: DateTextUnit>(_ c: [C], _ i: Int) -> Int {
    var j = i
    while j < c.count, c[j].isSpaceLike { j += 1 }
    return j
  }

  private static func isOrdinalSuffix(_ s: String) -> Bool { s == "st" || s == "nd" || s == "rd" || s == "th" }

  /// `2023-09-29` (also with `/` or `.`).
  private static func isoDate<C: DateTextUnit>(_ c: [C], _ i: Int) -> Found? {
    guard let (y, j) = digits(c, i, min: 4, max: 4), j < c.count, c[j].isOne(of: "-/.") else { return nil }
    let sep = c[j]
    guard let (m, k) = digits(c, j + 1, min: 1, max: 2), k < c.count, c[k] == sep,
      let (d, l) = digits(c, k + 1, min: 1, max: 2), valid(y, m, d)
    else { return nil }
    return Found(year: y, month: m, day: d, range: i..<l)
  }

  /// `13/09/2023`, `09/13/2023`, `13.09.2023`: whichever order the numbers allow. When both
  /// orders are valid (`03/09/2023`), dots read day-first (the European convention), and
  /// slashes or dashes read in the article's convention when it is known (`readDayFirst`), else
  /// give no date at all rather than a guess that may be months off.
  private static func numericDate<C: DateTextUnit>(_ c: [C], _ i: Int, _ readDayFirst: Bool? = nil) -> Found? {
    guard let (a, j) = digits(c, i, min: 1, max: 2), j < c.count, c[j].isOne(of: "/.-") else { return nil }
    let sep = c[j]
    guard let (b, k) = digits(c, j + 1, min: 1, max: 2), k < c.count, c[k] == sep,
      let (y, l) = digits(c, k + 1, min: 4, max: 4)
    else { return nil }
    let dayFirst = valid(y, b, a), monthFirst = valid(y, a, b)
    switch (dayFirst, monthFirst) {
    case (true, false): return Found(year: y, month: b, day: a, range: i..<l)
    case (false, true): return Found(year: y, month: a, day: b, range: i..<l)
    case (true, true) where a == b || sep.isOne(of: ".") || readDayFirst == true:
      return Found(year: y, month: b, day: a, range: i..<l)
    case (true, true) where readDayFirst == false: return Found(year: y, month: a, day: b, range: i..<l)
    default: return nil
    }
  }

  /// `29 September 2023`, `29 Sept. 2023`, `29th of September, 2023`.
  private static func dayMonthYear<C: DateTextUnit>(_ c: [C], _ i: Int) -> Found? {
    guard let (d, j0) = digits(c, i, min: 1, max: 2) else { return nil }
    var j = j0
    let (suffix, js) = letters(c, j)
    if isOrdinalSuffix(suffix) { j = js }
    j = skipSpaces(c, j)
    let (of, jo) = letters(c, j)
    if of == "of" { j = skipSpaces(c, jo) }
    let (name, jm) = letters(c, j)
    guard let m = months[name] else { return nil }
    j = jm
    if j < c.count, c[j].isOne(of: ".") { j += 1 }
    if j < c.count, c[j].isOne(of: ",") { j += 1 }
    j = skipSpaces(c, j)
    guard let (y, l) = digits(c, j, min: 4, max: 4), valid(y, m, d) else { return nil }
    return Found(year: y, month: m, day: d, range: i..<l)
  }

  /// `September 29, 2023`, `Sept. 29 2023`, `Sep 29th, 2023`.
  private static func monthDayYear<C: DateTextUnit>(_ c: [C], _ i: Int) -> Found? {
    let (name, jm) = letters(c, i)
    guard let m = months[name] else { return nil }
    var j = jm
    if j < c.count, c[j].isOne(of: ".") { j += 1 }
    j = skipSpaces(c, j)
    guard let (d, jd) = digits(c, j, min: 1, max: 2) else { return nil }
    j = jd
    let (suffix, js) = letters(c, j)
    if isOrdinalSuffix(suffix) { j = js }
    if j < c.count, c[j].isOne(of: ",") { j += 1 }
    j = skipSpaces(c, j)
    guard let (y, l) = digits(c, j, min: 4, max: 4), valid(y, m, d) else { return nil }
    return Found(year: y, month: m, day: d, range: i..<l)
  }
}

/// One unit of the text a date is read from: a `Character`, or a byte of text that
/// ``MetadataDate/isPlain(_:)`` (where bytes and characters agree, at a fraction of the cost of
/// Unicode property lookups per character).
protocol DateTextUnit: Equatable {
  /// `isNumber` of a character.
  var isDigitLike: Bool { get }
  /// `isLetter` of a character.
  var isLetterLike: Bool { get }
  /// `isWhitespace` of a character.
  var isSpaceLike: Bool { get }
  /// The value of an ASCII digit.
  var asciiDigit: Int? { get }
  /// Whether the unit is one of the ASCII characters of `set`.
  func isOne(of set: StaticString) -> Bool
  static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: DateTextUnit {
  var isDigitLike: Bool { isNumber }
  var isLetterLike: Bool { isLetter }
  var isSpaceLike: Bool { isWhitespace }
  var asciiDigit: Int? { isASCII ? wholeNumberValue : nil }
  func isOne(of set: StaticString) -> Bool {
    set.withUTF8Buffer { b in b.contains { self == Character(Unicode.Scalar($0)) } }
  }
  static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension UInt8: DateTextUnit {
  var isDigitLike: Bool { self >= 0x30 && self <= 0x39 }
  var isLetterLike: Bool { self | 0x20 >= 0x61 && self | 0x20 <= 0x7A }
  var isSpaceLike: Bool { UTF8Bytes.isASCIISpace(self) }
  var asciiDigit: Int? { isDigitLike ? Int(self - 0x30) : nil }
  func isOne(of set: StaticString) -> Bool {
    set.withUTF8Buffer { $0.contains(self) }
  }
  static func string(_ units: ArraySlice<UInt8>) -> String { String(decoding: units, as: UTF8.self) }
}

private func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
private func format4(_ v: Int) -> String { String(repeating: "0", count: max(0, 4 - String(v).count)) + String(v) }
