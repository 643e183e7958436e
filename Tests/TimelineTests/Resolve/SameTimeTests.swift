import Testing

@testable import Timeline

/// Two reports of one class that give the same day and the same clock time on it
/// (`resolve.same-time`): the Champlain Towers South collapse in Surfside, "at 1:22 a.m. on
/// June 24", 2021 (sentences written for these tests).
@Suite("Same clock time")
struct SameTimeTests {
  let resolver = EventResolver()

  func report(_ doc: String, _ time: String, mod: String? = nil) -> EventMention {
    mention(doc, 100, "crash", time: time, mod: mod, text: "The oceanfront wing of the tower collapsed (\(doc)).")
  }

  @Test("a clock time on a day is read from the value; a day or a part of a day is not one")
  func statesClockReadsTheValue() {
    #expect(EventResolver.statesClock("2021-06-24T01:22"))
    #expect(EventResolver.statesClock("2021-06-24T09"))
    #expect(!EventResolver.statesClock("2021-06-24"))
    #expect(!EventResolver.statesClock("2021-06-24TMO"))
    #expect(!EventResolver.statesClock("XXXX-WXX-4TEV"))
    #expect(!EventResolver.statesClock(nil))
  }

  @Test("the same minute of the same day adds a point and merges two reports; another minute does not")
  func theSameMinuteMerges() throws {
    let a = report("demolition", "2021-06-24T01:22"), b = report("settlement", "2021-06-24T01:22")
    let (score, evidence) = try #require(resolver.pairScore(a, b))
    #expect(score >= resolver.threshold(for: "crash"))
    #expect(evidence.contains { $0.rule == "resolve.same-time" })
    #expect(resolver.resolveBlock(key: "m|crash|Y2021", mentions: [a, b]).contains { !$0.edges.isEmpty })

    let c = report("wire", "2021-06-24T09:00")
    let (other, otherEvidence) = try #require(resolver.pairScore(a, c))
    #expect(other < resolver.threshold(for: "crash"))
    #expect(!otherEvidence.contains { $0.rule == "resolve.same-time" })
    #expect(resolver.resolveBlock(key: "m|crash|Y2021", mentions: [a, c]).allSatisfy { $0.edges.isEmpty })

    // "about 1:22 a.m." against "1:22 a.m.": not the same statement of the time.
    let d = report("approx", "2021-06-24T01:22", mod: "APPROX")
    #expect(!(resolver.pairScore(a, d)?.1.contains { $0.rule == "resolve.same-time" } ?? false))
  }
}
