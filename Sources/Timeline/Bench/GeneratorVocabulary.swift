/// Word lists and sentence templates for ``CorpusGenerator``.
///
/// Invented events in real places, reported by invented outlets. None of it is taken from
/// the seed articles: the generator exists to test the engine on text it was not tuned on.
enum GeneratorVocabulary {
  struct Place: Sendable {
    var city: String
    var country: String
  }

  /// Cities with their countries (the generator picks hosts and attack sites from these).
  static let places: [Place] = [
    Place(city: "Nairobi", country: "Kenya"), Place(city: "Addis Ababa", country: "Ethiopia"),
    Place(city: "Lagos", country: "Nigeria"), Place(city: "Accra", country: "Ghana"),
    Place(city: "Dakar", country: "Senegal"), Place(city: "Cairo", country: "Egypt"),
    Place(city: "Tunis", country: "Tunisia"), Place(city: "Amman", country: "Jordan"),
    Place(city: "Baghdad", country: "Iraq"), Place(city: "Tehran", country: "Iran"),
    Place(city: "Tashkent", country: "Uzbekistan"), Place(city: "Almaty", country: "Kazakhstan"),
    Place(city: "Bishkek", country: "Kyrgyzstan"), Place(city: "Dushanbe", country: "Tajikistan"),
    Place(city: "Islamabad", country: "Pakistan"), Place(city: "Dhaka", country: "Bangladesh"),
    Place(city: "Colombo", country: "Sri Lanka"), Place(city: "Kathmandu", country: "Nepal"),
    Place(city: "Jakarta", country: "Indonesia"), Place(city: "Manila", country: "Philippines"),
    Place(city: "Hanoi", country: "Vietnam"), Place(city: "Bangkok", country: "Thailand"),
    Place(city: "Lima", country: "Peru"), Place(city: "Bogota", country: "Colombia"),
    Place(city: "Quito", country: "Ecuador"), Place(city: "Santiago", country: "Chile"),
    Place(city: "Montevideo", country: "Uruguay"), Place(city: "Oslo", country: "Norway"),
    Place(city: "Helsinki", country: "Finland"), Place(city: "Vilnius", country: "Lithuania"),
    Place(city: "Riga", country: "Latvia"), Place(city: "Tbilisi", country: "Georgia"),
    Place(city: "Yerevan", country: "Armenia"), Place(city: "Baku", country: "Azerbaijan"),
    Place(city: "Ankara", country: "Turkey"), Place(city: "Athens", country: "Greece"),
    Place(city: "Lisbon", country: "Portugal"), Place(city: "Vienna", country: "Austria"),
    Place(city: "Geneva", country: "Switzerland"), Place(city: "Doha", country: "Qatar"),
  ]

  /// Extra countries that send delegations.
  static let countries: [String] = [
    "China", "India", "Brazil", "Japan", "Germany", "France", "Canada", "Mexico", "Turkey",
    "Saudi Arabia", "South Africa", "Indonesia", "Pakistan", "Iran", "Egypt", "Kenya", "Norway",
    "Qatar", "Kazakhstan", "Uzbekistan", "Argentina", "Chile", "Vietnam", "Malaysia",
  ]

  /// A person with spelling variants outlets use for the same name.
  struct Person: Sendable {
    var variants: [String]
    var role: String
  }

  static let firstNames: [[String]] = [
    ["Sergei", "Sergey"], ["Mohammed", "Muhammad", "Mohamed"], ["Yusuf", "Yousef", "Youssef"],
    ["Aleksandr", "Alexander"], ["Dmitri", "Dmitry"], ["Abdulla", "Abdullah"], ["Nikolai", "Nikolay"],
    ["Olena", "Elena"], ["Hussein", "Husayn"], ["Rustam"], ["Amina"], ["Grace"], ["Tomas", "Thomas"],
    ["Mikhail", "Mikhail"], ["Farida"], ["Daniel"], ["Lucia"], ["Kwame"],
  ]
  static let surnames: [[String]] = [
    ["Karimov"], ["Nazarov"], ["Ochieng"], ["Haddad"], ["Qureshi", "Kureshi"], ["Tkachenko"],
    ["Mensah"], ["Rahimi", "Rakhimi"], ["Soto"], ["Lindqvist"], ["Abbasov"], ["Okafor"],
    ["Petrov"], ["Yilmaz"], ["Mirzoyan"], ["Halvorsen"], ["Bakirov", "Bakyrov"], ["Castillo"],
  ]
  static let diplomaticRoles = [
    "Foreign Minister", "Deputy Foreign Minister", "special envoy", "presidential spokesperson",
  ]
  static let securityRoles = ["Interior Minister", "police chief", "regional governor"]
  static let rescueRoles = ["emergency services spokesperson", "regional governor", "Health Minister"]

  static let outlets: [(name: String, host: String)] = [
    ("The Daily Meridian", "dailymeridian.example"), ("Global Wire Service", "globalwire.example"),
    ("Northern Herald", "northernherald.example"), ("Capital Tribune", "capitaltribune.example"),
    ("Asia Pacific Monitor", "apmonitor.example"), ("Continental Post", "continentalpost.example"),
    ("Harbor Times", "harbortimes.example"), ("Evening Ledger", "eveningledger.example"),
    ("Frontier Dispatch", "frontierdispatch.example"), ("The Observer Weekly", "observerweekly.example"),
    ("Silk Road Review", "silkroadreview.example"), ("Atlantic Chronicle", "atlanticchronicle.example"),
    ("Meridian Radio", "meridianradio.example"), ("The Plains Courier", "plainscourier.example"),
    ("Coastal Gazette", "coastalgazette.example"), ("Highland Times", "highlandtimes.example"),
  ]
  static let agencies = ["Reuters", "AFP", "AP", "Xinhua", "Anadolu", "EFE"]
  static let photographers = ["Ivan Sokolov", "Maria Lopez", "Chen Wei", "Amadou Diallo", "Sara Berg"]
  static let authors = ["Laura Kemp", "Omar Said", "Jonas Weber", "Priya Nair", "Felix Moreau", "Aisha Bello"]

  /// Meeting series: a region and a kind of talks with its topic ("Mekong water talks" on
  /// shared water resources); every combination names one series.
  static let seriesRegions = [
    "Caspian", "Andean", "Mekong", "Baltic", "Sahel", "Himalayan", "Aral Sea", "Black Sea", "Lake Chad",
    "Horn of Africa", "Danube", "Nile Basin", "Arctic", "Amazon", "Balkan", "Caucasus", "Great Lakes", "Red Sea",
    "Adriatic", "Gulf of Guinea",
  ]
  static let meetingKinds: [(name: String, topic: String)] = [
    ("security talks", "regional security"), ("water talks", "shared water resources"),
    ("trade forum", "cross-border trade"), ("energy dialogue", "energy security"), ("peace talks", "the ceasefire"),
    ("fisheries talks", "fishing quotas"), ("border talks", "the disputed frontier"), ("grain talks", "grain exports"),
  ]
  static let summitKinds: [(name: String, members: String)] = [
    ("Energy Summit", "member states"), ("Trade Summit", "member governments"), ("Climate Summit", "member nations"),
    ("Leaders Summit", "regional governments"), ("Investment Summit", "partner states"),
  ]
  static var meetingSeries: [(name: String, topic: String)] {
    seriesRegions.flatMap { r in meetingKinds.map { ("\(r) \($0.name)", $0.topic) } }
  }
  static var summitSeries: [(name: String, members: String)] {
    seriesRegions.flatMap { r in summitKinds.map { ("\(r) \($0.name)", $0.members) } }
  }
  static let attackTargets = [
    "a crowded market", "a bus station", "a police checkpoint", "a government building", "a wedding hall",
    "a hotel lobby", "a mosque", "a football stadium",
  ]
  static let attackWeapons = ["A car bomb", "A suicide bomber", "Gunmen", "A roadside bomb", "An explosive device"]
  static let militantGroups = [
    "the Northern Liberation Front", "the Crescent Brigade", "the People's Vanguard", "the Black Banner group",
  ]
  static let disasterKinds: [(noun: String, verb: String)] = [
    ("earthquake", "struck"), ("flood", "swept through"), ("landslide", "buried"), ("cyclone", "hit"),
  ]

  /// Quotes with a wording variant another outlet may print, by kind of event.
  static let diplomaticQuotes: [(String, String)] = [
    (
      "This meeting marks a turning point for the whole region", "This meeting is a turning point for the entire region"
    ),
    (
      "We will not accept any interference in our internal affairs",
      "We will never accept interference in our internal affairs"
    ),
    ("The talks were frank and constructive", "The talks were open and constructive"),
    ("Our patience is not unlimited", "Our patience has limits"),
    ("The previous approach was a complete failure", "The previous approach was a total fiasco"),
    ("Nobody should expect a breakthrough overnight", "No one should expect an overnight breakthrough"),
  ]
  static let securityQuotes: [(String, String)] = [
    ("Those responsible will be found and punished", "Those responsible will be tracked down and punished"),
    ("This cowardly act will not break our resolve", "This cowardly attack will not break our will"),
    ("We have reinforced security at all public places", "Security has been stepped up at all public places"),
  ]
  static let rescueQuotes: [(String, String)] = [
    ("Rescue teams are working around the clock", "Rescuers are working day and night"),
    ("We are still pulling people from the rubble", "People are still being pulled from the rubble"),
    ("The priority now is shelter and clean water", "Our priority is shelter and clean water"),
  ]

  static let ordinalWords = [
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
  ]
  static let monthNames = [
    "", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]
  static let monthAbbreviations = [
    "", "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
  ]
  static let weekdays = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  static let numberWords = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  ]

  /// Sentences with no event in them, to give articles realistic length.
  static let fillers: [String] = [
    "Analysts said the outcome would depend on how quickly the parties follow through on their commitments.",
    "The government has faced growing criticism at home over its handling of the economy.",
    "Diplomats privately expressed doubts that the process would produce lasting results.",
    "Local residents said prices for food and fuel have risen sharply over the past year.",
    "Opposition lawmakers have called for a parliamentary inquiry.",
    "Several international organisations have offered technical assistance.",
    "The region has long been a crossroads of trade routes and competing influence.",
    "Officials declined to give further details, citing the sensitivity of the matter.",
    "Independent observers were not given access to the area.",
    "The country's currency fell against the dollar in early trading.",
    "Human rights groups urged all sides to protect civilians.",
    "A spokesperson for the ministry did not respond to a request for comment.",
    "Unemployment among young people remains one of the highest in the region, according to official figures.",
    "Critics say the authorities have done too little to address the underlying causes of instability.",
    "The capital's main roads were jammed with traffic as people tried to reach relatives.",
    "Mobile phone networks were partly down for several hours, residents said.",
    "The foreign ministry summoned several ambassadors to explain its position.",
    "Neighbouring governments have watched developments closely, wary of any spillover.",
    "Economists warn that the country faces a difficult year, with inflation still in double digits.",
    "Television footage showed crowds gathering outside the main government offices.",
    "Aid agencies said they were preparing to send food, blankets and medical supplies.",
    "The issue is expected to dominate debate in parliament in the coming weeks.",
    "Some residents questioned whether the authorities had been adequately prepared.",
    "Relations between the two sides have been strained by years of mutual suspicion.",
  ]

  /// Boilerplate blocks outlets put around articles.
  static let boilerplate: [String] = [
    "Subscribe to our newsletter to get the day's top stories in your inbox.",
    "Share this article: Facebook | Twitter | Email",
    "Leave a reply\nYour email address will not be published. Required fields are marked *",
    "Follow us on social media for the latest updates.",
    "© All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
  ]
}

extension GeneratorVocabulary {
  static func quotes(for kind: CorpusGenerator.Kind) -> [(String, String)] {
    switch kind {
    case .meeting, .summit: diplomaticQuotes
    case .attack: securityQuotes
    case .disaster: rescueQuotes
    }
  }

  static func roles(for kind: CorpusGenerator.Kind) -> [String] {
    switch kind {
    case .meeting, .summit: diplomaticRoles
    case .attack: securityRoles
    case .disaster: rescueRoles
    }
  }
}
