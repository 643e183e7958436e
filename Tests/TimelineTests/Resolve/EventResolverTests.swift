import Foundation
import Testing

@testable import Timeline

@Suite struct EventResolverTests {
  let resolver = EventResolver()

  /// An undated main mention with the given article names.
  func story(_ doc: String, _ cls: String, _ names: [String], place: String? = nil) -> EventMention {
    var m = mention(doc, 0, cls, place: place, isMain: true, keywords: ["checked", "clinic", "rehab", "treatment"])
    m.names = names.sorted()
    return m
  }

  /// Key parts are the text lowercased with the key separators replaced, whether the text
  /// takes the plain path (returned as it is) or not.
  @Test func keyPartsLowercaseAndReplaceSeparators() {
    func spelledOut(_ s: String) -> String {
      String(s.lowercased().map { $0 == "|" || $0 == "\t" || $0 == "\n" ? "_" : $0 })
    }
    let texts = [
      "meeting", "Meeting", "MEETING", "a|b", "a\tb", "a\nb", "a\r\nb", "", "doc-1_2.txt", "Zürich", "İstanbul",
      "ÉLAN", "x@y", "[q]", "~`!{}", "ǅ", "ﬁre", "AZaz@[`{",
    ]
    for t in texts { #expect(EventResolver.keyPart(t) == spelledOut(t), "\(t)") }
    #expect(EventResolver.keyPart("Talks|In\tKazan") == "talks_in_kazan")
  }

  @Test func mentionsWithEqualBlockingInputsHaveEqualKeysAndEachInputCounts() {
    let r = EventResolver()
    var variants: [EventMention] = []
    for cls in ["meeting", "attack"] {
      for time in [nil, "2019-05-03", "2019", "1990s", "XXXX-05-03"] {
        for (isMain, role, names) in [
          (false, TextRole.body, [String]?.none), (true, .body, ["Caspian"]), (true, .caption, ["Caspian"]),
          (true, .body, nil),
        ] {
          var m = mention("d", 0, cls, time: time, role: role, isMain: isMain)
          m.names = names
          variants.append(m)
          if time != nil {
            var implied = m  // the article's date, not stated in the sentence
            implied.time?.stated = false
            implied.time?.rule = EventExtractor.referenceRule
            variants.append(implied)
            var unstated = m  // not stated, by another rule
            unstated.time?.stated = false
            variants.append(unstated)
          }
        }
      }
    }
    var keysByInputs: [EventResolver.BlockingInputs: [String]] = [:]
    var distinctKeys = Set<[String]>()
    for m in variants {
      let keys = r.blockingKeys(for: m)
      distinctKeys.insert(keys)
      let inputs = EventResolver.BlockingInputs(m)
      if let seen = keysByInputs[inputs] { #expect(seen == keys, "\(m.eventClass) \(m.time?.value ?? "-")") }
      keysByInputs[inputs] = keys
    }
    #expect(distinctKeys.count > 10)  // the variants do reach different blocks
    // A different id, place or sentence changes no input.
    var other = variants[3]
    (other.id, other.place, other.citation.text) = ("e@9", "city:oslo", "Another sentence.")
    #expect(EventResolver.BlockingInputs(other) == EventResolver.BlockingInputs(variants[3]))
  }

  /// The blocks number each mention's keys by their parts (class part and period) and, in
  /// process, tell the mentions' inputs apart by their prepared ids: the same blocks, members
  /// and order as grouping every mention's key texts, over more than one run of documents.
  @Test func blocksByPartsAreTheBlocksOfTheKeyTexts() {
    let r = EventResolver()
    var variants: [EventMention] = []
    for cls in ["meeting", "attack", "Summit|Talks"] {
      for (time, mod) in [(nil, nil), ("2019-05-03", nil), ("2019-05-03", "AFTER"), ("2019", nil), ("1990s", nil),
        ("2019-12-30", nil), ("1989-2021", nil)] as [(String?, String?)]
      {
        for (isMain, role, names) in [
          (false, TextRole.body, [String]?.none), (true, .body, ["Caspian"]), (true, .caption, ["Caspian"]),
        ] {
          var m = mention("d", 0, cls, time: time, mod: mod, role: role, isMain: isMain)
          m.names = names
          variants.append(m)
          if time != nil {
            var implied = m
            implied.time?.stated = false
            implied.time?.rule = EventExtractor.referenceRule
            variants.append(implied)
            var clause = m
            clause.time?.rule = EventExtractor.datedClauseRule
            variants.append(clause)
          }
        }
      }
    }
    let documents = (0..<300).map { d in
      extraction(
        "doc\(d)",
        mentions: (0..<3).map { k in
          var m = variants[(d * 7 + k * 13) % variants.count]
          (m.id, m.document) = ("doc\(d)@\(k)", "doc\(d)")
          return m
        })
    }
    let all = documents.flatMap(\.mentions)
    var texts: [String: [Int32]] = [:]
    for (p, m) in all.enumerated() {
      for k in r.blockingKeys(for: m) { texts[k, default: []].append(Int32(p)) }
    }
    let expected = texts.sorted { $0.key < $1.key }
    func same(_ blocks: [(key: String, value: [Int32])], _ wanted: [(key: String, value: [Int32])]) -> Bool {
      blocks.map(\.key) == wanted.map(\.key) && blocks.map(\.value) == wanted.map(\.value)
    }
    #expect(same(MapReduce.blocks(documents, only: nil, resolver: r), expected))
    let prepared = PreparedMentions(all)
    #expect(same(MapReduce.blocks(documents, only: nil, resolver: r, prepared: prepared), expected))
    // Every mention's key parts as the features' pass found them, without the mention.
    for (p, m) in all.enumerated() {
      let parts = prepared.blockingParts(p)
      let own = EventResolver.blockingParts(for: m)
      #expect(parts?.classes == own.classes && parts?.periods == own.periods, "\(m.id)")
    }
    let only = Set(expected.map(\.key).enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
    #expect(same(MapReduce.blocks(documents, only: only, resolver: r), expected.filter { only.contains($0.key) }))
    #expect(expected.count > 20)
  }

  @Test func sharedNamesJoinUndatedMainMentionsEvenAcrossClasses() {
    let reid = ["reid", "tara", "promises", "malibu", "ketsoyan", "people"]
    let report = reconcile([
      extraction("a", mentions: [story("a", "treatment", reid)]),
      extraction("b", mentions: [story("b", "treatment", reid.dropLast() + ["pie"])]),
      extraction("c", mentions: [story("c", "arrest", reid)]),
    ])
    #expect(Set(report.documents.compactMap(\.mainEvent)).count == 1)
    #expect(report.events.first?.evidence.contains { $0.rule == "resolve.shared-names" } == true)
    // Main mentions of other classes meet in the main block.
    #expect(resolver.blockingKeys(for: story("a", "treatment", reid)).contains("m|*main|?"))
    #expect(!resolver.blockingKeys(for: mention("a", 0, "treatment")).contains { $0.contains("*main") })
  }

  @Test func differentNamesKeepTwoStoriesOfOneKindApart() {
    // Same class, same place and context words: before names, enough to merge.
    let a = story("a", "treatment", ["reid", "tara", "promises", "ketsoyan", "pie"], place: "city:malibu")
    let b = story("b", "treatment", ["lohan", "lindsay", "betty", "ford", "holley"], place: "city:malibu")
    let (score, _) = resolver.pairScore(a, b) ?? (99, [])
    #expect(score < resolver.threshold(for: "treatment"))
    // A stated day they share still joins them.
    var c = a, d = b
    c.time = MentionTime(expression: "May 2", span: nil, value: "2013-05-02", rule: "test", stated: true)
    d.time = c.time
    #expect((resolver.pairScore(c, d)?.0 ?? 0) >= resolver.threshold(for: "treatment"))
    // Different classes with different names never compare.
    #expect(
      resolver.pairScore(story("a", "treatment", ["reid", "tara"]), story("b", "arrest", ["lohan", "holley"])) == nil)
  }

  @Test func differentSeriesNamesAreACannotLink() {
    // Two meetings in one city a day apart, same participants: only their names differ.
    var a = mention("a", 0, time: "2019-05-14", place: "city:vienna", participants: ["country:iran"], isMain: true)
    var b = mention("b", 0, time: "2019-05-15", place: "city:vienna", participants: ["country:iran"], isMain: true)
    a.time = MentionTime(expression: "May", span: nil, value: "2019-05", rule: "test", stated: true)
    b.time = a.time
    #expect(resolver.pairScore(a, b) != nil)
    a.attributes["series"] = "danube trade"
    b.attributes["series"] = "caspian energy"
    #expect(resolver.pairScore(a, b) == nil)
    #expect(
      resolver.score(PairFeatures.prepare([a, b])[0], PairFeatures.prepare([a, b])[1], singular: false, need: 3) == nil)
    // One shared word is not enough ("Danube trade" / "Danube commerce"); a name that holds
    // the other's words is the same series told more fully.
    b.attributes["series"] = "danube commerce"
    #expect(resolver.pairScore(a, b) == nil)
    b.attributes["series"] = "danube river trade"
    #expect(resolver.pairScore(a, b) != nil)
  }

  @Test func identicalSentencesOfDifferentSeriesDoNotCollapse() {
    // "Last year's summit was held in Lima." in articles about two different summit series.
    var a = mention("a", 0, time: "2019", place: "city:lima", text: "Last year's summit was held in Lima.")
    var b = mention("b", 0, time: "2019", place: "city:lima", text: "Last year's summit was held in Lima.")
    a.attributes["series"] = "andean trade"
    b.attributes["series"] = "pacific energy"
    let parts = resolver.resolveBlock(key: "m|meeting|Y2019", mentions: [a, b])
    #expect(parts.allSatisfy { $0.edges.isEmpty })
    b.attributes["series"] = "andean trade"
    #expect(resolver.resolveBlock(key: "m|meeting|Y2019", mentions: [a, b]).contains { !$0.edges.isEmpty })
  }

  @Test func oneSharedContextWordIsNoEvidence() {
    // "…, where she died" and "…, where he was pronounced dead" share one word of two or three:
    // a high overlap that says nothing about which story each sentence tells.
    let rule = "resolve.context-words"
    func rules(_ x: [String], _ y: [String]) -> [String] {
      let a = mention("a", 0, "killing", place: "city:athens", keywords: x)
      let b = mention("b", 0, "killing", place: "city:athens", keywords: y)
      return resolver.pairScore(a, b)?.1.map(\.rule) ?? []
    }
    #expect(!rules(["died"], ["died"]).contains(rule))
    #expect(!rules(["died", "hospital"], ["died", "pronounced"]).contains(rule))
    #expect(rules(["bank", "died", "fire"], ["bank", "fire", "workers"]).contains(rule))
    // The compact path (blocks of features) agrees: the shared word alone joins nothing.
    let one = [["died"], ["died"]].enumerated().map { i, k in
      mention("d\(i)", 0, "killing", place: "city:athens", keywords: k)
    }
    let two = [["bank", "died", "fire"], ["bank", "died", "fire"]].enumerated().map { i, k in
      mention("d\(i)", 0, "killing", place: "city:athens", keywords: k)
    }
    #expect(resolver.resolveBlock(key: "k", mentions: one).allSatisfy { $0.edges.isEmpty })
    #expect(resolver.resolveBlock(key: "k", mentions: two).contains { !$0.edges.isEmpty })
  }

  @Test func namesNeverOutrankTimePlaceAndOrdinal() {
    // Two editions of one yearly conference share every name: the ordinal keeps them apart and
    // names add nothing to a pair that other evidence already joins.
    var a = story("a", "meeting", ["munich", "security", "conference", "zelenskyy"], place: "city:munich")
    var b = story("b", "meeting", ["munich", "security", "conference", "zelenskyy"], place: "city:munich")
    a.ordinal = 58
    b.ordinal = 59
    #expect(resolver.pairScore(a, b) == nil)
    b.ordinal = 58
    let (score, _) = resolver.pairScore(a, b) ?? (0, [])
    let plain = resolver.pairScore(
      mention("a", 0, place: "city:munich", ordinal: 58, isMain: true, keywords: a.keywords),
      mention("b", 0, place: "city:munich", ordinal: 58, isMain: true, keywords: b.keywords))?.0
    #expect(score == plain)
  }

  @Test func blockingKeysCoverYearAndDecade() {
    #expect(resolver.blockingKeys(for: mention("a", 0, time: "2021-10-20")) == ["m|meeting|D202", "m|meeting|Y2021"])
    #expect(resolver.blockingKeys(for: mention("a", 0, time: "198X")) == ["m|meeting|D198"])
    #expect(resolver.blockingKeys(for: mention("a", 0)) == ["m|meeting|?"])
    #expect(resolver.blockingKeys(for: mention("a", 0, time: "XXXX-10-20")) == ["m|meeting|?"])
  }

  @Test func compatibleMentionsAcrossABucketBorderShareAKey() {
    // ISO week 2020-W53 runs from 2020-12-28 to 2021-01-03: it must meet a 2021-01-02 mention.
    let week = Set(resolver.blockingKeys(for: mention("a", 0, time: "2020-W53")))
    let day = Set(resolver.blockingKeys(for: mention("b", 0, time: "2021-01-02")))
    #expect(!week.isDisjoint(with: day))
    // A decade mention meets a day mention inside it.
    let decade = Set(resolver.blockingKeys(for: mention("c", 0, time: "198X")))
    let fine = Set(resolver.blockingKeys(for: mention("d", 0, time: "1989-02-15")))
    #expect(!decade.isDisjoint(with: fine))
  }

  @Test func resolveBlockIsOrderIndependent() {
    let ms = [
      mention("a", 10, time: "2021-10-20", place: "city:moscow", participants: ["country:china"]),
      mention("b", 20, time: "2021-10-20", place: "city:moscow", participants: ["country:china"]),
      mention("c", 30, time: "2021-10-21", place: "city:kazan"),
    ]
    let one = resolver.resolveBlock(key: "m|meeting|Y2021", mentions: ms)
    let two = resolver.resolveBlock(key: "m|meeting|Y2021", mentions: ms.reversed())
    #expect(one == two)
    #expect(one.contains { $0.mentions == ["a@10", "b@20"] && !$0.edges.isEmpty })
    #expect(one.contains { $0.mentions == ["c@30"] })
  }

  /// Features keep ids and days in 32 bits: they read back as stored, `nil` stays `nil`,
  /// out-of-range values clamp, and the value stays small enough that a compared pair touches
  /// few cache lines. An id list's mask is zero exactly when the list is empty.
  @Test func pairFeaturesReadBackWhatTheyStore() {
    var f = PairFeatures(
      eventClass: 3, hasRange: true, lo: 738_000, hi: 738_030, period: 7, timeValue: 8, ordinal: nil, place: 12,
      placeKind: nil, host: 0, document: 41, isMain: true, impliedDay: nil, oneDay: -5, caption: false, fine: true,
      participants: [1, 4], keywords: [], salient: [9], nameCount: 2, seriesWords: [], seriesID: nil
    ).withMasks()
    #expect(f.eventClass == 3 && f.lo == 738_000 && f.hi == 738_030 && f.period == 7 && f.timeValue == 8)
    #expect(f.ordinal == nil && f.place == 12 && f.placeKind == nil && f.host == 0 && f.document == 41)
    #expect(f.impliedDay == nil && f.oneDay == -5 && f.nameCount == 2 && f.seriesID == nil)
    #expect(f.isMain && f.hasRange && f.fine && !f.caption)
    f.place = nil
    f.seriesID = Int.max
    f.host = Int.min
    #expect(f.place == nil && f.seriesID == Int(Int32.max) && f.host == Int(Int32.min) + 1)
    #expect(f.masks.participants != 0 && f.masks.salient != 0 && f.masks.keywords == 0 && f.masks.series == 0)
    #expect(MemoryLayout<PairFeatures>.size <= 152)
  }

  /// A large block's features (``PairFeatures/Block``) read back every field and list of the
  /// features they were gathered from, and every pair scores as before, with the same rules.
  @Test func blockFeaturesReadBackTheSame() {
    let f = PairFeatures(
      eventClass: 3, hasRange: true, lo: 738_000, hi: 738_000, period: 7, timeValue: 8, ordinal: nil, place: 12,
      placeKind: 2, host: nil, document: 41, isMain: true, impliedDay: nil, oneDay: 738_000, caption: false,
      fine: true, participants: [1, 4], keywords: [5, 6, 9], salient: [9, 11], nameCount: 2, seriesWords: [13],
      seriesID: 14
    ).withMasks()
    var g = f
    (g.document, g.participants, g.keywords, g.salient, g.proper) = (42, [4], [5, 9], [9, 11, 15], [2, 3])
    (g.ordinal, g.impliedDay, g.instance) = (2, 738_001, true)
    g = g.withMasks()
    let empty = PairFeatures(
      eventClass: 3, hasRange: false, lo: 0, hi: 0, period: 1, timeValue: 2, ordinal: nil, place: nil,
      placeKind: nil, host: 5, document: 43, isMain: false, impliedDay: nil, oneDay: nil, caption: true,
      fine: false, participants: [], keywords: [], salient: [], nameCount: 0, seriesWords: [], seriesID: nil
    ).withMasks()
    let features = [empty, f, g, f]
    let slots = [2, 0, 1, 3]
    features.withUnsafeBufferPointer { buffer in
      let block = PairFeatures.Block(buffer, slots: slots)
      #expect(block.count == slots.count)
      block.withRefs { refs in
        for (i, k) in slots.enumerated() {
          let (r, o) = (refs[i], features[k])
          #expect(Array(r.participants) == o.participants && Array(r.keywords) == o.keywords)
          #expect(Array(r.salient) == o.salient && Array(r.seriesWords) == o.seriesWords && Array(r.proper) == o.proper)
          #expect(Array(block.participants(i)) == o.participants && Array(block.keywords(i)) == o.keywords)
          #expect(Array(block.salient(i)) == o.salient)
          #expect(
            r.hasRange == o.hasRange && r.isMain == o.isMain && r.instance == o.instance && r.caption == o.caption)
          #expect(r.eventClass == o.eventClass && r.lo == o.lo && r.hi == o.hi && r.document == o.document)
          #expect(r.ordinal == o.ordinal && r.place == o.place && r.placeKind == o.placeKind && r.host == o.host)
          #expect(r.seriesID == o.seriesID && r.impliedDay == o.impliedDay && r.oneDay == o.oneDay)
          #expect(r.period == o.period && r.nameCount == o.nameCount && block.records[i].timeValue == o.timeValue)
          #expect(r.masks.participants == o.masks.participants && r.masks.salient == o.masks.salient)
          #expect(r.masks.proper == o.masks.proper && r.masks.series == o.masks.series)
          for (j, l) in slots.enumerated() {
            #expect(r.spansDays(refs[j]) == o.spansDays(features[l]))
            for exact in [true, false] {
              var (rulesR, rulesO) = (MergeRule.Bits(), MergeRule.Bits())
              let byRef = resolver.score(r, refs[j], singular: false, need: 3, exact: exact, rules: &rulesR)
              let byFeatures = resolver.score(o, features[l], singular: false, need: 3, exact: exact, rules: &rulesO)
              #expect(byRef == byFeatures && rulesR == rulesO)
            }
          }
        }
        #expect(resolver.score(refs[1], refs[2], singular: false, need: 3) != nil)
      }
      // Gathered again from the block, as a large block gathers from the corpus's packed
      // features, in another order: the same lists, fields and scores.
      let order = [3, 1, 0, 2]
      let again = PairFeatures.Block(gathering: block, slots: order)
      #expect(again.count == order.count && again.pool.count == block.pool.count)
      again.withRefs { a in
        block.withRefs { b in
          for (i, k) in order.enumerated() {
            #expect(Array(a[i].participants) == Array(b[k].participants))
            #expect(Array(a[i].keywords) == Array(b[k].keywords))
            #expect(Array(a[i].salient) == Array(b[k].salient) && Array(a[i].proper) == Array(b[k].proper))
            #expect(Array(a[i].seriesWords) == Array(b[k].seriesWords) && a[i].fine == b[k].fine)
            #expect(again.records[i].timeValue == block.records[k].timeValue && a[i].clock == b[k].clock)
            for (j, l) in order.enumerated() {
              var (rulesA, rulesB) = (MergeRule.Bits(), MergeRule.Bits())
              let byA = resolver.score(a[i], a[j], singular: true, need: 2, rules: &rulesA)
              #expect(byA == resolver.score(b[k], b[l], singular: true, need: 2, rules: &rulesB) && rulesA == rulesB)
              #expect(PairFeatures.Gate.excludes(.init(a[i]), .init(a[j]), decadeBlock: true)
                == PairFeatures.Gate.excludes(.init(b[k]), .init(b[l]), decadeBlock: true))
            }
          }
        }
      }
    }
  }

  /// The per-block features score every pair exactly as `pairScore` does (the resolver trusts
  /// the cheap score to decide which pairs get evidence), on real extractions of every fixture
  /// corpus and a generated one.
  @Test func featureScoreEqualsPairScore() throws {
    let pipeline = Pipeline()
    var corpora = try FixturePaths.caseNames().map { try FixturePaths.fixtureCase($0).docs }
    let generated = try FixturePaths.temporaryDirectory("pairscore")
    defer { try? FileManager.default.removeItem(at: generated) }
    try CorpusGenerator(documents: 60, seed: 7).generate().write(to: generated.path, jsonLines: false)
    corpora.append(generated.appendingPathComponent("docs").path)
    var compared = 0
    var gated = 0
    var ruled = 0
    for docs in corpora {
      let extractions = pipeline.analyze(try pipeline.ingestor.ingest(paths: [docs]).documents)
      let mentions = extractions.flatMap(\.mentions)
      let features = PairFeatures.prepare(mentions)
      // Corpus-wide features, interned in small chunks whose tables are then joined, and
      // gathered from them as a large block's are (in reverse order, as a block's slots need
      // not be in order).
      let (joined, ids, _) = PairFeatures.prepareAll(mentions, chunk: 7) { m, _ in m.id }
      #expect(ids == mentions.map(\.id))  // what is made beside the features, in mention order
      let block = PairFeatures.Block(gathering: joined, slots: Array(mentions.indices.reversed()))
      let last = mentions.count - 1
      for i in mentions.indices {
        for j in mentions.indices where j > i {
          let singular = resolver.singularClasses.contains(mentions[i].eventClass)
          let need = max(
            resolver.threshold(for: mentions[i].eventClass), resolver.threshold(for: mentions[j].eventClass))
          let fast = resolver.score(features[i], features[j], singular: singular, need: need)
          let full = resolver.pairScore(mentions[i], mentions[j])?.0
          #expect(fast == full, "\(mentions[i].id) / \(mentions[j].id)")
          // The rules found beside the score are those of the full scoring's evidence.
          if full != nil {
            var rules = MergeRule.Bits()
            _ = resolver.score(features[i], features[j], singular: singular, need: need, rules: &rules)
            #expect(rules == resolver.pairRules(mentions[i], mentions[j]), "\(mentions[i].id) / \(mentions[j].id)")
            ruled += rules.isEmpty ? 0 : 1
          }
          #expect(joined.withRefs { resolver.score($0[i], $0[j], singular: singular, need: need) } == fast)
          // The same pair read from a large block's gathered features.
          let byBlock = block.withRefs { refs in
            var rules = MergeRule.Bits()
            let (a, b) = (refs[last - i], refs[last - j])
            return (resolver.score(a, b, singular: singular, need: need, rules: &rules), rules)
          }
          var featureRules = MergeRule.Bits()
          _ = resolver.score(features[i], features[j], singular: singular, need: need, rules: &featureRules)
          #expect(byBlock.0 == fast && byBlock.1 == featureRules)
          // Asked only whether the pair merges, the same score when it does, and nil or less
          // than `need` when it does not.
          let merges = resolver.score(features[i], features[j], singular: singular, need: need, exact: false)
          if let fast, fast >= need { #expect(merges == fast) } else { #expect((merges ?? need - 1) < need) }
          if full != nil { compared += 1 }
          // A pair the gates exclude never scores; a decade block also leaves out two fine times.
          let (ga, gb) = (PairFeatures.Gate(features[i]), PairFeatures.Gate(features[j]))
          let excluded = PairFeatures.Gate.excludes(ga, gb, decadeBlock: false)
          if excluded {
            #expect(full == nil, "\(mentions[i].id) / \(mentions[j].id)")
            gated += 1
          }
          let fine = features[i].fine && features[j].fine
          #expect(PairFeatures.Gate.excludes(ga, gb, decadeBlock: true) == (excluded || fine))
        }
      }
    }
    #expect(compared > 1000)
    #expect(ruled > 1000)
    #expect(gated > 1000)
  }

  /// The gates never exclude a pair that scores, at the edges of their rules: days one to
  /// five apart (days of one multi-day event are at most three apart, at one place, in one
  /// document or with one ordinal), weeks (too long to be such a day), places of one kind and
  /// of two, ordinals equal and different.
  @Test func gatesNeverExcludeAPairThatScores() {
    let times = (10...16).map { "2021-03-\($0)" } + ["2021-W10", "2021-W11"]
    var ms: [EventMention] = []
    for doc in ["d1", "d2"] {
      for time in times {
        for place in ["city:a", "city:b", "country:x", nil] {
          for ordinal in [nil, 2, 3] {
            ms.append(mention(doc, ms.count * 10, time: time, place: place, ordinal: ordinal))
          }
        }
      }
    }
    var (excluded, scoredApart) = (0, 0)
    eachPairAtTheGates(ms) { i, j, scored, gated, features in
      if gated {
        #expect(!scored, "\(ms[i].id) \(ms[i].time?.value ?? "") / \(ms[j].id) \(ms[j].time?.value ?? "")")
        #expect(resolver.score(features[i], features[j], singular: false, need: resolver.threshold) == nil)
        excluded += 1
      } else if scored, features[i].spansDays(features[j]) {
        scoredApart += 1  // days of one multi-day event, kept by the gates
      }
    }
    #expect(excluded > 1000)
    #expect(scoredApart > 50)
  }

  /// Series names at the gates: two names each with a word the other lacks never score, and
  /// the gates exclude most such pairs without reading the features; one name, a name and a
  /// longer form of it ("Astana" and "Astana format"), or a mention without a series are never
  /// excluded for the series.
  @Test func gatesExcludeDifferentSeriesOnly() {
    let series: [String?] = [nil, "astana", "astana format", "geneva", "format geneva", "minsk normandy"]
    var ms: [EventMention] = []
    for doc in ["d1", "d2"] {
      for time in ["2021-03-10", "2021-03-11", "2021-03"] {
        for place in ["city:a", nil] {
          for name in series {
            var m = mention(doc, ms.count * 10, time: time, place: place, participants: ["country:x"])
            if let name { m.attributes["series"] = name }
            ms.append(m)
          }
        }
      }
    }
    var (bySeries, sameSeriesScored) = (0, 0)
    eachPairAtTheGates(ms) { i, j, scored, gated, features in
      let (a, b) = (ms[i].attributes["series"], ms[j].attributes["series"])
      let differ = a.flatMap { x in b.map { EventResolver.seriesDiffer(x, $0) } } ?? false
      if gated {
        #expect(!scored, "\(ms[i].id) / \(ms[j].id)")
        // Same day or overlapping times, one place or none: only the series excludes.
        if ms[i].place == ms[j].place, features[i].lo <= features[j].hi, features[j].lo <= features[i].hi {
          #expect(differ, "\(a ?? "-") / \(b ?? "-")")
          bySeries += 1
        }
      } else if scored, !differ, a != nil, b != nil {
        sameSeriesScored += 1
      }
    }
    #expect(bySeries > 100)
    #expect(sameSeriesScored > 20)
  }

  /// Calls `body` with every pair `i < j` of `ms`: whether `pairScore` scores it, whether the
  /// gates exclude it (outside a decade block), and the mentions' features.
  func eachPairAtTheGates(
    _ ms: [EventMention],
    _ body: (_ i: Int, _ j: Int, _ scored: Bool, _ gated: Bool, _ features: [PairFeatures]) -> Void
  ) {
    let features = PairFeatures.prepare(ms)
    let gates = features.map(PairFeatures.Gate.init)
    for i in ms.indices {
      for j in ms.indices where j > i {
        let gated = PairFeatures.Gate.excludes(gates[i], gates[j], decadeBlock: false)
        body(i, j, resolver.pairScore(ms[i], ms[j]) != nil, gated, features)
      }
    }
  }

  /// The in-process compact edges of a block are the edges `resolveBlock` gives, with
  /// prepared features or without, and a shared signature hash never collapses two different
  /// mentions.
  /// ``EventResolver/sameSignature(_:_:)`` agrees with comparing the signatures themselves,
  /// whichever field differs (lists equal in another order are the same signature).
  @Test func sameSignatureAgreesWithSignatures() {
    let base = mention(
      "a", 10, time: "2021-10-20", place: "city:moscow", participants: ["country:china", "org:taliban"], isMain: true,
      text: "Talks.", keywords: ["kabul", "talks"])
    var variants: [EventMention] = []
    func vary(_ change: (inout EventMention) -> Void) {
      var m = base
      m.id = "b@\(variants.count)"  // ids and documents are not in the signature
      m.document = "b"
      change(&m)
      variants.append(m)
    }
    vary { _ in }
    vary { $0.participants.reverse() }
    vary { $0.keywords.reverse() }
    vary { $0.keywords = ["kabul"] }
    vary { $0.participants = ["country:china", "country:china"] }
    vary { $0.eventClass = "attack" }
    vary { $0.time?.value = "2021-10-21" }
    vary { $0.time?.mod = "APPROX" }
    vary { $0.time?.stated = false }
    vary { $0.time = nil }
    vary { $0.place = nil }
    vary { $0.host = "country:russia" }
    vary { $0.ordinal = 3 }
    vary { $0.isMain = false }
    vary { $0.role = .caption }
    vary { $0.role = .headline }
    vary { $0.citation.text = "Other talks." }
    vary { $0.names = ["kabul"] }
    vary { $0.attributes["series"] = "moscow format" }
    vary { $0.attributes["head"] = "person:x" }
    for m in variants {
      #expect(
        EventResolver.sameSignature(base, m) == (EventResolver.signature(base) == EventResolver.signature(m)),
        "\(m.id)")
    }
    #expect(variants.filter { EventResolver.sameSignature(base, $0) }.count == 5)  // as is, two reorders, headline, head
  }

  /// The identity check's split comparison (interned parts from corpus-wide features, then the
  /// rest of the mentions) agrees with ``EventResolver/sameSignature(_:_:)`` on every pair of
  /// variants, features prepared in small chunks (ids remapped across chunk tables).
  @Test func internedSignatureAgreesWithSameSignature() {
    let base = mention(
      "a", 10, time: "2021-10-20", place: "city:moscow", participants: ["country:china", "org:taliban"], isMain: true,
      text: "Talks.", keywords: ["kabul", "talks"])
    var all = [base]
    func vary(_ change: (inout EventMention) -> Void) {
      var m = base
      m.id = "b@\(all.count)"
      m.document = "b\(all.count % 3)"
      change(&m)
      all.append(m)
    }
    vary { _ in }
    vary { $0.participants.reverse() }
    vary { $0.eventClass = "attack" }
    vary { $0.place = nil }
    vary { $0.place = "city:kabul" }
    vary { $0.host = "country:russia" }
    vary { $0.host = "country:china" }
    vary { $0.isMain = false }
    vary { $0.role = .caption }
    vary { $0.role = .headline }
    vary { $0.ordinal = 3 }
    vary { $0.time?.stated = false }
    vary { $0.citation.text = "Other talks." }
    vary { $0.attributes["series"] = "moscow format" }
    vary { $0.attributes["series"] = "astana format" }
    vary {
      $0.attributes["series"] = "moscow format"
      $0.host = "country:russia"
    }
    vary { $0.attributes["head"] = "person:x" }
    vary { $0.eventClass = "Caf\u{E9}" }
    vary { $0.eventClass = "Cafe\u{301}" }  // canonically equal to the one before
    let features = PairFeatures.prepareAll(all, chunk: 3) { _, _ in 0 }.features
    features.withRefs { f in
      for i in all.indices {
        for j in all.indices {
          let split =
            PairFeatures.sameInternedSignature(f[i], f[j])
            && EventResolver.sameUninternedSignature(all[i], all[j])
          #expect(split == EventResolver.sameSignature(all[i], all[j]), "\(all[i].id) \(all[j].id)")
        }
      }
    }
  }

  @Test func compactEdgesMatchBlockEdges() {
    let ms = [
      mention("a", 10, time: "2021-10-20", place: "city:moscow", participants: ["country:china"]),
      mention("b", 20, time: "2021-10-20", place: "city:moscow", participants: ["country:china"], text: "Talks."),
      mention("e", 20, time: "2021-10-20", place: "city:moscow", participants: ["country:china"], text: "Talks."),
      mention("c", 30, time: "2021-10-20", place: "city:moscow"),
      mention("d", 40, time: "2021-10-20", place: "city:kazan"),
    ]
    let key = "m|meeting|Y2021"
    let positions = ms.indices.map(Int32.init)
    func ends(_ edges: [CompactEdge]) -> [String] {
      edges.map { "\(ms[Int($0.ia)].id)+\(ms[Int($0.ib)].id)/\($0.score)/\($0.identical)" }.sorted()
    }
    let expected = resolver.resolveBlock(key: key, mentions: ms, evidence: true).flatMap(\.edges).map {
      "\($0.a)+\($0.b)/\($0.score)/\($0.evidence.first?.rule == "resolve.identical")"
    }.sorted()
    // b+e are copies; a, b and c are one meeting; d is elsewhere.
    #expect(expected.contains("b@20+e@20/10/true"))
    #expect(expected.contains { $0.hasPrefix("a@10+b@20/") })
    #expect(!expected.contains { $0.contains("d@40") })
    #expect(ends(resolver.compactEdges(key: key, mentions: ms, positions: positions, prepared: nil)) == expected)
    let prepared = PreparedMentions(ms)
    #expect(ends(resolver.compactEdges(key: key, mentions: ms, positions: positions, prepared: prepared)) == expected)
    let colliding = PreparedMentions(
      rank: prepared.rank, byID: prepared.byID, signatureHash: ms.map { _ in 42 }, features: prepared.features,
      mentions: ms)
    #expect(ends(resolver.compactEdges(key: key, mentions: ms, positions: positions, prepared: colliding)) == expected)
    // Only the two copies share an identity, whether or not every hash collides; only they
    // are marked copied.
    #expect(prepared.identity == [0, 1, 1, 3, 4] && colliding.identity == prepared.identity)
    #expect(prepared.copied == [false, true, true, false, false] && colliding.copied == prepared.copied)
  }

  /// Deferred evidence (in-process) gives the same timeline as evidence built in the blocks
  /// (the `timeline reduce` path).
  @Test func deferredEvidenceMatchesEagerEvidence() {
    let ms = [
      mention("a", 10, time: "2021-10-20", place: "city:moscow", participants: ["country:china"]),
      mention("b", 20, time: "2021-10-20", place: "city:moscow", participants: ["country:china"]),
      mention("c", 30, time: "2021-10-21", place: "city:moscow", participants: ["country:china"]),
    ]
    let eager = resolver.resolveBlock(key: "m|meeting|Y2021", mentions: ms)
    let lazy = resolver.resolveBlock(key: "m|meeting|Y2021", mentions: ms, evidence: false)
    #expect(eager.map(\.mentions) == lazy.map(\.mentions))
    #expect(
      eager.flatMap(\.edges).map { [$0.a, $0.b, "\($0.score)"] }
        == lazy.flatMap(\.edges).map { [$0.a, $0.b, "\($0.score)"] })
    #expect(lazy.flatMap(\.edges).allSatisfy { $0.evidence.isEmpty && $0.deferred })
    for e in eager.flatMap(\.edges) {
      let a = ms.first { $0.id == e.a }!, b = ms.first { $0.id == e.b }!
      #expect(resolver.pairScore(a, b)?.1 == e.evidence)
    }
  }

  @Test func differentYearsOrdinalsAndCitiesNeverMerge() {
    let report = reconcile([
      extraction(
        "a",
        mentions: [
          mention(
            "a", 0, time: "2021-10-20", place: "city:moscow", participants: ["org:taliban"], ordinal: 3, isMain: true)
        ]),
      extraction(
        "b",
        mentions: [
          mention(
            "b", 0, time: "2023-10-20", place: "city:moscow", participants: ["org:taliban"], ordinal: 3, isMain: true)
        ]),
      extraction(
        "c",
        mentions: [
          mention(
            "c", 0, time: "2021-10-20", place: "city:moscow", participants: ["org:taliban"], ordinal: 4, isMain: true)
        ]),
      extraction(
        "d",
        mentions: [
          mention(
            "d", 0, time: "2021-10-20", place: "city:kazan", participants: ["org:taliban"], ordinal: 3, isMain: true)
        ]),
      extraction(
        "e",
        mentions: [
          mention(
            "e", 0, time: "2021-10-20", place: "city:moscow", participants: ["org:taliban"], ordinal: 3, isMain: true)
        ]),
    ])
    #expect(clusterOf(report, "a", 0)?.sources == ["a", "e"])
    #expect(clusterOf(report, "b", 0)?.sources == ["b"])
    #expect(clusterOf(report, "c", 0)?.sources == ["c"])
    #expect(clusterOf(report, "d", 0)?.sources == ["d"])
  }

  @Test func cannotLinksHoldTransitively() {
    // October 20 and October 25 are both compatible with "October", never with each other.
    let p = ["country:russia", "org:taliban"]
    let report = reconcile([
      extraction("a", mentions: [mention("a", 0, time: "2021-10-20", place: "city:moscow", participants: p)]),
      extraction("b", mentions: [mention("b", 0, time: "2021-10", place: "city:moscow", participants: p)]),
      extraction("c", mentions: [mention("c", 0, time: "2021-10-25", place: "city:moscow", participants: p)]),
    ])
    let a = clusterOf(report, "a", 0), c = clusterOf(report, "c", 0)
    #expect(a != nil && c != nil)
    #expect(a?.id != c?.id)
    for e in report.events {
      let days = Set(e.mentions.compactMap { $0.time?.value }.filter { $0.count == 10 })
      #expect(days.count <= 1)
    }
  }

  @Test func captionsDoNotBridgeTwoBodyEvents() {
    // Two body mentions too weakly related to merge, and a caption strongly like each.
    let report = reconcile([
      extraction("a", mentions: [mention("a", 0, time: "2019", place: "city:moscow", participants: ["org:taliban"])]),
      extraction("b", mentions: [mention("b", 0, time: "2019", participants: ["country:russia"])]),
      extraction(
        "c",
        mentions: [
          mention(
            "c", 0, time: "2019", place: "city:moscow", participants: ["country:russia", "org:taliban"], role: .caption)
        ]),
    ])
    #expect(clusterOf(report, "a", 0)?.id != clusterOf(report, "b", 0)?.id)
  }

  @Test func tenThousandCopiesMergeIntoOneEvent() {
    var xs: [DocumentExtraction] = []
    for i in 0..<10_000 {
      let d = "copy-\(i)"
      xs.append(
        extraction(
          d, published: "2021-10-21",
          mentions: [
            mention(
              d, 100, time: "2021-10-20", place: "city:moscow", participants: ["org:taliban"], isMain: true,
              text: "The talks were held.")
          ]))
    }
    let report = reconcile(xs)
    #expect(report.events.count == 1)
    #expect(report.events.first?.sources.count == 10_000)
    #expect(report.documents.allSatisfy { $0.mainEvent == report.events.first?.id })
  }

  @Test func undatedMentionJoinsItsDocumentsEvent() {
    let report = reconcile([
      extraction(
        "a",
        mentions: [
          mention("a", 0, time: "2021-10-20", place: "city:moscow", isMain: true),
          mention("a", 200, isMain: true, text: "The talks ended without a statement."),
        ])
    ])
    #expect(report.events.count == 1)
    #expect(report.events.first?.mentions.count == 2)
  }

  @Test func undatedMentionOfAnotherPersonStaysApart() {
    // An article on the race to succeed Truss recalls Johnson's July resignation; "Suella
    // Braverman resigned" on an unresolved weekday is not that resignation.
    let report = reconcile([
      extraction(
        "a",
        mentions: [
          mention("a", 0, "resignation", time: "2022-07", participants: ["person:johnson"], isMain: true),
          mention("a", 200, "resignation", participants: ["person:braverman"], text: "Suella Braverman resigned."),
        ])
    ])
    #expect(report.events.count == 2)
    // Without persons on either side, the undated mention still joins the article's event.
    let unnamed = reconcile([
      extraction(
        "a",
        mentions: [
          mention("a", 0, "resignation", time: "2022-07", participants: ["person:johnson"], isMain: true),
          mention("a", 200, "resignation", text: "The resignation shook the party."),
        ])
    ])
    #expect(unnamed.events.count == 1)
  }
}

@Suite struct MapReduceTests {
  /// The bucketed sort of edge keys gives the order one sort of them all gives: parts of every
  /// length (none, empty, one, many), repeated keys told apart by their edge reference, buckets
  /// from one to more than there are keys.
  @Test func bucketSortedKeysFollowOneOrder() {
    var rng = SeededRandom(seed: 7)
    for count in [0, 1, 2, 3, 7, 64] {
      let parts = (0..<count).map { l -> [(key: UInt64, k: Int)] in
        (0..<Int(rng.next() % 40)).map { i in (key: rng.next() % 64, k: l << 32 | i) }
      }
      let expected = parts.flatMap { $0 }.sorted(by: MapReduce.keyOrder)
      for buckets in [1, 4, 64] {
        let sorted = MapReduce.bucketSorted(
          groups: parts.count, buckets: buckets, bucket: { Int($0) * buckets / 64 },
          emit: { g, put in for e in parts[g] { put(e.key, e.k) } })
        #expect(sorted.map(\.key) == expected.map(\.key))
        #expect(sorted.map(\.k) == expected.map(\.k))
      }
    }
  }

  /// Batches run on other threads come back in submission order, whatever order they finish
  /// in (the cluster step explains accepted edges so during its serial loop).
  @Test func backgroundBatchesReturnInSubmissionOrder() {
    let batches = BackgroundWork<[Int]>()
    for b in 0..<12 {
      batches.submit {
        usleep(UInt32((12 - b) * 500))  // later batches finish first
        return [b * 10, b * 10 + 1]
      }
    }
    let results = batches.results()
    #expect(results == (0..<12).map { [$0 * 10, $0 * 10 + 1] })
    #expect(BackgroundWork<[Int]>().results().isEmpty)
  }

  func corpus() -> [DocumentExtraction] {
    [
      extraction(
        "a", published: "2021-10-21",
        mentions: [
          mention("a", 0, time: "2021-10-20", place: "city:moscow", participants: ["org:taliban"], isMain: true),
          mention(
            "a", 300, "takeover", time: "2021-08-15", participants: ["org:taliban"], keywords: ["kabul", "control"]),
        ]),
      extraction(
        "b", published: "2021-10-22",
        mentions: [
          mention("b", 0, time: "2021-10-20", place: "city:moscow", participants: ["org:taliban"], isMain: true),
          mention(
            "b", 300, "takeover", time: "2021-08", mod: "MID", participants: ["org:taliban"],
            keywords: ["kabul", "seized"]),
          mention("b", 500, "war", time: "198X"),
        ]),
      extraction(
        "c", published: "2023-09-29",
        mentions: [
          mention(
            "c", 0, time: "2023-09-29", place: "city:kazan", participants: ["org:taliban"], ordinal: 5, isMain: true),
          mention("c", 400, "war", time: "1989"),
        ]),
    ]
  }

  @Test func streamingEqualsInProcess() throws {
    let xs = corpus()
    let inProcess = MapReduce.run(xs, diagnostics: [])
    let lines = xs.flatMap { MapReduce.map($0).map(\.line) }.sorted()
    let reduced = try MapReduce.reduce(lines: lines)
    let streamed = try MapReduce.merge(lines: reduced.shuffled())
    #expect(JSONOutput.encode(streamed) == JSONOutput.encode(inProcess))
    #expect(inProcess.events.count == 5)
  }

  /// `timeline merge` decodes its input a batch at a time: the same timeline, and a bad line
  /// is numbered from the first line of the first batch.
  @Test func mergeInputReadInBatches() throws {
    let lines = try MapReduce.reduce(lines: corpus().flatMap { MapReduce.map($0).map(\.line) }.sorted())
    #expect(lines.count > 4)
    var input = MapReduce.MergeInput()
    try input.add(Array(lines.prefix(3)))
    try input.add(Array(lines.dropFirst(3)))
    #expect(input.lineCount == lines.count)
    let batched = MapReduce.merge(documents: input.documents, partials: input.partials, diagnostics: [])
    #expect(JSONOutput.encode(batched) == JSONOutput.encode(try MapReduce.merge(lines: lines)))
    var bad = MapReduce.MergeInput()
    try bad.add(Array(lines.prefix(2)))
    do {
      try bad.add([lines[2], "no tab here"])
      Issue.record("a line without a tab was accepted")
    } catch TimelineError.invalidStream(let line, _) {
      #expect(line == 4)
    }
  }

  @Test func inputOrderDoesNotChangeOutput() {
    let xs = corpus()
    #expect(
      JSONOutput.encode(MapReduce.run(xs, diagnostics: []))
        == JSONOutput.encode(MapReduce.run(xs.reversed(), diagnostics: [])))
  }

  @Test func unsortedReduceInputIsDetected() {
    let lines = corpus().flatMap { MapReduce.map($0).map(\.line) }
    // Interleave keys: first and last of the sorted list, then the first key again.
    var sorted = lines.sorted()
    sorted.append(sorted[0])
    #expect(throws: TimelineError.self) { try MapReduce.reduce(lines: sorted) }
    #expect(throws: TimelineError.self) { try MapReduce.reduce(lines: ["no tab here"]) }
    #expect(throws: TimelineError.self) { try MapReduce.merge(lines: ["x|y\t{}"]) }
  }

  @Test func stableHashIsFNV1a() {
    #expect(StableHash.hex("") == "cbf29ce484222325")
    #expect(StableHash.hex("a") == "af63dc4c8601ec8c")
  }
}

@Suite struct ImpliedTimeTests {
  @Test func anImpliedTimeNeverBlocksAMerge() {
    // "the widely panned withdrawal" in an article of 2021-10-14 gets the article's date as an
    // implied time; it still meets the August 2021 withdrawal another article dates.
    var implied = mention(
      "b", 0, "withdrawal", time: "2021-10-14", participants: ["country:united-states"], keywords: ["troops", "kabul"])
    implied.time?.stated = false
    let report = reconcile([
      extraction(
        "a", published: "2023-09-29",
        mentions: [
          mention(
            "a", 0, "withdrawal", time: "2021-08", participants: ["country:united-states"],
            keywords: ["troops", "kabul"])
        ]),
      extraction("b", published: "2021-10-14", mentions: [implied]),
    ])
    #expect(report.events.count == 1)
    #expect(report.events.first?.time?.value == "2021-08")
    #expect(EventResolver().blockingKeys(for: implied).contains("m|withdrawal|Y2021"))
  }
}

@Suite struct LargeBlockTests {
  @Test func largeBlocksStillMeetPartnersThroughRareWords() {
    // 400 unrelated undated statements, plus two reports of one statement sharing rare words.
    var xs: [DocumentExtraction] = []
    for i in 0..<400 {
      xs.append(
        extraction("n\(i)", mentions: [mention("n\(i)", 0, "statement", keywords: ["said", "word\(i)", "other\(i)"])]))
    }
    let kw = ["said", "ceasefire", "gaza", "truce"]
    xs.append(
      extraction("a", mentions: [mention("a", 0, "statement", participants: ["person:guterres"], keywords: kw)]))
    xs.append(
      extraction("b", mentions: [mention("b", 0, "statement", participants: ["person:guterres"], keywords: kw)]))
    let report = reconcile(xs)
    #expect(clusterOf(report, "a", 0)?.sources == ["a", "b"])
    #expect(report.events.count == 401)
  }

  @Test func largeBlocksVisitEachBucketPairOnceWhateverTheInternedIDs() throws {
    // 400 meetings in 2021 (above the exhaustive limit): two a day, at one of ten places with
    // one of ten participants (pairs share two buckets); the first and the last share a place
    // no one else names.
    let first = try #require(Day(iso: "2021-01-01"))
    var ms = (0..<400).map { k in
      mention(
        "d\(1000 + k)", 0, time: first.adding(days: k / 2).description, place: "city:c\(k % 10)",
        participants: ["country:p\(k % 10)"])
    }
    ms[0].place = "city:rare"
    ms[399].place = "city:rare"
    #expect(ms.count > EventResolver().exhaustiveLimit)
    func pairs(_ features: PairFeatures.Block) -> (pairs: [[Int]], ordered: Bool) {
      var out: [[Int]] = []
      var ordered = true
      EventResolver().forEachCandidatePair(features) { i, j in
        if i >= j || i < (out.last?[0] ?? 0) { ordered = false }
        out.append([i, j])
      }
      return (out, ordered)
    }
    let features = PairFeatures.prepare(ms)
    let one = pairs(features.withUnsafeBufferPointer { PairFeatures.Block($0, slots: Array(features.indices)) })
    #expect(one.ordered)  // i < j, grouped by i ascending
    #expect(Set(one.pairs).count == one.pairs.count)  // each pair once
    #expect(one.pairs.contains([0, 399]))  // far apart in the block, neighbours in their bucket
    #expect(one.pairs.count < ms.count * (ms.count - 1) / 2 / 4)  // not every pair
    // Strings interned in another order (chunks of seven) give other ids, the same pairs.
    let other = pairs(PairFeatures.prepareAll(ms, chunk: 7) { _, _ in 0 }.features)
    #expect(Set(other.pairs) == Set(one.pairs))
  }

  /// With gates, the walk gives exactly the pairs it gives without them, less the pairs the
  /// gates exclude, in a small block (every pair) and a large one (buckets).
  @Test func gatedWalkLeavesOutExactlyTheExcludedPairs() throws {
    let first = try #require(Day(iso: "2021-01-01"))
    for count in [120, 400] {
      // Two meetings a day (days further apart never score), each day at the next of four
      // places of one kind (different places never score), each with one of ten participants.
      let ms = (0..<count).map { k in
        mention(
          "d\(1000 + k)", 0, time: first.adding(days: k / 2).description, place: "city:c\(k / 2 % 4)",
          participants: ["country:p\(k % 10)"])
      }
      let features = PairFeatures.prepare(ms)
      let gates = features.map(PairFeatures.Gate.init)
      for decade in [false, true] {
        var all: [[Int]] = []
        EventResolver().forEachCandidatePair(features) { i, j in all.append([i, j]) }
        var gated: [[Int]] = []
        EventResolver().forEachCandidatePair(features, gates: gates, decadeBlock: decade) { i, j in
          gated.append([i, j])
        }
        let kept = all.filter { !PairFeatures.Gate.excludes(gates[$0[0]], gates[$0[1]], decadeBlock: decade) }
        #expect(gated == kept)
        // Most pairs are excluded (different places or days); a decade block leaves out every
        // pair here, all of whose times are fine.
        #expect(gated.count < all.count / 2)
        #expect(decade ? gated.isEmpty : !gated.isEmpty)
      }
    }
  }

  @Test func bucketsAboveTheLimitAreNotWalked() {
    // 400 meetings of one year in one city, with one of eight participants each: the city's
    // bucket holds all 400, each participant's 50.
    let ms = (0..<400).map { k in
      mention("d\(1000 + k)", 0, time: "2021", place: "city:capital", participants: ["country:p\(k % 8)"])
    }
    let features = PairFeatures.prepare(ms)
    func pairs(_ resolver: EventResolver) -> Set<[Int]> {
      var out = Set<[Int]>()
      resolver.forEachCandidatePair(features) { i, j in out.insert([i, j]) }
      return out
    }
    var resolver = EventResolver()
    resolver.bucketLimit = 100
    let limited = pairs(resolver)
    // Only the participant buckets are walked: every pair shares a participant, and each
    // meeting meets the next 64 of its participant's 50 (all the later ones).
    #expect(limited.allSatisfy { ($0[1] - $0[0]) % 8 == 0 })
    #expect(limited.count == 8 * (50 * 49 / 2))
    // Under the default limit the city's bucket is walked too: neighbours of other participants.
    let walked = pairs(EventResolver())
    #expect(walked.isSuperset(of: limited))
    #expect(walked.contains([0, 1]))
  }

  @Test func largeBucketsWalkAWindowScaledToTheirSize() {
    // 400 meetings of one year in one city and nothing else in common: one bucket of 400.
    let ms = (0..<400).map { k in mention("d\(1000 + k)", 0, time: "2021", place: "city:capital") }
    let features = PairFeatures.prepare(ms)
    func pairs(_ resolver: EventResolver) -> [[Int]] {
      var out: [[Int]] = []
      resolver.forEachCandidatePair(features) { i, j in out.append([i, j]) }
      return out
    }
    func expected(window w: Int) -> Int { (0..<400).reduce(0) { $0 + min(w, 399 - $1) } }
    var resolver = EventResolver()
    #expect(resolver.window(bucketSize: 400) == 40)  // 16,384 / 400
    #expect(resolver.window(bucketSize: 100) == resolver.bucketWindow)
    #expect(resolver.window(bucketSize: 1024) == resolver.minimumWindow)
    let budgeted = pairs(resolver)
    #expect(budgeted.count == expected(window: 40))
    #expect(budgeted.allSatisfy { $0[1] - $0[0] <= 40 })
    resolver.bucketPairBudget = .max  // no budget: the full window of 64
    #expect(pairs(resolver).count == expected(window: 64))
  }
}

/// A report that dates an incident only by month or year tells it by kind: it joins the
/// incident of its kind, never another kind's incident of the same city and period.
@Suite struct IncidentKindTests {
  /// Writes each (id, dateline, headline, body) as an article file and reconciles the folder.
  func run(_ docs: [(String, String, [String])]) throws -> TimelineReport {
    let dir = try FixturePaths.temporaryDirectory("kinds")
    defer { try? FileManager.default.removeItem(at: dir) }
    for (id, date, lines) in docs {
      let text = "\(lines[0])\n\nBy Staff reporter, \(date)\n\n" + lines.dropFirst().joined(separator: "\n\n") + "\n"
      try text.write(to: dir.appendingPathComponent(id + ".txt"), atomically: true, encoding: .utf8)
    }
    return try Pipeline().run(paths: [dir.path])
  }

  func eventHolding(_ r: TimelineReport, _ doc: String, _ words: String) -> Event? {
    r.events.first { e in e.mentions.contains { $0.document == doc && $0.text.contains(words) } }
  }

  @Test func aYearDatedFloodJoinsTheFloodNotTheEarthquakeOfThatCity() throws {
    let r = try run([
      (
        "quake-a", "April 7, 2014",
        ["Earthquake shakes Izmir", "A strong earthquake struck Izmir on April 6, 2014, damaging hundreds of homes."]
      ),
      (
        "quake-b", "April 8, 2014",
        ["Izmir counts cost of quake", "The earthquake hit Izmir on April 6, officials said."]
      ),
      (
        "flood-a", "June 3, 2014",
        ["Floods swamp Izmir", "Flash floods hit homes in Izmir on June 2, 2014, forcing thousands to flee."]
      ),
      ("later", "February 10, 2016", ["Izmir opens new reservoir", "A flood in Izmir in 2014 destroyed the old dam."]),
    ])
    let quake = try #require(eventHolding(r, "quake-a", "strong earthquake"))
    let flood = try #require(eventHolding(r, "flood-a", "Flash floods"))
    #expect(quake.id != flood.id)
    let background = try #require(eventHolding(r, "later", "A flood in Izmir in 2014"))
    #expect(background.id != quake.id)
    #expect(background.id == flood.id)
  }

  @Test func dayDatedReportsOfOneDisasterStillMergeAcrossKinds() throws {
    let r = try run([
      (
        "a", "September 17, 2015",
        ["Quake rocks Coquimbo", "A powerful earthquake struck Coquimbo on September 16, 2015."]
      ),
      (
        "b", "September 17, 2015",
        ["Tsunami floods Coquimbo", "A tsunami swept into Coquimbo on September 16, 2015, after the quake."]
      ),
    ])
    let quake = try #require(eventHolding(r, "a", "powerful earthquake"))
    let wave = try #require(eventHolding(r, "b", "tsunami swept"))
    #expect(quake.id == wave.id)
  }

  @Test func anUndatedMentionDoesNotReferForwardToHistory() throws {
    // "The fire" in the body refers back, or to the story; not to the 1985 fire that the
    // background paragraph names further down.
    func article(_ id: String, _ lines: [String]) throws -> TimelineReport { try run([(id, "October 4, 2022", lines)]) }
    let recalledFire = "In 1985 a fire at a stadium in Bradford killed 56 people."
    let r = try article(
      "club",
      [
        "Riverside FC chairman resigns", "The chairman of Riverside FC resigned on Monday.",
        "Investigators said the fire under the east stand started in a storeroom.", recalledFire,
      ])
    let recalled = try #require(eventHolding(r, "club", "In 1985 a fire"))
    let story = try #require(eventHolding(r, "club", "under the east stand"))
    #expect(story.id != recalled.id)
    // Named first, the 1985 fire is what a later "the fire" refers back to.
    let h = try article(
      "history",
      [
        "Bradford remembers", "The city held a memorial service on Monday.", recalledFire,
        "Investigators later said the fire started in rubbish under the stand.",
      ])
    let named = try #require(eventHolding(h, "history", "In 1985 a fire"))
    let later = try #require(eventHolding(h, "history", "rubbish under the stand"))
    #expect(later.id == named.id)
  }
}
