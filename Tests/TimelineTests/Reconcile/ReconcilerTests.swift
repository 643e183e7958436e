import Foundation
import Testing

@testable import Timeline

@Suite struct ReconcilerTests {
  @Test func precisionDifferencesAreInfoNotContradiction() {
    let p = ["org:taliban"]
    let kw = ["kabul", "control"]
    let report = reconcile([
      extraction("a", published: "2021-10-14", mentions: [mention("a", 0, "takeover", time: "2021-08-15", participants: p, keywords: kw)]),
      extraction("b", published: "2021-10-20", mentions: [mention("b", 0, "takeover", time: "2021-08", mod: "MID", participants: p, keywords: kw)]),
      extraction("c", published: "2021-10-25", mentions: [mention("c", 0, "takeover", time: "2021-08", participants: p, keywords: kw)]),
    ])
    #expect(report.events.count == 1)
    let e = report.events[0]
    #expect(e.time?.value == "2021-08-15")
    #expect(e.sources == ["a", "b", "c"])
    #expect(report.conflicts.count == 1)
    let c = report.conflicts[0]
    #expect(c.kind == .precision && c.severity == .info && c.attribute == "time")
    #expect(Set(c.claims.map(\.document)) == ["a", "b", "c"])
    #expect(!report.conflicts.contains { $0.kind == .contradiction })
  }

  @Test func risingTollIsReportingTimeAndDifferentTollIsContradiction() {
    func attack(_ d: String, _ published: String, _ killed: Double, day: String = "2022-03-04") -> DocumentExtraction {
      extraction(
        d, published: published,
        mentions: [mention(d, 0, "attack", time: day, place: "city:kabul", isMain: true)],
        claims: [claim(d, 50, "count", "\(Int(killed)) people killed", number: killed, unit: "killed", mention: "\(d)@0")])
    }
    let rising = reconcile([attack("a", "2022-03-04", 12), attack("b", "2022-03-05", 19), attack("c", "2022-03-07", 25)])
    #expect(rising.events.count == 1)
    #expect(rising.conflicts.map(\.kind) == [.reportingTime])
    #expect(rising.conflicts.first?.claims.count == 3)

    let contradicting = reconcile([attack("a", "2022-03-05", 30), attack("b", "2022-03-05", 12)])
    #expect(contradicting.conflicts.map(\.kind) == [.contradiction])
    #expect(contradicting.conflicts.first?.severity == .high)
    #expect(contradicting.conflicts.first?.rule == "conflict.count-differs")

    // "at least 10" and 12 agree.
    var atLeast = attack("a", "2022-03-05", 10)
    atLeast.claims[0].qualifier = "MIN"
    #expect(reconcile([atLeast, attack("b", "2022-03-05", 12)]).conflicts.isEmpty)
  }

  @Test func quotedWordingVariantIsFlagged() {
    func doc(_ d: String, _ words: String) -> DocumentExtraction {
      extraction(
        d, published: "2023-09-29", mentions: [mention(d, 0, time: "2023-09-29", place: "city:kazan", isMain: true)],
        claims: [claim(d, 80, "quote", words, holder: "person:lavrov")])
    }
    let report = reconcile([doc("a", "a complete failure"), doc("b", "a complete fiasco"), doc("c", "a complete failure")])
    let q = report.conflicts.filter { $0.attribute == "quote" }
    #expect(q.count == 1)
    #expect(q.first?.kind == .wording)
    #expect(Set(q.first?.claims.map(\.document) ?? []) == ["a", "b", "c"])
    #expect(q.first?.event == report.events.first?.id)
    // Unrelated statements by one speaker are not wording variants.
    let other = reconcile([doc("a", "complete failure"), doc("b", "talks will continue next year")])
    #expect(other.conflicts.filter { $0.attribute == "quote" }.isEmpty)
  }

  @Test func statusPolarityIsComparedAcrossTheCorpus() {
    let report = reconcile([
      extraction("a", mentions: [], claims: [claim("a", 0, "status.recognized", "China recognized the Taliban", object: "org:taliban")]),
      extraction(
        "b", mentions: [],
        claims: [claim("b", 0, "status.recognized", "governments refused to recognize the Taliban", object: "org:taliban", polarity: false)]),
      extraction("c", mentions: [], claims: [claim("c", 0, "status.recognized", "Iran recognized Kabul", object: "city:kabul")]),
    ])
    #expect(report.conflicts.count == 1)
    let c = report.conflicts[0]
    #expect(c.event == nil && c.kind == .contradiction && c.rule == "conflict.status-polarity")
    #expect(c.claims.map(\.document) == ["a", "b"])
  }

  @Test func idsAreStableAndEventsSortedByTime() {
    let xs = [
      extraction("a", published: "2023-09-30", mentions: [mention("a", 0, time: "2023-09-29", place: "city:kazan", ordinal: 5, isMain: true)]),
      extraction("b", published: "2021-10-21", mentions: [mention("b", 0, time: "2021-10-20", place: "city:moscow", isMain: true)]),
      extraction("c", published: "2019-03-01", mentions: [mention("c", 0, "war", time: "198X")]),
    ]
    let one = reconcile(xs)
    let two = reconcile([xs[2], xs[0], xs[1]])
    #expect(one.events.map(\.id) == two.events.map(\.id))
    #expect(one.events.map { $0.time?.value } == ["198X", "2021-10-20", "2023-09-29"])
    #expect(one.events.allSatisfy { $0.id.hasPrefix("ev-") })
    #expect(one.documents.first { $0.id == "a" }?.mainEvent == one.events[2].id)
    #expect(one.documents.first { $0.id == "c" }?.mainEvent == one.events[0].id)
    #expect(one.events[2].attributes["ordinal"] == .number(5))
  }

  @Test func twinEventsOnNearbyDaysAreAFlaggedDateContradiction() {
    let p = ["country:peru", "country:chile"]
    let report = reconcile([
      extraction("a", published: "2022-05-10", mentions: [mention("a", 0, "agreement", time: "2022-05-03", place: "city:lima", participants: p, isMain: true)]),
      extraction("b", published: "2022-05-10", mentions: [mention("b", 0, "agreement", time: "2022-05-04", place: "city:lima", participants: p, isMain: true)]),
    ])
    #expect(report.events.count == 2)
    let c = report.conflicts.filter { $0.rule == "conflict.twin-time" }
    #expect(c.count == 1)
    #expect(c.first?.kind == .contradiction)
    #expect(Set(c.first?.claims.map(\.document) ?? []) == ["a", "b"])
  }

  @Test func futureOnlyAndEmptyCorporaProduceValidReports() {
    let empty = reconcile([])
    #expect(empty.events.isEmpty && empty.documents.isEmpty)
    let future = reconcile([
      extraction("a", published: "2021-01-01", mentions: [mention("a", 0, time: "2031-06-01", place: "city:paris", isMain: true)])
    ])
    #expect(future.events.count == 1)
    #expect(future.events.first?.time?.value == "2031-06-01")
  }
}
