/// An entity found in a sentence: its canonical key and the tokens it covers.
struct XEntity: Sendable {
  var key: String
  var kind: Entity.Kind
  /// Token range `[lo, hi)` in the sentence.
  var lo: Int
  var hi: Int
  var surface: String
  /// Reached through an adjective ("Russian foreign ministry" → Russia).
  var demonym = false
  /// For persons: the title or role words before the name as written ("acting Foreign
  /// Minister"), if any.
  var title: String?
  var titleLo: Int?
}

/// Finds people, places, organizations and groups in tokenized sentences.
///
/// Reads: tokens. Uses: ``Gazetteer`` (countries, demonyms, capitals, cities, organizations,
/// armed groups, titles). Rules, in order:
/// 1. gazetteer forms, longest first ("Islamic State in Khorasan province" before "Islamic
///    State"); a place used as the modifier of a process noun is not a place ("Moscow format"
///    → `process:moscow-format`);
/// 2. a person name after a title or role ("White House spokeswoman Karine Jean-Pierre", "envoy
///    to Sudan Tom Perriello"), before an appositive title ("Olaf Scholz, the German
///    chancellor"), or next to a speech verb ("said Karine Jean-Pierre");
/// 3. a surname alone refers back to the full name found anywhere in the document.
///
/// Watch out for: all-caps text has no case signal, so rules 2 and 3 are skipped there; words
/// such as "Assembly", "Ministry", "Hall" end organization names, not person names.
struct EntityRecognizer: Sendable {
  let gazetteer = Gazetteer.shared

  static let processWords: Set<String> = [
    "format", "framework", "process", "declaration", "accords", "accord", "protocol", "formula",
    "agreement", "agreements", "treaty", "communique", "consensus", "initiative", "doctrine",
  ]
  static let ambiguousPlaceNames: Set<String> = ["georgia", "jordan", "chad", "victoria", "florence", "israel"]
  static let nonNameCaps: Set<String> = [
    "the", "a", "an", "in", "on", "at", "of", "for", "to", "and", "or", "but", "as", "by", "with",
    "from", "after", "before", "since", "during", "while", "when", "where", "which", "who", "this",
    "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "his", "her", "their",
    "our", "my", "there", "here", "meanwhile", "however", "also", "despite", "following", "according",
    "if", "although", "though", "earlier", "later", "last", "next", "no", "not", "all", "any", "some",
    "many", "most", "both", "each", "every", "one", "two", "three", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tomorrow", "mid", "original", "url", "subscribe", "leave", "reply", "related",
    "posts", "photo", "image", "images", "getty", "plus", "reuters", "afp", "ap", "islamic",
    "western", "eastern", "northern", "southern", "central", "east", "west", "north", "south",
    "sunni", "shia", "muslim", "muslims", "islam", "islamist", "christian", "jewish", "what", "how",
    "why", "looking", "naturally", "addressing", "russo", "soviet", "world", "international",
    "global", "regional", "national", "federal", "state", "government", "ministry", "foreign",
    "affairs", "city", "hall", "written", "by", "with", "so", "then", "now", "yet", "even", "still",
  ]
  static let orgEndWords: Set<String> = [
    "assembly", "council", "ministry", "department", "committee", "office", "party", "forum",
    "union", "organization", "organisation", "agency", "bank", "group", "hall", "university",
    "court", "army", "forces", "force", "province", "republic", "states", "state", "emirate",
    "movement", "front", "service", "services", "news", "times", "post", "press", "company",
    "corporation", "institute", "center", "centre", "program", "programme", "fund", "airport",
    "square", "palace", "house", "war", "era", "summit", "talks", "conference", "day", "week",
    "commission", "authority", "authorities", "board", "police", "parliament", "congress", "senate", "cabinet",
    "bureau", "administration", "guard", "navy", "command", "secretariat", "tribunal", "network", "channel",
  ]
  static let speechVerbs: Set<String> = [
    "said", "says", "told", "stated", "added", "warned", "noted", "declared", "insisted",
    "stressed", "explained", "asked", "claimed", "wrote", "announced", "tweeted", "replied",
  ]
  static let personObjectCues: Set<String> = [
    "met", "meets", "meeting", "with", "told", "thanked", "invited", "welcomed", "urged", "by",
  ]
  static let positionWords: Set<String> = ["right", "left", "center", "centre", "second", "third", "front"]
  static let particles: Set<String> = [
    "bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "la", "le", "abu", "ul", "ud",
  ]

  /// Entities per sentence, in token order, non-overlapping.
  func recognize(_ units: [XUnit]) -> [[XEntity]] {
    // A list per sentence: made at its size, not grown from empty.
    var found: [[XEntity]] = []
    found.reserveCapacity(units.count)
    var surnames: [String: String] = [:]  // folded surname → person key
    // By index, reading the fields used: a unit copied out of the list retained its lists.
    for u in units.indices {
      var ents: [XEntity] = []
      let toks = units[u].tokens
      let allCaps = units[u].allCaps
      var i = 0
      while i < toks.count {
        // Every rule below needs a capital, the first word of a gazetteer form or that of a
        // title: other words (most of them) are passed without the rules' calls, about 100
        // instructions a word.
        if toks[i].inTimex || toks[i].kind != .word
          || !toks[i].isCap && toks[i].sets.isDisjoint(with: [.gazetteerStarts, .titleStarts])
        {
          i += 1
          continue
        }
        if let p = gazetteer.matchedPhrase(toks, at: i, allCaps: allCaps) {
          // The entry is read in place, field by field: copied out of the table (as `match`
          // returns it), it retained its three strings and two lists, match after match.
          let len = Gazetteer.entryPhrases.length(p)
          let (kind, isDemonym) = (Gazetteer.entryPhrases.items[p].kind, Gazetteer.entryPhrases.items[p].isDemonym)
          let nextIsCapName =
            i + len < toks.count && toks[i + len].isCap && toks[i + len].isWord
            && gazetteer.matchedPhrase(toks, at: i + len, allCaps: allCaps) == nil
          // The flags first: the set is hashed only for a one-word place before a capitalized
          // name (it was for every one-word gazetteer match, 13,700 for the generated 2,000
          // documents).
          if len == 1, nextIsCapName, !allCaps,
            Self.ambiguousPlaceNames.contains(Gazetteer.entryPhrases.items[p].words[0])
          {
            i += 1
            continue
          }
          let surface = Self.text(toks, i, i + len)
          if !isDemonym, kind == .city || kind == .country, i + len < toks.count, toks[i + len].isIn(.processWords) {
            let word = toks[i + len].lower
            ents.append(
              XEntity(
                key: "process:" + Gazetteer.slug(Gazetteer.entryPhrases.items[p].name) + "-" + word, kind: .other,
                lo: i, hi: i + len + 1, surface: Self.text(toks, i, i + len + 1)))
            i += len + 1
            continue
          }
          // "arrived in the Vietnamese capital", "the Afghan capital": the country's capital.
          if isDemonym, kind == .country, i + len < toks.count, toks[i + len].lower == "capital",
            let capital = gazetteer.info[Gazetteer.entryPhrases.items[p].key]?.related
          {
            ents.append(
              XEntity(key: capital, kind: .city, lo: i, hi: i + len + 1, surface: Self.text(toks, i, i + len + 1)))
            i += len + 1
            continue
          }
          ents.append(
            XEntity(
              key: Gazetteer.entryPhrases.items[p].key, kind: kind, lo: i, hi: i + len, surface: surface,
              demonym: isDemonym))
          i += len
          continue
        }
        if let city = unknownCity(toks, i) {
          ents.append(city)
          i = city.hi
          continue
        }
        if !allCaps, let (person, next) = personAt(toks, i, ents: ents, headline: units[u].role == .headline) {
          ents.append(person)
          let parts = Self.words(person.surface)
          if let last = parts.last, !Self.romanNumerals.contains(String(last)) {
            surnames[NameSkeleton.fold(String(last))] = person.key
          }
          // The family name the key is built on ("Xi" for Xi Jinping, "Mohammed" for Mohammed VI).
          let keyed = person.key.dropFirst(7).split(separator: "-").first.map(String.init)
          if let family = parts.first(where: { Gazetteer.slug(String($0)) == keyed }) {
            surnames[NameSkeleton.fold(String(family))] = person.key
          }
          i = next
          continue
        }
        i += 1
      }
      found.append(ents)
    }
    // Pass 2: surnames alone refer back to full names anywhere in the document.
    guard !surnames.isEmpty else { return found }
    // Most capitalized words are no surname: an ASCII word is looked up only when a surname
    // starts with its first byte and has its byte count (an ASCII surname equals an ASCII word
    // only byte for byte). Hashing every capitalized word of the document was most of the pass.
    var lengthsByFirstByte = [UInt64](repeating: 0, count: 256)  // bit n: n bytes (n < 64)
    var lookUpAll = false  // a surname the table cannot stand for (not ASCII, 64 bytes or more)
    for key in surnames.keys {
      let n = key.utf8.count
      guard let first = key.utf8.first, n < 64, !key.utf8.contains(where: { $0 >= 0x80 }) else {
        lookUpAll = true
        continue
      }
      lengthsByFirstByte[Int(first)] |= 1 << UInt64(n)
    }
    func maybeSurname(_ t: XToken) -> Bool {
      guard !lookUpAll, t.isASCII else { return true }
      let n = t.lower.utf8.count
      guard let first = t.lower.utf8.first, n < 64 else { return false }
      return lengthsByFirstByte[Int(first)] & (1 << UInt64(n)) != 0
    }
    // One buffer for every sentence (a new array per sentence was an allocation and a free),
    // as long as the longest so far; a sentence clears its first `toks.count` flags and reads
    // no others (emptying and refilling it cost about 300 instructions a sentence).
    var covered: [Bool] = []
    for u in units.indices where !units[u].allCaps {
      let toks = units[u].tokens
      if covered.count < toks.count {
        covered.append(contentsOf: repeatElement(false, count: toks.count - covered.count))
      }
      for k in 0..<toks.count { covered[k] = false }
      for e in found[u] {
        for k in e.lo..<min(e.hi, toks.count) { covered[k] = true }
      }
      var added: [XEntity] = []
      var i = 0
      while i < toks.count {
        // An ASCII token's lowercase form is its fold (`NameSkeleton.fold` lowercases ASCII).
        if !covered[i], toks[i].isWord, toks[i].isCap, !toks[i].inTimex, maybeSurname(toks[i]),
          let key = surnames[toks[i].isASCII ? toks[i].lower : NameSkeleton.fold(toks[i].text)]
        {
          // Extend left over first names of the same person ("Luiz Inacio Lula da Silva").
          var lo = i
          while lo > 0, !covered[lo - 1], toks[lo - 1].isWord, toks[lo - 1].isCap, !toks[lo - 1].inTimex,
            !toks[lo - 1].isIn(.nonNameCaps), i - lo < 3
          {
            lo -= 1
          }
          added.append(XEntity(key: key, kind: .person, lo: lo, hi: i + 1, surface: Self.text(toks, lo, i + 1)))
        }
        i += 1
      }
      if !added.isEmpty {
        found[u] = (found[u] + added).sorted { $0.lo < $1.lo }
      }
    }
    return found
  }

  /// The pieces of a name between spaces, as `split(separator: " ")` gives them: an ASCII name
  /// (where a character is a byte, or "\r\n", never a space) is split by its bytes, without
  /// breaking it into characters first.
  static func words(_ name: String) -> [Substring] {
    name.utf8.allSatisfy({ $0 < 0x80 }) ? TableText.split(name, at: 0x20) : name.split(separator: " ")
  }

  /// Whether a wire dateline's tail starts at `j`, after its capitals: an agency in
  /// parentheses ("(AP)"), or a comma, a region of one or two words ("Calif.", "Hawaii", "New
  /// South Wales" is too long and stays unread) and then the agency or a dash.
  static func datelineTail(_ toks: [XToken], from j: Int) -> Bool {
    func agency(_ k: Int) -> Bool {
      k + 2 < toks.count && toks[k].text == "(" && toks[k + 1].isCap && toks[k + 2].text == ")"
    }
    func dash(_ k: Int) -> Bool { k < toks.count && ["—", "–", "-"].contains(toks[k].text) }
    if agency(j) { return true }
    guard toks[j].text == ",", j + 1 < toks.count, toks[j + 1].isCap, toks[j + 1].isWord else { return false }
    var k = j + 2
    if k < toks.count, toks[k].text == "." { k += 1 }
    if k < toks.count, toks[k].isCap, toks[k].isWord { k += 1 }
    if k < toks.count, toks[k].text == "." { k += 1 }
    return agency(k) || dash(k)
  }

  /// Words before a place missing from the gazetteer: "in Kahta, Turkey".
  static let cityLocatives: Set<String> = ["in", "at", "from", "near", "outside", "to"]

  /// A place missing from the gazetteer, recognized by its shape: "in Kahta, Turkey",
  /// "from Pokrovsk, Ukraine", or a dateline "KAHTA, Turkey —" → `city:kahta`.
  private func unknownCity(_ toks: [XToken], _ i: Int) -> XEntity? {
    guard toks[i].isCap, toks[i].isWord, !toks[i].isIn(.nonNameCaps) else { return nil }
    let locative = i > 0 && toks[i - 1].isIn(.cityLocatives)
    guard locative || i == 0 else { return nil }
    var j = i
    while j < toks.count, j - i < 3, toks[j].isWord, toks[j].isCap, !toks[j].inTimex,
      !toks[j].isIn(.nonNameCaps), gazetteer.title(toks, at: j) == nil
    {
      j += 1
    }
    guard j > i, j + 1 < toks.count else { return nil }
    if i == 0, (i..<j).allSatisfy({ toks[$0].isAllCaps && toks[$0].text.utf8.count >= 3 }), Self.datelineTail(toks, from: j) {
      // "PARADISE, Calif. (AP) —", "LAHAINA, Hawaii (AP) —", "BALTIMORE (AP) —": a wire
      // dateline names its town in capitals before a region and the agency.
      let name = Self.text(toks, i, j)
      return XEntity(key: "city:" + Gazetteer.slug(name), kind: .city, lo: i, hi: j, surface: name)
    }
    guard toks[j].text == ",", let country = gazetteer.matchedPhrase(toks, at: j + 1, allCaps: false),
      Gazetteer.entryPhrases.items[country].kind == .country, !Gazetteer.entryPhrases.items[country].isDemonym
    else { return nil }
    let clen = Gazetteer.entryPhrases.length(country)
    if i == 0 {
      // A dateline needs its dash or parenthesis after the country.
      let after = j + 1 + clen
      guard after < toks.count, ["—", "–", "-", "(", ":"].contains(toks[after].text) else { return nil }
    }
    let name = Self.text(toks, i, j)
    return XEntity(key: "city:" + Gazetteer.slug(name), kind: .city, lo: i, hi: j, surface: name)
  }

  /// A person name starting at `i` (or a title starting at `i` followed by a name).
  private func personAt(_ toks: [XToken], _ i: Int, ents: [XEntity], headline: Bool) -> (XEntity, Int)? {
    // Title first: "Foreign Minister Wang Yi", "envoy to Sudan Tom Perriello".
    if let tlen = gazetteer.title(toks, at: i) {
      var j = i + tlen
      if j + 1 < toks.count, ["to", "for", "of", "in"].contains(toks[j].lower),
        let p = gazetteer.matchedPhrase(toks, at: j + 1, allCaps: false)
      {
        j += 1 + Gazetteer.entryPhrases.length(p)
      }
      if let end = nameEnd(toks, j), end > j {
        var tlo = i
        while tlo > 0,
          GazetteerData.titleModifiers.contains(toks[tlo - 1].lower)
            || gazetteer.title(toks, at: tlo - 1) != nil
        {
          tlo -= 1
        }
        let title = Self.text(toks, tlo, i + tlen)
        return (
          XEntity(
            key: personKey(toks, j, end), kind: .person, lo: j, hi: end, surface: Self.text(toks, j, end), title: title,
            titleLo: tlo), end
        )
      }
      return nil
    }
    // Title-case headlines capitalize every word: only titles introduce names there.
    guard !headline, let end = nameEnd(toks, i), end - i >= 2 else { return nil }
    if i > 0, toks[i - 1].isCap, toks[i - 1].isWord, !toks[i - 1].isIn(.nonNameCaps), !(i == 1) {
      // Part of a longer capitalized phrase we could not read as a name.
      if ents.last?.hi != i { return nil }
    }
    var confirmed = false
    var title: String?
    if end < toks.count, toks[end].isIn(.speechVerbs) { confirmed = true }
    if i > 0, toks[i - 1].isIn(.speechVerbs) { confirmed = true }
    if i > 1, toks[i - 2].lower == "according", toks[i - 1].lower == "to" { confirmed = true }
    // "met Xi Jinping", "talks with Recep Tayyip Erdogan", "told Jake Sullivan".
    if i > 0, Self.personObjectCues.contains(toks[i - 1].lower), end - i <= 3 { confirmed = true }
    if end < toks.count, toks[end].text == "," {
      // Appositive: "Olaf Scholz, the German chancellor", "Scholz, left, chancellor".
      var k = end + 1
      var steps = 0
      var titleStart: Int?
      while k < toks.count, steps < 6 {
        if let tl = gazetteer.title(toks, at: k) {
          confirmed = true
          // "Perriello, US President Joe Biden's special envoy": that title
          // belongs to the next name.
          if nameEnd(toks, k + tl) == nil {
            title = Self.text(toks, titleStart ?? k, k + tl)
          }
          break
        }
        let w = toks[k].lower
        if titleStart == nil, GazetteerData.titleModifiers.contains(w), w != "the" { titleStart = k }
        if !(GazetteerData.titleModifiers.contains(w) || Self.positionWords.contains(w) || w == "," || w == "the"
          || w == "a" || isDemonym(toks, k) || toks[k].isPossessive)
        {
          break
        }
        k += 1
        steps += 1
      }
    }
    // "Suella Braverman resigned", "Gotabaya Rajapaksa fled": two or three names as the
    // subject of an event verb in the past tense.
    if !confirmed, end - i <= 3, end < toks.count, !toks[end].isCap, Self.eventVerb(toks, end),
      !Self.nonPersonHeads.contains(toks[i].lower)
    {
      confirmed = true
    }
    // "Boris Johnson is expected to …": a common given name and one or two more names.
    if !confirmed, end - i <= 3, toks[i].isIn(.givenNames) { confirmed = true }
    // "Cal Fire said", "the Federal Reserve said", "the Camp Fire killed": a name ending in
    // the noun of a thing or a body is no person, whatever cue stands beside it.
    guard confirmed, !Self.nonPersonTails.contains(toks[end - 1].lower) else { return nil }
    return (
      XEntity(
        key: personKey(toks, i, end), kind: .person, lo: i, hi: end, surface: Self.text(toks, i, end), title: title),
      end
    )
  }

  /// Whether a gazetteer demonym starts at `k` ("US President …", "the German chancellor").
  private func isDemonym(_ toks: [XToken], _ k: Int) -> Bool {
    guard let p = gazetteer.matchedPhrase(toks, at: k, allCaps: false) else { return false }
    return Gazetteer.entryPhrases.items[p].isDemonym
  }

  /// Whether an event trigger in the past tense starts at `k` ("resigned", "quit", "was
  /// arrested" is no subject's verb here: the name's own clause decides).
  static func eventVerb(_ toks: [XToken], _ k: Int) -> Bool {
    guard TriggerLexicon.match(toks, at: k) != nil else { return false }
    let w = toks[k].lower
    return w.hasSuffix("ed") || irregularPast.contains(w)
  }

  /// Past forms of event verbs that do not end in "-ed".
  static let irregularPast: Set<String> = ["quit", "won", "met", "fled", "lost", "beat", "shot", "stole", "broke", "took"]

  /// Capitalized words that head names of things, not people ("Storm Daniel killed", "Hurricane
  /// Ian flooded", "Mount Etna erupted").
  static let nonPersonHeads: Set<String> = [
    "storm", "hurricane", "typhoon", "cyclone", "tropical", "mount", "lake", "river", "cape", "port", "fort",
    "camp", "operation", "project", "flight", "air", "royal", "new", "san", "santa", "saint", "st",
  ]

  /// Last words of names of events, institutions and companies, never of a person.
  static let nonPersonTails: Set<String> = [
    "fire", "fires", "blaze", "flood", "floods", "quake", "earthquake", "storm", "complex", "department", "ministry",
    "agency", "council", "committee", "commission", "police", "party", "union", "company", "corporation", "group",
    "university", "hospital", "airlines", "airways", "bank", "reserve", "fund", "institute", "association",
    "foundation", "authority", "administration", "office", "service", "board",
  ]

  /// The end of a run of capitalized name words starting at `i`, or nil.
  private func nameEnd(_ toks: [XToken], _ i: Int) -> Int? {
    // A name starts with a capitalized word (every other step below needs a name word first).
    guard i < toks.count, toks[i].isWord, toks[i].isCap else { return nil }
    var j = i
    var words = 0
    while j < toks.count, words < 5 {
      if toks[j].isWord, toks[j].isCap, !toks[j].isAllCaps || toks[j].textCount <= 1, !toks[j].inTimex,
        !toks[j].isIn(.nonNameCaps),
        gazetteer.title(toks, at: j) == nil,
        gazetteer.matchedPhrase(toks, at: j, allCaps: false) == nil || words > 0 && toks[j].lower == "khan"
      {
        j += 1
        words += 1
        continue
      }
      if words > 0, toks[j].isWord, toks[j].isIn(.particles), j + 1 < toks.count,
        toks[j + 1].isCap || toks[j + 1].text == "-"
      {
        j += 1
        continue
      }
      if words > 0, toks[j].text == "-", !toks[j].spaceBefore, j + 1 < toks.count, toks[j + 1].isCap,
        !toks[j + 1].spaceBefore
      {
        j += 1
        continue
      }
      // Regnal numbers: "Mohammed VI", "Charles III".
      if words > 0, toks[j].isWord, toks[j].isIn(.romanNumerals), Self.romanNumerals.contains(toks[j].text) {
        j += 1
        break
      }
      break
    }
    while j > i, !toks[j - 1].isCap { j -= 1 }
    guard words > 0, j > i else { return nil }
    if toks[j - 1].isIn(.orgEndWords) { return nil }
    return j
  }

  private func personKey(_ toks: [XToken], _ lo: Int, _ hi: Int) -> String {
    if hi - lo >= 2, Self.romanNumerals.contains(toks[hi - 1].text) {
      return "person:" + Gazetteer.slug(toks[hi - 2].text + " " + toks[hi - 1].text)
    }
    // Surname first: "Xi Jinping", "Kim Jong Un", "Nguyen Phu Trong".
    if hi - lo >= 2, hi - lo <= 3, Self.surnameFirst.contains(toks[lo].lower) {
      return "person:" + Gazetteer.slug(toks[lo].text)
    }
    return "person:" + Gazetteer.slug(toks[hi - 1].text)
  }

  /// Common Chinese, Korean and Vietnamese family names, which come first.
  static let surnameFirst: Set<String> = [
    "xi", "li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "hu", "wen", "zhu", "guo",
    "he", "ma", "sun", "lin", "han", "deng", "jiang", "kim", "park", "choi", "jung", "kang", "cho", "yoon", "moon",
    "nguyen", "tran", "pham", "vo", "hun",
  ]

  static let romanNumerals: Set<String> = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XVI"]

  /// The text of tokens `lo..<hi`, with a space where the text has one between two tokens.
  ///
  /// One token (a trigger, a one-word place: most calls) is its own string, not a copy
  /// appended to an empty one (about 200 instructions an append). Several are written into
  /// one string made at their byte count: appended one by one, a piece and a space at a time,
  /// the string grew (a new allocation past 15 bytes, and again as it doubled).
  static func text(_ toks: [XToken], _ lo: Int, _ hi: Int) -> String {
    if hi - lo == 1, lo < toks.count { return toks[lo].text }
    let tokens = lo..<min(hi, toks.count)
    var count = 0
    for k in tokens {
      if k > lo, toks[k].spaceBefore { count += 1 }
      count += toks[k].text.utf8.count
    }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var n = 0
      for k in tokens {
        if k > lo, toks[k].spaceBefore {
          buffer[n] = 0x20  // " "
          n += 1
        }
        n = UnsafeMutableBufferPointer(rebasing: buffer[n...]).initialize(fromContentsOf: toks[k].text.utf8) + n
      }
      return n
    }
  }
}
