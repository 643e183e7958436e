import Foundation
import Testing

@testable import Timeline

/// A year-less day earlier in the calendar than the past event that gave an undated article
/// its year is of the year after (``DCTInferrer/hintedLater(than:_:_:_:hint:)``). Our own
/// sentences.
@Suite struct YearlessAfterHintTests {
  func published(_ undated: String) throws -> PublishedDate? {
    let dir = try FixturePaths.temporaryDirectory("yearless-after-hint")
    defer { try? FileManager.default.removeItem(at: dir) }
    let dated = """
      Thousands attend state funeral for former premier

      By Staff reporter, 27 September 2022

      A state funeral for the former premier was held in the capital on Tuesday, attended by 4,000 guests.

      """
    try dated.write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try undated.write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    return try Pipeline().run(paths: [dir.path]).documents.first { $0.id == "b" }?.published
  }

  @Test("a January day after a September the corpus dates is of the next year")
  func aYearlessDayAfterTheHintedMonthIsNextYear() throws {
    let p = try published(
      """
      Suspect charged over killing of former premier

      Prosecutors charged the suspect on Friday, after a psychiatric evaluation that ended on January 10 found him fit to stand trial.

      The state funeral held for the former premier in September drew large protests.

      """)
    // 10 January 2023 was a Tuesday; "on Friday" after it is the 13th.
    #expect(p?.value == "2023-01-13")
    #expect(p?.evidence.contains { $0.rule == "dct.yearless-after-hint" } == true)
  }

  @Test("a month still ahead moves no day into the next year")
  func aMonthAheadMovesNothing() throws {
    // The funeral "will be held in September": the article is written before it, and its
    // January is of the funeral's year.
    let p = try published(
      """
      Suspect charged over killing of former premier

      Prosecutors charged the suspect on Friday, after a psychiatric evaluation that ended on January 10 found him fit to stand trial.

      A state funeral for the former premier will be held in September.

      """)
    #expect(p?.value == "2022-01-14")
    #expect(p?.evidence.contains { $0.rule == "dct.yearless-after-hint" } != true)
  }
}
