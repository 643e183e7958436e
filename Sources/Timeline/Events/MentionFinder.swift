/// Finds event mentions and their arguments in a document's sentences.
///
/// Rules (ids in `attributes["rules"]` are not emitted; each argument's source is in
/// `attributes`):
/// - one mention per event class and clause, at the first trigger;
/// - time: the temporal expression nearest the trigger in the same clause;
/// - place: a city after "in/at/near" (or "in the city of") in the clause, a city right before
///   the trigger ("the Doha talks"), or a country right after it ("talks in Russia");
/// - host: "X hosts/hosted", "X's hosting", "hosted by X", "X-led"; a capital as host stands
///   for its country;
/// - ordinal: "fifth session", "the third Moscow format negotiations", "5th round of talks";
/// - head of delegation: "headed by X", "X … led the delegation";
/// - main event: the highest-priority class in the headline and lede; its headline/lede
///   mentions and later definite references ("the talks") whose own place, time and ordinal
///   do not contradict it. Main mentions without their own place or time take the main
///   event's.
struct MentionFinder {
  let document: Document
  let units: [XUnit]
  let entities: [[XEntity]]
  let expressions: [TemporalExpression]

  init(document: Document, units: [XUnit], entities: [[XEntity]], expressions: [TemporalExpression]) {
    (self.document, self.units, self.entities, self.expressions) = (document, units, entities, expressions)
  }

  static let window = 40
  static let ordinals: [String: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-fifth": 25, "thirtieth": 30, "fiftieth": 50,
  ]
  static let ordinalGap: Set<String> = [
    "round", "session", "edition", "annual", "ministerial", "format", "high", "level", "official", "formal",
    "informal", "regional", "international", "bilateral", "trilateral", "multilateral", "consecutive",
    "straight", "of", "the", "-", "plenary", "leaders", "summit", "meeting", "major", "global",
  ]
  static let determiners: Set<String> = ["the", "this", "these", "those", "that"]
  static let media: Set<String> = [
    "org:tass", "org:afp", "org:ap", "org:reuters", "org:bbc", "org:cnn", "org:xinhua", "org:ria", "org:interfax",
    "org:al-jazeera",
  ]
  /// Whether the date starting at token `k` follows a speech verb ("said on Monday",
  /// "announced Tuesday").
  static func saidBefore(_ toks: [XToken], _ k: Int) -> Bool {
    var p = k - 1
    if p >= 0, toks[p].lower == "on" { p -= 1 }
    return p >= 0 && toks[p].isIn(.speechVerbs)
  }

  /// Whether entity `e` reports rather than acts: followed by a speech verb ("the ministry
  /// said"), after "according to", or after a speech verb that ends the sentence or clause
  /// (", said the spokesman."; not "police said Smith fired", where Smith acts).
  static func isSpeaker(_ toks: [XToken], _ e: XEntity) -> Bool {
    if e.hi < toks.count, toks[e.hi].isIn(.speechVerbs) { return true }
    let p = e.lo >= 1 && toks[e.lo - 1].lower == "the" ? e.lo - 1 : e.lo
    if p >= 2, toks[p - 2].lower == "according", toks[p - 1].lower == "to" { return true }
    if p >= 1, toks[p - 1].isIn(.speechVerbs), e.hi == toks.count || toks[e.hi].kind == .punct { return true }
    return false
  }

  /// Whether the trigger at `i` follows "at" or "during" ("at the Munich Security
  /// Conference", "at the annual security conference") within a few words.
  static func introducedByAt(_ toks: [XToken], _ i: Int) -> Bool {
    var p = i - 1
    while p >= 0, i - p <= 5, toks[p].isWord, !["at", "during", "that", "which", "who", "and", "but"].contains(toks[p].lower) {
      p -= 1
    }
    return p >= 0 && (toks[p].lower == "at" || toks[p].lower == "during")
  }

  /// Whether an event trigger at `i` is the theme of an act between `from` and it: "to block",
  /// "to investigate", "against", "into", followed by nothing but determiners,
  /// possessives and names before the trigger.
  static func themeBetween(_ toks: [XToken], from: Int, to i: Int) -> Bool {
    var k = i - 1
    // Back over "Microsoft's", "the", "its", "X's".
    while k >= from, i - k <= 5,
      toks[k].isIn(.themeFillers) || (toks[k].isCap && toks[k].isWord) || toks[k].isPossessive
    {
      k -= 1
    }
    guard k >= from else { return false }
    if toks[k].isIn(.themePrepositions) { return true }
    return k - 1 >= from && toks[k - 1].lower == "to" && toks[k].isIn(.themeVerbs)
  }

  /// Titles and bodies named after a city ("the Duke of Edinburgh", "the Bank of England",
  /// "the University of Chicago"): the city is part of a name, not where the event happens.
  /// Not "the Gulf of Aden" or "the Port of Baltimore", which are places.
  static let titlesOfPlace: Set<String> = [
    "duke", "duchess", "earl", "countess", "prince", "princess", "archbishop", "bishop", "mayor", "governor", "lord",
    "baron", "baroness", "marquess", "emir", "sultan", "bank", "university", "archdiocese", "diocese",
  ]

  /// Nouns a count's subject ends in ("the death toll in the crash", "the number of people
  /// killed in the quake").
  static let countNouns: Set<String> = ["toll", "number", "tally", "count", "figure", "total"]
  /// Verbs that revise a count ("rose to 288", "has climbed to 43").
  static let revisionVerbs: Set<String> = [
    "rose", "risen", "climbed", "reached", "jumped", "increased", "grew", "soared", "stood", "passed", "topped",
    "surpassed", "exceeded", "doubled", "rises", "climbs", "reaches", "stands",
  ]
  /// Words between a revising verb and its figure ("rose to", "stood at", "climbed above").
  static let revisionLinks: Set<String> = [
    "to", "at", "above", "over", "past", "beyond", "more", "nearly", "almost", "about", "around",
  ]

  /// Whether the trigger at `i` sits in the subject of a count ("the death toll in the
  /// accident", at most nine tokens after the count's noun) and a revising verb stands between
  /// it and the date at `date`: "The death toll in the three-train accident rose to 288 on
  /// Saturday evening" dates the toll, not the accident.
  static func countRevision(_ toks: [XToken], trigger i: Int, len: Int, date: Int) -> Bool {
    // The verb takes the new figure: "rose to 288", "stood at 43", "passed 2,000" (not "the
    // quake that hit Morocco on September 8").
    let revised = (i + len..<date).contains { k in
      guard toks[k].isWord, revisionVerbs.contains(toks[k].lower), k + 1 < toks.count else { return false }
      return toks[k + 1].kind == .number || revisionLinks.contains(toks[k + 1].lower)
    }
    guard revised else { return false }
    var k = i - 1
    // Back over the subject's words and hyphens ("three-train"), not past a clause's comma.
    while k >= 0, i - k <= 9, toks[k].isWord || toks[k].text == "-" {
      if countNouns.contains(toks[k].lower) { return true }
      k -= 1
    }
    return false
  }

  /// Nouns an event noun modifies when it names what they are about ("the crash site", "the
  /// attack survivors", "the quake zone").
  static let compoundHeads: Set<String> = [
    "site", "sites", "scene", "victims", "victim", "survivors", "survivor", "zone", "area", "investigators",
    "investigation", "probe", "inquiry", "wreckage", "debris", "anniversary", "memorial", "toll",
  ]

  /// Determiners and possessives between a theme word and its event noun ("to block its
  /// acquisition").
  static let themeFillers: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "this", "that", "last", "planned", "proposed", "deadly", "recent"]
  /// Prepositions whose event noun is what an act is about: "an inquiry into the crash",
  /// "rallied against the war". Not "over": "defeating Le Pen on Sunday night … cast a shadow
  /// over his victory" is still Sunday night's victory.
  static let themePrepositions: Set<String> = ["against", "into"]
  /// Verbs of an infinitive whose event noun is what the act is about, not what happens on
  /// the act's day: "sued to block the acquisition", "gathered to mark the massacre".
  static let themeVerbs: Set<String> = [
    "block", "stop", "prevent", "halt", "challenge", "oppose", "protest", "condemn", "investigate", "probe",
    "examine", "review", "discuss", "approve", "delay", "postpone", "cancel", "overturn", "mark", "commemorate",
    "remember", "honour", "honor", "celebrate", "demand", "seek", "plan", "prepare", "avert", "avoid",
  ]

  /// Words before a date that make it a noun premodifier ("the October 20 conference").
  static let premodifierStart: Set<String> = ["the", "this", "that", "after", "before", "since", "of", "its", "their"]
  /// Prepositions that put an event inside another ("in the May 28 runoff", "during the 2019
  /// floods").
  static let withinWords: Set<String> = ["in", "during", "at"]
  /// Heads of institution names that may contain a trigger word ("Election Commission").
  static let institutionWords: Set<String> = [
    "commission", "committee", "council", "ministry", "office", "department", "agency", "authority", "board",
    "bureau", "court", "tribunal", "commissioner", "observatory", "museum", "centre", "center", "institute",
  ]

  /// Definite nouns that refer back to the last named group ("the militants").
  static let groupAnaphors: Set<String> = ["militants", "insurgents", "rebels", "jihadists", "islamists", "group"]
  /// Prepositions that place an event at the place after them; "off" places it at sea or in the
  /// air near a coast ("crashed into the sea off Jakarta", "off the coast of Lampedusa").
  static let locatives: Set<String> = [
    "in", "at", "near", "around", "inside", "outside", "through", "across", "throughout", "off",
  ]
  /// Marks that end a wire dateline's city ("OSLO (AP) -", "ADDIS ABABA, March 10").
  static let datelineEnds: Set<String> = [",", "(", "-", "—", "–"]
  static let otherInstanceWords: Set<String> = [
    "such", "any", "another", "future", "next", "previous", "earlier", "last", "past", "similar", "upcoming",
    "subsequent", "prior",
  ]
  /// Words before a plural trigger that make it a noun ("deadly attacks", "twin blasts", "two
  /// crashes"), besides determiners and numbers.
  static let pluralModifiers: Set<String> = [
    "a", "an", "of", "deadly", "fatal", "twin", "multiple", "recent", "new", "more", "further", "separate",
    "serial", "suicide", "terror", "terrorist", "road", "traffic", "coordinated", "simultaneous", "fresh",
    "renewed", "repeated", "several", "many", "some", "few", "all", "both", "past", "previous", "such", "other",
    "his", "her", "its", "their", "our", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  ]
  /// Generic plurals that are also verbs of the story's own event ("Jet crashes", "FBI arrests
  /// man"). Not "blasts" or "fires": as verbs they criticize and dismiss.
  static let pluralVerbs: Set<String> = ["attacks", "raids", "visits", "crashes", "launches", "recalls", "arrests"]
  /// Words after a headline's "-s" trigger that show it is a verb: an object or a
  /// preposition ("Jet crashes into sea", "Gunman attacks mosque", "Toyota recalls 40,000 cars").
  static let verbFollowers: Set<String> = [
    "a", "an", "the", "his", "her", "its", "their", "into", "after", "off", "near", "outside", "inside", "at",
    "on", "over", "across", "through", "onto", "shortly", "minutes", "moments",
  ]

  /// Whether the headline trigger at token `i` of a generic plural's form ("crashes", "attacks",
  /// "launches", "recalls") is a verb in the present tense of headlines: after a subject, before
  /// an object or a preposition ("Ethiopian Airlines jet crashes after take-off"). Then it reports
  /// the story's event, not many events.
  ///
  /// This and the other tests of one mention of a list (``genericPlural(_:_:)``,
  /// ``indefinite(_:_:)``) take the list and the mention's number: a mention passed itself was
  /// copied out of the list first, every field of its event mention retained.
  func headlineVerb(_ raws: [Raw], _ k: Int) -> Bool {
    let unit = units[raws[k].unit]
    let toks = unit.tokens
    let i = raws[k].tokenLo
    guard unit.role == .headline, i > 0, i + 1 < toks.count, Self.pluralVerbs.contains(toks[i].lower) else { return false }
    let before = toks[i - 1]
    guard before.isWord, !before.inTimex, !before.isIn(.determiners), !Self.pluralModifiers.contains(before.lower) else {
      return false
    }
    let after = toks[i + 1]
    return Self.verbFollowers.contains(after.lower) || after.kind == .number || (after.isCap && after.isWord)
  }

  /// Whether the mention is a generic plural ("one of the most significant meetings", "a series
  /// of attacks"): many events, not this one.
  func genericPlural(_ raws: [Raw], _ k: Int) -> Bool {
    Self.mayEndInS(raws[k].mention.trigger) && Self.genericPlurals.contains(raws[k].mention.trigger.lowercased())
      && !headlineVerb(raws, k)
  }

  /// Whether `text` lowercased may end in "s", as every one of ``genericPlurals`` does: not when
  /// its last byte is an ASCII character other than "s" or "S", which lowercasing leaves in
  /// place. Most triggers are ruled out here without the lowercased copy and the set lookup
  /// (about 550 instructions a mention).
  static func mayEndInS(_ text: String) -> Bool {
    guard let last = text.utf8.last, last < 0x80 else { return true }
    return last == UInt8(ascii: "s") || last == UInt8(ascii: "S")
  }

  static let genericPlurals: Set<String> = [
    "meetings", "conferences", "summits", "attacks", "bombings", "explosions", "blasts", "quakes",
    "earthquakes", "airstrikes", "raids", "visits", "statements", "agreements", "deals", "deaths", "killings",
    "murders", "stabbings", "arrests", "trials", "fires", "blazes", "crashes", "accidents", "robberies", "kidnappings",
    "launches", "injuries", "victories", "lawsuits", "recalls", "outages", "riots",
  ]
  /// Superlatives that scope a comparison to a place: "the deadliest attack in Kabul since a
  /// bombing in 2017" compares Kabul attacks, so the 2017 bombing was in Kabul too.
  static let superlatives: Set<String> = [
    "deadliest", "worst", "bloodiest", "biggest", "largest", "strongest", "heaviest", "most", "first", "fiercest",
    "costliest", "powerful",
  ]

  /// The place a "since" comparison gives the event it names: "the worst flooding in Derna
  /// since a storm in 1959" → the storm's place is Derna. Only for an event noun right after
  /// "since (a|an|the)", with a superlative before "since" and a city after "in" between them.
  func comparedPlace(_ unit: XUnit, _ ents: [XEntity], trigger i: Int) -> String? {
    let toks = unit.tokens
    guard let since = Self.comparisonSince(toks, i), since > 0,
      let sup = (0..<since).last(where: { Self.superlatives.contains(toks[$0].lower) })
    else { return nil }
    let city = ents.last { e in
      e.kind == .city && !e.demonym && e.lo > sup && e.hi <= since && e.lo >= 1 && toks[e.lo - 1].isIn(.locatives)
    }
    return city?.key
  }

  /// The "since" that opens a comparison ending at the trigger: "since a suicide bombing",
  /// "since the 2019 summit" (at most three words, or a date, between them).
  static func comparisonSince(_ toks: [XToken], _ i: Int) -> Int? {
    guard let since = (max(0, i - 4)..<i).last(where: { toks[$0].lower == "since" }),
      (since + 1..<i).allSatisfy({ toks[$0].isWord || toks[$0].inTimex })
    else { return nil }
    return since
  }

  /// Sentence subjects that stand for the story's place ("The region was hit by …").
  static let placeAnaphors: Set<String> = [
    "region", "area", "country", "city", "province", "island", "state", "town", "coast", "valley", "capital",
  ]

  /// Words that make a city a destination or an origin, not where the event after it happens
  /// ("a Boeing 737 bound for Nairobi crashed", "the flight from Jakarta crashed").
  static let headingWords: Set<String> = ["for", "to", "from", "toward", "towards", "via"]

  static let impactVerbs: Set<String> = [
    "struck", "strikes", "hit", "hits", "rocked", "rocks", "jolted", "shook", "devastated", "battered", "ravaged",
    "swept",
  ]
  /// Words that may stand between a locative and its place besides compass words: "in the
  /// city of Geneva", "at the port of Derna".
  static let placeNouns: Set<String> = [
    "the", "city", "town", "capital", "of", "village", "region", "province", "republic's", "port", "coastal",
    "coast", "island",
  ]
  static let compassWords: Set<String> = [
    "southern", "northern", "eastern", "western", "central", "southeastern", "southwestern", "northeastern",
    "northwestern", "parts", "of", "the", "much", "coastal", "rural",
  ]
  static let boundaryVerbs: [String: String] = [
    "opened": "start", "opens": "start", "began": "start", "begins": "start", "started": "start", "starts": "start",
    "kicked": "start", "ended": "end", "ends": "end", "closed": "end", "closes": "end", "concluded": "end",
    "concludes": "end", "wrapped": "end", "until": "end", "till": "end", "through": "end",
  ]

  struct Raw {
    var mention: EventMention
    var unit: Int
    var tokenLo: Int
    var definite: Bool
    /// The reference phrase the trigger ends ("six days after the explosion"), if any.
    var reference: Reference? = nil
    /// Which of the attributes the main-event choice tests are set on ``mention``, kept in
    /// step by ``set(_:_:)``: the choice tests them several times per mention, and each test
    /// was a dictionary lookup hashing the key (about 12 million instructions for the
    /// generated 2,000 documents).
    var marks: Marks = []

    /// The attributes of ``marks``.
    struct Marks: OptionSet {
      let rawValue: UInt8
      /// ``EventMention/instanceKey``.
      static let instance = Marks(rawValue: 1 << 0)
      /// ``MentionFinder/referenceKey``.
      static let reference = Marks(rawValue: 1 << 1)
      /// `series`.
      static let series = Marks(rawValue: 1 << 2)
      /// `timeRole`.
      static let timeRole = Marks(rawValue: 1 << 3)
      /// ``EventMention/lengthKey``.
      static let length = Marks(rawValue: 1 << 4)
    }

    /// Sets the mention's attribute `key` (one of ``Marks``', as `mark`) to `value`.
    mutating func set(_ mark: Marks, _ key: String, _ value: String) {
      mention.attributes[key] = value
      marks.insert(mark)
    }
  }

  func find() -> [EventMention] {
    // Room for a mention per sentence with a word that starts a trigger (most such sentences
    // have one, a few two): grown from empty, the list was copied to a new one three or four
    // times a document.
    var raws: [Raw] = []
    var triggerSentences = 0
    for u in units.indices where units[u].sets.contains(.triggerStarts) { triggerSentences += 1 }
    raws.reserveCapacity(triggerSentences)
    var lastGroup: String?
    // Per sentence: (class, clause) → token index of the last trigger. One list for all the
    // sentences, emptied for each, and searched in order: a sentence has a few triggers, and a
    // table hashing the class and clause was about 850 instructions a trigger (a table per
    // sentence keyed by a "class@clause" string, 1,700).
    var seen: [(key: ClassInClause, last: Int)] = []
    // The last mention's keywords and where they were read: a mention of another class in the
    // same clause and window (in a short sentence every mention's window is the whole sentence)
    // has the same keywords, and takes that list instead of sorting the words again (one mention
    // in six of the generated documents).
    var lastKeywords: (window: KeywordWindow, words: [String])?
    // By index, reading the tokens' flags: a unit (and an entity) copied out of its list
    // retained each of its lists (and strings), sentence after sentence.
    for u in units.indices {
      let toks = units[u].tokens
      defer {
        let ents = entities[u]
        for e in ents.indices where ents[e].kind == .group && !toks[ents[e].lo].quoted { lastGroup = ents[e].key }
      }
      // A sentence without a word that starts a trigger (most) has no mention.
      guard units[u].sets.contains(.triggerStarts) else { continue }
      seen.removeAll(keepingCapacity: true)
      // A sentence short enough to be cited whole is cited the same by each of its mentions
      // (``XUnit/cite(_:around:)``): one citation, whose text the mentions share, instead of a
      // copy of the text each.
      let citedWhole = units[u].isCitedWhole
      var sentenceCitation: Citation?
      var i = 0
      while i < toks.count {
        // Most tokens start no trigger: their flags rule them out here, before a call per token
        // (about 460,000 calls, 34 million instructions for the generated 2,000 documents).
        guard !toks[i].inTimex, toks[i].isWord, toks[i].isIn(.triggerStarts),
          let (trig, len) = TriggerLexicon.match(toks, at: i)
        else {
          i += 1
          continue
        }
        if trig.words == ["deal"], i + 1 < toks.count, toks[i + 1].lower == "with" {
          i += 1
          continue
        }
        // "Mohammadi wins Nobel Peace Prize", "won the award": the award tells it.
        if trig.eventClass == Self.victoryClass, Self.awardFollows(toks, after: i + len) {
          i += len
          continue
        }
        // "the Election Commission", "the War Office": a trigger word inside an institution's
        // name.
        if i > 0, toks[i].isCap, i + len < toks.count, toks[i + len].isCap,
          Self.institutionWords.contains(toks[i + len].lower)
        {
          i += len
          continue
        }
        let key = ClassInClause(eventClass: trig.eventClass, clause: Int(toks[i].clause))
        // "the fifth session of the consultations": one meeting, not two.
        if let s = seen.firstIndex(where: { $0.key == key }) {
          let last = seen[s].last
          seen[s].last = i
          if i - last <= 6 {
            i += len
            continue
          }
        } else {
          seen.append((key, i))
        }
        let takeover = Self.corporateTakeover(toks, i, trig)
        let cls = takeover ? "acquisition" : trig.eventClass
        let local = takeover ? Self.localClasses.contains(cls) : trig.isLocal
        if citedWhole, sentenceCitation == nil { sentenceCitation = document.cite(units[u].span) }
        let (lo, hi) = Self.argumentWindow(i, len, count: toks.count)
        let window = KeywordWindow(unit: u, clause: key.clause, lo: lo, hi: hi)
        let known = lastKeywords.flatMap { $0.window == window ? $0.words : nil }
        let raw = makeRaw(u, i, len, cls, local: local, lastGroup: lastGroup, citation: sentenceCitation, keywords: known)
        lastKeywords = (window, raw.mention.keywords)
        raws.append(raw)
        i += len
      }
    }
    Self.dropConsequences(&raws)
    chooseMain(&raws)
    dropConsequencesOfMain(&raws)
    Self.dateStatementsByTheirMeeting(&raws, units)
    // Main mentions outside captions carry the article's salient names: they tell which
    // story they report when the corpus holds several stories of one kind.
    let names = salientNames()
    if !names.isEmpty {
      for k in raws.indices where raws[k].mention.isMain && raws[k].mention.role != .caption {
        raws[k].mention.names = names
      }
    }
    return raws.map { $0.mention }
  }

  /// A trigger class in one clause of a sentence (``find()``).
  private struct ClassInClause: Equatable {
    var eventClass: String
    var clause: Int
  }

  /// Where a mention reads its keywords (``keywords(_:_:_:_:)``): its sentence, its clause and
  /// the tokens around its trigger (``argumentWindow(_:_:count:)``).
  private struct KeywordWindow: Equatable {
    var unit: Int
    var clause: Int
    var lo: Int
    var hi: Int
  }

  /// The tokens `lo..<hi` of a sentence of `count` tokens that a trigger of `len` tokens at `i`
  /// reads its arguments from: up to ``window`` tokens on either side.
  static func argumentWindow(_ i: Int, _ len: Int, count: Int) -> (lo: Int, hi: Int) {
    (max(0, i - window), min(count, i + len + window))
  }

  static let victoryClass = "victory"
  /// Whether an award trigger follows within four tokens ("wins Nobel Peace Prize", "won the
  /// top award"), with no clause punctuation between.
  static func awardFollows(_ toks: [XToken], after start: Int) -> Bool {
    var k = start
    while k < toks.count, k - start < 4, toks[k].isWord || toks[k].kind == .number {
      if let (t, _) = TriggerLexicon.match(toks, at: k) { return t.eventClass == "award" }
      k += 1
    }
    return false
  }

  /// Whether the trigger at `i` is "takeover" of a company: a sum of money before it ("its $69
  /// billion takeover of Activision") or a bid after it ("a takeover bid", "the takeover
  /// offer"). Then it is an acquisition, not a seizure of power.
  static func corporateTakeover(_ toks: [XToken], _ i: Int, _ trigger: TriggerLexicon.Trigger) -> Bool {
    guard trigger.words == ["takeover"] else { return false }
    if i + 1 < toks.count, Self.bidWords.contains(toks[i + 1].lower) { return true }
    return (max(0, i - 3)..<i).contains { toks[$0].kind == .symbol || Self.moneyWords.contains(toks[$0].lower) }
  }
  static let bidWords: Set<String> = ["bid", "bids", "offer", "offers", "approach", "battle", "target"]
  static let moneyWords: Set<String> = ["billion", "million", "bn", "mn", "hostile", "friendly", "agreed", "proposed"]

  /// "The talks ended with a joint statement", "the summit adopted a declaration": a statement
  /// that states no time of its own, in the clause of a dated meeting, was issued at that
  /// meeting and takes its time (the same value, rule and anchor, so re-anchoring moves both),
  /// and its place when the statement names none. Dated by the article instead, the one
  /// statement of a meeting reported for a week became a statement event per publication day;
  /// without the place, the statements of two summits held on one day in different cities
  /// became one event. A statement about anything else ("the ministry issued a statement on
  /// the attack") keeps the article's date.
  static func dateStatementsByTheirMeeting(_ raws: inout [Raw], _ units: [XUnit]) {
    /// The clause of mention `k`'s trigger, read in place (a mention copied out of the list, as
    /// a `Raw` argument was, retained its fields).
    func clause(_ k: Int) -> Int? {
      let (u, lo) = (raws[k].unit, raws[k].tokenLo)
      return lo < units[u].tokens.count ? Int(units[u].tokens[lo].clause) : nil
    }
    // Most articles have no undated statement: nothing to gather for them.
    guard raws.contains(where: { $0.mention.eventClass == statementClass && $0.mention.time == nil }) else { return }
    // The dated meetings as (sentence, clause, number), sorted in a stack buffer made at the
    // number of meetings: the first dated meeting of a statement's sentence and clause is the
    // first of its place, found by halves (a document of many such sentences stays linear in
    // them, with a logarithm). A table keyed by the place was allocated in most documents of
    // the generated corpus and hashed every place (SipHash). The meetings are not changed
    // below, where only statements are.
    var count = 0
    for k in raws.indices where raws[k].mention.eventClass == meetingClass { count += 1 }
    withUnsafeTemporaryAllocation(of: (unit: Int, clause: Int, k: Int).self, capacity: max(count, 1)) { buffer in
      var n = 0
      for k in raws.indices where raws[k].mention.eventClass == meetingClass {
        guard raws[k].mention.time != nil, let c = clause(k) else { continue }
        buffer[n] = (raws[k].unit, c, k)
        n += 1
      }
      var dated = UnsafeMutableBufferPointer(rebasing: buffer[..<n])
      dated.sort { ($0.unit, $0.clause, $0.k) < ($1.unit, $1.clause, $1.k) }
      for k in raws.indices where raws[k].mention.eventClass == statementClass && raws[k].mention.time == nil {
        guard let c = clause(k) else { continue }
        let place = (raws[k].unit, c)
        let at = dated.partitionPoint { ($0.unit, $0.clause) < place }
        guard at < dated.count, (dated[at].unit, dated[at].clause) == place else { continue }
        let meeting = dated[at].k
        raws[k].mention.time = raws[meeting].mention.time
        if raws[k].mention.place == nil, let place = raws[meeting].mention.place {
          raws[k].mention.take(place: place, source: "meeting")
        }
      }
    }
  }
  static let statementClass = "statement"
  static let meetingClass = "meeting"

  /// "The earthquake killed 2,000 people", "the shooting left two dead and five injured":
  /// a consequence (killing, death, injury) in a sentence that names the incident causing it
  /// is part of that incident, not an event of its own.
  static func dropConsequences(_ raws: inout [Raw]) {
    // Only a consequence class has causes: most documents have no such mention, and then no
    // sentence's classes are gathered (a set per sentence, hashing every class).
    var consequences: [(k: Int, causes: Set<String>)] = []
    for k in raws.indices {
      if let causes = TriggerLexicon.causes(of: raws[k].mention.eventClass) { consequences.append((k, causes)) }
    }
    guard !consequences.isEmpty else { return }
    // A sentence's mentions stand next to each other (found sentence by sentence), and the
    // consequences in mention order: the classes of a consequence's sentence are gathered once
    // from its run of mentions, as a list of distinct classes (at most one per class of the
    // lexicon, so a long sentence stays linear). A table of sets keyed by sentence hashed every
    // class of those sentences.
    var drop: [Int] = []
    var run = -1..<(-1)  // the mentions of the sentence `classes` holds
    var classes: [String] = []
    for c in consequences {
      if !run.contains(c.k) {
        let unit = raws[c.k].unit
        var (lo, hi) = (c.k, c.k + 1)
        while lo > 0, raws[lo - 1].unit == unit { lo -= 1 }
        while hi < raws.count, raws[hi].unit == unit { hi += 1 }
        run = lo..<hi
        classes.removeAll(keepingCapacity: true)
        for k in run where !classes.contains(raws[k].mention.eventClass) { classes.append(raws[k].mention.eventClass) }
      }
      if classes.contains(where: c.causes.contains) { drop.append(c.k) }
    }
    remove(drop, from: &raws)
  }

  /// Removes the mentions at `indices` (ascending); most documents have none to remove, and
  /// then no mention moves. One pass, not one `remove(at:)` per index (a 50 MB file of "the
  /// attack killed …" sentences dropped 400,000 consequences, each shifting the rest).
  ///
  /// The kept mentions are swapped down in place (no copy), then the tail dropped: building a
  /// `RangeSet` and removing its subranges was about 23,000 instructions per document that
  /// removes any (23 million for the generated 2,000 documents).
  static func remove(_ indices: [Int], from raws: inout [Raw]) {
    guard !indices.isEmpty else { return }
    var next = 0  // the next index of `indices` to drop
    var kept = 0
    for k in raws.indices {
      if next < indices.count, indices[next] == k {
        while next < indices.count, indices[next] == k { next += 1 }  // a repeated index drops once
        continue
      }
      if kept != k { raws.swapAt(kept, k) }
      kept += 1
    }
    raws.removeLast(raws.count - kept)
  }

  /// "Floods swept through Derna … / More than 2,000 people were killed …": in an article
  /// whose main event is an incident, a consequence with no time or place of its own reports
  /// that incident's toll (its counts then belong to the main event).
  /// A sentence that says it is about another incident ("in a separate incident") keeps its own.
  func dropConsequencesOfMain(_ raws: inout [Raw]) {
    guard let m = raws.firstIndex(where: { $0.mention.isMain && $0.mention.role != .caption }) else { return }
    let main = raws[m].mention.eventClass
    let drop = raws.indices.filter { k in
      guard let causes = TriggerLexicon.causes(of: raws[k].mention.eventClass), causes.contains(main),
        !raws[k].mention.isMain
      else { return false }
      let elsewhere = units[raws[k].unit].sets.contains(.elsewhereWords)
      return !(elsewhere || raws[k].mention.time?.stated == true || raws[k].mention.place != nil)
    }
    Self.remove(drop, from: &raws)
  }

  static let elsewhereWords: Set<String> = ["separate", "another", "unrelated", "elsewhere", "different"]

  /// Verbs of heading a delegation: "headed by X", "X led the delegation".
  static let headVerbs: Set<String> = ["led", "leads", "heads", "headed", "leading", "heading"]
  /// Verbs of hosting: "Russia hosts", "hosted by Qatar".
  static let hostVerbs: Set<String> = ["host", "hosts", "hosted", "hosting"]

  /// Whether a comma stands in `toks[from..<to]`.
  static func commaBetween(_ toks: [XToken], _ from: Int, _ to: Int) -> Bool {
    from < to && toks[from..<to].contains(where: \.isComma)
  }

  /// Whether a date starting at `to` follows a trigger ending at `from` in the trigger's own
  /// phrase: at most six words between, no comma, and no infinitive or relative that opens a
  /// phrase of its own ("signed a deal to hold elections in 2025").
  static func closelyAfter(_ toks: [XToken], _ from: Int, _ to: Int) -> Bool {
    to - from <= 6 && !commaBetween(toks, from, to)
      && !(from..<to).contains { Self.phraseOpeners.contains(toks[$0].lower) }
  }
  static let phraseOpeners: Set<String> = ["to", "that", "which", "who", "whose", "when", "where", "before", "after", "since", "until"]

  /// The mention of the trigger of `len` tokens at token `i` of unit `u`, of class `cls`;
  /// `local` tells whether `cls` is one of ``localClasses``. `citation`, when given, is the
  /// sentence's (``XUnit/cite(_:around:)``, the same for every token of a sentence cited whole).
  /// `keywords`, when given, are the mention's keywords, read already for another mention of
  /// the same ``KeywordWindow``.
  private func makeRaw(
    _ u: Int, _ i: Int, _ len: Int, _ cls: String, local: Bool, lastGroup: String? = nil, citation: Citation? = nil,
    keywords known: [String]? = nil
  ) -> Raw {
    let unit = units[u]
    let toks = unit.tokens
    let clause = unit.clause[i]
    let (lo, hi) = Self.argumentWindow(i, len, count: toks.count)
    let triggerSpan = document.source.span(toks[i].start, toks[i + len - 1].end)
    var m = EventMention(
      id: ExtractionID.make(document: document.id, start: triggerSpan.start), document: document.id, eventClass: cls,
      trigger: EntityRecognizer.text(toks, i, i + len), triggerSpan: triggerSpan,
      citation: citation ?? unit.cite(document, around: i),
      role: unit.role)
    var attributes = RawAttributes()  // put in `m` at the end, at once
    // Time: the nearest expression in the same clause.
    var best: (dist: Int, idx: Int)?
    var bestBeforeComma = false
    var closeAfter: (dist: Int, idx: Int)?
    // "visited the crash site on Wednesday", "survivors of the attack said on Monday": an
    // event noun that modifies another noun is what that noun is about; only a date right
    // before it ("Tuesday's crash site") is its own. Read once, not per date of the clause.
    let modifiesNoun = i + len < toks.count && toks[i + len].isWord && toks[i + len].isIn(.compoundHeads)
    for tx in unit.timexes where unit.clause[tx.lo] == clause {
      // In place: the expression copied out retained each of its strings.
      guard expressions[tx.expression].kind == .date || expressions[tx.expression].kind == .time,
        !expressions[tx.expression].value.hasPrefix("P")
      else { continue }
      // "TIANJIN, China, Aug 13, 2015 (Reuters) - Two explosions tore through … late on
      // Wednesday": the dateline's date is the day the story was filed, not the event's.
      if EventExtractor.isDateline(toks, tx.lo, tx.hi) { continue }
      // "the withdrawal followed the March 2003 invasion … ended in December": a date that
      // premodifies another event noun dates that event only.
      // But "won 52% of the vote in the May 28 runoff", "was killed in the March 2003
      // invasion": what happens in that event happens on its date.
      // A name may stand between ("the 2023 Nobel Peace Prize").
      var head = tx.hi
      while head < toks.count, head - tx.hi < 3, head != i, toks[head].isCap, toks[head].isWord,
        TriggerLexicon.match(toks, at: head) == nil
      {
        head += 1
      }
      let premodifier = tx.lo > 0 && toks[tx.lo - 1].isIn(.premodifierStart)
      if head < toks.count, head != i, premodifier, let (other, _) = TriggerLexicon.match(toks, at: head), !other.needsObject,
        !(tx.lo >= 2 && tx.lo > i && Self.withinWords.contains(toks[tx.lo - 2].lower))
      {
        continue
      }
      // "Under rules set out by the 1922 Committee": a year that names an institution dates
      // nothing here.
      if premodifier, tx.hi < toks.count, toks[tx.hi].isCap, Self.institutionWords.contains(toks[tx.hi].lower)
      {
        continue
      }
      // "the deadliest attack since a bombing in May 2017", "the first visit since 2019": a
      // date after "since" bounds the comparison, it does not date the event before "since".
      if tx.lo > i, (i + 1..<tx.lo).contains(where: { toks[$0].lower == "since" }) { continue }
      // "sued on Thursday to block Microsoft's acquisition", "rallied on Sunday against the
      // killing of …", "an inquiry on Monday into the crash": the date is the clause's act; the
      // event noun after it is what the act is about, earlier or yet to come.
      if tx.hi <= i, Self.themeBetween(toks, from: tx.hi, to: i) { continue }
      // "The death toll in the accident rose to 288 on Saturday evening": a date after the
      // verb of a count whose noun the trigger qualifies dates the count's revision.
      if tx.lo > i, Self.countRevision(toks, trigger: i, len: len, date: tx.lo) { continue }
      if modifiesNoun, !(tx.hi <= i && i - tx.hi <= 1) { continue }
      // "…, officials said on Monday": the day of the statement, not of the event reported.
      // But "said on Saturday at the Munich Security Conference" dates the conference too.
      if cls != Self.statementClass, Self.saidBefore(toks, tx.lo), !Self.introducedByAt(toks, i) { continue }
      let dist = tx.lo >= i ? tx.lo - i : i - tx.hi
      if best == nil || dist < (best?.dist ?? Int.max) {
        best = (dist, tx.expression)
        bestBeforeComma = tx.lo < i && Self.commaBetween(toks, tx.hi, i)
      }
      if tx.lo >= i, closeAfter == nil, !premodifier, Self.closelyAfter(toks, i + len, tx.lo) {
        closeAfter = (dist, tx.expression)
      }
    }
    // "Donelan, appointed only on Tuesday, quit early on Thursday, and Johnson sacked Gove on
    // Wednesday night": a date before the trigger across a comma belongs to a parenthesis or an
    // earlier clause when a date follows the trigger closely, in its own phrase.
    if bestBeforeComma, let c = closeAfter { best = c }
    let reference = Self.reference(unit, expressions, i)
    // "on Monday, six days after the explosion": a date before the reference word is the
    // clause's, not the event's.
    if let r = reference, let b = best, unit.timexes.contains(where: { $0.expression == b.idx && $0.hi <= r.word }) {
      best = nil
    }
    if best == nil, reference == nil, let d = Self.outerCoarseDate(unit, expressions, trigger: i) { best = (0, d) }
    if let b = best {
      let e = expressions[b.idx]
      m.time = MentionTime(
        expression: e.text, span: e.span, value: e.value, mod: e.mod, rule: e.rule, stated: true, anchor: e.anchor)
    }
    if let r = reference {
      attributes.reference = r.direction < 0 ? "after" : "before"
      if m.time == nil { m.time = offsetTime(unit, r, trigger: i) }
    }
    // Place, participants, host. A reference phrase after the trigger names an earlier event's
    // place and parties: "The United States grounded the jets three days after the crash near
    // Addis Ababa" grounds no jets in Addis Ababa. The reference event takes no place before
    // its phrase, but the parties there may be its own ("Afghans who fled since the Taliban
    // seized power").
    let referenceAt = reference == nil ? Self.referenceStart(unit, expressions, after: i + len, before: hi) : nil
    let ents = XUnit.window(entities[u], lo, referenceAt ?? hi)
    let placeFrom = reference?.word ?? lo
    var place: (dist: Int, key: String)?
    // By index, copying out only the places tested: an entity copied out of the list retains
    // each of its strings.
    for k in ents.indices
    where (ents[k].kind == .city || ents[k].kind == .country) && !ents[k].demonym && unit.clause[ents[k].lo] == clause
      && ents[k].lo >= placeFrom
    {
      let e = ents[k]
      var p = e.lo - 1
      var sawLocative = false
      // "in the city of Geneva", "at Geneva City Hall", "in Geneva".
      var steps = 0
      while p >= 0, steps < 6 {
        if toks[p].isIn(.locatives) {
          sawLocative = true
          break
        }
        // "through the eastern Libyan city of Derna": articles, place nouns, compass words and
        // demonyms may stand between the preposition and the place.
        let demonym = entities[u].contains { $0.demonym && $0.lo <= p && p < $0.hi }
        if !toks[p].isIn(.placeNouns) && !toks[p].isIn(.compassWords) && !demonym {
          break
        }
        p -= 1
        steps += 1
      }
      let dist = e.lo >= i ? e.lo - (i + len) : i - e.hi
      var ok = false
      if e.kind == .city, sawLocative { ok = true }
      if e.kind == .country, sawLocative, e.lo >= i + len, dist <= 4 { ok = true }
      // "the Doha talks", "Beirut's blast"; not a city inside a longer name ("Real Madrid beat
      // Liverpool") nor one that ends a phrase before a comma ("travelling north to
      // Thessaloniki, collided").
      if e.kind == .city, e.hi <= i, i - e.hi <= 1, !unit.quoted[e.lo], e.hi == i || toks[e.hi].kind != .punct
        || toks[e.hi].isPossessive || toks[e.hi].text == "-",
        !(e.lo > 0 && toks[e.lo - 1].isCap && toks[e.lo - 1].isWord && !toks[e.lo - 1].isIn(.nonNameCaps)),
        !(e.lo > 0 && toks[e.lo - 1].isIn(.headingWords)),
        // "the Duke of Edinburgh died", "the Bank of England raised": a city in a title or name.
        !(e.lo > 1 && toks[e.lo - 1].lower == "of" && Self.titlesOfPlace.contains(toks[e.lo - 2].lower))
      {
        ok = true
      }
      // "An earthquake struck southern Turkey", "the blast that hit Kabul".
      if e.lo > i, e.lo - (i + len) <= 6, e.lo >= 1 {
        var q = e.lo - 1
        while q > i, toks[q].isIn(.compassWords) { q -= 1 }
        if toks[q].isIn(.impactVerbs) { ok = true }
      }
      if ok, place == nil || dist < (place?.dist ?? Int.max) { place = (dist, e.key) }
    }
    if place == nil, let key = comparedPlace(unit, entities[u], trigger: i) { place = (0, key) }
    m.place = place?.key
    if place != nil { attributes.placeSource = "sentence" }
    // Distinct keys in order of first sight (a set hashed every key; a mention has a few),
    // sorted at the end.
    var participants: [String] = []
    func addParticipant(_ key: String) { if !participants.contains(key) { participants.append(key) } }
    for e in ents.indices where unit.clause[ents[e].lo] == clause && !unit.quoted[ents[e].lo] {
      // "…, the Lebanese Red Cross said", "according to the health ministry": who reports a
      // local incident is its source, not a party to it (a group claiming it is both: kept).
      if local, ents[e].kind != .group, Self.isSpeaker(toks, ents[e]) { continue }
      switch ents[e].kind {
      case .country, .group, .person:
        addParticipant(ents[e].key)
      case .organization where !Self.media.contains(ents[e].key):
        addParticipant(ents[e].key)
      default:
        break
      }
    }
    // "Al-Shabaab fighters … the militants seized the hotel": a definite group noun refers back to the armed or
    // political group named last. (This scan and the ones below for host, head, boundary and
    // other-occurrence words read the window only when the sentence has such a word at all:
    // ``XUnit/sets``.)
    if unit.sets.contains(.groupAnaphors) {
      for k in lo..<hi
      where toks[k].isIn(.groupAnaphors) && k > 0 && unit.clause[k] == clause && !unit.quoted[k]
        && toks[k - 1].lower == "the"
      {
        guard k + 1 >= toks.count || toks[k + 1].lower != "of" else { continue }
        let inSentence = entities[u].last { $0.kind == .group && $0.hi <= k && !unit.quoted[$0.lo] }?.key
        if let g = inSentence ?? lastGroup { addParticipant(g) }
      }
    }
    // "Britain and its allies, which invaded … and whose withdrawal …": the relative
    // clause's antecedent takes part.
    if let a = unit.relativeAntecedent(of: i, in: entities[u]), !unit.quoted[a.lo] {
      addParticipant(Self.metonym(a))
    }
    if let host = findHost(unit, u, lo, hi, trigger: i) {
      m.host = host
      addParticipant(host)
    }
    if let pk = m.place { participants.removeAll { $0 == pk } }
    m.participants = participants.sorted()
    m.ordinal = findOrdinal(toks, i)
    if cls == Self.meetingClass, unit.role != .headline, let series = findSeries(toks, i) {
      attributes.series = series
    }
    // "The summit opened on October 31", "The talks ended on November 13": a boundary of a
    // multi-day event, not a competing date.
    if unit.sets.contains(.boundaryVerbs) {
      for k in max(lo, i - 6)..<min(hi, i + len + 10) where unit.clause[k] == clause && toks[k].isIn(.boundaryVerbs) {
        if let role = Self.boundaryVerbs[toks[k].lower] {
          attributes.timeRole = role
          break
        }
      }
    }
    // "a two-day summit", "the three-day talks", "a week-long conference": the event's length,
    // so that the day it opened and the day it ended are one event (`EventResolver.range`).
    if let tx = unit.timexes.first(where: { $0.hi == i }), expressions[tx.expression].kind == .duration,
      let (count, u) = Self.durationAmount(expressions[tx.expression].value), let n = count,
      case let days = u == "W" ? 7 * n : (u == "D" ? n : 0), days > 1, days <= EventResolver.longestStatedLength
    {
      attributes.length = String(days)
    }
    m.keywords = known ?? keywords(unit, lo, hi, clause)
    // Head of delegation.
    if let head = findHead(unit, u, lo, hi) { attributes.head = head }
    // Definite reference: "the talks", "The October 20 conference", "the Doha talks".
    var definite = false
    var p = i - 1
    var steps = 0
    while p >= 0, steps < 5 {
      let t = toks[p]
      if t.isIn(.determiners) || t.isPossessive {
        definite = true
        break
      }
      if t.inTimex || t.isCap || t.isIn(.ordinals) || t.text == "-" || t.isIn(.ordinalGap) {
        p -= 1
        steps += 1
        continue
      }
      break
    }
    // "It was the deadliest attack in the capital since …", "This is the third summit …": a
    // predicate noun after a sentence-initial "It/This was" restates the story's event.
    if !definite, i >= 3, i <= 8, ["it", "this"].contains(toks[0].lower),
      ["was", "is", "became", "marked", "remains"].contains(toks[1].lower),
      (2..<i).allSatisfy({ toks[$0].isWord }), (2..<i).contains(where: { Self.determiners.contains(toks[$0].lower) })
    {
      definite = true
    }
    // "such a conference", "another round of talks", "future rounds": not this event. But
    // "Another strong quake hits Herat", "Another earthquake shook Herat early on Wednesday":
    // a headline, or a sentence that dates it, reports a new occurrence as the news.
    if unit.sets.contains(.otherInstanceWords) {
      for k in max(0, i - 4)..<i
      where toks[k].isIn(.otherInstanceWords) && !toks[k].inTimex && unit.clause[k] == clause {
        if toks[k].lower == "another", unit.role == .headline || m.time?.stated == true { continue }
        attributes.instance = EventMention.otherInstance
      }
    }
    // "the deadliest attack since a bombing in 2017", "the first talks since the 2019 summit":
    // the event a comparison reaches back to is an earlier one.
    if Self.comparisonSince(toks, i) != nil {
      attributes.instance = EventMention.earlierInstance
    }
    attributes.put(in: &m)
    return Raw(mention: m, unit: u, tokenLo: i, definite: definite, reference: reference, marks: attributes.marks)
  }

  /// The attributes ``makeRaw(_:_:_:_:local:lastGroup:citation:keywords:)`` sets, gathered while it reads the
  /// sentence and put in the mention's dictionary at once, made at their number: set one at a
  /// time, the dictionary grew from empty, a new table with every key hashed again at each
  /// step (about 1,400 instructions an attribute, 15 million for the generated 2,000
  /// documents). A later value of the same key replaces the earlier, as in the dictionary.
  private struct RawAttributes {
    /// ``MentionFinder/referenceKey``.
    var reference: String?
    var placeSource: String?
    var series: String?
    var timeRole: String?
    /// ``EventMention/lengthKey``.
    var length: String?
    var head: String?
    /// ``EventMention/instanceKey``.
    var instance: String?

    /// The ones of these the main-event choice tests (``Raw/marks``).
    var marks: Raw.Marks {
      var out: Raw.Marks = []
      if reference != nil { out.insert(.reference) }
      if series != nil { out.insert(.series) }
      if timeRole != nil { out.insert(.timeRole) }
      if length != nil { out.insert(.length) }
      if instance != nil { out.insert(.instance) }
      return out
    }

    /// Sets the mention's attributes (it has none yet) to these.
    func put(in m: inout EventMention) {
      var count = 0
      if reference != nil { count += 1 }
      if placeSource != nil { count += 1 }
      if series != nil { count += 1 }
      if timeRole != nil { count += 1 }
      if length != nil { count += 1 }
      if head != nil { count += 1 }
      if instance != nil { count += 1 }
      guard count > 0 else { return }
      // With room for one more: the main-event choice sets one on many mentions (`placeSource`,
      // `timeRole`, …; 7,600 for the generated 2,000 documents), which then needs no new table.
      var attributes = [String: String](minimumCapacity: count + 1)
      if let v = reference { attributes[MentionFinder.referenceKey] = v }
      if let v = placeSource { attributes["placeSource"] = v }
      if let v = series { attributes["series"] = v }
      if let v = timeRole { attributes["timeRole"] = v }
      if let v = length { attributes[EventMention.lengthKey] = v }
      if let v = head { attributes["head"] = v }
      if let v = instance { attributes[EventMention.instanceKey] = v }
      m.attributes = attributes
    }
  }

  private func findHost(_ unit: XUnit, _ u: Int, _ lo: Int, _ hi: Int, trigger: Int) -> String? {
    // Every rule needs a host verb or "led" (a head verb).
    guard unit.sets.contains(.hostVerbs) || unit.sets.contains(.headVerbs) else { return nil }
    let toks = unit.tokens
    let ents = XUnit.window(entities[u], lo, hi)
    func entityEnding(at end: Int) -> XEntity? {
      ents.first {
        $0.hi == end && ($0.kind == .country || $0.kind == .city || $0.kind == .group || $0.kind == .organization)
      }
    }
    func entityStarting(at start: Int) -> XEntity? { ents.first { $0.lo == start } }
    for k in lo..<hi {
      if toks[k].isIn(.hostVerbs) {
        if k + 1 < toks.count, toks[k + 1].lower == "by", let e = entityStarting(at: k + 2) ?? entityStarting(at: k + 3)
        {
          return Self.metonym(e)
        }
        // "Russia's hosting of", "Russia hosts", "Moscow has hosted", "Russia is hosting".
        var p = k
        var steps = 0
        while p > 0, steps < 3 {
          if let e = entityEnding(at: p), !e.demonym { return Self.metonym(e) }
          let pw = toks[p - 1].lower
          guard ["'s", "’s", "has", "have", "had", "is", "was", "will", "to", "would", "also", "again"].contains(pw)
          else { break }
          p -= 1
          steps += 1
        }
      }
      // "Russia-led negotiations".
      if toks[k].lowerIs("led"), k >= 2, trigger > k, trigger - k <= 3, toks[k - 1].text == "-", !toks[k - 1].spaceBefore,
        let e = entityEnding(at: k - 1)
      {
        return Self.metonym(e)
      }
    }
    return nil
  }

  /// A capital city acting as a government stands for its country ("Moscow hosts").
  static func metonym(_ e: XEntity) -> String {
    guard e.kind == .city, let country = Gazetteer.shared.info[e.key]?.related,
      Gazetteer.shared.info[country]?.related == e.key
    else { return e.key }
    return country
  }

  private func findOrdinal(_ toks: [XToken], _ i: Int) -> Int? {
    var p = i - 1
    var steps = 0
    while p >= 0, steps < 6 {
      if toks[p].isIn(.ordinals), let n = Self.ordinals[toks[p].lower] { return n }
      if toks[p].kind == .number, let n = Self.numericOrdinal(toks[p].lower) { return n }
      let modifier =
        toks[p].isWord && !toks[p].isCap && steps < 3 && !toks[p].isIn(.countGapStops) && !toks[p].isIn(.stopwords)
        && !toks[p].lowerHasSuffix("ly")
      if toks[p].isCap || toks[p].isIn(.ordinalGap) || modifier {
        p -= 1
        steps += 1
        continue
      }
      break
    }
    return nil
  }

  /// The name words before a meeting trigger that tell one series of meetings from another:
  /// "the Danube trade forum" → "danube trade", "the Gulf of Guinea peace talks" → "guinea
  /// gulf peace" (sorted, space-separated). Only names of two words or more with a capitalized
  /// one inside the sentence: "the peace talks" or "significant international meetings" name
  /// no particular series. Stops at a determiner, preposition, number, ordinal, date or a word
  /// in -ed/-ly (a verb or adverb: "held publicly publicized negotiations"); "of" only inside a
  /// capitalized name. Not in headlines, where every word is capitalized.
  func findSeries(_ toks: [XToken], _ i: Int) -> String? {
    var words: [String] = []
    var named = false
    var k = i - 1
    while k >= 0, k >= i - 6 {
      // One copy of the word read here: read in place, the token was copied at each of its
      // tests instead.
      let t = toks[k]
      guard t.isWord, !t.inTimex, t.kind != .number else { break }
      let w = t.lower
      if w == "of", k > 0, k + 1 < i, toks[k - 1].isCap, toks[k + 1].isCap {
        k -= 1
        continue
      }
      if t.isIn(.determiners) || t.isIn(.seriesStops) || t.isIn(.ordinals) || t.isIn(.stopwords)
        || t.lowerHasSuffix("'s") || t.lowerHasSuffix("’s") || t.lowerHasSuffix("ed")
        || t.lowerHasSuffix("ly")
      {
        break
      }
      if !t.isIn(.seriesGeneric), t.lowerCount >= 3 {
        words.append(w)
        if t.isCap, k > 0 { named = true }
      }
      k -= 1
    }
    guard words.count >= 2, named else { return nil }
    // Distinct words, sorted: sorted in place, a repeat skipped (the stable sort keeps the
    // first of equal words first, as a set of them kept the first inserted), where a set of
    // the words and an array of it were made to be sorted into a third.
    words.sort()
    var out = words[0]
    for j in 1..<words.count where words[j] != words[j - 1] {
      out += " "
      out += words[j]
    }
    return out
  }

  /// Words that end a series name (looking back from the trigger).
  static let seriesStops: Set<String> = [
    "a", "an", "its", "their", "his", "her", "our", "for", "at", "in", "on", "to", "from", "with", "by", "and", "or",
    "after", "before", "during", "since", "round", "rounds", "edition", "session", "such", "another", "next",
  ]
  /// Modifiers that say nothing about which series ("the annual high-level talks").
  static let seriesGeneric: Set<String> = [
    "annual", "latest", "new", "fresh", "informal", "formal", "high-level", "two-day", "three-day", "one-day",
    "emergency", "special", "extraordinary", "upcoming", "planned", "previous", "last", "final", "key", "major",
    "crucial", "landmark", "historic", "so-called", "long-awaited", "ongoing", "stalled", "direct", "indirect",
  ]

  static func numericOrdinal(_ s: String) -> Int? {
    for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) {
      return Int(s.dropLast(2))
    }
    return nil
  }

  private func findHead(_ unit: XUnit, _ u: Int, _ lo: Int, _ hi: Int) -> String? {
    guard unit.sets.contains(.headVerbs) else { return nil }
    let toks = unit.tokens
    // The persons of the window are read in place (a filtered copy was an array per mention),
    // by index (an entity copied out retains each of its strings).
    let ents = XUnit.window(entities[u], lo, hi)
    guard ents.indices.contains(where: { ents[$0].kind == .person }) else { return nil }
    for k in lo..<hi where toks[k].isIn(.headVerbs) {
      let w = toks[k].lower
      if (w == "headed" || w == "led") && k + 1 < toks.count && toks[k + 1].lower == "by" {
        if let p = ents.indices.first(where: { ents[$0].kind == .person && ents[$0].lo > k && ents[$0].lo <= k + 12 }) {
          return ents[p].key
        }
      }
      if k + 2 < toks.count,
        toks[k + 1].lower == "the", toks[k + 2].lower == "delegation"
      {
        if let p = ents.indices.last(where: { ents[$0].kind == .person && ents[$0].hi <= k }) { return ents[p].key }
      }
    }
    return nil
  }

  /// The clause's distinct content words of four letters or more, sorted, at most 16.
  ///
  /// Sorts the words' token numbers in a stack buffer, not copies of the words: an array of
  /// strings grown twice per mention, and the retains of every copied word, were most of the
  /// 56 million instructions this took for the generated 2,000 documents. The sort is the same
  /// stable sort on the same words, so equal words keep their order and the first one stays.
  private func keywords(_ unit: XUnit, _ lo: Int, _ hi: Int, _ clause: Int) -> [String] {
    let toks = unit.tokens
    return withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(hi - lo, 1)) { buffer -> [String] in
      var n = 0
      for k in lo..<hi
      where Int(toks[k].clause) == clause && toks[k].isWord && !toks[k].inTimex && !toks[k].isIn(.stopwords)
        && toks[k].lowerCount >= 4
      {
        buffer[n] = Int32(k)
        n += 1
      }
      guard n > 0 else { return [] }
      var words = UnsafeMutableBufferPointer(rebasing: buffer[..<n])
      words.sort { toks[Int($0)].lower < toks[Int($1)].lower }
      // Distinct words, sorted: sorting and skipping repeats is cheaper than hashing each word.
      var out: [String] = []
      out.reserveCapacity(min(n, 16))
      out.append(toks[Int(words[0])].lower)
      for j in 1..<n where out.count < 16 && toks[Int(words[j])].lower != out[out.count - 1] {
        out.append(toks[Int(words[j])].lower)
      }
      return out
    }
  }

  // MARK: - Main event

  private func chooseMain(_ raws: inout [Raw]) {
    // The headline and the first three body sentences: a flag per sentence, read once or
    // twice per mention (a set of sentence numbers hashed the number each time), and their
    // numbers in order.
    var isLede = [Bool](repeating: false, count: units.count)
    var ledeUnits: [Int] = []
    var bodySeen = 0
    for u in units.indices {
      let role = units[u].role
      if role == .body, bodySeen < 3 {
        bodySeen += 1
      } else if role != .headline {
        continue
      }
      isLede[u] = true
      ledeUnits.append(u)
    }
    // Indices of the headline and lede mentions (indices: a copied mention retains every field).
    var leading = raws.indices.filter { isLede[raws[$0].unit] && !raws[$0].marks.contains(.instance) }
    // The classes of `mentions`, those not named as a reference point first: "Government
    // resigns after Beirut explosion" is about the resignation, "Afghans wary after Doha
    // agreement" (no other event) about the agreement. (Lists, not sets: a few classes, only
    // tested for membership.)
    func classes(_ mentions: [Int]) -> [String] {
      let news = mentions.filter { !raws[$0].marks.contains(.reference) }
      return (news.isEmpty ? mentions : news).map { raws[$0].mention.eventClass }
    }
    // The headline names the story: its strongest class wins. Weak classes (a visit, a
    // statement), a headline without a trigger, and one whose only events are reference points
    // none of which the lede reports as news ("Activision chief to leave after Microsoft deal"
    // over "will step down"; but "Afghans wary after Doha agreement" over "signed the
    // agreement" is about the agreement) leave the choice to the lede.
    let inHeadline = leading.filter { raws[$0].mention.role == .headline && !genericPlural(raws, $0) }
    let ledeNews = leading.filter { raws[$0].mention.role != .headline && !raws[$0].marks.contains(.reference) }
      .map { raws[$0].mention.eventClass }
    let deferToLede =
      !ledeNews.isEmpty && inHeadline.allSatisfy { raws[$0].marks.contains(.reference) }
      && !inHeadline.contains { ledeNews.contains(raws[$0].mention.eventClass) }
    let headlineClasses = deferToLede ? [] : classes(inHeadline)
    let strong = headlineClasses.filter { !TriggerLexicon.weakClasses.contains($0) }
    let pool = strong.isEmpty ? classes(leading) : strong
    var chosen = TriggerLexicon.priority.first(where: { pool.contains($0) })
    if chosen == nil, let (u, i) = fallbackTrigger(ledeUnits, avoiding: raws) {
      // Every article reports something: with no known class in its headline or lede, the
      // first content word there stands for its story (class `event`).
      raws.append(makeRaw(u, i, 1, Self.fallbackClass, local: Self.localClasses.contains(Self.fallbackClass)))
      leading.append(raws.count - 1)
      chosen = Self.fallbackClass
    }
    guard let mainClass = chosen else { return }
    // What the lede's mentions of the main class say, read before the loop below changes them.
    let first = leading.filter { raws[$0].mention.eventClass == mainClass }
    let places = first.compactMap { raws[$0].mention.place }
    // "The toll passed the 85 people who died in the 2018 Camp Fire" in the lede of a 2023
    // report: a time stated more than half a year before the article's stated date is an
    // earlier event of the class, not the news, and does not date the story (follow-ups and
    // analyses weeks later still report their event). An inferred date may be the latest the
    // text states ("entered into force on November 4, 2016" under "deal adopted"), which says
    // nothing about what the story reports.
    let stated = document.published.flatMap { $0.source == .inferred ? nil : Day(iso: String($0.value.prefix(10))) }
    let news = stated?.adding(days: -Self.olderThanNews)
    // `range`: the time's range, when the caller has it (parsed once per mention).
    func beforeNews(_ t: MentionTime, range: DayRange?? = nil) -> Bool {
      guard let news, t.stated, let r = range ?? t.temporalValue.range else { return false }
      return r.latest < news
    }
    // The first time of the lede's mentions that is not old news (each time copied only when
    // tested).
    var mainTime: MentionTime? = nil
    for k in first {
      if let t = raws[k].mention.time, !beforeNews(t) {
        mainTime = t
        break
      }
    }
    // "Toll rises to 288" over a lede that gives no time, and in the body "the express had
    // rammed a goods train on Friday evening": for a local incident (one story, one crash),
    // the first body mention of the story's class that states a day just before the
    // article's stated date (and is no reference point or other occurrence, and names no
    // person the lede's mentions do not) is the story's event and dates it. Not for acts of
    // people: "Braverman resigned on Wednesday" in the body is not "Truss resigns".
    var bodyDated: Int? = nil
    if mainTime == nil, let stated, Self.localClasses.contains(mainClass) {
      let ledePeople = Set(first.flatMap { raws[$0].mention.participants })
      bodyDated = raws.indices.first { k in
        let m = raws[k].mention
        guard m.eventClass == mainClass, m.role == .body, !isLede[raws[k].unit], raws[k].reference == nil,
          !raws[k].marks.contains(.instance), !raws[k].marks.contains(.reference), !genericPlural(raws, k),
          m.participants.allSatisfy({ !$0.hasPrefix("person:") || ledePeople.contains($0) }),
          let t = m.time, t.stated, let r = t.temporalValue.range, r.length == 1
        else { return false }
        let lag = stated.ordinal - r.earliest.ordinal
        return lag >= 0 && lag <= Self.bodyDatedLag
      }
      if let k = bodyDated { mainTime = raws[k].mention.time }
    }
    let mainPlace = places.first { $0.hasPrefix("city:") } ?? places.first ?? documentPlace(ledeUnits, mainTime)
    let mainOrdinal = first.compactMap { raws[$0].mention.ordinal }.first
    let mainLength = first.first { raws[$0].marks.contains(.length) }.flatMap {
      raws[$0].mention.attributes[EventMention.lengthKey]
    }
    let seriesAt = first.first { raws[$0].marks.contains(.series) }
    let mainSeries = seriesAt.flatMap { raws[$0].mention.attributes["series"] }
    let seriesHead = seriesAt.map { raws[$0].mention.trigger.lowercased() }
    let mainValue = mainTime?.temporalValue
    let mainRange = mainValue?.range
    let firstID = first.first.map { raws[$0].mention.id }
    let firstHasBoundary = first.contains { raws[$0].marks.contains(.timeRole) }
    let firstHasPlace = first.contains { raws[$0].mention.place != nil }
    let mainHasDay = mainTime.map { ValueParts($0.value).day != nil } ?? false
    settleReferences(&raws, mainClass: mainClass, mainTime: mainTime, mainPlace: mainPlace)
    // "Biden walked through Lahaina on Monday, 13 days after a wind-driven fire destroyed the
    // town": a count in the headline or lede places the story's time after (or before) that
    // event, for the corpus to date an undated story by (`DCTPropagation.fromMainEvents`).
    for k in raws.indices where isLede[raws[k].unit] && raws[k].mention.role != .caption {
      if let r = raws[k].reference, let n = countedDays(r) { raws[k].mention.attributes[Self.referenceDaysKey] = String(n) }
    }
    for k in raws.indices where raws[k].mention.eventClass == mainClass {
      var isMain = isLede[raws[k].unit] || raws[k].definite || k == bodyDated
      // The mention's time and its range, copied and parsed once.
      let time = raws[k].mention.time
      let range = time?.temporalValue.range
      // The instance mark the tests below give the mention, set after them: the mention read
      // there is a copy of the stored one, which setting an attribute while it lives copies
      // whole (and so would setting the main event's fields below).
      var instance: String? = nil
      do {
        let m = raws[k].mention
        // "The region was hit by a landslide in 2017", "a bombing in April killed 19": an
        // indefinite mention of the story's class, in the body, dated only to a month or more
        // while the story has its day, is an earlier occurrence (the story is "the landslide").
        if mainHasDay, m.id != firstID, m.role == .body, !raws[k].marks.contains(.instance), let t = time,
          t.stated, let r = range, r.length >= Self.coarseMainDays, indefinite(raws, k)
        {
          instance = EventMention.earlierInstance
          isMain = false
        }
        // "one of the most significant meetings", "a series of attacks": many events, not this one.
        if genericPlural(raws, k) || raws[k].marks.contains(.instance) {
          isMain = false
        }
        if m.role == .caption {
          // A caption often shows another occasion (a 2019 photo): it joins the main event only
          // when it names the main event's place and states no time that could differ.
          isMain = false
          if let p = m.place, let mp = mainPlace, Self.samePlace(p, mp) {
            if time != nil {
              if let a = range, let b = mainRange, a.overlaps(b) {
                isMain = true
              }
            } else {
              isMain = true
            }
          }
        }
        if isMain, m.id != firstID {
          // A mention with its own place, time or ordinal that contradicts the main event is
          // another instance ("the Paris talks" in an article about Glasgow).
          if let p = m.place, let mp = mainPlace, !Self.samePlace(p, mp) { isMain = false }
          if let t = time, beforeNews(t, range: range) { isMain = false }
          let boundary = raws[k].marks.contains(.timeRole) || firstHasBoundary
          if let t = time, let mv = mainValue, !t.temporalValue.isCompatible(with: mv) {
            // Days of one multi-day event ("opened on Friday … ended on Sunday") may differ;
            // "last year's summit" in an article about this year's is another edition.
            if !boundary || !Self.nearbyDays(t.temporalValue, mv) { isMain = false }
          }
          if let o = m.ordinal, let mo = mainOrdinal, o != mo { isMain = false }
          if raws[k].marks.contains(.series), let sr = m.attributes["series"], let ms = mainSeries,
            EventResolver.seriesDiffer(sr, ms)
          {
            isMain = false
          }
          // "The 2014 summit was held in Islamabad" in an undated article about a summit "on
          // October 25", "surpassing the 2018 Camp Fire" in one whose fire has no date: a year
          // naming the edition, where the main event's time names none, is another edition (with
          // the year known, the check above tells).
          if let t = time, t.stated, !t.value.hasPrefix("X"), mainTime?.value.hasPrefix("X") ?? true,
            namesItsEdition(raws, k)
          {
            isMain = false
            instance = EventMention.otherInstance
          }
        }
      }
      if let instance { raws[k].set(.instance, EventMention.instanceKey, instance) }
      guard isMain else { continue }
      raws[k].mention.isMain = true
      // The main event is the news: a month, a year or a decade in its sentence mostly dates
      // background ("the worst riots since December 1973"), so it is kept but does not bind
      // the event (not stated: it never blocks a merge).
      if let t = time, t.stated, let r = range, r.length >= Self.coarseMainDays {
        raws[k].mention.time?.stated = false
      }
      if raws[k].mention.place == nil, let mp = mainPlace {
        raws[k].mention.take(place: mp, source: firstHasPlace ? "main-event" : "document")
      }
      if time == nil, let mt = mainTime {
        raws[k].mention.time = MentionTime(
          expression: nil, span: mt.span, value: mt.value, mod: mt.mod, rule: EventExtractor.mainEventRule,
          // A later "the talks" of an article about the third round on Dec. 19 binds to that day
          // as firmly as the lede does: it must not join the second round of another year.
          stated: mt.stated && (mainRange?.length ?? Int.max) < Self.coarseMainDays,
          anchor: mt.anchor)
      }
      if raws[k].mention.ordinal == nil, let mo = mainOrdinal { raws[k].mention.ordinal = mo }
      // "NATO summit opens in Vilnius" over "opened a two-day summit": one event, one length.
      if !raws[k].marks.contains(.length), let n = mainLength { raws[k].set(.length, EventMention.lengthKey, n) }
      if !raws[k].marks.contains(.series), let ms = mainSeries { raws[k].set(.series, "series", ms) }
    }
    // "The region was hit by a landslide in 2017": the region, country or city the subject
    // names is the story's own place.
    if let mp = mainPlace {
      for k in raws.indices where raws[k].mention.place == nil && !raws[k].mention.isMain && raws[k].mention.role == .body {
        let toks = units[raws[k].unit].tokens
        guard toks.count > 2, toks[0].lower == "the", Self.placeAnaphors.contains(toks[1].lower), raws[k].tokenLo > 1 else {
          continue
        }
        raws[k].mention.take(place: mp, source: "anaphor")
      }
    }
    // "The 2018 summit was held in Nairobi", "last year's summit" in an article about the
    // Andean Energy Summit: an earlier edition of the same series (same head noun, definite,
    // no name of its own), so it takes the series name and never joins another series' summit.
    if let ms = mainSeries, let head = seriesHead {
      for k in raws.indices where raws[k].mention.eventClass == mainClass && !raws[k].mention.isMain {
        guard !raws[k].marks.contains(.series), raws[k].mention.role != .caption, raws[k].definite,
          raws[k].mention.trigger.lowercased() == head
        else {
          continue
        }
        raws[k].set(.series, "series", ms)
      }
    }
    // The chosen class may have no mention that can be main (only "such a summit" or generic
    // plurals): the first content word of the headline or lede stands for the story then.
    if !raws.contains(where: { $0.mention.isMain }), let (u, i) = fallbackTrigger(ledeUnits, avoiding: raws) {
      var raw = makeRaw(u, i, 1, Self.fallbackClass, local: Self.localClasses.contains(Self.fallbackClass))
      raw.mention.isMain = true
      raws.append(raw)
    }
  }

  /// Two times of at most a month each, less than two weeks apart: they can be days of one
  /// multi-day event.
  static func nearbyDays(_ a: TemporalValue, _ b: TemporalValue) -> Bool {
    guard let ra = a.range, let rb = b.range, ra.length <= 31, rb.length <= 31 else { return false }
    return ra.gap(to: rb) <= 14
  }

  static let fallbackClass = "event"
  /// Words of a place a city owns ("Genoa's trade fair grounds", "Rotterdam's harbour").
  static let ownedPlaceWords: Set<String> = [
    "port", "harbour", "harbor", "airport", "streets", "centre", "center", "downtown", "suburbs", "outskirts", "old",
    "historic", "main", "central", "waterfront", "trade", "river", "bridge", "station", "neighbourhoods",
    "neighborhoods", "districts", "district", "northern", "southern", "eastern", "western", "city", "largest",
  ]
  /// Last words of a named place a city owns ("Baltimore's Francis Scott Key Bridge").
  static let placeHeads: Set<String> = [
    "bridge", "airport", "station", "port", "square", "stadium", "tower", "cathedral", "hospital", "harbour", "harbor",
    "market", "mosque", "church", "palace", "park",
  ]
  /// Days before an article's stated date beyond which a stated time is no longer its news.
  static let olderThanNews = 180
  /// At most this many days before its article's stated date a body mention may date a story
  /// whose headline and lede give no time (news of the event written as it happened).
  static let bodyDatedLag = 3
  /// A main mention's stated time this long or longer (a month, a year) does not bind it.
  static let coarseMainDays = 28

  /// Whether "a" or "an" opens the trigger's noun phrase: right before it, or before at most
  /// two lowercase words ("a landslide", "a powerful earthquake", "a deadly car bombing").
  func indefinite(_ raws: [Raw], _ m: Int) -> Bool {
    let toks = units[raws[m].unit].tokens
    let lo = raws[m].tokenLo
    var k = lo - 1
    while k >= 0, lo - k <= 3 {
      let w = toks[k]
      if w.lower == "a" || w.lower == "an" { return true }
      guard w.isWord, !w.isCap, !w.inTimex else { return false }
      k -= 1
    }
    return false
  }

  /// Whether the mention's time is written right before its trigger ("the 2014 summit",
  /// "the 2019 floods"), or before a name that ends in it ("the 2018 Camp Fire"): it names the
  /// occurrence, rather than dating the sentence.
  private func namesItsEdition(_ raws: [Raw], _ m: Int) -> Bool {
    let lo = raws[m].tokenLo
    guard lo > 0, let end = raws[m].mention.time?.span?.end else { return false }
    let toks = units[raws[m].unit].tokens
    var k = lo - 1
    while k > 0, lo - k <= 2, toks[k].isWord, toks[k].isCap, !toks[k].inTimex { k -= 1 }
    return toks[k].end == end
  }

  /// The first lowercase content word of the headline, else of the lede sentences: the word
  /// that stands for the story when no trigger class fits ("Greek austerity: British views").
  /// `lede`: the headline's and lede's sentence numbers, ascending.
  private func fallbackTrigger(_ lede: [Int], avoiding raws: [Raw]) -> (Int, Int)? {
    let taken = Set(raws.map { $0.mention.triggerSpan.start })
    for u in lede where units[u].role != .caption {
      for (i, t) in units[u].tokens.enumerated()
      where t.isWord && !t.isCap && !t.inTimex && t.lowerCount >= 4 && !t.isIn(.stopwords)
        && !t.isIn(.nonNameCaps) && !taken.contains(t.start)
      {
        return (u, i)
      }
    }
    return nil
  }

  static let maxNames = 15
  /// The room ``salientNames()`` reserves for an article's occurrences of names.
  static let namesCapacity = 48

  /// The proper names an article keeps coming back to: lowercase words of capitalized tokens
  /// that do not start a sentence, in body and headline sentences that are not title-case or
  /// all-caps (where capitals say nothing), counted over the document; a name counts when it
  /// appears twice or in the headline or the first three body sentences. The ``maxNames``
  /// most frequent (ties: first seen), sorted. Titles ("President") and calendar words are
  /// not names.
  func salientNames() -> [String] {
    // Each occurrence of a candidate name, in document order (`order`), with whether the
    // headline or lede has it; grouped below by a stable sort on the name. A table numbering
    // the names hashed every occurrence's string (about 300 instructions) and was made at
    // room for an article's names; sorting an article's dozen occurrences compares a few
    // dozen short strings.
    var found: [(name: String, lede: Bool, order: Int32)] = []
    found.reserveCapacity(Self.namesCapacity)
    var bodySeen = 0
    // By index: a unit copied out of the list retained its lists.
    for u in units.indices where units[u].role != .caption && !units[u].allCaps {
      let role = units[u].role
      if role == .body { bodySeen += 1 }
      if units[u].titleCase { continue }
      let toks = units[u].tokens
      let inLede = role == .headline || bodySeen <= 3
      var sawWord = false
      for k in toks.indices where toks[k].isWord {
        defer { sawWord = true }
        guard sawWord, toks[k].isCap, !toks[k].inTimex, !(toks[k].isAllCaps && toks[k].textCount > 4),
          toks[k].lowerCount >= 2, !toks[k].isIn(.nonNameCaps), !toks[k].isIn(.stopwords),
          Gazetteer.shared.title(toks, at: k) == nil
        else { continue }
        found.append((toks[k].lower, inLede, Int32(found.count)))
      }
    }
    // Each name's occurrences side by side, in document order (a stable sort): the first is
    // where the name was first seen, and its spelling the one kept.
    found.sort { $0.name < $1.name }
    var names: [SalientName] = []
    var run = 0
    while run < found.count {
      var end = run + 1
      var lede = found[run].lede
      while end < found.count, found[end].name == found[run].name {
        lede = lede || found[end].lede
        end += 1
      }
      if end - run >= 2 || lede {
        names.append(SalientName(name: found[run].name, count: end - run, first: Int(found[run].order)))
      }
      run = end
    }
    // The most frequent first, ties by first seen.
    names.sort { $0.count != $1.count ? $0.count > $1.count : $0.first < $1.first }
    return names.prefix(Self.maxNames).map(\.name).sorted()
  }

  /// A name ``salientNames()`` keeps: how often it came, and where it was first seen (the
  /// number of its first occurrence).
  private struct SalientName {
    var name: String
    var count: Int
    var first: Int
  }

  /// Whether two place keys can name the same place (equal, or a city and its country).
  static func samePlace(_ a: String, _ b: String) -> Bool {
    let info = Gazetteer.shared.info
    return a == b || info[a]?.related == b && b.hasPrefix("country:")
      || info[b]?.related == a && a.hasPrefix("country:")
  }

  /// Whether `toks` are a staff line without "By" ("Staff and agencies in Athens", "Our
  /// correspondent in Delhi"): staff words, agency names and "and" up to "in" or "at", one of
  /// them a staff noun or "agencies", then only capitalized words. Its city is where the
  /// reporters sit, not where the story happened.
  static func isStaffLine(_ toks: [XToken]) -> Bool {
    guard toks.count <= 10, let at = toks.firstIndex(where: { $0.lower == "in" || $0.lower == "at" }), at > 0,
      at + 1 < toks.count
    else { return false }
    var noun = false
    for t in toks[..<at] {
      if BlockClassifier.staffNouns.contains(t.lower) || t.lower == "agencies" {
        noun = true
      } else if !BlockClassifier.staffWords.contains(t.lower), t.lower != "and", Boilerplate.agencies[t.lower] == nil {
        return false
      }
    }
    return noun && toks[(at + 1)...].allSatisfy { $0.isCap || !$0.isWord }
  }

  /// Subordinators whose clause happens within the month or year its outer clause states:
  /// "the siege in October 2002, when special forces pumped gas into the building before
  /// storming it and about 130 hostages died", "the crash in March 2019, which killed 157".
  static let inheritingSubordinators: Set<String> = ["before", "while", "because", "once", "which", "where"]

  /// The month or year the outer clause states before the subordinate clause of the trigger
  /// at `i` (opened by one of ``inheritingSubordinators``), when that clause states no date of
  /// its own: the nearest such date at most ``outerDateReach`` tokens before the subordinator.
  /// A day is not inherited: "on Monday, before the talks collapsed" may be days apart.
  static func outerCoarseDate(_ unit: XUnit, _ expressions: [TemporalExpression], trigger i: Int) -> Int? {
    let toks = unit.tokens
    let clause = unit.clause[i]
    var s = i
    while s > 0, unit.clause[s - 1] == clause { s -= 1 }
    guard s > 0, s < i, inheritingSubordinators.contains(toks[s].lower) else { return nil }
    // "convicted … for reassuring residents in the days before the quake": a "before" that heads
    // the trigger's own phrase names a later event, not a clause of the outer one's time.
    if toks[s].lowerIs("before"), i - s <= 3 { return nil }
    let outer = unit.clause[s - 1]
    let found = unit.timexes.last { tx in
      tx.hi <= s && s - tx.hi <= outerDateReach && unit.clause[tx.lo] == outer
        && expressions[tx.expression].kind == .date && !EventExtractor.isDateline(toks, tx.lo, tx.hi)
    }
    guard let tx = found else { return nil }
    let parts = ValueParts(expressions[tx.expression].value)
    guard parts.year != nil, parts.day == nil else { return nil }
    return tx.expression
  }

  /// Tokens before a subordinator within which its outer clause's date is looked for.
  static let outerDateReach = 20

  /// Where the article places its story when the event sentences do not: the first city
  /// after in/at/from in the headline and lede, else in a later body sentence that states the
  /// main event's own time ("he said Friday from Geneva"). `lede`: the headline's and lede's
  /// sentence numbers, ascending.
  private func documentPlace(_ lede: [Int], _ mainTime: MentionTime?) -> String? {
    func locativeCity(_ u: Int) -> String? {
      // A place in a reference phrase ("three days after the crash near Addis Ababa") is the
      // place of that earlier event.
      let unit = units[u]
      let reference = Self.referenceStart(unit, expressions, after: 0, before: unit.tokens.count)
      for e in entities[u] where e.kind == .city && e.lo > 0 {
        if let r = reference, e.lo > r, unit.clause[e.lo] == unit.clause[r] { continue }
        let w = units[u].tokens[e.lo - 1]
        if w.isIn(.locatives) || w.lower == "from" { return e.key }
      }
      return nil
    }
    // A wire dateline ("OSLO (AP) -", "ADDIS ABABA, March 10 (Reuters) -") names where the
    // story was reported: its city, in capitals at the start of the lede.
    if let u = lede.first(where: { units[$0].role == .body }), let e = entities[u].first, e.kind == .city,
      e.lo == 0, e.hi < units[u].tokens.count, (0..<e.hi).allSatisfy({ units[u].tokens[$0].isAllCaps || !units[u].tokens[$0].isWord }),
      Self.datelineEnds.contains(units[u].tokens[e.hi].text)
    {
      return e.key
    }
    for u in lede where !Self.isStaffLine(units[u].tokens) { if let c = locativeCity(u) { return c } }
    // "Genoa's trade fair grounds", "Baltimore's Francis Scott Key Bridge": a city that owns a
    // place of the lede. Not "Liverpool's Mohamed Salah" nor "Liverpool and Real Madrid meet":
    // a team bears its city's name.
    for u in lede {
      let toks = units[u].tokens
      for e in entities[u] where e.kind == .city && !e.demonym {
        guard e.hi + 1 < toks.count, toks[e.hi].isPossessive else { continue }
        var k = e.hi + 1
        if toks[k].isWord, !toks[k].isCap, Self.ownedPlaceWords.contains(toks[k].lower) { return e.key }
        while k + 1 < toks.count, k - e.hi <= 4, toks[k].isCap, toks[k].isWord { k += 1 }
        if k > e.hi + 1, Self.placeHeads.contains(toks[k - 1].lower) { return e.key }
      }
    }
    guard let mt = mainTime, mt.stated else { return nil }
    var body = 0
    for u in units.indices where units[u].role == .body {
      body += 1
      if body > 12 { break }
      let sameTime = units[u].timexes.contains { expressions[$0.expression].value == mt.value }
      if sameTime, let c = locativeCity(u) { return c }
    }
    return nil
  }

}

extension EventMention {
  /// Places the mention in the story's place, which then is no participant.
  mutating func take(place key: String, source: String) {
    place = key
    participants.removeAll { $0 == key }
    attributes["placeSource"] = source
  }
}
