import Testing

@testable import Timeline

/// The merge's summaries of a run of mentions (``MapReduce/Summary/Known``, which reuses the
/// last place, trigger and time value found) against summaries made one by one.
@Suite struct SummaryKnownTests {
  @Test func sharedSummariesEqualSummariesMadeAlone() {
    let times: [String?] = [nil, "2024-05-01", "2024-05-01", "2024-05", "2024-W18", "XXXX-05-01", "2023", "PAST_REF"]
    let mods: [String?] = [nil, nil, "APPROX", nil]
    let places: [String?] = [nil, "city:paris", "city:paris", "country:france", "city:lyon"]
    let classes = ["meeting", "attack", "election"]
    var mentions: [EventMention] = []
    var seed: UInt64 = 11
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(seed >> 33) % n
    }
    for k in 0..<600 {
      // Runs of repeated values, as a document's mentions give them, and changes at random.
      let repeatLast = k > 0 && next(3) > 0
      let last = mentions.last
      let time = repeatLast ? last?.time?.value : times[next(times.count)]
      let mod = repeatLast ? last?.time?.mod : mods[next(mods.count)]
      let place = repeatLast && next(2) == 0 ? last?.place : places[next(places.count)]
      let cls = repeatLast && next(2) == 0 ? last?.eventClass ?? "meeting" : classes[next(classes.count)]
      mentions.append(
        mention("d\(k / 7)", k * 10, cls, time: time, mod: mod, place: place, isMain: next(4) == 0))
    }
    var known = MapReduce.Summary.Known()
    for m in mentions {
      let shared = MapReduce.Summary(m, known: &known)
      let alone = MapReduce.Summary(m)
      #expect(shared.range == alone.range, "\(m.id)")
      #expect(shared.days?.first == alone.days?.first && shared.days?.last == alone.days?.last, "\(m.id)")
      #expect(shared.places.entries.map(\.place) == alone.places.entries.map(\.place), "\(m.id)")
      #expect(shared.places.entries.map(\.kind) == alone.places.entries.map(\.kind), "\(m.id)")
      #expect(shared.kinds == alone.kinds, "\(m.id)")
      #expect(shared.series == alone.series, "\(m.id)")
    }
  }
}
