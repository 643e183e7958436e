/// What a relative temporal expression means before it is anchored: "last year" is
/// `.shift(.year, -1, .year)`, "Friday" said in the past tense is `.weekday(5, -1)`.
///
/// Resolving against a reference day gives the ISO-TimeML value. Without a reference day the
/// value stays underspecified with `X`s (`XXXX-10-20`, `XXXX-WXX-5`, `XXXX-XX-XX`), and the
/// meaning is kept in ``RelativeSpec/form`` (see ``encoded``) so ``TemporalTagger/reanchor(_:dct:)``
/// can recompute it once the DCT is known.
indirect enum TemporalSemantics: Hashable, Sendable {
  /// An absolute value that needs no anchor.
  case fixed(String)
  /// The `gran`-sized period containing the anchor moved by `n` units of `unit`.
  /// ("last week" `.shift(.week, -1, .week)`, "two years ago" `.shift(.year, -2, .year)`)
  case shift(TemporalUnit, Int, TemporalUnit)
  /// A weekday relative to the anchor: dir -2 strictly before, -1 on or before, 0 same ISO
  /// week, 1 on or after, 2 strictly after.
  case weekday(Int, Int)
  /// A month (and day) without a year: dir -1 latest on or before the anchor, 1 earliest on or
  /// after, 0 nearest.
  case monthDay(Int, Int?, Int)
  /// A named month relative to the anchor's month: -1 "last April" (strictly before),
  /// 1 "next April" (strictly after), 0 "this April" (the anchor's year).
  case month(Int, Int)
  /// A season: -1 "last spring" (the previous year's), -2 "this past spring" (the latest one
  /// over), 0 the anchor's year, 1 the next one.
  case season(String, Int)
  /// Quarter `q` (or half, when `half` is true) of the anchor's year moved by `years`.
  case quarter(Int, Int, Bool)
  /// The last completed quarter before the anchor, moved by `years` ("the latest quarter",
  /// "the year-ago quarter").
  case lastQuarter(Int)
  /// A day part (`MO`, `AF`, `EV`, `NI`) of a day.
  case part(TemporalSemantics, String)
  /// A clock time on a day.
  case clock(TemporalSemantics, Int, Int?)
  /// The `n`th `weekday` of `month` (Thanksgiving: 4th Thursday of November), its year chosen
  /// like ``monthDay`` with direction `dir`.
  case nthWeekday(Int, Int, Int, Int)
  /// A movable holiday by name ("election", "easter"; see ``Day/holiday(_:in:)``), its year
  /// chosen like ``monthDay`` with direction `dir`.
  case holiday(String, Int)
  /// A week, month or year by its year-relative ordinal: the anchor's year moved by `years`.
  case yearShiftedValue(String, Int)
  /// The ISO week containing a day ("the week of March 6").
  case weekOf(TemporalSemantics)
  /// A day `n` days from another ("the day before last Tuesday": -1).
  case dayOffset(TemporalSemantics, Int)

  /// Whether the value depends on the anchor.
  var isRelative: Bool {
    if case .fixed = self { return false }
    return true
  }

  /// The years a day-and-month is moved from the anchor's year ("May 25 last year": -1), nil
  /// for any other form.
  var yearShift: Int? {
    if case .yearShiftedValue(_, let n) = self { return n }
    return nil
  }

  // MARK: Resolution

  /// The ISO-TimeML value against `anchor` (underspecified without one).
  func resolve(_ a: Day?) -> String {
    switch self {
    case .fixed(let v): return v
    case .shift(let unit, let n, let gran):
      guard let a else { return TemporalSemantics.unknown(gran) }
      return TemporalSemantics.format(TemporalSemantics.move(a, unit, n), gran)
    case .weekday(let w, let dir):
      guard let a else { return "XXXX-WXX-\(w)" }
      let delta = w - a.weekday
      var d: Int
      switch dir {
      case -2: d = delta >= 0 ? delta - 7 : delta
      case -1: d = delta > 0 ? delta - 7 : delta
      case 1: d = delta < 0 ? delta + 7 : delta
      case 2: d = delta <= 0 ? delta + 7 : delta
      default: d = delta
      }
      if dir == 0 { d = delta }
      return a.adding(days: d).description
    case .monthDay(let m, let day, let dir):
      guard let a else {
        return day.map { "XXXX-\(pad(m, 2))-\(pad($0, 2))" } ?? "XXXX-\(pad(m, 2))"
      }
      let y = TemporalSemantics.yearFor(month: m, day: day, dir: dir, anchor: a)
      return day.map { "\(pad(y, 4))-\(pad(m, 2))-\(pad($0, 2))" } ?? "\(pad(y, 4))-\(pad(m, 2))"
    case .month(let m, let rel):
      guard let a else { return "XXXX-\(pad(m, 2))" }
      var y = a.year
      if rel < 0 && m >= a.month { y -= 1 }
      if rel > 0 && m <= a.month { y += 1 }
      return "\(pad(y, 4))-\(pad(m, 2))"
    case .season(let s, let rel):
      guard let a else { return "XXXX-\(s)" }
      func range(_ y: Int) -> DayRange? { TemporalValue("\(pad(y, 4))-\(s)").range }
      let years = [a.year - 2, a.year - 1, a.year, a.year + 1]
      var y = (s == "WI" && a.month <= 2) ? a.year - 1 : a.year
      // "last spring": TimeBank takes the previous year's season; "this past spring" (-2) is
      // the latest one over.
      if rel == -1 { y = (s == "WI" && a.month <= 2) ? a.year - 2 : a.year - 1 }
      if rel <= -2, let best = years.last(where: { range($0).map { $0.latest < a } ?? false }) { y = best }
      if rel > 0, let best = years.first(where: { range($0).map { $0.earliest > a } ?? false }) { y = best }
      return "\(pad(y, 4))-\(s)"
    case .quarter(let q, let years, let half):
      guard let a else { return half ? "XXXX-H\(q)" : "XXXX-Q\(q)" }
      // "the fourth quarter" in January-March is the one just over, not this year's.
      let back = years == 0 && !half && q == 4 && a.month <= 3 ? 1 : 0
      return "\(pad(a.year + years - back, 4))-\(half ? "H" : "Q")\(q)"
    case .lastQuarter(let years):
      guard let a else { return "XXXX-QX" }
      var q = (a.month - 1) / 3
      var y = a.year
      if q == 0 {
        q = 4
        y -= 1
      }
      return "\(pad(y + years, 4))-Q\(q)"
    case .nthWeekday(let m, let wd, let n, let dir):
      func day(_ y: Int) -> Day {
        let first = Day(y, m, 1)
        return first.adding(days: (wd - first.weekday + 7) % 7 + 7 * (n - 1))
      }
      guard let a else { return "XXXX-\(pad(m, 2))-XX" }
      let y = TemporalSemantics.yearFor(month: m, day: day(a.year).day, dir: dir, anchor: a)
      return day(y).description
    case .holiday(let name, let dir):
      guard let a, let here = Day.holiday(name, in: a.year) else { return "XXXX-XX-XX" }
      let y = TemporalSemantics.yearFor(month: here.month, day: here.day, dir: dir, anchor: a)
      return (Day.holiday(name, in: y) ?? here).description
    case .part(let base, let code):
      return base.resolve(a) + "T" + code
    case .dayOffset(let base, let n):
      let v = base.resolve(a)
      guard let d = Day(iso: v) else { return "XXXX-XX-XX" }
      return d.adding(days: n).description
    case .weekOf(let base):
      let v = base.resolve(a)
      guard let d = Day(iso: v) else { return "XXXX-WXX" }
      return TemporalSemantics.format(d, .week)
    case .clock(let base, let h, let m):
      return base.resolve(a) + "T" + pad(h, 2) + ":" + pad(m ?? 0, 2)
    case .yearShiftedValue(let rest, let years):
      guard let a else { return "XXXX" + rest }
      return pad(a.year + years, 4) + rest
    }
  }

  static func move(_ a: Day, _ unit: TemporalUnit, _ n: Int) -> Day {
    switch unit {
    case .second, .minute, .hour, .day: return a.adding(days: unit == .day ? n : 0)
    case .week, .weekend: return a.adding(days: 7 * n)
    case .fortnight: return a.adding(days: 14 * n)
    case .month: return a.adding(months: n)
    case .quarter: return a.adding(months: 3 * n)
    case .half: return a.adding(months: 6 * n)
    case .year: return a.adding(months: 12 * n)
    case .decade: return a.adding(months: 120 * n)
    case .century: return a.adding(months: 1200 * n)
    }
  }

  /// The value of the `gran`-sized period containing `d`.
  static func format(_ d: Day, _ gran: TemporalUnit) -> String {
    switch gran {
    case .second, .minute, .hour, .day: return d.description
    case .week, .fortnight:
      let w = d.isoWeek
      return "\(pad(w.year, 4))-W\(pad(w.week, 2))"
    case .weekend:
      let w = d.isoWeek
      return "\(pad(w.year, 4))-W\(pad(w.week, 2))-WE"
    case .month: return "\(pad(d.year, 4))-\(pad(d.month, 2))"
    case .quarter: return "\(pad(d.year, 4))-Q\((d.month - 1) / 3 + 1)"
    case .half: return "\(pad(d.year, 4))-H\((d.month - 1) / 6 + 1)"
    case .year: return pad(d.year, 4)
    case .decade: return pad(d.year / 10, 3)
    case .century: return pad(d.year / 100, 2)
    }
  }

  static func unknown(_ gran: TemporalUnit) -> String {
    switch gran {
    case .second, .minute, .hour, .day: return "XXXX-XX-XX"
    case .week, .fortnight: return "XXXX-WXX"
    case .weekend: return "XXXX-WXX-WE"
    case .month: return "XXXX-XX"
    case .quarter: return "XXXX-QX"
    case .half: return "XXXX-HX"
    case .year: return "XXXX"
    case .decade: return "XXX"
    case .century: return "XX"
    }
  }

  /// The year of a month (and day) named without one: the nearest occurrence; with a day,
  /// the tense wins when it contradicts the nearest by more than two months. dir ±2: strictly
  /// the last / next occurrence ("last Oct. 23").
  static func yearFor(month m: Int, day: Int?, dir: Int, anchor a: Day) -> Int {
    guard let day else {
      // A month alone: strict "last/next April", else the nearest such month (TimeBank
      // annotators resolve "in December" this way far more often than by tense).
      switch dir {
      case ...(-2): return m < a.month ? a.year : a.year - 1
      case 2...: return m > a.month ? a.year : a.year + 1
      default:
        let here = a.year * 12 + a.month
        let near = [a.year - 1, a.year, a.year + 1].min { abs($0 * 12 + m - here) < abs($1 * 12 + m - here) } ?? a.year
        let delta = near * 12 + m - here
        if dir == -1 && delta > 0 || dir == 0 && delta >= 5 { return near - 1 }
        if dir == 1 && delta < 0 { return near + 1 }
        return near
      }
    }
    func ord(_ y: Int) -> Int { Day(y, m, min(day, Day.daysIn(y, m))).ordinal }
    let t = a.ordinal
    let candidates = [a.year - 1, a.year, a.year + 1]
    let nearest = candidates.min { abs(ord($0) - t) < abs(ord($1) - t) } ?? a.year
    let latestPast = candidates.last { ord($0) <= t } ?? a.year
    let earliestFuture = candidates.first { ord($0) >= t } ?? a.year
    switch dir {
    case -2: return latestPast
    case 2: return earliestFuture
    case -1: return ord(nearest) - t > 60 ? latestPast : nearest
    case 1: return t - ord(nearest) > 60 ? earliestFuture : nearest
    default:
      // News looks back more often than far ahead: a date over four months ahead is last year's.
      return ord(nearest) - t > 120 ? latestPast : nearest
    }
  }

  // MARK: Textual form (RelativeSpec.form)

  /// A short machine-readable form, e.g. `shift:year:-1:year`, `weekday:5:-1`,
  /// `yearless:10:20:0`, `part:NI|shift:day:-1:day`.
  var encoded: String {
    switch self {
    case .fixed(let v): return "fixed:\(v)"
    case .shift(let u, let n, let g): return "shift:\(u.rawValue):\(n):\(g.rawValue)"
    case .weekday(let w, let d): return "weekday:\(w):\(d)"
    case .monthDay(let m, let d, let dir): return "yearless:\(m):\(d.map(String.init) ?? "-"):\(dir)"
    case .month(let m, let r): return "month:\(m):\(r)"
    case .season(let s, let r): return "season:\(s):\(r)"
    case .quarter(let q, let y, let h): return "quarter:\(q):\(y):\(h ? "H" : "Q")"
    case .lastQuarter(let y): return "lastquarter:\(y)"
    case .part(let b, let c): return "part:\(c)|" + b.encoded
    case .weekOf(let b): return "weekof:|" + b.encoded
    case .dayOffset(let b, let n): return "dayoffset:\(n)|" + b.encoded
    case .clock(let b, let h, let m): return "clock:\(h):\(m.map(String.init) ?? "-")|" + b.encoded
    case .yearShiftedValue(let r, let y): return "yearvalue:\(y):\(r)"
    case .nthWeekday(let m, let wd, let n, let dir): return "nthweekday:\(m):\(wd):\(n):\(dir)"
    case .holiday(let name, let dir): return "holiday:\(name):\(dir)"
    }
  }

  /// Parses ``encoded``; nil for anything else.
  init?(encoded s: String) { self.init(encoded: Substring(s)) }

  /// Cut at the ASCII `|` and `:` by bytes: splitting by `Character` was most of the cost of
  /// reading a relative expression back (a fifteenth of `timeline reduce`).
  init?(encoded s: Substring) {
    if let bar = s.utf8.firstIndex(of: UInt8(ascii: "|")) {
      let head = Self.fields(s[..<bar])
      guard let base = TemporalSemantics(encoded: s[s.utf8.index(after: bar)...]) else { return nil }
      if head.first == "weekof" {
        self = .weekOf(base)
        return
      }
      if head.count == 2, head[0] == "dayoffset", let n = Int(head[1]) {
        self = .dayOffset(base, n)
        return
      }
      if head.count == 2, head[0] == "part" {
        self = .part(base, String(head[1]))
        return
      }
      if head.count == 3, head[0] == "clock", let h = Int(head[1]) {
        self = .clock(base, h, Int(head[2]))
        return
      }
      return nil
    }
    guard let colon = s.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
    let rest = s[s.utf8.index(after: colon)...]
    let f = Self.fields(rest)
    switch s[..<colon] {
    case "fixed": self = .fixed(String(rest))
    case "shift":
      guard f.count == 3, let u = TemporalUnit(rawValue: String(f[0])), let n = Int(f[1]),
        let g = TemporalUnit(rawValue: String(f[2]))
      else { return nil }
      self = .shift(u, n, g)
    case "weekday":
      guard f.count == 2, let w = Int(f[0]), let d = Int(f[1]) else { return nil }
      self = .weekday(w, d)
    case "yearless", "monthday":
      guard f.count == 3, let m = Int(f[0]), let dir = Int(f[2]) else { return nil }
      self = .monthDay(m, Int(f[1]), dir)
    case "month":
      guard f.count == 2, let m = Int(f[0]), let r = Int(f[1]) else { return nil }
      self = .month(m, r)
    case "season":
      guard f.count == 2, let r = Int(f[1]) else { return nil }
      self = .season(String(f[0]), r)
    case "quarter":
      guard f.count == 3, let q = Int(f[0]), let y = Int(f[1]) else { return nil }
      self = .quarter(q, y, f[2] == "H")
    case "lastquarter":
      guard let y = Int(rest) else { return nil }
      self = .lastQuarter(y)
    case "nthweekday":
      let g = f.compactMap { Int($0) }
      guard g.count == 4 else { return nil }
      self = .nthWeekday(g[0], g[1], g[2], g[3])
    case "holiday":
      guard f.count == 2, let d = Int(f[1]) else { return nil }
      self = .holiday(String(f[0]), d)
    case "yearvalue":
      guard f.count >= 2, let y = Int(f[0]) else { return nil }
      self = .yearShiftedValue(String(rest[rest.utf8.index(after: f[0].endIndex)...]), y)
    default: return nil
    }
  }

  /// `s` cut at every `:`, empty pieces kept.
  private static func fields(_ s: Substring) -> [Substring] {
    s.utf8.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false).map { Substring($0) }
  }
}

extension TemporalSemantics {
  /// Which way a weekday or a year-less date looks from its anchor: -1 back ("said on Friday",
  /// "opened on June 2"), 1 ahead ("will meet on Friday", "opens on 10 December"), 0 of no
  /// tense; a part of a day, a clock time or an offset from one ("Friday morning") as that
  /// day. Nil for every other form.
  var tense: Int? {
    switch self {
    case .weekday(_, let dir), .monthDay(_, _, let dir): return dir.signum()
    case .part(let base, _), .clock(let base, _, _), .weekOf(let base), .dayOffset(let base, _): return base.tense
    default: return nil
    }
  }

  /// The day a part of a day or a clock time is on ("Friday afternoon", "8:45 a.m. on April
  /// 24": Friday, April 24); every other form as it is.
  var day: TemporalSemantics {
    switch self {
    case .part(let base, _), .clock(let base, _, _): return base.day
    default: return self
    }
  }
}
