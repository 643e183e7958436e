/// Holidays whose day changes from year to year, computed for a given year.
///
/// The rule table lives in ``TemporalVocabulary/movableHolidays``; Easter follows the
/// Gregorian computus.
///
/// ```
/// Day.holiday("election", in: 1998)   // 1998-11-03, the Tuesday after the first Monday
/// Day.holiday("easter", in: 2000)     // 2000-04-23
/// ```
extension Day {
  /// The day of the holiday `name` (a key of ``TemporalVocabulary/movableHolidays`` or
  /// `easter`) in `year`, nil for an unknown name.
  static func holiday(_ name: String, in year: Int) -> Day? {
    if name == "easter" { return easter(year) }
    guard let r = TemporalVocabulary.movableHolidays[name] else { return nil }
    let from = Day(year, r.month, r.from)
    return from.adding(days: (r.weekday - from.weekday + 7) % 7)
  }

  /// Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
  static func easter(_ y: Int) -> Day {
    let a = y % 19
    let b = y / 100
    let c = y % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return Day(y, month, day)
  }
}
