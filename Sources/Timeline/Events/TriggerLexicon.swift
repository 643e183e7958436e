/// Event triggers by class: the words that announce an event, as data.
///
/// One line a class: `class|trigger, trigger …`. A trigger is one or more lowercase words; a
/// trailing `+` means the next word must be capitalized or "with" (a verb meeting someone:
/// "met+" matches "met Lavrov", "met with", not "met expectations"). The examples below run as
/// tests (`TriggerLexiconTests`).
///
/// Watch out for:
/// - "talks" is a noun trigger, but "Moscow format" is not a place; "session", "round" and
///   "consultations" next to each other are one meeting (the extractor keeps one mention per
///   class and clause);
/// - "said" is not a statement trigger: quotes become claims, not events.
enum TriggerLexicon {
  static let table = """
    meeting|talks, meeting, meetings, conference, consultations, summit, negotiations, session, gathering, met+, meets+, meet+, speaks to, spoke to, spoke with, held talks, hold talks
    visit|visit, visits, visited, visiting, trip, tour
    attack|attack, attacks, attacked, bombing, bombings, explosion, explosions, blast, blasts, shooting, airstrike, airstrikes, assault, raid, suicide bombing, massacre
    takeover|takeover, seizure, seized power, seized control, took power, took control, seize power, regain control, coup
    withdrawal|withdrawal, withdrew, pulled out, pullout, withdrawing
    agreement|agreement, deal, accord, treaty, ceasefire, truce, signed
    statement|statement, declaration, communique, communiqué, announcement
    designation|designation, designated, blacklisted
    appointment|appointment, appointed, appoint, appoints, named as, sworn in, inauguration
    election|election, elections, elected, vote, referendum, runoff, polls
    disaster|earthquake, earthquakes, quake, quakes, tremor, aftershock, aftershocks, flood, floods, flooding, hurricane, typhoon, cyclone, tsunami, wildfire, wildfires, landslide, landslides, eruption, drought
    war|war, invasion, invaded, offensive
    """

  static let examples: [(text: String, eventClass: String?)] = [
    ("Russia hosted Taliban leaders for talks on regional security", "meeting"),
    ("the fifth session of the Moscow format consultations", "meeting"),
    ("Lavrov met with Muttaqi", "meeting"),
    ("the results met expectations", nil),
    ("A magnitude 7.8 earthquake struck", "disaster"),
    ("since the Taliban took power there", "takeover"),
    ("Lavrov said the West had failed", nil),
  ]

  struct Trigger: Sendable {
    var eventClass: String
    var words: [String]
    var needsObject: Bool
  }

  /// Classes in the order used to pick a document's main event when several are in its
  /// headline and lede.
  static let priority = [
    "meeting", "attack", "disaster", "agreement", "election", "takeover", "withdrawal", "appointment",
    "designation", "war", "visit", "statement",
  ]

  static let byFirstWord: [String: [Trigger]] = {
    var index: [String: [Trigger]] = [:]
    for line in table.split(separator: "\n") {
      let f = line.split(separator: "|")
      guard f.count == 2 else { continue }
      let cls = f[0].trimmingCharacters(in: .whitespaces)
      for raw in f[1].split(separator: ",") {
        var t = raw.trimmingCharacters(in: .whitespaces)
        let needs = t.hasSuffix("+")
        if needs { t.removeLast() }
        let words = t.split(separator: " ").map(String.init)
        guard let first = words.first else { continue }
        index[first, default: []].append(Trigger(eventClass: cls, words: words, needsObject: needs))
      }
    }
    for k in index.keys { index[k]?.sort { $0.words.count > $1.words.count } }
    return index
  }()

  /// The trigger starting at token `i`, with its length in tokens.
  static func match(_ toks: [XToken], at i: Int) -> (Trigger, Int)? {
    guard toks[i].isWord, let cands = byFirstWord[toks[i].lower] else { return nil }
    for c in cands where i + c.words.count <= toks.count {
      var ok = true
      for (k, w) in c.words.enumerated() where toks[i + k].lower != w {
        ok = false
        break
      }
      guard ok else { continue }
      if c.needsObject {
        let j = i + c.words.count
        guard j < toks.count, toks[j].lower == "with" || (toks[j].isCap && toks[j].isWord) else { continue }
      }
      return (c, c.words.count)
    }
    return nil
  }
}
