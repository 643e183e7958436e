import Foundation
import Testing

@testable import Timeline

/// An article with no date of its own names an event by a partial date: a weekday ("died in
/// Moscow last Tuesday") at a place, or a month and day without the year ("on December 31"). It joins the
/// one event of its class that other articles date to such a day (`resolve.undated-partial-date`).
/// Real events; the sentences are written for these tests.
@Suite("Undated partial dates")
struct UndatedPartialDateTests {
  static let benedict = """
    Former pope Benedict XVI dies at 95

    Published: 31 December 2022

    Former Pope Benedict XVI died on Saturday morning at the Vatican, the Holy See said. He was 95.

    Benedict stepped down in 2013, the first pope to resign in almost 600 years.

    """

  /// The death is not the undated article's story (the lying in state is).
  static func pilgrims(_ when: String) -> String {
    """
    Pilgrims file past former pope's body

    Tens of thousands of pilgrims filed past the body of Benedict XVI in St Peter's Basilica as the lying in state began.

    Benedict died at the Vatican \(when), and his funeral will be led by Pope Francis.

    """
  }

  static let gorbachev = """
    Mikhail Gorbachev, last Soviet leader, dies at 91

    Published: 31 August 2022

    MOSCOW (Reuters) - Mikhail Gorbachev, the last leader of the Soviet Union, died in Moscow on Tuesday evening after a long illness, the Central Clinical Hospital said.

    """

  /// The funeral is the undated article's story, not the death.
  static func mourners(_ when: String) -> String {
    """
    Thousands attend Gorbachev funeral

    Thousands of mourners filed past the open coffin of Mikhail Gorbachev in the Hall of Columns before his funeral at Novodevichy Cemetery.

    Gorbachev died in Moscow \(when), aged 91, and was buried beside his wife Raisa.

    """
  }

  func deaths(_ files: [String: String]) throws -> [Event] {
    try withCorpus(files) { path in try Pipeline().run(paths: [path]) }.events.filter { $0.eventClass == "death" }
  }

  @Test("a weekday and the place join the undated article's death to the dated one")
  func weekdayAndPlace() throws {
    let found = try deaths(["reuters-gorbachev.txt": Self.gorbachev, "mourners.txt": Self.mourners("last Tuesday")])
    let joined = try #require(found.first { Set($0.sources) == ["reuters-gorbachev", "mourners"] })
    #expect(joined.time?.value.hasPrefix("2022-08-30") == true)
    #expect(joined.evidence.contains { $0.rule == "resolve.undated-partial-date" })
  }

  @Test("another weekday keeps them apart")
  func otherWeekday() throws {
    let found = try deaths(["reuters-gorbachev.txt": Self.gorbachev, "mourners.txt": Self.mourners("last Thursday")])
    #expect(!found.contains { $0.sources.count > 1 })
  }

  /// (Here the article's year is inferred first, from the dated report of that day, and the
  /// two are joined as dated mentions; the rule joins them when no year can be inferred.)
  @Test("a month and day without the year join the undated article's death to the dated one")
  func monthAndDay() throws {
    let found = try deaths(["reuters-benedict.txt": Self.benedict, "pilgrims.txt": Self.pilgrims("on December 31")])
    let joined = try #require(found.first { Set($0.sources) == ["reuters-benedict", "pilgrims"] })
    #expect(joined.time?.value.hasPrefix("2022-12-31") == true)
    // Another month and day is another event.
    let other = try deaths(["reuters-benedict.txt": Self.benedict, "pilgrims.txt": Self.pilgrims("on January 5")])
    #expect(!other.contains { $0.sources.count > 1 })
  }

  @Test("the month and day of a time value")
  func monthDayOfValue() {
    #expect(MapReduce.monthDay("XXXX-04-20").map { [$0.month, $0.day] } == [4, 20])
    #expect(MapReduce.monthDay("XXXX-12-31T22:00").map { [$0.month, $0.day] } == [12, 31])
    #expect(MapReduce.monthDay("2010-04-20") == nil)
    #expect(MapReduce.monthDay("XXXX-04") == nil)
    #expect(MapReduce.monthDay("XXXX-WXX-6") == nil)
    #expect(MapReduce.monthDay("XXXX-13-01") == nil)
  }
}
