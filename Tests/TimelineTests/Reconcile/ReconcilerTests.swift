import Foundation
import Testing

@testable import Timeline

@Suite struct ReconcilerTests {
  /// Events in time order: earliest day, then latest day, then id; events without a time
  /// last, by id.
  @Test func eventsAreOrderedByTimeThenIdUndatedLast() {
    func event(_ id: String, _ earliest: String?, _ latest: String? = nil) -> Event {
      Event(
        id: id, eventClass: "meeting", title: id,
        time: earliest.map { Event.Time(value: $0, earliest: $0, latest: latest ?? $0) })
    }
    let events = [
      event("b", nil), event("z", "2021-01-01", "2021-01-31"), event("a", nil), event("y", "2021-01-01"),
      event("x", "2020-01-01", "2020-12-31"), event("w", "2021-01-01", "2021-01-31"),
    ]
    let sorted = events.sorted { Reconciler.TimeOrderKey($0) < Reconciler.TimeOrderKey($1) }
    #expect(sorted.map(\.id) == ["x", "y", "w", "z", "a", "b"])
  }

  /// FNV-1a over the UTF-8 bytes, as a byte loop over the `utf8` view computes it.
  @Test func stableHashIsFNV1aOfTheUTF8Bytes() {
    #expect(StableHash.fnv1a("") == 0xcbf2_9ce4_8422_2325)
    #expect(StableHash.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
    let samples = [
      "person:volodymyr-zelensky", "Zürich – Genève ☃", "K\u{212A}", String(repeating: "xy", count: 70),
      "m|meeting|2023-05|place:city:paris",
    ]
    for s in samples + [String(samples[1].dropFirst(2))] {
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
      #expect(StableHash.fnv1a(s) == h)
    }
  }

  @Test func anEarlierOccurrenceNeverJoinsItsArticlesStoryOrALaterEvent() {
    // "It was the deadliest attack in Aswan since a bombing in April", in a report of the
    // April 21 bombing: its month holds both April bombings, and its strongest edge is to its
    // own article's story. It lies before April 21, so it joins the April 6 bombing.
    let e = extraction("e", mentions: [mention("e", 0, "attack", time: "2017-04-06", place: "city:aswan", isMain: true)])
    var earlier = mention("l", 200, "attack", time: "2017-04", place: "city:aswan")
    earlier.attributes[EventMention.instanceKey] = EventMention.earlierInstance
    let l = extraction(
      "l", mentions: [mention("l", 0, "attack", time: "2017-04-21", place: "city:aswan", isMain: true), earlier])
    let edges = [[
      CompactEdge(ia: 2, ib: 1, score: 9, spansDays: false, identical: false, rules: []),
      CompactEdge(ia: 2, ib: 0, score: 3, spansDays: false, identical: false, rules: []),
    ]]
    let result = MapReduce.cluster(mentions: MapReduce.Flattened([e, l]), edges: edges, explain: { _, _ in [] })
    #expect(result.clusters.count == 2)
    #expect(result.clusterAt[2] == result.clusterAt[0])
    #expect(result.clusterAt[2] != result.clusterAt[1])
    // A later event is no place for it either, even in another article.
    let later = extraction("x", mentions: [mention("x", 0, "attack", time: "2017-04-25", place: "city:aswan", isMain: true)])
    let edges2 = [[
      CompactEdge(ia: 2, ib: 3, score: 9, spansDays: false, identical: false, rules: []),
      CompactEdge(ia: 2, ib: 0, score: 3, spansDays: false, identical: false, rules: []),
    ]]
    let again = MapReduce.cluster(mentions: MapReduce.Flattened([e, l, later]), edges: edges2, explain: { _, _ in [] })
    #expect(again.clusterAt[2] == again.clusterAt[0])
    #expect(again.clusterAt[2] != again.clusterAt[3])
  }

  @Test func everyMentionFindsItsEventByPlaceARepeatedIDByItsTwin() {
    // "b" holds a second copy of one of "a"'s mentions (same id): the copy is not clustered on
    // its own but belongs where its twin does.
    let a = extraction(
      "a", mentions: [mention("a", 0, time: "2024-05-01", place: "city:oslo"), mention("a", 50, "attack", time: "2024-05-02")])
    let b = extraction("b", mentions: [mention("b", 0, time: "2024-06-01"), mention("a", 0, time: "2024-05-01")])
    let result = MapReduce.cluster(
      mentions: MapReduce.Flattened([a, b]), edges: [[CompactEdge]](), explain: { _, _ in [] })
    let all = a.mentions + b.mentions
    #expect(result.clusters.count == 3)
    #expect(result.clusterAt.count == all.count)
    for (p, c) in result.clusterAt.enumerated() {
      #expect(c >= 0 && result.clusters[Int(c)].contains { $0.id == all[p].id }, "mention \(p)")
    }
    #expect(result.clusterAt[3] == result.clusterAt[0])
    // Events in the reverse order of the clusters.
    let events = MentionEvents(clusterAt: result.clusterAt, eventOfCluster: [2, 1, 0], in: [a, b])
    for (p, c) in result.clusterAt.enumerated() {
      let (x, j) = p < 2 ? (0, p) : (1, p - 2)
      #expect(events[x, j] == 2 - Int(c))
    }
    #expect(events.event(of: "a@50", in: 0, [a, b]) == events[0, 1])
    #expect(events.event(of: "a@50", in: 1, [a, b]) == nil)  // not a mention of "b"
    #expect(MentionEvents(clusterAt: result.clusterAt, eventOfCluster: [-1, -1, -1], in: [a, b])[1, 0] == nil)
  }

  /// Claims' mentions looked up through a table of a document's ids give what the search
  /// gives: the event of the first mention with the id, nil for an id the document lacks or a
  /// mention in no event.
  @Test func mentionEventsByTableEqualTheSearch() {
    var ms = (0..<40).map { mention("d", $0 * 10, time: "2024-05-01") }
    ms.append(mention("d", 30, time: "2024-05-02"))  // a second mention with the id "d@30"
    let d = extraction("d", mentions: ms)
    let clusterAt = ms.indices.map { Int32($0 % 7 == 3 ? -1 : $0) }
    let eventOfCluster = ms.indices.map { Int32(($0 * 5) % 11) - 1 }
    let events = MentionEvents(clusterAt: clusterAt, eventOfCluster: eventOfCluster, in: [d])
    let ids = ms.map(\.id) + ["d@5", "e@0", ""]
    var found = 0
    for limit in [0, 16, 1000] {
      let table = events.events(in: 0, [d], linearLimit: limit)
      for id in ids {
        #expect(table(id) == events.event(of: id, in: 0, [d]), "\(id), limit \(limit)")
        found += table(id) == nil ? 0 : 1
      }
    }
    #expect(found > 60)
    #expect(events.events(in: 0, [d])("d@30") == events[0, 3])  // the first of the two
    #expect(events[0, 3] != events[0, 40])
  }

  @Test func precisionDifferencesAreInfoNotContradiction() {
    let p = ["org:taliban"]
    let kw = ["kabul", "control"]
    let report = reconcile([
      extraction(
        "a", published: "2021-10-14",
        mentions: [mention("a", 0, "takeover", time: "2021-08-15", participants: p, keywords: kw)]),
      extraction(
        "b", published: "2021-10-20",
        mentions: [mention("b", 0, "takeover", time: "2021-08", mod: "MID", participants: p, keywords: kw)]),
      extraction(
        "c", published: "2021-10-25",
        mentions: [mention("c", 0, "takeover", time: "2021-08", participants: p, keywords: kw)]),
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
        claims: [
          claim(d, 50, "count", "\(Int(killed)) people killed", number: killed, unit: "killed", mention: "\(d)@0")
        ])
    }
    let rising = reconcile([
      attack("a", "2022-03-04", 12), attack("b", "2022-03-05", 19), attack("c", "2022-03-07", 25),
    ])
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
    let report = reconcile([
      doc("a", "a complete failure"), doc("b", "a complete fiasco"), doc("c", "a complete failure"),
    ])
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
      extraction(
        "a", mentions: [],
        claims: [claim("a", 0, "status.recognized", "China recognized the Taliban", object: "org:taliban")]),
      extraction(
        "b", mentions: [],
        claims: [
          claim(
            "b", 0, "status.recognized", "governments refused to recognize the Taliban", object: "org:taliban",
            polarity: false)
        ]),
      extraction(
        "c", mentions: [], claims: [claim("c", 0, "status.recognized", "Iran recognized Kabul", object: "city:kabul")]),
    ])
    #expect(report.conflicts.count == 1)
    let c = report.conflicts[0]
    #expect(c.event == nil && c.kind == .contradiction && c.rule == "conflict.status-polarity")
    #expect(c.claims.map(\.document) == ["a", "b"])
  }

  @Test func attendanceIsComparedPerOccasion() {
    func summit(_ doc: String, _ day: String, _ city: String, _ n: Int) -> EventMention {
      mention(doc, 0, time: day, place: city, ordinal: n, isMain: true)
    }
    let report = reconcile([
      extraction(
        "a", published: "2023-09-09", mentions: [summit("a", "2023-09-09", "city:new-delhi", 18)],
        claims: [claim("a", 0, "status.attended", "did not attend the summit", polarity: false, mention: "a@0")]),
      extraction(
        "b", published: "2023-09-10", mentions: [summit("b", "2023-09-09", "city:new-delhi", 18)],
        claims: [claim("b", 0, "status.attended", "attended the summit", mention: "b@0")]),
      extraction(
        "c", published: "2024-11-18", mentions: [summit("c", "2024-11-18", "city:rio-de-janeiro", 19)],
        claims: [claim("c", 0, "status.attended", "attended the summit", mention: "c@0")]),
    ])
    let c = report.conflicts.filter { $0.rule == "conflict.status-polarity" }
    #expect(c.count == 1)
    #expect(c.first?.attribute == "attendance")
    #expect(c.first?.claims.map(\.document) == ["a", "b"])
    #expect(c.first?.event != nil)
  }

  @Test func aLowerBoundThatALaterReportExceedsIsReportingTime() {
    let q = mention("a", 0, "disaster", place: "city:derna", isMain: true)
    let r = mention("b", 0, "disaster", place: "city:derna", isMain: true)
    let report = reconcile([
      extraction(
        "a", published: "2023-09-11", mentions: [q],
        claims: [
          claim(
            "a", 0, "count", "more than 2,000", number: 2000, unit: "killed", qualifier: "MORE_THAN", mention: "a@0")
        ]),
      extraction(
        "b", published: "2023-09-13", mentions: [r],
        claims: [claim("b", 0, "count", "5,300", number: 5300, unit: "killed", mention: "b@0")]),
    ])
    let c = report.conflicts.filter { $0.attribute == "count.killed" }
    #expect(c.count == 1)
    #expect(c.first?.kind == .reportingTime)
    #expect(c.first?.explanation.contains("more than 2,000 → 5,300") == true)
  }

  @Test func aReportWithoutADateMeetsTheDayItWasWrittenAndOneArticlesMainMentionsMerge() {
    func implied(_ m: EventMention, _ day: String) -> EventMention {
      var m = m
      m.time = MentionTime(
        expression: nil, span: nil, value: day, rule: "events.time.document-reference", stated: false,
        anchor: RelativeSpec(form: "shift:day:0:day"))
      return m
    }
    // b states 2024-06-04; a, written that day, states no date: one event.
    let a = implied(mention("a", 0, "election", isMain: true), "2024-06-04")
    let b = mention("b", 0, "election", time: "2024-06-04", isMain: true)
    // c, written a week later without a date, stays apart.
    let c = implied(mention("c", 0, "election", isMain: true), "2024-06-11")
    let r = EventResolver()
    #expect(r.pairScore(a, b).map { $0.1.contains { $0.rule == "resolve.reported-that-day" } } == true)
    #expect(r.pairScore(c, b).map { $0.1.contains { $0.rule == "resolve.reported-that-day" } } == false)
    // Two main mentions of one article are one event.
    let d1 = implied(mention("d", 0, "attack", isMain: true), "2024-03-24")
    let d2 = implied(mention("d", 200, "attack", isMain: true), "2024-03-24")
    let score = r.pairScore(d1, d2)?.0 ?? 0
    #expect(score >= r.threshold(for: "attack"))
  }

  @Test func anUndatedMainEventLiesWithinAMonthOfItsStatedArticleDate() {
    func dated(_ doc: String, _ day: String, rule: String = EventExtractor.referenceRule) -> EventMention {
      var m = mention(doc, 0, "meeting", place: "city:colombo", isMain: true)
      m.time = MentionTime(
        expression: nil, span: nil, value: day, rule: rule, stated: false, anchor: RelativeSpec(form: "shift:day:0:day")
      )
      return m
    }
    let earlier = mention("a", 0, "meeting", time: "2014-01-08", place: "city:colombo", isMain: true)
    let r = EventResolver()
    // A 2017 article whose talks carry only its own date is not about the 2014 round.
    #expect(r.pairScore(earlier, dated("b", "2017-12-19")) == nil)
    // A report written two days later may be.
    #expect(r.pairScore(earlier, dated("c", "2014-01-10")) != nil)
    // An inferred article date does not bind.
    #expect(r.pairScore(earlier, dated("d", "2017-12-19", rule: EventExtractor.inferredReferenceRule)) != nil)
  }

  @Test func idsAreStableAndEventsSortedByTime() {
    let xs = [
      extraction(
        "a", published: "2023-09-30",
        mentions: [mention("a", 0, time: "2023-09-29", place: "city:kazan", ordinal: 5, isMain: true)]),
      extraction(
        "b", published: "2021-10-21",
        mentions: [mention("b", 0, time: "2021-10-20", place: "city:moscow", isMain: true)]),
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
      extraction(
        "a", published: "2022-05-10",
        mentions: [mention("a", 0, "agreement", time: "2022-05-03", place: "city:lima", participants: p, isMain: true)]),
      extraction(
        "b", published: "2022-05-10",
        mentions: [mention("b", 0, "agreement", time: "2022-05-04", place: "city:lima", participants: p, isMain: true)]),
    ])
    #expect(report.events.count == 2)
    let c = report.conflicts.filter { $0.rule == "conflict.twin-time" }
    #expect(c.count == 1)
    #expect(c.first?.kind == .contradiction)
    #expect(Set(c.first?.claims.map(\.document) ?? []) == ["a", "b"])
    // A war on two nearby days is one war going on, not a date contradiction.
    let war = reconcile([
      extraction(
        "a", published: "2022-06-26",
        mentions: [mention("a", 0, "war", time: "2022-06-26", place: "country:ukraine", participants: ["country:russia"])]),
      extraction(
        "b", published: "2022-06-28",
        mentions: [mention("b", 0, "war", time: "2022-06-28", place: "country:ukraine", participants: ["country:russia"])]),
    ])
    #expect(war.conflicts.filter { $0.rule == "conflict.twin-time" }.isEmpty)
  }

  @Test func futureOnlyAndEmptyCorporaProduceValidReports() {
    let empty = reconcile([])
    #expect(empty.events.isEmpty && empty.documents.isEmpty)
    let future = reconcile([
      extraction(
        "a", published: "2021-01-01", mentions: [mention("a", 0, time: "2031-06-01", place: "city:paris", isMain: true)]
      )
    ])
    #expect(future.events.count == 1)
    #expect(future.events.first?.time?.value == "2031-06-01")
  }
}

@Suite struct MultiDayTests {
  @Test func daysOfOneNumberedEventMergeIntoASpan() {
    let report = reconcile([
      extraction(
        "a", published: "2022-02-19",
        mentions: [mention("a", 0, time: "2022-02-19", place: "city:munich", ordinal: 58, isMain: true)]),
      extraction(
        "b", published: "2022-02-20",
        mentions: [mention("b", 0, time: "2022-02-20", place: "city:munich", ordinal: 58, isMain: true)]),
      extraction(
        "c", published: "2023-02-18",
        mentions: [mention("c", 0, time: "2023-02-17", place: "city:munich", ordinal: 59, isMain: true)]),
    ])
    #expect(report.events.count == 2)
    let span = clusterOf(report, "a", 0)
    #expect(span?.sources == ["a", "b"])
    #expect(span?.time?.value == "2022-02-19/2022-02-20")
    #expect(span?.evidence.contains { $0.rule == "resolve.multi-day" } == true)
    #expect(!report.conflicts.contains { $0.kind == .contradiction })
  }

  @Test func unnumberedEventsOnDifferentDaysStayApartAndAreFlagged() {
    let p = ["person:baradar", "person:khalilzad"]
    let report = reconcile([
      extraction(
        "a", published: "2020-02-29",
        mentions: [mention("a", 0, "agreement", time: "2020-02-29", place: "city:doha", participants: p, isMain: true)]),
      extraction(
        "b", published: "2020-03-02",
        mentions: [
          mention("b", 0, "agreement", time: "2020-02-28", place: "city:doha", participants: [p[0]], isMain: true)
        ]),
      extraction(
        "c", published: "2020-03-09",
        mentions: [
          mention(
            "c", 0, "agreement", time: "2020-03-08", place: "city:doha", participants: ["person:other"], isMain: true)
        ]),
    ])
    #expect(report.events.count == 3)
    let twins = report.conflicts.filter { $0.rule == "conflict.twin-time" }
    #expect(twins.count == 1)
    #expect(Set(twins.first?.claims.map(\.document) ?? []) == ["a", "b"])
  }
}

@Suite struct ParticipantCountTests {
  @Test func aCountThatListsTheHostIsComparedWithoutIt() {
    func doc(_ d: String, _ items: [String], _ n: Double) -> DocumentExtraction {
      var m = mention(d, 0, time: "2021-10-20", place: "city:moscow", isMain: true)
      m.host = "country:russia"
      var c = claim(d, 40, "participants", "\(Int(n)) countries", number: n, mention: "\(d)@0")
      c.items = items
      return extraction(d, published: "2021-10-20", mentions: [m], claims: [c])
    }
    let same = reconcile([doc("a", ["country:china"], 10), doc("b", ["country:russia", "country:china"], 11)])
    #expect(same.conflicts.isEmpty)
    let differ = reconcile([doc("a", ["country:china"], 10), doc("b", ["country:russia", "country:china"], 10)])
    #expect(differ.conflicts.count == 1)
    #expect(differ.conflicts.first?.attribute == "participants" && differ.conflicts.first?.kind == .contradiction)
    #expect(differ.conflicts.first?.severity == .medium)
  }
}

@Suite struct UndatedTollTests {
  @Test func anUndatedReportNeitherProvesNorBreaksARisingToll() {
    func attack(_ d: String, _ published: String?, _ killed: Double) -> DocumentExtraction {
      extraction(
        d, published: published,
        mentions: [mention(d, 0, "attack", time: "2022-03-04", place: "city:kabul", isMain: true)],
        claims: [claim(d, 50, "count", "\(Int(killed)) killed", number: killed, unit: "killed", mention: "\(d)@0")])
    }
    let r = reconcile([attack("a", "2022-03-04", 12), attack("b", "2022-03-06", 25), attack("c", nil, 19)])
    #expect(r.conflicts.map(\.kind) == [.reportingTime])
    // The undated report is dated from the event it shares with the dated ones.
    #expect(r.documents.first { $0.id == "c" }?.published?.source == .inferred)
  }
}

@Suite struct TwinPlaceTests {
  @Test func oneDayTwoCitiesWithTheSameParticipantsIsAPlaceContradiction() {
    let p = ["country:armenia", "country:azerbaijan", "country:russia"]
    let report = reconcile([
      extraction(
        "a", published: "2022-10-31",
        mentions: [mention("a", 0, time: "2022-10-31", place: "city:sochi", participants: p, isMain: true)]),
      extraction(
        "b", published: "2022-10-31",
        mentions: [mention("b", 0, time: "2022-10-31", place: "city:moscow", participants: p, isMain: true)]),
      extraction(
        "c", published: "2022-10-31",
        mentions: [
          mention("c", 0, time: "2022-10-31", place: "city:paris", participants: ["country:france"], isMain: true)
        ]),
    ])
    let twins = report.conflicts.filter { $0.rule == "conflict.twin-place" }
    #expect(twins.count == 1)
    #expect(Set(twins.first?.claims.map(\.document) ?? []) == ["a", "b"])
    #expect(twins.first?.kind == .contradiction)
  }
}

@Suite struct EntityCanonicalTests {
  @Test func spellingVariantsBecomeOneParticipant() {
    var a = extraction(
      "a", published: "2021-10-20",
      mentions: [
        mention("a", 0, time: "2021-10-20", place: "city:moscow", participants: ["person:muttaqi"], isMain: true)
      ])
    a.entities = [Entity(key: "person:muttaqi", name: "Amir Khan Muttaqi", kind: .person)]
    var b = extraction(
      "b", published: "2021-10-21",
      mentions: [
        mention("b", 0, time: "2021-10-20", place: "city:moscow", participants: ["person:muttaki"], isMain: true)
      ])
    b.entities = [Entity(key: "person:muttaki", name: "Amir Khan Muttaki", kind: .person)]
    let report = reconcile([a, b])
    #expect(report.events.count == 1)
    #expect(report.events.first?.participants.count == 1)
  }
}
