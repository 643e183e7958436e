import Testing

@testable import Timeline

@Suite struct TemporalValueTests {
  @Test("ranges of TimeML values", arguments: [
    ("2021-10-20", "2021-10-20", "2021-10-20"),
    ("2021-08", "2021-08-01", "2021-08-31"),
    ("2021", "2021-01-01", "2021-12-31"),
    ("198", "1980-01-01", "1989-12-31"),
    ("198X", "1980-01-01", "1989-12-31"),
    ("19", "1900-01-01", "1999-12-31"),
    ("2021-W42", "2021-10-18", "2021-10-24"),
    ("2021-Q3", "2021-07-01", "2021-09-30"),
    ("2021-H2", "2021-07-01", "2021-12-31"),
    ("2021-SU", "2021-06-01", "2021-08-31"),
    ("2021-08-26TNI", "2021-08-26", "2021-08-26"),
    ("19XX", "1900-01-01", "1999-12-31"),
    ("2021-W42-WE", "2021-10-23", "2021-10-24"),
    ("2021-WI", "2021-12-01", "2022-02-28"),
    ("2021-SP", "2021-03-01", "2021-05-31"),
    ("2021-FA", "2021-09-01", "2021-11-30"),
    ("2021-WXX", "2021-01-01", "2021-12-31"),
    ("2021-Q5", "2021-01-01", "2021-12-31"),
    ("2021-13", "2021-01-01", "2021-12-31"),
    ("2021-10-2", "2021-10-01", "2021-10-31"),
  ])
  func range(value: String, earliest: String, latest: String) {
    let r = TemporalValue(value).range
    #expect(r?.earliest.description == earliest)
    #expect(r?.latest.description == latest)
  }

  @Test func unknownValuesHaveNoRange() {
    #expect(TemporalValue("P20Y").range == nil)
    #expect(TemporalValue("PRESENT_REF").range == nil)
    #expect(TemporalValue("XXXX-10-20").range == nil)
    #expect(TemporalValue("2023-02-30").range == nil)
    #expect(TemporalValue("2O21").range == nil)
    #expect(TemporalValue("").range == nil)
  }

  @Test func compatibilityAndPrecision() {
    let day = TemporalValue("2021-08-15")
    let mid = TemporalValue("2021-08", mod: "MID")
    let month = TemporalValue("2021-08")
    #expect(day.isCompatible(with: mid))
    #expect(month.contains(day))
    #expect(day.isMorePrecise(than: mid))
    #expect(mid.isMorePrecise(than: month))
    #expect(!TemporalValue("2021-10-20").isCompatible(with: TemporalValue("2023-09-29")))
  }

  @Test func dayArithmetic() {
    #expect(Day(2021, 10, 20).weekday == 3)
    #expect(Day(2023, 9, 29).weekday == 5)
    #expect(Day(2021, 10, 20).isoWeek.week == 42)
    #expect(Day(ordinal: Day(2024, 2, 28).ordinal + 1).description == "2024-02-29")
    #expect(Day(2021, 1, 31).adding(months: 1).description == "2021-02-28")
  }
}
