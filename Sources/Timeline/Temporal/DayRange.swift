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

  public func contains(_ other: DayRange) -> Bool {
    earliest <= other.earliest && other.latest <= latest
  }

  public var description: String { "\(earliest)..\(latest)" }
}
