/// A calendar day in the proleptic Gregorian calendar, convertible to a day number.
///
/// Day arithmetic here never touches the machine's time zone.
public struct Day: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(_ year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`; returns nil for anything else or an impossible date.
  public init?(iso: String) {
    // The common case, three runs of ASCII digits, read from the bytes (a generic `split` by
    // Character cost thousands of instructions a date); anything else is read as before.
    if let (y, m, d) = Self.digitFields(iso.utf8) {
      guard Day.isValid(y, m, d) else { return nil }
      self.init(y, m, d)
      return
    }
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
      let d = Int(parts[2]), Day.isValid(y, m, d)
    else { return nil }
    self.init(y, m, d)
  }

  /// The numbers of `bytes` when they are exactly four ASCII digits, `-`, one to nine digits,
  /// `-`, one to nine digits (then the `split` and `Int` reading of ``init(iso:)`` gives the
  /// same numbers); nil otherwise.
  private static func digitFields(_ bytes: String.UTF8View) -> (Int, Int, Int)? {
    var fields = (0, 0, 0)
    var field = 0
    var digits = 0
    for b in bytes {
      if b == 0x2D {  // "-"
        guard field < 2, digits > 0, field > 0 || digits == 4 else { return nil }
        field += 1
        digits = 0
        continue
      }
      guard b >= 0x30, b <= 0x39, digits < 9 else { return nil }
      let v = Int(b - 0x30)
      switch field {
      case 0: fields.0 = fields.0 * 10 + v
      case 1: fields.1 = fields.1 * 10 + v
      default: fields.2 = fields.2 * 10 + v
      }
      digits += 1
    }
    guard field == 2, digits > 0 else { return nil }
    return fields
  }

  public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  public static func daysIn(_ y: Int, _ m: Int) -> Int {
    switch m {
    case 2: isLeap(y) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  public static func isValid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
    (1...12).contains(m) && d >= 1 && d <= daysIn(y, m)
  }

  /// Days since 1970-01-01 (negative before).
  public var ordinal: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  public init(ordinal z0: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// ISO weekday: 1 Monday … 7 Sunday.
  public var weekday: Int {
    let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday (3 with Monday = 0)
    return (w < 0 ? w + 7 : w) + 1
  }

  public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

  /// Adds months, clamping the day to the target month's length.
  public func adding(months n: Int) -> Day {
    let total = year * 12 + (month - 1) + n
    let y = total >= 0 ? total / 12 : (total - 11) / 12
    let m = total - y * 12 + 1
    return Day(y, m, min(day, Day.daysIn(y, m)))
  }

  /// ISO 8601 week-numbering year and week.
  public var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday)
    let jan1 = Day(thursday.year, 1, 1)
    return (thursday.year, (thursday.ordinal - jan1.ordinal) / 7 + 1)
  }

  /// The Monday of ISO week `week` of `year`.
  public static func mondayOf(isoYear year: Int, week: Int) -> Day {
    let jan4 = Day(year, 1, 4)
    let week1Monday = jan4.adding(days: 1 - jan4.weekday)
    return week1Monday.adding(days: (week - 1) * 7)
  }

  /// `YYYY-MM-DD` (a longer or signed year as `pad` writes it). A day of years 0–9999 is
  /// written as its ten digits and dashes straight into a small string: the interpolation of
  /// three padded strings took about 2,400 instructions, and the reconciler writes two per
  /// mention of every event.
  public var description: String {
    if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
      let (y, m, d) = (year, month, day)
      return String(unsafeUninitializedCapacity: 10) { b in
        func digit(_ n: Int) -> UInt8 { 0x30 + UInt8(truncatingIfNeeded: n % 10) }
        (b[0], b[1], b[2], b[3]) = (digit(y / 1000), digit(y / 100), digit(y / 10), digit(y))
        (b[4], b[5], b[6]) = (0x2D, digit(m / 10), digit(m))
        (b[7], b[8], b[9]) = (0x2D, digit(d / 10), digit(d))
        return 10
      }
    }
    let y = year < 0 ? "-" + pad(-year, 4) : pad(year, 4)
    return "\(y)-\(pad(month, 2))-\(pad(day, 2))"
  }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }
}

/// `n` in decimal, with leading zeros to `width` digits.
///
/// A number of at most 15 characters is written straight into a small string (the text of
/// `n`, a string of zeros and their concatenation were three strings, about 600
/// instructions, and blocking keys, day texts and time values pad many numbers).
func pad(_ n: Int, _ width: Int) -> String {
  if n >= 0 && n < 1_000_000_000_000 && width <= 15 {
    var digits = 1
    var rest = n / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    let length = max(digits, width)
    return String(unsafeUninitializedCapacity: length) { b in
      var m = n
      for k in stride(from: length - 1, through: 0, by: -1) {
        b[k] = 0x30 + UInt8(truncatingIfNeeded: m % 10)
        m /= 10
      }
      return length
    }
  }
  let s = String(n)
  return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
