/// Claim vocabularies: number words, count units, qualifiers, status verbs and negations.
///
/// Forms handled:
/// - counts: "about 2,000 militants", "$6.5 billion", "one billion euros", "killed up to 2
///   million Afghans", "at least 41,000 people were killed", "the death toll rose to 5,000",
///   "a magnitude 7.8 earthquake";
/// - participant lists: "China, Pakistan, and eight other countries" → 10;
/// - statuses: recognized / refused to recognize, attended / did not attend, designated as.
///
/// Watch out for: never a count from a date or year ("in 2003", "September 11, 2001"), a
/// hyphenated measure ("10-year war", "two-day trip") or a percentage.
enum ClaimRules {
  static let examples: [(text: String, value: Double?, unit: String?)] = [
    ("Putin warned that IS had about 2,000 militants in northern Afghanistan", 2000, "militants"),
    ("contracts worth $6.5 billion", 6_500_000_000, "money:usd"),
    ("at least 41,000 people were killed", 41000, "killed"),
    ("the death toll rose to 5,100", 5100, "killed"),
    ("a magnitude 7.8 earthquake", 7.8, "magnitude"),
    ("designated the group a terror organization in 2003", nil, nil),
    ("a 10-year war", nil, nil),
    ("the party won 240 seats in the election", 240, "seats"),
    ("more than 640 million people cast ballots", 640_000_000, "voters"),
  ]

  static let numberWords: [String: Double] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
  ]
  static let multipliers: [String: Double] = [
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    "mn": 1_000_000, "bn": 1_000_000_000,
  ]
  static let units: [String: String] = [
    "dead": "killed", "deaths": "killed", "killed": "killed", "fatalities": "killed", "lives": "killed",
    "bodies": "killed", "injured": "wounded", "wounded": "wounded", "hurt": "wounded", "injuries": "wounded",
    "militants": "militants", "fighters": "militants", "insurgents": "militants", "jihadists": "militants",
    "troops": "troops", "soldiers": "troops", "countries": "countries", "nations": "countries",
    "states": "countries", "republics": "countries", "governments": "countries", "delegates": "attendees",
    "participants": "attendees", "attendees": "attendees", "delegations": "attendees", "leaders": "attendees",
    "refugees": "displaced", "displaced": "displaced", "homeless": "displaced", "evacuated": "displaced",
    "buildings": "buildings", "homes": "buildings", "houses": "buildings", "missing": "missing",
    "euros": "money:eur", "dollars": "money:usd", "pounds": "money:gbp", "rubles": "money:rub",
    "roubles": "money:rub", "yuan": "money:cny", "rupees": "money:inr", "lira": "money:try",
    "aftershocks": "aftershocks", "arrested": "arrested", "arrests": "arrested", "rescued": "rescued",
    "seats": "seats", "votes": "votes", "ballots": "votes", "voters": "voters", "candidates": "candidates",
    "constituencies": "constituencies", "hostages": "hostages", "prisoners": "prisoners", "detainees": "prisoners",
  ]
  /// "640 million people voted", "people cast ballots": a count of voters.
  static let voteVerbs: Set<String> = ["voted", "vote", "cast"]
  /// Nouns for people: the unit comes from a verb nearby ("50 people were killed").
  static let peopleNouns: Set<String> = [
    "people", "persons", "civilians", "residents", "victims", "children", "women", "men", "afghans",
    "others", "individuals", "pilgrims", "passengers", "workers", "migrants", "villagers",
  ]
  static let killVerbs: Set<String> = [
    "killed", "killing", "kill", "kills", "died", "dead", "deaths", "death", "claimed", "left",
  ]
  static let woundVerbs: Set<String> = ["injured", "injuring", "wounded", "wounding", "hurt"]
  static let currencySymbols: [String: String] = [
    "$": "money:usd", "€": "money:eur", "£": "money:gbp", "¥": "money:jpy", "₽": "money:rub",
  ]

  static let qualifiers: [(words: [String], code: String)] = [
    (["at", "least"], "MIN"), (["more", "than"], "MORE_THAN"), (["up", "to"], "MAX"), (["as", "many", "as"], "MAX"),
    (["less", "than"], "LESS_THAN"), (["fewer", "than"], "LESS_THAN"), (["about"], "APPROX"), (["around"], "APPROX"),
    (["approximately"], "APPROX"), (["roughly"], "APPROX"), (["nearly"], "APPROX"), (["almost"], "APPROX"),
    (["some"], "APPROX"), (["over"], "MORE_THAN"), (["some"], "APPROX"), (["estimated"], "APPROX"),
  ]

  static let statusVerbs: [String: String] = [
    "recognize": "recognized", "recognized": "recognized", "recognizes": "recognized", "recognizing": "recognized",
    "recognise": "recognized", "recognised": "recognized", "recognition": "recognized",
    "attend": "attended", "attended": "attended", "attends": "attended", "attending": "attended",
    "participate": "attended", "participated": "attended", "boycott": "boycotted", "boycotted": "boycotted",
    "designated": "designated", "designate": "designated", "designates": "designated", "classified": "designated",
    "listed": "designated", "banned": "designated", "labelled": "designated", "labeled": "designated",
  ]
  static let negations: Set<String> = [
    "not", "never", "n't", "refused", "refuse", "refuses", "declined", "decline", "declines", "without",
    "won't", "didn't", "don't", "doesn't", "hasn't", "haven't", "wouldn't", "cannot", "no", "nor",
    "short", "yet", "stopped", "stop",
  ]
  static let passiveAux: Set<String> = ["is", "are", "was", "were", "been", "be", "being"]
}
