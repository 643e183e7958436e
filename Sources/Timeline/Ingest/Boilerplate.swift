/// The vocabulary of news-site furniture: the lines around an article that are not its text.
///
/// Patterns of page templates, never the wording of one article. Each list is matched against
/// a block's analysis text, lowercased, with curly apostrophes made straight. Add a phrase to
/// the list it belongs to; `BoilerplateTests` shows each family on invented examples.
enum Boilerplate {
  /// A block that starts with one of these opens a subscription / promotion tail.
  static let subscriptionHeadings = [
    "subscribe", "sign up for", "sign up to", "become a member", "become a subscriber", "support our journalism",
    "support independent journalism", "get our newsletter", "newsletter", "join our mailing list",
    "get the latest news", "get unlimited access", "already a subscriber", "start your free trial",
  ]

  /// Words that keep a promotion tail going.
  static let promotionWords = [
    "subscri", "newsletter", "exclusive", "access", "magazine", "edition", "issues", "digital", "print",
    "unlimited", "money back", "money-back", "cancel anytime", "ad free", "ad-free", "per year", "per month",
    "free trial", "membership", "member", "donat", "sign up", "inbox", "offer", "premium", "guarantee",
  ]

  /// A block that starts with one of these opens the comment section.
  static let commentHeadings = [
    "leave a reply", "leave a comment", "post a comment", "add a comment", "write a comment", "join the discussion",
    "join the conversation", "comments", "show comments", "view comments", "discussion", "reader comments",
    "you must be logged in to post a comment", "cancel reply",
  ]

  /// Lines of a comment form.
  static let commentFormPhrases = [
    "your email address will not be published", "required fields are marked", "save my name", "post comment",
    "notify me of", "comment *", "name *", "email *", "website", "cancel reply", "log in to reply",
    "logged in to post", "this site uses akismet", "comment policy",
  ]

  /// A block that starts with one of these opens a list of links to other articles.
  static let relatedHeadings = [
    "related posts", "related articles", "related stories", "related news", "related content", "related coverage",
    "related", "read more", "more from", "more stories", "more news", "you may also like", "you might also like",
    "recommended", "recommended for you", "most read", "most popular", "trending", "latest news", "read next",
    "also on", "more on this story", "popular posts", "top stories", "see also", "further reading",
  ]

  /// A short block starting with one of these is one boilerplate line.
  static let linePrefixes: [(String, String)] = [
    ("share this", "share line"), ("share on", "share line"), ("share:", "share line"),
    ("share via", "share line"), ("click to share", "share line"), ("click to email", "share line"),
    ("click to print", "share line"), ("follow us", "follow line"), ("follow @", "follow line"),
    ("follow on", "follow line"), ("like us on", "follow line"), ("join us on", "follow line"),
    ("advertisement", "advertisement"), ("sponsored", "advertisement"),
    ("story continues below", "advertisement"), ("article continues below", "advertisement"),
    ("media caption", "video caption"), ("watch the video", "video link"), ("play video", "video link"),
    ("read more:", "related link"),
    ("read also", "related link"), ("also read", "related link"), ("read:", "related link"),
    ("related:", "related link"), ("more:", "related link"), ("watch:", "related link"), ("see also:", "related link"),
    ("what to know about", "related link"), ("tags:", "tag list"), ("filed under", "tag list"),
    ("topics:", "tag list"), ("categories:", "tag list"), ("copyright", "copyright line"),
    ("©", "copyright line"), ("all rights reserved", "copyright line"), ("skip to", "navigation"),
    ("back to top", "navigation"), ("print this", "share line"), ("email this", "share line"),
    ("like this:", "share line"), ("loading...", "page script text"), ("continue reading", "navigation"),
    ("download the app", "promotion"), ("download our app", "promotion"), ("we use cookies", "cookie notice"),
    ("this website uses cookies", "cookie notice"), ("accept cookies", "cookie notice"),
    ("click here to", "promotion"), ("listen to this article", "audio player"), ("play audio", "audio player"),
    ("enable javascript", "page script text"), ("previous article", "navigation"), ("next article", "navigation"),
    ("previous post", "navigation"), ("next post", "navigation"), ("image source", "image credit"),
    ("image credit", "image credit"), ("photo credit", "image credit"), ("photo:", "image credit"),
    ("photograph:", "image credit"), ("photo by", "image credit"), ("image:", "image credit"),
    ("credit:", "image credit"), ("file photo", "image credit"),
  ]

  /// One-word blocks that are buttons.
  static let buttonWords: Set<String> = [
    "share", "tweet", "email", "print", "comments", "comment", "reply", "facebook", "twitter", "whatsapp",
    "telegram", "linkedin", "pinterest", "reddit", "x", "copy link", "save", "menu", "search", "home", "login",
    "log in", "register", "subscribe", "advertisement", "close", "more", "next", "previous", "top", "vk",
    "flipboard", "messenger", "sms", "mail",
  ]

  /// Names that mark a photo credit (stock agencies, wire photo desks).
  static let creditNames = [
    "getty images", "getty", "istock", "shutterstock", "alamy", "ap photo", "associated press", "reuters", "afp",
    "epa", "efe", "tass", "sputnik", "ria novosti", "xinhua", "anadolu", "bloomberg", "dpa", "pool", "courtesy",
    "handout", "wikimedia", "creative commons", "unsplash", "pexels", "ansa", "kyodo", "yonhap", "zuma",
    "sipa", "imago", "picture alliance", "nurphoto", "sopa images", "ani", "pti", "ians",
  ]

  /// News agencies: a line "By AFP" names the agency as the source (outlet).
  static let agencies: [String: String] = [
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP", "ap": "AP",
    "associated press": "AP", "the associated press": "AP", "reuters": "Reuters", "reuters staff": "Reuters",
    "tass": "TASS", "ria novosti": "RIA Novosti", "interfax": "Interfax", "xinhua": "Xinhua", "dpa": "dpa",
    "ansa": "ANSA", "efe": "EFE", "upi": "UPI", "bloomberg": "Bloomberg", "pti": "PTI", "ians": "IANS",
    "anadolu agency": "Anadolu Agency", "kyodo": "Kyodo", "kyodo news": "Kyodo", "yonhap": "Yonhap",
    "bernama": "Bernama", "rfe/rl": "RFE/RL", "sputnik": "Sputnik", "ani": "ANI", "cna": "CNA",
  ]

  /// Phrases opening a reporting credit line ("With reporting by AFP and TASS").
  static let reportingCredits = [
    "with reporting by", "reporting by", "additional reporting by", "additional reporting from", "compiled by",
    "edited by", "editing by", "writing by", "written with", "with contributions from", "contributing:",
    "this story was", "this article was originally published", "this article originally appeared",
    "originally published", "a version of this story", "this report was",
  ]

  /// Labels in front of the article's URL.
  static let urlLabels = [
    "original url", "original article", "source url", "source", "url", "link", "read the original", "originally at",
    "canonical",
  ]

  /// Labels that open a caption ("Image caption, Rescuers search…").
  static let captionLabels = ["image caption", "photo caption", "caption:", "pictured:", "above:", "top photo:"]

  /// Cues that a paragraph describes a photo.
  static let positionalCues = [
    "(left)", "(right)", "(center)", "(centre)", "(l)", "(r)", "(c)", "(second left)", "(second right)",
    "(third left)", "(third right)", "(front)", "(back)", "(top)", "(bottom)", "(l-r)", "(l to r)", ", left,",
    ", right,", ", center,", ", centre,", " from left", " from right", "left to right", "pictured",
    "in this photo", "in this file photo", "in this image", "this handout photo", "seen here", "is seen",
    "are seen", "photo taken", "photographed", "file photo",
  ]

  /// Present-tense verbs that describe the moment of a photo (news text reports in the past).
  static let photoVerbs = [
    " speaks to ", " speaks with ", " speaks during ", " speaks at ", " takes part", " take part", " attends ",
    " attend ", " arrives ", " arrive ", " gestures", " listens", " listen ", " poses ", " pose ", " shakes hands",
    " shake hands", " waves ", " wave ", " sits ", " sit ", " stands ", " stand ", " walks ", " walk ",
    " looks on", " look on", " greets ", " greet ", " meets with ", " holds a ", " hold a ", " delivers ",
    " addresses ", " inspects ", " visits ", " chats ", " talks with ", " talks to ", " are seen ", " is seen ",
  ]

  // Byte-matched forms of the lists above (``PhraseList``, sets for whole-line tests).
  static let subscriptionHeadingList = PhraseList(subscriptionHeadings)
  static let commentHeadingList = PhraseList(commentHeadings)
  static let relatedHeadingSet = Set(relatedHeadings)
  static let urlLabelSet = Set(urlLabels)
  static let reportingCreditList = PhraseList(reportingCredits)
  static let linePrefixList = PhraseList(linePrefixes.map(\.0))
  static let captionLabelList = PhraseList(captionLabels)
  // Lists searched anywhere in a block (``PhraseSearch``); those that fold case are searched
  // in a long ASCII block's own text (``BlockClassifier/View/searchText``).
  static let promotionWordSearch = PhraseSearch(promotionWords, foldingCase: true)
  static let commentFormSearch = PhraseSearch(commentFormPhrases, foldingCase: true)
  static let creditNameSearch = PhraseSearch(creditNames)
  static let positionalCueSearch = PhraseSearch(positionalCues, foldingCase: true)
  static let photoVerbSearch = PhraseSearch(photoVerbs)
  /// The longest agency name in bytes (a longer line names no agency).
  static let longestAgency = agencies.keys.map(\.utf8.count).max() ?? 0
}
