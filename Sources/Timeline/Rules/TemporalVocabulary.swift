/// Date vocabulary: the words the temporal tagger dispatches on, one family per table.
///
/// Every table maps a lowercase word to its meaning. Adding a word here (an abbreviation, a
/// spelling variant) is enough for every rule that uses its family to accept it. Examples of
/// what each family makes possible live in `fixtures/dates/*.tsv`.
enum TemporalVocabulary {
  /// Month names and abbreviations → month number. ("Sept. 29", "29 September", "Sep 29th")
  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]

  /// Weekday names → ISO weekday (1 Monday … 7 Sunday). ("Friday", "Tues.")
  static let weekdays: [String: Int] = [
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
  ]

  /// Plural weekday names → ISO weekday: a recurring day, TimeML SET ("on Mondays").
  static let weekdaysPlural: [String: Int] = [
    "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
  ]

  /// Calendar units (singular and plural) → granularity. ("two days", "last week")
  static let units: [String: (TemporalUnit, plural: Bool)] = [
    "second": (.second, false), "seconds": (.second, true), "minute": (.minute, false),
    "minutes": (.minute, true), "hour": (.hour, false), "hours": (.hour, true),
    "day": (.day, false), "days": (.day, true), "week": (.week, false), "weeks": (.week, true),
    "weekend": (.weekend, false), "weekends": (.weekend, true),
    "month": (.month, false), "months": (.month, true), "quarter": (.quarter, false),
    "quarters": (.quarter, true), "year": (.year, false), "years": (.year, true),
    "decade": (.decade, false), "decades": (.decade, true), "century": (.century, false),
    "centuries": (.century, true), "yr": (.year, false), "yrs": (.year, true),
    "hr": (.hour, false), "hrs": (.hour, true), "min": (.minute, false), "mins": (.minute, true),
    "fortnight": (.fortnight, false), "fortnights": (.fortnight, true),
    "semester": (.half, false),
  ]

  /// Cardinal number words. ("two days", "twenty-four hours", "a week")
  static let cardinals: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12,
  ]

  /// Ordinal words → number. ("the third quarter", "the 20th century", "March eighth")
  static let ordinals: [String: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "twenty-first": 21,
  ]

  /// Seasons → TimeML season code. ("last fall", "the summer of 2019")
  static let seasons: [String: String] = [
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
  ]

  /// Parts of the day → TimeML code. ("Friday evening" → `TEV`, "last night" → `TNI`)
  static let dayParts: [String: String] = [
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI",
  ]

  /// Decade words → the decade's first two digits after the century. ("the nineties")
  static let decadeWords: [String: Int] = [
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
  ]

  /// Vague references: whole-expression words with a fixed value.
  /// ("now" → PRESENT_REF, "recently" → PAST_REF, "the future" → FUTURE_REF)
  static let references: [String: String] = [
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "recently": "PAST_REF",
    "recent": "PAST_REF", "formerly": "PAST_REF", "lately": "PAST_REF",
    "soon": "FUTURE_REF", "future": "FUTURE_REF", "past": "PAST_REF", "once": "PAST_REF",
    "earlier": "PAST_REF", "today's": "PRESENT_REF",
  ]

  /// Nouns after "today's" that make it the present age in general, not tagged (TimeBank and
  /// AQUAINT never tag it), rather than the report's day. ("today's youth", "in today's
  /// world"; but "today's editions", "today's vote" are the day)
  static let presentAgeNouns: Set<String> = [
    "world", "youth", "society", "generation", "children", "kids", "teenagers", "teens", "families",
    "parents", "students", "workers", "women", "men", "consumers", "standards", "economy",
    "technology", "computers", "culture", "workplace",
  ]

  /// Car makes: a four-digit number before one is a model year that names the car ("Kopp's
  /// 1987 Chevrolet Cavalier", "a 2008 GMC Sierra"), not a time.
  static let vehicleMakes: Set<String> = [
    "chevrolet", "chevy", "ford", "toyota", "honda", "nissan", "buick", "cadillac", "chrysler", "dodge",
    "pontiac", "oldsmobile", "plymouth", "gmc", "jeep", "volkswagen", "mercedes", "bmw", "audi", "volvo",
    "subaru", "mazda", "mitsubishi", "hyundai", "kia", "porsche", "lexus", "acura",
  ]

  /// Adverbs of frequency → SET value. ("weekly", "annually")
  static let frequencies: [String: String] = [
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W",
    "semiannually": "P6M", "biannually": "P6M",
  ]

  /// Words before an expression that set its `mod`. ("about two years", "at least 30 days")
  /// "within" is a TimeML signal, not part of the expression ("within [two weeks]").
  static let approximators: [String: String] = [
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "almost": "LESS_THAN", "over": "MORE_THAN",
    "circa": "APPROX", "ca": "APPROX",
  ]

  /// US holidays on the first `weekday` on or after a day of a month, keyed by the word
  /// before "Day" ("Labor Day" is the first Monday of September, "Election Day" the Tuesday
  /// after the first Monday of November, "Mother's Day" the second Sunday of May).
  static let movableHolidays: [String: (month: Int, from: Int, weekday: Int)] = [
    "labor": (9, 1, 1), "memorial": (5, 25, 1), "election": (11, 2, 2), "mother": (5, 8, 7),
    "father": (6, 15, 7), "columbus": (10, 8, 1), "presidents": (2, 15, 1),
  ]

  /// Holidays with a fixed month and day. ("Christmas", "New Year's Day")
  static let fixedHolidays: [String: (month: Int, day: Int)] = [
    "christmas": (12, 25), "halloween": (10, 31), "valentine's": (2, 14),
    "new year's": (1, 1), "independence day": (7, 4), "christmas eve": (12, 24),
    "new year's eve": (12, 31), "new year's day": (1, 1),
  ]
}

/// The calendar units temporal expressions count in.
public enum TemporalUnit: String, Codable, Sendable, CaseIterable {
  case second, minute, hour, day, week, weekend, fortnight, month, quarter, half, year, decade,
    century

  /// The duration value of `n` units (`nil` n: unknown, e.g. "several years" → `PXY`).
  func duration(_ n: Int?) -> String {
    let k = n.map(String.init) ?? "X"
    switch self {
    case .second: return "PT\(k)S"
    case .minute: return "PT\(k)M"
    case .hour: return "PT\(k)H"
    case .day: return "P\(k)D"
    case .week: return "P\(k)W"
    // "a weekend" lasts two days; several weekends are counted in TIDES's `WE` unit.
    case .weekend: return n == 1 ? "P2D" : "P\(k)WE"
    case .fortnight: return n.map { "P\($0 * 2)W" } ?? "PXW"
    case .month: return "P\(k)M"
    case .quarter: return "P\(k)Q"
    case .half: return n.map { "P\($0 * 6)M" } ?? "PXM"
    case .year: return "P\(k)Y"
    case .decade: return n.map { "P\($0 * 10)Y" } ?? "PXE"
    case .century: return n.map { "P\($0 * 100)Y" } ?? "PXC"
    }
  }

  /// The duration of `n` and a half units, in whole smaller units ("2 1/2 years" → `P2Y6M`,
  /// "5 1/2 hours" → `PT5H30M`); nil for units that do not halve evenly.
  func durationAndAHalf(_ n: Int) -> String? {
    switch self {
    case .minute: return "PT\(n)M30S"
    case .hour: return "PT\(n)H30M"
    case .day: return "P\(n)DT12H"
    case .year: return "P\(n)Y6M"
    case .decade: return "P\(n * 10 + 5)Y"
    case .century: return "P\(n * 100 + 50)Y"
    default: return nil
    }
  }

  /// Half of one unit ("half an hour" → `PT30M`, "half a century" → `P50Y`); nil for units
  /// that do not halve evenly.
  var halfDuration: String? {
    switch self {
    case .minute: return "PT30S"
    case .hour: return "PT30M"
    case .day: return "PT12H"
    case .year: return "P6M"
    case .decade: return "P5Y"
    case .century: return "P50Y"
    default: return nil
    }
  }

  /// Whether the unit is finer than a day (its expressions are TIME or PT… durations).
  var isClock: Bool { self == .second || self == .minute || self == .hour }
}
