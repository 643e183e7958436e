/// An inclusive range of days: what a temporal value can mean on the calendar.
public struct DayRange: Codable, Hashable, Sendable, CustomStringConvertible {
  public var earliest: Day
  public var latest: Day

  public init(_ earliest: Day, _ latest: Day) {
    self.earliest = earliest
    self.latest = latest
  }

  /// Number of days covered.
  public var length: Int { latest.ordinal - earliest.ordinal + 1 }

  public func overlaps(_ other: DayRange) -> Bool {
    earliest <= other.latest && other.earliest <= latest
  }

  /// Days from the end of the earlier range to the start of the later one (1 = adjacent days;
  /// 0 or less when they overlap).
  public func gap(to other: DayRange) -> Int {
    max(earliest.ordinal, other.earliest.ordinal) - min(latest.ordinal, other.latest.ordinal)
  }

  public func contains(_ other: DayRange) -> Bool {
    earliest <= other.earliest && other.latest <= latest
  }

  public var description: String { "\(earliest)..\(latest)" }
}
