/// An ISO-TimeML temporal value (as TIMEX3 `value` + `mod`) and the calendar range it denotes.
///
/// Handles points at every TimeBank granularity (`19` century, `198` decade, `2021`,
/// `2021-H2`, `2021-Q3`, `2021-SU`, `2021-08`, `2021-W42`, `2021-10-20`, `2021-10-20TNI`,
/// `2021-10-20T19:04`), `X`-underspecified values (`198X`, `XXXX-10-20`), durations
/// (`P20Y`), sets and references (`PRESENT_REF`).
///
/// ```swift
/// TemporalValue("2021-08").range      // 2021-08-01..2021-08-31
/// TemporalValue("2021-08-15").isCompatible(with: TemporalValue("2021-08"))  // true
/// TemporalValue("2021").contains(TemporalValue("2021-W42"))                 // true
/// ```
public struct TemporalValue: Codable, Hashable, Sendable, CustomStringConvertible {
  public var value: String
  public var mod: String?

  public init(_ value: String, mod: String? = nil) {
    self.value = value
    self.mod = mod
  }

  public var description: String { mod.map { "\(value) (\($0))" } ?? value }

  /// Durations (`P…`), references (`…_REF`) and values with an unknown year have no range.
  public var isDuration: Bool { value.hasPrefix("P") }
  public var isReference: Bool { value.hasSuffix("_REF") }
  /// The weekday (1 Monday … 7 Sunday) of a value known only by its weekday ("XXXX-WXX-7",
  /// "XXXX-WXX-7TEV"), else nil.
  var weekdayOnly: Int? {
    guard value.hasPrefix("XXXX-WXX-"), let d = value.dropFirst(9).first?.wholeNumberValue, (1...7).contains(d) else {
      return nil
    }
    return d
  }

  /// The day range this value denotes, widened for `mod` where the mod says so; nil when the
  /// value has no fixed place on the calendar (durations, references, unknown year).
  public var range: DayRange? {
    guard var r = Self.baseRange(value) else { return nil }
    switch mod {
    case "START", "EARLY":
      let third = max(0, r.length / 3 - 1)
      r = DayRange(r.earliest, r.earliest.adding(days: third))
    case "END", "LATE":
      let third = max(0, r.length / 3 - 1)
      r = DayRange(r.latest.adding(days: -third), r.latest)
    case "MID":
      let third = r.length / 3
      r = DayRange(r.earliest.adding(days: third), r.latest.adding(days: -third))
    case "APPROX" where !value.contains("T"):
      // "around 7 p.m. on Friday" approximates the hour: the day stands.
      let pad = max(1, r.length / 4)
      r = DayRange(r.earliest.adding(days: -pad), r.latest.adding(days: pad))
    default:
      break
    }
    return r
  }

  /// Number of days covered; smaller is more precise. Unknown values count as infinitely wide.
  public var width: Int { range?.length ?? Int.max }

  /// Two values are compatible when their ranges overlap; unknown ranges are compatible with
  /// everything.
  public func isCompatible(with other: TemporalValue) -> Bool {
    guard let a = range, let b = other.range else { return true }
    return a.overlaps(b)
  }

  /// Whether this value's range contains the other's.
  public func contains(_ other: TemporalValue) -> Bool {
    guard let a = range, let b = other.range else { return false }
    return a.contains(b)
  }

  /// Whether this value is strictly narrower than the other.
  public func isMorePrecise(than other: TemporalValue) -> Bool {
    width < other.width
  }

  // MARK: - Parsing ISO-TimeML values

  static func baseRange(_ v: String) -> DayRange? {
    var v = v
    return v.withUTF8 { baseRange(bytes: $0) }  // no copy: values are short, mostly inline
  }

  private static func baseRange(bytes s: UnsafeBufferPointer<UInt8>) -> DayRange? {
    func digits(_ a: Int, _ b: Int) -> Int? {
      guard b <= s.count else { return nil }
      var n = 0
      for i in a..<b {
        guard s[i] >= 48, s[i] <= 57 else { return nil }
        n = n * 10 + Int(s[i] - 48)
      }
      return n
    }
    /// Whether the bytes from `i` on start with `text`.
    func has(_ text: StaticString, at i: Int) -> Bool {
      let t = text.utf8Bytes
      return i + t.count <= s.count && t.indices.allSatisfy { s[i + $0] == t[$0] }
    }
    // Centuries and decades: "19", "198", "19XX", "198X".
    if s.count == 2, let c = digits(0, 2) {
      return DayRange(Day(c * 100, 1, 1), Day(c * 100 + 99, 12, 31))
    }
    if s.count == 3, let d = digits(0, 3) {
      return DayRange(Day(d * 10, 1, 1), Day(d * 10 + 9, 12, 31))
    }
    guard s.count >= 4 else { return nil }
    if s.count == 4, has("XX", at: 2), let c = digits(0, 2) {
      return DayRange(Day(c * 100, 1, 1), Day(c * 100 + 99, 12, 31))
    }
    if s.count == 4, s[3] == UInt8(ascii: "X"), let d = digits(0, 3) {
      return DayRange(Day(d * 10, 1, 1), Day(d * 10 + 9, 12, 31))
    }
    guard let year = digits(0, 4) else { return nil }
    let yearRange = DayRange(Day(year, 1, 1), Day(year, 12, 31))
    if s.count == 4 { return yearRange }
    guard s[4] == UInt8(ascii: "-"), s.count >= 6 else { return yearRange }
    // After "YYYY-": week, quarter, half, season.
    if has("W", at: 5), let w = digits(6, min(8, s.count)), (1...53).contains(w), !has("WXX", at: 5) {
      let monday = Day.mondayOf(isoYear: year, week: w)
      if has("-WE", at: 8) { return DayRange(monday.adding(days: 5), monday.adding(days: 6)) }
      return DayRange(monday, monday.adding(days: 6))
    }
    if has("Q", at: 5), let q = digits(6, 7), (1...4).contains(q) {
      let m = (q - 1) * 3 + 1
      return DayRange(Day(year, m, 1), Day(year, m + 2, Day.daysIn(year, m + 2)))
    }
    if has("H", at: 5), let h = digits(6, 7), (1...2).contains(h) {
      return h == 1 ? DayRange(Day(year, 1, 1), Day(year, 6, 30)) : DayRange(Day(year, 7, 1), Day(year, 12, 31))
    }
    if has("SP", at: 5) { return DayRange(Day(year, 3, 1), Day(year, 5, 31)) }
    if has("SU", at: 5) { return DayRange(Day(year, 6, 1), Day(year, 8, 31)) }
    if has("FA", at: 5) { return DayRange(Day(year, 9, 1), Day(year, 11, 30)) }
    if has("WI", at: 5) { return DayRange(Day(year, 12, 1), Day(year + 1, 2, Day.daysIn(year + 1, 2))) }
    guard let month = digits(5, 7), (1...12).contains(month) else { return yearRange }
    let monthRange = DayRange(Day(year, month, 1), Day(year, month, Day.daysIn(year, month)))
    guard s.count >= 10, s[7] == UInt8(ascii: "-"), let day = digits(8, 10) else { return monthRange }
    guard Day.isValid(year, month, day) else { return nil }
    return DayRange(Day(year, month, day), Day(year, month, day))
  }
}
