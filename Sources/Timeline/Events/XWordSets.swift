import Foundation

/// Which of the extraction rules' hot word sets a token's lowercase form belongs to, found with
/// one dictionary lookup when the token is made.
///
/// Each flag stands for one word set (or the keys of one word table) that stays defined, as
/// strings, beside the rule that uses it; ``sources`` names them and ``entries`` merges them. A
/// rule then tests a bit (`toks[k].isIn(.speechCues)`) instead of hashing the same word
/// against set after set, sentence after sentence.
///
/// ```swift
/// XWordSets.of("said")  // [.stopwords, .speechCues, .speechVerbs]
/// XWordSets.of("Said")  // [] (keys are lowercase; pass a token's `lower`)
/// ```
///
/// Watch out for: a flag is only as good as its source; `XWordSetsTests` checks that every
/// flag holds exactly the words of its set.
struct XWordSets: OptionSet, Sendable {
  let rawValue: UInt64

  static let quoteMarks = XWordSets(rawValue: 1 << 0)
  static let stopwords = XWordSets(rawValue: 1 << 1)
  static let speechCues = XWordSets(rawValue: 1 << 2)
  static let speechVerbs = XWordSets(rawValue: 1 << 3)
  static let numberWords = XWordSets(rawValue: 1 << 4)
  static let statusVerbs = XWordSets(rawValue: 1 << 5)
  static let headVerbs = XWordSets(rawValue: 1 << 6)
  static let hostVerbs = XWordSets(rawValue: 1 << 7)
  static let triggerStarts = XWordSets(rawValue: 1 << 8)
  static let gazetteerStarts = XWordSets(rawValue: 1 << 9)
  static let titleStarts = XWordSets(rawValue: 1 << 10)
  static let nonNameCaps = XWordSets(rawValue: 1 << 11)
  static let relativePronouns = XWordSets(rawValue: 1 << 12)
  static let subordinators = XWordSets(rawValue: 1 << 13)
  static let groupAnaphors = XWordSets(rawValue: 1 << 14)
  static let boundaryVerbs = XWordSets(rawValue: 1 << 15)
  static let otherInstanceWords = XWordSets(rawValue: 1 << 16)
  static let elsewhereWords = XWordSets(rawValue: 1 << 17)
  static let particles = XWordSets(rawValue: 1 << 18)
  static let ordinals = XWordSets(rawValue: 1 << 19)
  static let ordinalGap = XWordSets(rawValue: 1 << 20)
  static let countGapStops = XWordSets(rawValue: 1 << 21)
  static let determiners = XWordSets(rawValue: 1 << 22)
  static let seriesStops = XWordSets(rawValue: 1 << 23)
  static let seriesGeneric = XWordSets(rawValue: 1 << 24)
  static let referenceWords = XWordSets(rawValue: 1 << 25)
  static let referenceStops = XWordSets(rawValue: 1 << 26)
  static let themeFillers = XWordSets(rawValue: 1 << 27)
  static let themePrepositions = XWordSets(rawValue: 1 << 28)
  static let themeVerbs = XWordSets(rawValue: 1 << 29)
  static let givenNames = XWordSets(rawValue: 1 << 30)
  static let orgEndWords = XWordSets(rawValue: 1 << 31)
  /// The lowercase forms of ``EntityRecognizer/romanNumerals`` (which match case-sensitively):
  /// a cheap test before the set's own.
  static let romanNumerals = XWordSets(rawValue: 1 << 32)
  static let premodifierStart = XWordSets(rawValue: 1 << 33)
  static let locatives = XWordSets(rawValue: 1 << 34)
  static let placeNouns = XWordSets(rawValue: 1 << 35)
  static let compassWords = XWordSets(rawValue: 1 << 36)
  static let impactVerbs = XWordSets(rawValue: 1 << 37)
  static let headingWords = XWordSets(rawValue: 1 << 38)
  static let killVerbs = XWordSets(rawValue: 1 << 39)
  static let woundVerbs = XWordSets(rawValue: 1 << 40)
  static let voteVerbs = XWordSets(rawValue: 1 << 41)
  static let riseWords = XWordSets(rawValue: 1 << 42)
  static let participationCues = XWordSets(rawValue: 1 << 43)
  static let months = XWordSets(rawValue: 1 << 44)
  static let cityLocatives = XWordSets(rawValue: 1 << 45)
  static let multipliers = XWordSets(rawValue: 1 << 46)
  static let countUnits = XWordSets(rawValue: 1 << 47)
  static let peopleNouns = XWordSets(rawValue: 1 << 48)
  static let compoundHeads = XWordSets(rawValue: 1 << 49)
  static let processWords = XWordSets(rawValue: 1 << 50)

  /// Every flag with the words it stands for, where the rules define them.
  static let sources: [(flag: XWordSets, words: Set<String>)] = [
    (.quoteMarks, XToken.quoteMarks),
    (.stopwords, ClaimFinder.stopwords),
    (.speechCues, ClaimFinder.speechCues),
    (.speechVerbs, EntityRecognizer.speechVerbs),
    (.numberWords, Set(ClaimRules.numberWords.keys)),
    (.statusVerbs, Set(ClaimRules.statusVerbs.keys)),
    (.headVerbs, MentionFinder.headVerbs),
    (.hostVerbs, MentionFinder.hostVerbs),
    (.triggerStarts, Set(TriggerLexicon.byFirstWord.keys)),
    (.gazetteerStarts, Set(Gazetteer.shared.byFirstWord.keys)),
    (.titleStarts, Set(Gazetteer.shared.titlesByFirstWord.keys)),
    (.nonNameCaps, EntityRecognizer.nonNameCaps),
    (.relativePronouns, XUnit.relativePronouns),
    (.subordinators, XUnit.subordinators),
    (.groupAnaphors, MentionFinder.groupAnaphors),
    (.boundaryVerbs, Set(MentionFinder.boundaryVerbs.keys)),
    (.otherInstanceWords, MentionFinder.otherInstanceWords),
    (.elsewhereWords, MentionFinder.elsewhereWords),
    (.particles, EntityRecognizer.particles),
    (.ordinals, Set(MentionFinder.ordinals.keys)),
    (.ordinalGap, MentionFinder.ordinalGap),
    (.countGapStops, ClaimFinder.countGapStops),
    (.determiners, MentionFinder.determiners),
    (.seriesStops, MentionFinder.seriesStops),
    (.seriesGeneric, MentionFinder.seriesGeneric),
    (.referenceWords, Set(MentionFinder.referenceWords.keys)),
    (.referenceStops, MentionFinder.referenceStops),
    (.themeFillers, MentionFinder.themeFillers),
    (.themePrepositions, MentionFinder.themePrepositions),
    (.themeVerbs, MentionFinder.themeVerbs),
    (.givenNames, GazetteerData.givenNames),
    (.orgEndWords, EntityRecognizer.orgEndWords),
    (.romanNumerals, Set(EntityRecognizer.romanNumerals.map { $0.lowercased() })),
    (.premodifierStart, MentionFinder.premodifierStart),
    (.locatives, MentionFinder.locatives),
    (.placeNouns, MentionFinder.placeNouns),
    (.compassWords, MentionFinder.compassWords),
    (.impactVerbs, MentionFinder.impactVerbs),
    (.headingWords, MentionFinder.headingWords),
    (.killVerbs, ClaimRules.killVerbs),
    (.woundVerbs, ClaimRules.woundVerbs),
    (.voteVerbs, ClaimRules.voteVerbs),
    (.riseWords, ClaimFinder.riseWords),
    (.participationCues, ClaimFinder.participationCues),
    (.months, ClaimFinder.months),
    (.cityLocatives, EntityRecognizer.cityLocatives),
    (.multipliers, Set(ClaimRules.multipliers.keys)),
    (.countUnits, Set(ClaimRules.units.keys)),
    (.peopleNouns, ClaimRules.peopleNouns),
    (.compoundHeads, MentionFinder.compoundHeads),
    (.processWords, EntityRecognizer.processWords),
  ]

  /// Every lowercase word of a phrase the extraction matches token by token (triggers, the
  /// gazetteer's names, titles), numbered in sorted order: a token carries its word's number
  /// (``XToken/word``), and ``TokenPhrases`` compares numbers instead of strings.
  static let vocabulary: [String: Int32] = {
    // Each phrase's words inserted in place (lists of every phrase's words, flattened first,
    // were copies made to be read once).
    var words = Set<String>()
    for triggers in TriggerLexicon.byFirstWord.values {
      for trigger in triggers { for w in trigger.words { words.insert(w) } }
    }
    for entries in Gazetteer.shared.byFirstWord.values {
      for entry in entries { for w in entry.words { words.insert(w) } }
    }
    for titles in Gazetteer.shared.titlesByFirstWord.values {
      for title in titles { for w in title { words.insert(w) } }
    }
    // Sorted by their bytes: an order that does not depend on canonical equivalence. The bytes
    // are copied out once and compared with `memcmp` (comparing the strings' UTF-8 views a
    // byte at a time was half the cost of the table).
    let keyed = words.map { (bytes: Array($0.utf8), word: $0) }
    let sorted = keyed.sorted { a, b in
      let n = min(a.bytes.count, b.bytes.count)
      let order =
        n == 0
        ? 0
        : a.bytes.withUnsafeBufferPointer { pa in
          b.bytes.withUnsafeBufferPointer { pb in memcmp(pa.baseAddress!, pb.baseAddress!, n) }
        }
      return order != 0 ? order < 0 : a.bytes.count < b.bytes.count
    }
    var out: [String: Int32] = [:]
    out.reserveCapacity(sorted.count)
    for (number, entry) in sorted.enumerated() { out[entry.word] = Int32(number) }
    return out
  }()

  /// Lowercase word → its sets and its number (words of a set of ``sources`` or of ``vocabulary``).
  ///
  /// Made from ``sources`` and ``vocabulary`` in one pass (a table of the sets alone, merged
  /// into this one, hashed every word twice more).
  static let entries: [String: XWordInfo] = {
    var out: [String: XWordInfo] = [:]
    out.reserveCapacity(vocabulary.count + sources.reduce(0) { $0 + $1.words.count })
    for (flag, words) in sources {
      for w in words { out[w, default: XWordInfo()].sets.insert(flag) }
    }
    for (w, number) in vocabulary { out[w, default: XWordInfo()].word = number }
    return out
  }()

  /// The sets `lower` (a lowercase word) belongs to.
  static func of(_ lower: String) -> XWordSets { info(lower).sets }

  /// The sets and the number of `lower` (a lowercase word).
  static func info(_ lower: String) -> XWordInfo {
    if let hash = ASCIIWordTable.Hash(lower) { return asciiTable.lookup(lower, hash) }
    return entries[lower] ?? XWordInfo()
  }

  /// The ASCII words of ``entries``, for the common case.
  ///
  /// ASCII words are equal exactly when their bytes are, so a cheap byte hash finds them.
  /// Other words go through ``entries``, which compares strings by canonical equivalence
  /// ("communiqué" either way).
  static let asciiTable = ASCIIWordTable(entries)
}

/// What the word tables know of one lowercase word: the sets it belongs to and its number in
/// ``XWordSets/vocabulary`` (-1 when no phrase has it).
struct XWordInfo: Sendable, Equatable {
  var sets: XWordSets = []
  var word: Int32 = -1
}

/// An open-addressing hash table from ASCII words to their ``XWordInfo``, hashed with FNV-1a
/// over the bytes (much cheaper than `String` hashing for a lookup per token).
///
/// A probe compares a slot's hash fingerprint and key length first (``probes``, 8 bytes a slot,
/// apart from the slots), and reads the slot, with the word and the answer, only when both
/// match. The tokenizer hashes a token's bytes as it reads them.
struct ASCIIWordTable: Sendable {
  /// FNV-1a over bytes, fed one byte at a time.
  struct Hash: Equatable {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    /// The hash of `word`'s bytes, or nil when `word` is not ASCII.
    init?(_ word: String) {
      for b in word.utf8 {
        if b >= 0x80 { return nil }
        add(b)
      }
    }

    @inline(__always) mutating func add(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }

    var slot: Int { Int(truncatingIfNeeded: value ^ (value >> 29)) }
    /// Never 0 (0 marks an empty slot).
    var fingerprint: UInt32 { UInt32(truncatingIfNeeded: value >> 32) | 1 }
  }

  /// One slot's answer and word, 32 bytes (two to a cache line): a hit reads one cache line of
  /// them (parallel arrays of keys and values cost a cache miss each on a hit).
  private struct Slot {
    var sets: XWordSets = []
    var key = ""
    /// Where `key`'s bytes start in ``keyBytes``.
    var keyStart: Int32 = 0
    var word: Int32 = -1
  }
  private var slots: [Slot]
  /// Each slot's ``Hash/fingerprint`` (high 32 bits) and key length in bytes (low 32 bits); 0
  /// marks an empty slot. A probe walks these, 8 bytes a slot (64 KB for the 8,192 slots of
  /// the extraction's words), and reads a slot only when its fingerprint and length are the
  /// token's: a word the table lacks (a third of the tokens) reads no slot at all. In the slots
  /// themselves (320 KB of 40-byte slots then, and the probe's only memory) the tokenizer
  /// waited on the slot's load in about 43% of its own time at 100,000 documents, when the
  /// other stages' data pushes the table out of the cache.
  private var probes: [UInt64]
  private let mask: Int
  /// Every key's bytes, one after another: ``slot(lowercasing:_:)`` compares a token's bytes
  /// with them, before any string is made.
  private var keyBytes: [UInt8] = []
  /// Each slot's key with its first letter capitalized ("the" → "The"), beside the slots (read
  /// only for a capitalized token): a sentence-initial or capitalized word the table has takes
  /// this string as its text instead of making one from its bytes.
  private var titles: [String]

  /// A table of the ASCII entries of `words` (other entries are left out).
  init(_ words: [String: XWordInfo]) {
    let ascii = words.compactMap { word, info in Hash(word).map { (word, info, $0) } }
    var size = 16
    while size < ascii.count * 2 { size *= 2 }
    slots = Array(repeating: Slot(), count: size)
    probes = Array(repeating: 0, count: size)
    titles = Array(repeating: "", count: size)
    mask = size - 1
    for (word, info, hash) in ascii {
      var slot = hash.slot & mask
      while probes[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Slot(sets: info.sets, key: word, keyStart: Int32(keyBytes.count), word: info.word)
      probes[slot] = Self.probe(hash, count: word.utf8.count)
      keyBytes.append(contentsOf: word.utf8)
      var title = Array(word.utf8)
      if let first = title.first, first >= 0x61 && first <= 0x7A { title[0] = first - 0x20 }
      titles[slot] = String(decoding: title, as: UTF8.self)
    }
  }

  /// The slot of the ASCII word that `bytes` spells once `A`–`Z` are lowercased (`hash` is
  /// the hash of those lowercase bytes); nil when the tables do not have it.
  ///
  /// The tokenizer asks this before it makes any string: a token whose word the table has
  /// takes the table's strings (``key(at:)``, ``title(at:)``) and its ``info(at:)``.
  func slot(lowercasing bytes: UnsafeBufferPointer<UInt8>, _ hash: Hash) -> Int? {
    let wanted = Self.probe(hash, count: bytes.count)
    return probes.withUnsafeBufferPointer { probes in
      var slot = hash.slot & mask
      while probes[slot] != 0 {
        if probes[slot] == wanted {
          let start = Int(slots[slot].keyStart)
          let same = keyBytes.withUnsafeBufferPointer { keys in
            for k in 0..<bytes.count {
              let b = bytes[k]
              if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != keys[start + k] { return false }
            }
            return true
          }
          if same { return slot }
        }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  /// The ``probes`` entry of a word whose bytes hash to `hash`, `count` bytes long (never 0:
  /// the fingerprint is not).
  @inline(__always) private static func probe(_ hash: Hash, count: Int) -> UInt64 {
    UInt64(hash.fingerprint) << 32 | UInt64(UInt32(truncatingIfNeeded: count))
  }

  /// The sets and number of the word in `slot` (from ``slot(lowercasing:_:)``).
  @inline(__always) func info(at slot: Int) -> XWordInfo {
    XWordInfo(sets: slots[slot].sets, word: slots[slot].word)
  }

  /// The word in `slot`, lowercase.
  @inline(__always) func key(at slot: Int) -> String { slots[slot].key }

  /// The word in `slot` with its first letter capitalized: the text of a token whose only
  /// capital is its first byte.
  @inline(__always) func title(at slot: Int) -> String { titles[slot] }

  /// The sets and number of the ASCII word `word`, whose bytes hash to `hash` (no sets and
  /// no number when the tables do not have it).
  func lookup(_ word: String, _ hash: Hash) -> XWordInfo {
    let wanted = Self.probe(hash, count: word.utf8.count)
    var slot = hash.slot & mask
    while probes[slot] != 0 {
      if probes[slot] == wanted && slots[slot].key == word {
        return XWordInfo(sets: slots[slot].sets, word: slots[slot].word)
      }
      slot = (slot + 1) & mask
    }
    return XWordInfo()
  }
}
