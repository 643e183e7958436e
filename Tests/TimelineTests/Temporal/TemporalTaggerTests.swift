import Testing

@testable import Timeline

@Suite struct TemporalTaggerTests {
  let tagger = TemporalTagger()

  @Test func spansAreUTF8ByteOffsetsWithLines() {
    let text = "Café news.\nThe talks opened on 20 October 2021 in Moscow."
    let found = tagger.tag(text, dct: nil)
    #expect(found.count == 1)
    guard let e = found.first else { return }
    let bytes = Array(text.utf8)
    #expect(String(decoding: bytes[e.span.start..<e.span.end], as: UTF8.self) == "20 October 2021")
    #expect(e.text == "20 October 2021")
    #expect(e.span.line == 2)
    #expect(e.value == "2021-10-20")
    #expect(e.rule == "temporal.date.day-month-year")
  }

  @Test func withoutDCTRelativeValuesStayUnderspecifiedAndReanchor() {
    let found = tagger.tag("The envoys met on Friday, officials said. They return on October 20.", dct: nil)
    #expect(found.map(\.value) == ["XXXX-WXX-5", "XXXX-10-20"])
    #expect(found.allSatisfy { $0.anchor != nil })
    let dct = Day(2021, 10, 13)
    let re = found.map { tagger.reanchor($0, dct: dct) }
    #expect(re.map(\.value) == ["2021-10-08", "2021-10-20"])
  }

  @Test func localTimeKeepsTheClockTimesDay() {
    // "local time" is a zone like "GMT": the weekday after it is the clock time's day.
    let found = tagger.tag("The eruption began at about 3:10 p.m. local time on Sunday near the coast.", dct: Day(2021, 9, 20))
    #expect(found.map(\.text) == ["about 3:10 p.m. local time on Sunday"])
    #expect(found.first?.value == "2021-09-19T15:10")
  }

  @Test func aNamedZoneOrARelativeWeekdayKeepsTheClockTimesDay() {
    // "Central time", "Eastern Standard Time", "Moscow time" are zones like "GMT"; "last
    // Saturday" after a clock time is its day, as "on Saturday" is.
    let dct = Day(2003, 2, 6)
    func tagged(_ s: String) -> [String] { tagger.tag(s, dct: dct).map { "\($0.text)=\($0.value)" } }
    #expect(
      tagged("Contact was lost shortly before 8 a.m. Central time last Saturday.")
        == ["8 a.m. Central time last Saturday=2003-02-01T08:00"])
    #expect(tagged("It lifted off at 9 a.m. Eastern Standard Time on Jan. 28.") == ["9 a.m. Eastern Standard Time on Jan. 28=2003-01-28T09:00"])
    #expect(tagged("Trading opened at 9:30 a.m. New York time on Monday.") == ["9:30 a.m. New York time on Monday=2003-02-03T09:30"])
    #expect(tagged("The delegation lands at 3 p.m. next Friday.") == ["3 p.m. next Friday=2003-02-07T15:00"])
    // A capitalized sentence start after the clock time is not a zone.
    #expect(tagged("The vote was at 5 p.m. This time it passed.") == ["5 p.m.=2003-02-06T17:00"])
  }

  @Test func aMonthOfARelativeYearIsThatYearsMonth() {
    // "in March of last year" is March 2022 when written in July 2023, as "March last year" is.
    let dct = Day(2023, 7, 26)
    func tagged(_ s: String) -> [String] { tagger.tag(s, dct: dct).map { "\($0.text)=\($0.value)" } }
    #expect(tagged("Rates rose in March of last year.") == ["March of last year=2022-03"])
    #expect(tagged("Rates rose in March last year.") == ["March last year=2022-03"])
    #expect(tagged("The plant opens in October of next year.") == ["October of next year=2024-10"])
  }

  @Test func aHolidayBeforeANounIsAModifierNotTheDay() {
    // "a crowd of Halloween revellers … on Saturday night": the night is the date, not the 31st.
    let dct = Day(2022, 10, 30)
    func texts(_ s: String) -> [String] { tagger.tag(s, dct: dct).map(\.text) }
    #expect(texts("A crowd of Halloween revellers surged into the alley on Saturday night.") == ["Saturday night"])
    #expect(texts("Shoppers crowded the Christmas market in the old town.").isEmpty)
    #expect(texts("Families gathered for Thanksgiving dinner.").isEmpty)
    // The day itself, and its parts, are still dates.
    #expect(tagger.tag("Parties were held on Halloween.", dct: dct).first?.value == "2022-10-31")
    #expect(tagger.tag("The shop closed on Christmas Eve.", dct: dct).first?.value == "2022-12-24")
    #expect(tagger.tag("They left on Christmas morning.", dct: dct).first?.value.hasPrefix("2022-12-25") == true)
  }

  @Test func aParticipleAfterTheDateIsNotItsVerb() {
    // "…, saying he would be happy": the future of the participle's clause is not the date's.
    let dct = Day(2019, 7, 1)
    func tense(_ text: String) -> Int? { tagger.tag(text, dct: dct).first?.anchor?.semantics?.tense }
    let said = tagger.tag("Trump floated the idea in a tweet from the summit in Osaka on June 29, saying he would be happy to go.", dct: dct)
    #expect(said.first?.value == "2019-06-29")
    #expect(tense("Trump floated the idea in a tweet from the summit in Osaka on June 29, saying he would be happy to go.") == -1)
    #expect(tense("A tweet from the summit in Osaka on June 29, saying he would be happy to go.") == 0)
    // The verb before the comma still decides; a noun in "-ing" opens no phrase of its own.
    #expect(tense("The talks will open on June 29, saying nothing new.") == 1)
    #expect(tense("A tweet from the summit in Osaka on June 29, meeting rooms will be booked.") == 1)
  }

  @Test func absoluteValuesHaveNoAnchorAndSurviveReanchoring() {
    let found = tagger.tag("It happened on September 29, 2023.", dct: nil)
    #expect(found.first?.anchor == nil)
    #expect(found.first.map { tagger.reanchor($0, dct: Day(2000, 1, 1)).value } == "2023-09-29")
  }

  @Test func aCoordinatedDayTakesTheMonthBeforeIt() {
    let dct = Day(2021, 10, 20)
    let found = tagger.tag("The summit will be held on June 9 and 10 in Oslo.", dct: dct)
    #expect(found.map(\.text) == ["June 9", "10"])
    #expect(found.map(\.value) == ["2022-06-09", "2022-06-10"])
    #expect(found.last?.rule == "temporal.date.month-day-coordinated")
    // A count or a unit after the number is not a day.
    #expect(tagger.tag("Prices rose on Oct. 3 or 4 percent.", dct: dct).map(\.text) == ["Oct. 3"])
    #expect(tagger.tag("The drill began on May 3 and 4 hours later ended.", dct: dct).map(\.text).contains("4") == false)
  }

  @Test func tenseChoosesTheDirectionOfAWeekday() {
    let dct = Day(2021, 10, 20)  // a Wednesday
    #expect(tagger.tag("Lavrov said Friday that the talks failed.", dct: dct).first?.value == "2021-10-15")
    #expect(tagger.tag("The envoys will meet on Friday.", dct: dct).first?.value == "2021-10-22")
  }

  @Test func aFullDayNameEndsItsSentence() {
    let dct = Day(2022, 6, 25)  // a Saturday
    // The next sentence's "has hosted" is no cue for "through Tuesday"; "Tue." is an abbreviation.
    let found = tagger.tag("The summit runs through Tuesday. It is the second time Germany has hosted the group.", dct: dct)
    #expect(found.first?.value == "2022-06-28")
    #expect(tagger.tag("Rescuers worked through Tuesday. It was cold.", dct: dct).first?.value == "2022-06-21")
  }

  @Test func withinTheNextYearIsADuration() {
    let found = tagger.tag("Britain will donate 100 million doses within the next year.", dct: Day(2021, 6, 11))
    #expect(found.map(\.kind) == [.duration])
    #expect(found.first?.value == "P1Y")
    #expect(tagger.tag("Sales will rise next year.", dct: Day(2021, 6, 11)).first?.value == "2022")
  }

  @Test func anaphoricExpressionsFollowTheNarrative() {
    let found = tagger.tag("The talks opened on 20 October 2021. The following day, the delegates left.", dct: Day(2021, 11, 30))
    #expect(found.map(\.value) == ["2021-10-20", "2021-10-21"])
    #expect(found.last?.anchor?.anaphoric == true)
  }

  @Test func aDayCountedFromAMonthKeepsItsDayUnknown() {
    let found = tagger.tag("The strike began in March 2020. That same day, the port closed.", dct: Day(2021, 10, 20))
    #expect(found.map(\.value) == ["2020-03", "2020-03-XX"])
    // Its value is final: a DCT inferred later must not turn it into a day near that DCT.
    #expect(found.last?.anchor == nil)
    #expect(found.last.map { tagger.reanchor($0, dct: Day(2022, 1, 5)).value } == "2020-03-XX")
  }

  @Test func aDateInAppositionToARelativeWeekdayIsOneExpression() {
    let found = tagger.tag("The vote is this coming Sunday, November 14, in the capital.", dct: Day(2021, 10, 20))
    #expect(found.map(\.text) == ["this coming Sunday, November 14"])
    #expect(found.map(\.value) == ["2021-11-14"])
  }

  @Test func dayFirstPolicyDecidesAmbiguousNumericDates() {
    #expect(TemporalTagger(dateOrder: .dayFirst).tag("Filed 03/04/2021.", dct: nil).first?.value == "2021-04-03")
    #expect(TemporalTagger(dateOrder: .monthFirst).tag("Filed 03/04/2021.", dct: nil).first?.value == "2021-03-04")
    #expect(TemporalTagger(dateOrder: .monthFirst).tag("Filed 29/09/2023.", dct: nil).first?.value == "2023-09-29")
  }

  @Test func impossibleDatesAreNotGivenInvalidValues() {
    for text in ["It was February 30, 2021.", "On 2023-13-45 nothing.", "On 31/02/2020 nothing."] {
      let values = tagger.tag(text, dct: Day(2021, 1, 1)).map(\.value)
      #expect(!values.contains { $0.hasPrefix("2021-02-30") || $0.hasPrefix("2023-13") || $0.hasPrefix("2020-02-31") }, "\(text): \(values)")
    }
  }

  @Test func countsAndPricesAreNotYears() {
    let text = "About 2,000 militants and 14,000 troops; a $6.5 billion deal; a Boeing 747; 1990 people."
    #expect(tagger.tag(text, dct: Day(2021, 1, 1)).isEmpty)
  }

  @Test func timemlEscapesTextAndWrapsExpressions() {
    let text = "Q&A <b> on Friday"
    let out = tagger.timeml(text, dct: Day(2021, 10, 20))
    #expect(out == "Q&amp;A &lt;b&gt; on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-10-15\">Friday</TIMEX3>")
  }

  @Test func timemlWritesAnOffsetAsItsDurationButTheValueKeepsTheDay() {
    let text = "The dam broke on June 10, 2019, and two days later the river flooded the valley."
    let found = tagger.tag(text, dct: Day(2019, 7, 1))
    #expect(found.map(\.value) == ["2019-06-10", "2019-06-12"])
    let out = tagger.timeml(text, dct: Day(2019, 7, 1))
    #expect(out.contains("<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2D\">two days</TIMEX3> later the river"), "\(out)")
    // "a year earlier" comparing figures stays a date, span and all.
    let figures = tagger.timeml("Profit was $5 million, up from $4 million a year earlier.", dct: Day(2021, 10, 20))
    #expect(figures.contains("type=\"DATE\" value=\"2020\">a year earlier</TIMEX3>"), "\(figures)")
  }

  @Test func modsAreRecorded() {
    let found = tagger.tag("Fighting resumed in mid-August and lasted more than four hours.", dct: Day(2021, 10, 1))
    #expect(found.map(\.value) == ["2021-08", "PT4H"])
    #expect(found.map(\.mod) == ["MID", "MORE_THAN"])
  }

  @Test func documentTaggingMapsOffsetsThroughTheCleanText() {
    // Original "On <b>Friday</b> it rained." with markup removed in the clean text.
    let original = "On <b>Friday</b> it rained."
    var map = OffsetMap()
    map.append(clean: 0, original: 0, length: 3)
    map.append(clean: 3, original: 6, length: 6)
    map.append(clean: 9, original: 16, length: 11)
    let clean = "On Friday it rained."
    let source = SourceText(original)
    let sentence = Sentence(
      index: 0, paragraph: 0, role: .body, span: source.span(0, original.utf8.count), text: original, clean: clean,
      offsets: map)
    let boiler = Sentence(
      index: 1, paragraph: 1, role: .boilerplate, span: source.span(0, 0), text: "", clean: "Subscribe today",
      offsets: .identity(base: 0, length: 15))
    let doc = Document(id: "d", path: "d.txt", source: source, sentences: [sentence, boiler])
    let found = tagger.tag(doc, dct: Day(2021, 10, 20))
    #expect(found.count == 1)
    #expect(found.first?.span.start == 6)
    #expect(found.first?.span.end == 12)
    #expect(found.first?.text == "Friday")
    #expect(found.first?.value == "2021-10-15")
  }

  @Test func hugeSingleLineInputIsLinear() {
    let chunk = "On Friday, 20 October 2021, the talks lasted two days. "
    let text = String(repeating: chunk, count: 20_000)
    let found = tagger.tag(text, dct: Day(2021, 10, 25))
    #expect(found.count == 40_000)
    #expect(found.first?.text == "Friday, 20 October 2021")
    #expect(found.dropFirst().first?.value == "P2D")
  }
}

@Suite struct TemporalRobustnessTests {
  /// Deterministic soups of date words, numbers and punctuation (every prefix of the rules
  /// and every end-of-text position): no crash, spans inside the text and in order.
  @Test func tokenSoupsNeverCrash() {
    let vocab = """
      the a an last next this that past coming previous following early mid late earlier later end of ago \
      year years month months week weeks day days quarter half fiscal Friday Monday Oct . Sept March May \
      1998 1990s ' 90 s 12 31 2,000 6.5 / - : a.m. p.m. noon midnight today yesterday tomorrow tonight now \
      recent current every each more than at least up to about nearly within Q3 H1 Thanksgiving Christmas \
      year-end year-ago , ; 19:04 2023-09-29 29/09/2023 2023/13/45 32 0 99 nineteen ninety seven twenty \
      first third century summer winter morning night ’ é 2023- 12/ 10:
      """.split(separator: " ").map(String.init)
    var seed: UInt64 = 42
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(n))
    }
    let tagger = TemporalTagger()
    for _ in 0..<3000 {
      let count = next(10)
      let glue = next(4) == 0 ? "" : " "
      let text = (0..<count).map { _ in vocab[next(vocab.count)] }.joined(separator: glue)
      for dct in [Day(2021, 10, 20), nil] {
        let found = tagger.tag(text, dct: dct)
        var last = 0
        for e in found {
          #expect(e.span.start >= last && e.span.end <= text.utf8.count && e.span.start < e.span.end, "\(text)")
          last = e.span.end
        }
      }
    }
  }

  @Test func binaryBytesNeverCrash() {
    var bytes: [UInt8] = []
    var x: UInt32 = 7
    for _ in 0..<100_000 {
      x = x &* 1_103_515_245 &+ 12345
      bytes.append(UInt8(truncatingIfNeeded: x >> 16))
    }
    let text = String(decoding: bytes, as: UTF8.self)
    let found = TemporalTagger().tag(text, dct: Day(2020, 1, 1))
    #expect(found.allSatisfy { $0.span.end <= text.utf8.count })
  }
}
