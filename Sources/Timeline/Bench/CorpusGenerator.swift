/// Writes a synthetic news corpus with its ground truth, deterministically from a seed.
///
/// `documents` articles from `outlets` outlets report `events` invented events (talks rounds,
/// annual summits, attacks, disasters) with the variation real corpora have: absolute dates,
/// dates relative to the publication date ("on Tuesday", "yesterday"), dates without a year,
/// publication dates in a manifest, in the text or missing, spelling variants of names,
/// death tolls that rise with later reports, planted contradictions and quote wording
/// variants, recurring events in different years (same series, sometimes the same city),
/// photo captions about an earlier instance, and boilerplate.
///
///     let corpus = CorpusGenerator(documents: 1_000, seed: 7).generate()
///     corpus.documents.count        // 1000
///     corpus.truth.events.count     // 40 (documents / 25 by default)
public struct CorpusGenerator: Sendable {
  public var documents: Int
  public var seed: UInt64
  /// Number of distinct events; default: one per 25 documents (at least 1).
  public var events: Int
  public var outlets: Int
  /// Share of documents whose publication date is stated nowhere.
  public var missingDateRate: Double = 0.2
  /// Share of toll/delegation reports that print a contradicting number.
  public var contradictionRate: Double = 0.08

  public init(documents: Int, seed: UInt64 = 1, events: Int? = nil, outlets: Int = 12) {
    self.documents = max(0, documents)
    self.seed = seed
    self.events = max(1, events ?? max(1, documents / 25))
    self.outlets = max(1, min(outlets, GeneratorVocabulary.outlets.count))
  }

  public func generate() -> GeneratedCorpus {
    var rng = SeededRandom(seed: seed)
    let plan = planEvents(&rng)
    var assignments: [Int] = []
    assignments.reserveCapacity(documents)
    for i in 0..<documents {
      assignments.append(i < plan.count ? i : rng.int(0...(plan.count - 1)))
    }
    var docs: [GeneratedDocument] = []
    var truthDocs: [TruthDocument] = []
    var reports: [[Report]] = Array(repeating: [], count: plan.count)
    docs.reserveCapacity(documents)
    truthDocs.reserveCapacity(documents)
    for i in 0..<documents {
      var docRng = SeededRandom(seed: seed, index: i)
      let (doc, truth, report) = writeDocument(index: i, event: assignments[i], plan: plan, rng: &docRng)
      docs.append(doc)
      truthDocs.append(truth)
      reports[assignments[i]].append(report)
    }
    let conflicts = plantedConflicts(plan: plan, reports: reports)
    let truthEvents = plan.map(\.truth)
    return GeneratedCorpus(
      documents: docs, truth: GroundTruth(seed: seed, events: truthEvents, documents: truthDocs, conflicts: conflicts))
  }

  // MARK: - The world

  enum Kind: Sendable { case meeting, summit, attack, disaster }

  struct PlannedEvent: Sendable {
    var id: String
    var kind: Kind
    var day: Day
    var place: GeneratorVocabulary.Place
    var ordinal: Int?
    var series: String
    var topic: String
    var participants: [String]
    var official: GeneratorVocabulary.Person
    var quote: Int
    /// Index of the earlier instance of the same series / city, if the plan has one.
    var previous: Int?
    var killed: Int
    var wounded: Int
    var tollGrowth: Int
    var weapon: Int
    var target: String
    var magnitude: String

    var truth: TruthEvent {
      let cls: String
      switch kind {
      case .meeting, .summit: cls = "meeting"
      case .attack: cls = "attack"
      case .disaster: cls = "disaster"
      }
      return TruthEvent(
        id: id, eventClass: cls, title: title, date: day.description, place: place.city,
        country: place.country, ordinal: ordinal, series: kind == .meeting || kind == .summit ? series : nil,
        participants: participants.sorted())
    }

    var title: String {
      switch kind {
      case .meeting: "\(GeneratorVocabulary.ordinalWords[ordinal ?? 1]) round of the \(series) in \(place.city)"
      case .summit: "\(day.year) \(series) in \(place.city)"
      case .attack: "\(series) in \(place.city)"
      case .disaster: "\(series) near \(place.city)"
      }
    }
  }

  /// What one document printed about its event, for the planted-conflict truth.
  struct Report: Sendable {
    var document: String
    var published: Day
    var count: Int?
    var countKey: String
    var quoteVariant: Int?
  }

  func planEvents(_ rng: inout SeededRandom) -> [PlannedEvent] {
    typealias V = GeneratorVocabulary
    var plan: [PlannedEvent] = []
    let epoch = Day(2014, 1, 1).ordinal
    let span = Day(2025, 12, 31).ordinal - epoch
    func person(_ rng: inout SeededRandom, role: String) -> V.Person {
      let first = rng.pick(V.firstNames)
      let last = rng.pick(V.surnames)
      var variants: [String] = []
      for f in first {
        for l in last { variants.append("\(f) \(l)") }
      }
      return V.Person(variants: variants, role: role)
    }
    func blank(_ kind: Kind, _ day: Day, _ place: V.Place, _ rng: inout SeededRandom) -> PlannedEvent {
      PlannedEvent(
        id: "", kind: kind, day: day, place: place, ordinal: nil, series: "", topic: "", participants: [],
        official: person(&rng, role: rng.pick(V.roles(for: kind))), quote: rng.int(0...(V.quotes(for: kind).count - 1)),
        previous: nil,
        killed: 0, wounded: 0, tollGrowth: 0, weapon: 0, target: "", magnitude: "")
    }
    struct SeriesState {
      var year: Int
      var ordinal: Int
      var place: V.Place
      var previous: Int? = nil
      var members: [String]? = nil
    }
    var series: [String: SeriesState] = [:]
    let meetingNames: [(String, String)] = V.meetingSeries.map { ($0.name, $0.topic) }
    let summitNames: [(String, String)] = V.summitSeries.map { ($0.name, $0.members) }
    while plan.count < events {
      let roll = rng.int(0...99)
      if roll < 50 {
        // A recurring series: talks rounds (every 1-3 years) or an annual summit.
        let summit = roll < 18
        let instances = min(events - plan.count, rng.int(2...4))
        // One name, one series: a name drawn again continues its series (later rounds, later
        // years), so no two different events are "the second round of" the same talks.
        let options: [(String, String)] = summit ? summitNames : meetingNames
        var picked: (String, String) = rng.pick(options)
        for _ in 0..<8 where (series[picked.0]?.year ?? 0) > 2025 { picked = rng.pick(options) }
        let (name, topic) = picked
        // A new name, or every drawn name used up (a fresh series under a used name).
        var state: SeriesState
        if let known = series[name], known.year <= 2025 {
          state = known
        } else {
          state = SeriesState(year: 2014 + rng.int(0...5), ordinal: rng.int(1...4), place: rng.pick(V.places))
        }
        let members = state.members ?? rng.sample(V.countries, 9)
        for _ in 0..<instances {
          let day = Day(state.year, rng.int(1...12), rng.int(1...28))
          var e = blank(summit ? .summit : .meeting, day, state.place, &rng)
          e.series = name
          e.topic = topic
          e.ordinal = summit ? nil : state.ordinal
          e.participants = [state.place.country] + rng.sample(members.filter { $0 != state.place.country }, rng.int(3...7))
          e.previous = state.previous
          state.previous = plan.count
          plan.append(e)
          state.year += summit ? 1 : rng.int(1...3)
          state.ordinal += 1
          // Sometimes the next round returns to the same city: only the year tells them apart.
          if !rng.chance(0.3) { state.place = rng.pick(V.places) }
          if state.year > 2025 { break }
        }
        state.members = members
        series[name] = state
      } else if roll < 80 {
        // Attacks cluster in a few cities, so the same city sees attacks in different years.
        let place = V.places[rng.int(0...9)]
        let day = Day(ordinal: epoch + rng.int(0...span))
        var e = blank(.attack, day, place, &rng)
        e.weapon = rng.int(0...(V.attackWeapons.count - 1))
        e.target = rng.pick(V.attackTargets)
        e.series = e.weapon == 2 ? "shooting" : "bombing"
        e.killed = rng.int(3...40)
        e.wounded = e.killed * rng.int(2...4)
        e.tollGrowth = rng.int(1...4)
        e.previous = plan.lastIndex { $0.kind == .attack && $0.place.city == place.city && $0.day.year < day.year }
        plan.append(e)
      } else {
        let place = V.places[rng.int(10...24)]
        let day = Day(ordinal: epoch + rng.int(0...span))
        var e = blank(.disaster, day, place, &rng)
        let kind = rng.int(0...(V.disasterKinds.count - 1))
        e.weapon = kind
        e.series = V.disasterKinds[kind].noun
        e.magnitude = "\(rng.int(5...7)).\(rng.int(0...9))"
        e.killed = rng.int(5...120)
        e.wounded = e.killed * rng.int(1...3)
        e.tollGrowth = rng.int(2...15)
        e.previous = plan.lastIndex {
          $0.kind == .disaster && $0.place.country == place.country && $0.day.year < day.year
        }
        plan.append(e)
      }
    }
    for i in plan.indices { plan[i].id = "ev-" + pad(i + 1, 5) }
    return plan
  }

  // MARK: - One document

  func writeDocument(index: Int, event eventIndex: Int, plan: [PlannedEvent], rng: inout SeededRandom)
    -> (GeneratedDocument, TruthDocument, Report)
  {
    typealias V = GeneratorVocabulary
    let e = plan[eventIndex]
    let id = "doc-" + pad(index + 1, 6)
    let outletIndex = rng.int(0...(outlets - 1))
    let outlet = V.outlets[outletIndex]
    // Publication day relative to the event: previews only for scheduled events.
    let scheduled = e.kind == .meeting || e.kind == .summit
    let roll = rng.int(0...99)
    let offset: Int
    if scheduled && roll < 15 {
      offset = -rng.int(1...6)
    } else if roll < 65 {
      offset = rng.int(0...2)
    } else if roll < 93 {
      offset = rng.int(3...10)
    } else {
      offset = rng.int(11...40)
    }
    let published = e.day.adding(days: offset)
    let given: String
    let style = rng.int(0...99)
    if Double(style) < missingDateRate * 100 {
      given = "none"
    } else if style < 60 {
      given = "manifest"
    } else {
      given = "text"
    }
    let author = rng.chance(0.6) ? rng.pick(V.authors) : nil
    let agency = rng.chance(0.3) ? rng.pick(V.agencies) : nil
    // Each outlet spells a name its own way (transliteration variants).
    let name = e.official.variants[outletIndex % e.official.variants.count]
    let surname = name.split(separator: " ").last.map(String.init) ?? name
    var b = TextBuilder()
    let dateKnown = given != "none"
    let future = offset < 0

    // Tolls rise for a week after an attack or disaster; some reports print another number.
    var count: Int? = nil
    var countKey = ""
    if e.kind == .attack || e.kind == .disaster {
      var toll = e.killed + e.tollGrowth * max(0, min(offset, 7))
      if rng.chance(contradictionRate) { toll += rng.int(1...3) * (rng.chance(0.5) ? 5 : -1) }
      count = max(1, toll)
      countKey = "killed"
    } else {
      var n = e.participants.count
      if rng.chance(contradictionRate) { n += rng.chance(0.5) ? 2 : -1 }
      count = n
      countKey = "countries"
    }
    let quoteVariant = rng.chance(0.7) ? (rng.chance(0.3) ? 1 : 0) : nil

    // Headline.
    b.line(headline(e, count: count ?? 0, future: future, rng: &rng), event: e.id, role: "headline")
    b.blank()
    // Byline and dateline.
    switch given {
    case "text":
      let long = "\(V.monthNames[published.month]) \(published.day), \(published.year)"
      switch rng.int(0...3) {
      case 0: b.line("By \(author ?? outlet.name) | \(long)")
      case 1: b.line("Written by \(author ?? "Staff reporter") on \(long)")
      case 2: b.line("Published \(published.day) \(V.monthNames[published.month]) \(published.year)")
      default:
        if let author { b.line("By \(author)") }
        b.line(long)
      }
      b.blank()
    default:
      if let author {
        b.line("By \(author)")
        b.blank()
      } else if let agency {
        b.line("By \(agency)")
        b.blank()
      }
    }
    // A photo caption: an earlier instance (captions describe old photos) or the scene.
    if rng.chance(0.45) {
      if let p = e.previous, rng.chance(0.6) {
        let prev = plan[p]
        b.line(caption(prev, rng: &rng), event: prev.id, role: "caption")
      } else if !future {
        b.line(sceneCaption(e, published: published, rng: &rng), event: e.id, role: "caption")
      }
      b.blank()
    }
    // Lede.
    let when = datePhrase(event: e.day, published: published, dateKnown: dateKnown, rng: &rng)
    b.sentence(lede(e, when: when, count: count ?? 0, future: future, rng: &rng), event: e.id)
    b.endParagraph()
    // Details.
    for s in details(e, count: count ?? 0, name: name, future: future, rng: &rng) {
      b.sentence(s, event: e.id)
    }
    b.endParagraph()
    if let quoteVariant {
      let pair = V.quotes(for: e.kind)[e.quote]
      let q = quoteVariant == 0 ? pair.0 : pair.1
      let says = rng.pick(["said", "told reporters", "said in a statement"])
      // A statement about the event is an event of its own (class statement): not a mention.
      b.sentence("\"\(q),\" \(e.official.role) \(surname) \(says).", event: nil)
      b.endParagraph()
    }
    for (n, filler) in rng.sample(V.fillers, rng.int(8...14)).enumerated() {
      if n > 0, n % 3 == 0 { b.endParagraph() }
      b.sentence(filler, event: nil)
    }
    b.endParagraph()
    if let p = e.previous, rng.chance(0.6) {
      let text = background(plan[p], current: e, rng: &rng)
      // "It was the deadliest attack in X since a bombing in …": the clause before "since"
      // reports this article's attack, the rest the earlier one.
      if let cut = text.range(of: " since ") {
        b.sentence(text, event: plan[p].id, leading: (text.utf8.distance(from: text.startIndex, to: cut.lowerBound), e.id))
      } else {
        b.sentence(text, event: plan[p].id)
      }
      b.endParagraph()
    }
    // Original URL and boilerplate.
    let slug = e.series.lowercased().split(separator: " ").joined(separator: "-")
    let url: String
    if dateKnown && rng.chance(0.5) {
      url =
        "https://\(outlet.host)/\(published.year)/\(pad(published.month, 2))/\(pad(published.day, 2))/\(slug)-\(index + 1)"
    } else {
      url = "https://\(outlet.host)/news/\(slug)-\(index + 1)"
    }
    if rng.chance(0.5) {
      b.line("Original url:")
      b.blank()
      b.line(url)
      b.blank()
    }
    if rng.chance(0.7) {
      b.line(rng.pick(V.boilerplate))
      b.blank()
    }
    let doc = GeneratedDocument(
      id: id, path: id + ".txt", text: b.text, title: b.firstLine, outlet: outlet.name, url: url, author: author,
      published: given == "manifest" ? published.description : nil)
    let truth = TruthDocument(
      id: id, outlet: outlet.name, published: published.description, publishedGiven: given, mainEvent: e.id,
      mentions: b.mentions)
    let report = Report(
      document: id, published: published, count: count, countKey: countKey, quoteVariant: quoteVariant)
    return (doc, truth, report)
  }

  // MARK: - Templates

  /// How a document refers to the event's day, given its own publication day.
  func datePhrase(event: Day, published: Day, dateKnown: Bool, rng: inout SeededRandom) -> String {
    typealias V = GeneratorVocabulary
    let month = V.monthNames[event.month]
    let abbr = V.monthAbbreviations[event.month]
    let absolute = [
      "on \(month) \(event.day), \(event.year)", "on \(event.day) \(month) \(event.year)",
      "on \(abbr) \(event.day), \(event.year)",
    ]
    guard dateKnown else {
      return rng.chance(0.75) ? rng.pick(absolute) : "on \(month) \(event.day)"
    }
    let delta = published.ordinal - event.ordinal
    let weekday = "on \(V.weekdays[event.weekday])"
    var options = ["on \(month) \(event.day)", "on \(abbr) \(event.day)"]
    switch delta {
    case 0: options += [weekday, weekday, "today"]
    case 1: options += [weekday, "yesterday", "yesterday"]
    case 2...6, -6 ... -2: options += [weekday, weekday]
    case -1: options += ["tomorrow", weekday]
    default: options += absolute
    }
    return rng.pick(options)
  }

  func headline(_ e: PlannedEvent, count: Int, future: Bool, rng: inout SeededRandom) -> String {
    switch e.kind {
    case .meeting:
      let ord = GeneratorVocabulary.ordinalWords[e.ordinal ?? 1].capitalizedFirst
      return rng.pick([
        "\(e.place.country) hosts \(e.series) on \(e.topic)",
        "Envoys meet in \(e.place.city) for \(ord.lowercased()) round of \(e.series)",
        "\(ord) round of \(e.series) opens in \(e.place.city)",
        "\(e.series): delegates gather in \(e.place.city)",
      ])
    case .summit:
      return rng.pick([
        "Leaders gather in \(e.place.city) for \(e.series)",
        "\(e.place.country) hosts annual \(e.series)",
        "\(e.series) opens in \(e.place.city)",
      ])
    case .attack:
      let what = e.series == "shooting" ? "Shooting" : "Bombing"
      return rng.pick([
        "\(what) at \(e.target.droppingArticle) in \(e.place.city) kills \(count)",
        "Death toll from \(e.place.city) \(e.series) rises to \(count)",
        "At least \(count) dead in \(e.place.city) \(e.series)",
      ])
    case .disaster:
      return rng.pick([
        "\(e.series.capitalizedFirst) near \(e.place.city) kills at least \(count)",
        "Death toll from \(e.place.country) \(e.series) rises to \(count)",
        "Rescuers search for survivors after \(e.series) in \(e.place.city)",
      ])
    }
  }

  func lede(_ e: PlannedEvent, when: String, count: Int, future: Bool, rng: inout SeededRandom) -> String {
    typealias V = GeneratorVocabulary
    switch e.kind {
    case .meeting:
      let ord = V.ordinalWords[e.ordinal ?? 1]
      if future {
        return
          "\(e.place.country) will host the \(ord) round of the \(e.series) in \(e.place.city) \(when), the foreign ministry said."
      }
      return rng.pick([
        "\(e.place.country) hosted the \(ord) round of the \(e.series) in \(e.place.city) \(when), bringing together delegations from \(count) countries to discuss \(e.topic).",
        "Delegations from \(count) countries met in \(e.place.city) \(when) for the \(ord) round of the \(e.series), officials said.",
      ])
    case .summit:
      if future {
        return
          "Leaders of \(count) \(e.topic) will meet in \(e.place.city) \(when) for the annual \(e.series), organisers said."
      }
      return "Leaders of \(count) \(e.topic) gathered in \(e.place.city) \(when) for the annual \(e.series)."
    case .attack:
      let subject = V.attackWeapons[e.weapon]
      let verb = e.weapon == 2 ? "opened fire at" : (e.weapon == 1 ? "blew himself up at" : "exploded at")
      return
        "\(subject) \(verb) \(e.target) in \(e.place.city) \(when), killing at least \(count) people and wounding \(e.wounded) others, officials said."
    case .disaster:
      let d = V.disasterKinds[e.weapon]
      let subject = d.noun == "earthquake" ? "A magnitude \(e.magnitude) earthquake" : "A \(d.noun)"
      return
        "\(subject) \(d.verb) the area around \(e.place.city) \(when), killing at least \(count) people, \(e.place.country)'s emergency ministry said."
    }
  }

  func details(_ e: PlannedEvent, count: Int, name: String, future: Bool, rng: inout SeededRandom) -> [String] {
    typealias V = GeneratorVocabulary
    switch e.kind {
    case .meeting, .summit:
      let others = Array(e.participants.dropFirst())
      let listed = others.prefix(3).joined(separator: ", ")
      let rest = others.count - min(3, others.count)
      let tail = rest > 0 ? " and \(V.numberWords[min(rest, 12)]) other countries" : ""
      let verb = future ? "are expected to attend" : "attended"
      let noun = e.kind == .summit ? "summit" : "talks"
      var out = [
        "Representatives of \(listed)\(tail) \(verb) the \(noun).",
        "The \(e.place.country) delegation \(future ? "will be" : "was") headed by \(e.official.role) \(name).",
      ]
      if !future {
        out.append("The \(noun) ended with a joint statement on \(e.kind == .summit ? "trade and climate" : e.topic).")
      }
      return out
    case .attack:
      let claim =
        rng.chance(0.5)
        ? "No group has claimed responsibility for the attack."
        : "\(rng.pick(V.militantGroups).capitalizedFirst) claimed responsibility for the attack in an online statement."
      return [claim, "Police sealed off the area and ambulances ferried the wounded to hospitals."]
    case .disaster:
      return [
        "Hundreds of homes were destroyed and thousands of people spent the night outdoors.",
        "Officials warned that the death toll was likely to rise as rescuers reached remote villages.",
      ]
    }
  }

  func caption(_ prev: PlannedEvent, rng: inout SeededRandom) -> String {
    typealias V = GeneratorVocabulary
    let credit = "Photo: \(rng.pick(V.photographers)) / \(rng.pick(V.agencies))"
    switch prev.kind {
    case .meeting:
      return
        "Delegates at the \(V.ordinalWords[prev.ordinal ?? 1]) round of the \(prev.series) in \(prev.place.city) in \(prev.day.year). \(credit)"
    case .summit:
      return "Leaders pose for a group photo at the \(prev.series) in \(prev.place.city) in \(prev.day.year). \(credit)"
    case .attack:
      return
        "Wreckage after the \(prev.series) in \(prev.place.city) in \(V.monthNames[prev.day.month]) \(prev.day.year). \(credit)"
    case .disaster:
      return "Survivors after the \(prev.day.year) \(prev.series) near \(prev.place.city). \(credit)"
    }
  }

  func sceneCaption(_ e: PlannedEvent, published: Day, rng: inout SeededRandom) -> String {
    typealias V = GeneratorVocabulary
    let credit = "Photo: \(rng.pick(V.photographers)) / \(rng.pick(V.agencies))"
    // A caption names the weekday only within the week (as the body does): "on Saturday"
    // in an article three weeks later means the Saturday before it, not the event.
    let delta = published.ordinal - e.day.ordinal
    let when =
      delta == 0
      ? "" : (1...6).contains(delta) ? " on \(V.weekdays[e.day.weekday])" : " on \(V.monthNames[e.day.month]) \(e.day.day)"
    switch e.kind {
    case .meeting, .summit:
      return "Delegates arrive for the talks in \(e.place.city)\(when). \(credit)"
    case .attack:
      return "Security forces at the scene of the \(e.series) in \(e.place.city)\(when). \(credit)"
    case .disaster:
      return "Rescuers search the rubble after the \(e.series) in \(e.place.city)\(when). \(credit)"
    }
  }

  func background(_ prev: PlannedEvent, current: PlannedEvent, rng: inout SeededRandom) -> String {
    typealias V = GeneratorVocabulary
    switch prev.kind {
    case .meeting:
      return
        "The \(V.ordinalWords[prev.ordinal ?? 1]) round of the \(prev.series) was held in \(prev.place.city) in \(V.monthNames[prev.day.month]) \(prev.day.year)."
    case .summit:
      if current.day.year == prev.day.year + 1, rng.chance(0.5) {
        return "Last year's summit was held in \(prev.place.city)."
      }
      return "The \(prev.day.year) summit was held in \(prev.place.city)."
    case .attack:
      return
        "It was the deadliest attack in \(prev.place.city) since a \(prev.series) in \(V.monthNames[prev.day.month]) \(prev.day.year) killed \(prev.killed) people."
    case .disaster:
      return "The region was hit by a \(prev.series) in \(prev.day.year) that killed \(prev.killed) people."
    }
  }

  // MARK: - Planted conflicts

  func plantedConflicts(plan: [PlannedEvent], reports: [[Report]]) -> [TruthConflict] {
    var out: [TruthConflict] = []
    for (i, e) in plan.enumerated() {
      let rs = reports[i]
      // Counts: same publication day, different numbers → contradiction; otherwise rising
      // numbers across days → reporting-time.
      let counted = rs.filter { $0.count != nil }
      let values = Set(counted.compactMap(\.count))
      if values.count > 1 {
        var byDay: [Int: Set<Int>] = [:]
        for r in counted { byDay[r.published.ordinal, default: []].insert(r.count ?? 0) }
        let contradiction = byDay.values.contains { $0.count > 1 } || e.kind == .meeting || e.kind == .summit
        out.append(
          TruthConflict(
            id: "\(e.id)/count", event: e.id, attribute: "count",
            kind: contradiction ? "contradiction" : "reporting-time",
            documents: counted.map(\.document).sorted(), values: values.sorted().map(String.init)))
      }
      let quoted = rs.filter { $0.quoteVariant != nil }
      if Set(quoted.compactMap(\.quoteVariant)).count > 1 {
        let q = GeneratorVocabulary.quotes(for: e.kind)[e.quote]
        out.append(
          TruthConflict(
            id: "\(e.id)/quote", event: e.id, attribute: "quote", kind: "wording",
            documents: quoted.map(\.document).sorted(), values: [q.0, q.1].sorted()))
      }
    }
    return out
  }
}

/// Builds a document's text while recording the byte range and line of each mention.
struct TextBuilder {
  var text = ""
  var bytes = 0
  var line = 1
  var mentions: [TruthMention] = []
  var firstLine = ""
  private var inParagraph = false

  mutating func append(_ s: String) {
    text += s
    bytes += s.utf8.count
    for c in s.utf8 where c == 0x0A { line += 1 }
  }

  /// A whole line (headline, byline, caption), followed by a newline.
  mutating func line(_ s: String, event: String? = nil, role: String = "body") {
    if firstLine.isEmpty { firstLine = s }
    if let event {
      mentions.append(TruthMention(event: event, start: bytes, end: bytes + s.utf8.count, line: line, role: role))
    }
    append(s + "\n")
  }

  mutating func blank() { append("\n") }

  /// A sentence of the current paragraph.
  /// `leading`: the first `bytes` of the sentence report another event (a sentence that
  /// names two events has one truth mention per part).
  mutating func sentence(_ s: String, event: String?, leading: (bytes: Int, event: String)? = nil) {
    if inParagraph { append(" ") }
    inParagraph = true
    var start = bytes
    if let leading {
      mentions.append(TruthMention(event: leading.event, start: start, end: start + leading.bytes, line: line, role: "body"))
      start += leading.bytes
    }
    if let event {
      mentions.append(TruthMention(event: event, start: start, end: bytes + s.utf8.count, line: line, role: "body"))
    }
    append(s)
  }

  mutating func endParagraph() {
    guard inParagraph else { return }
    append("\n\n")
    inParagraph = false
  }
}

extension String {  // fileprivate helpers for the templates
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

  fileprivate var droppingArticle: String {
    for article in ["a ", "an ", "the "] where hasPrefix(article) { return String(dropFirst(article.count)) }
    return self
  }
}
