/// The proper-name words of a mention's sentence: "Lion Air flight JT610, which crashed into
/// the Java Sea on October 29" → `air java jt610 sea`. Two reports of one event in different
/// articles name the same airline, bridge, summit venue or vessel even when their sentences
/// share few other words, and a year-only background mention ("the Carbis Bay summit last
/// year") has nothing else to meet its dated reports with.
///
/// A word counts when it starts with an uppercase letter and is not the sentence's first
/// word (capitalized anyway), not a calendar word (months and weekdays are the time's
/// business), not a function word or a title (capitalized after a quote mark, or before any
/// name: "Prime Minister"), not inside parentheses (a dateline's "(Reuters)"). Headlines and captions, where every word may be capitalized,
/// give none. Lowercased, sorted, each once.
enum ProperWords {
  static func of(_ m: EventMention) -> [String] {
    guard m.role != .headline && m.role != .caption else { return [] }
    return of(m.citation.text)
  }

  static func of(_ text: String) -> [String] {
    var text = text
    return text.withUTF8 { of(bytes: $0) }
  }

  private static func of(bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var out: [String] = []
    forEachWord(bytes) { word in
      let lower = UTF8Bytes.lowercased(bytes: word)
      if !stop.contains(lower) { out.append(lower) }
    }
    return EventResolver.sortedUnique(out)
  }

  /// Calls `word` with the bytes of each word of the text that counts as a proper name but for
  /// the stop words (``stop``), as written (not lowercased), in text order.
  ///
  /// One pass over the UTF-8 bytes: ASCII letters and digits are read as bytes, and only a
  /// non-ASCII byte decodes its scalar (scanning by `unicodeScalars` and building every word
  /// was a sixth of a whole reconcile).
  static func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: (UnsafeBufferPointer<UInt8>) -> Void) {
    var first = true
    var depth = 0  // inside parentheses: "(Reuters)", "(AP)" name the outlet, not the event
    var i = 0
    let n = bytes.count
    while i < n {
      // Skip to the next word character, minding parentheses.
      let b = bytes[i]
      if b < 0x80 {
        if !MarkupCleaner.isAlnum(b) {
          if b == UInt8(ascii: "(") { depth += 1 } else if b == UInt8(ascii: ")") { depth = max(0, depth - 1) }
          i += 1
          continue
        }
      } else {
        let (scalar, length) = decode(bytes, i)
        if !isWord(scalar) {
          i += length
          continue
        }
      }
      // A word: its extent, whether it starts uppercase, how many scalars.
      let start = i
      var upper = false
      var scalars = 0
      while i < n {
        let c = bytes[i]
        if c < 0x80 {
          guard MarkupCleaner.isAlnum(c) else { break }
          if scalars == 0 { upper = c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") }
          i += 1
        } else {
          let (scalar, length) = decode(bytes, i)
          guard isWord(scalar) else { break }
          if scalars == 0 { upper = scalar.properties.isUppercase }
          i += length
        }
        scalars += 1
      }
      if first {
        first = false
        continue
      }
      guard upper, scalars >= 2, depth == 0 else { continue }
      word(UnsafeBufferPointer(rebasing: bytes[start..<i]))
    }
  }

  /// Whether the lowercase ASCII word `bytes` is one of ``stop``, by its bytes: no string made
  /// and hashed per word.
  static func isStop(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let key = StopKey(bytes) else { return false }
    let k = stopKeys.partitionPoint { $0 < key }
    return k < stopKeys.count && stopKeys[k] == key
  }

  /// ``stop``'s words as ``StopKey``s, sorted.
  private static let stopKeys: [StopKey] = stop.compactMap { word in
    Array(word.utf8).withUnsafeBufferPointer { StopKey($0) }
  }.sorted()

  /// A word of at most 16 bytes (none of them 0) packed into two integers, eight bytes each.
  private struct StopKey: Comparable {
    let head: UInt64
    let tail: UInt64

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard bytes.count <= 16 else { return nil }
      var (head, tail): (UInt64, UInt64) = (0, 0)
      for (k, b) in bytes.enumerated() {
        if k < 8 { head |= UInt64(b) << (8 * k) } else { tail |= UInt64(b) << (8 * (k - 8)) }
      }
      (self.head, self.tail) = (head, tail)
    }

    static func < (a: Self, b: Self) -> Bool { (a.head, a.tail) < (b.head, b.tail) }
  }

  private static func isWord(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }

  /// The scalar whose UTF-8 encoding starts at `i` and its length in bytes (U+FFFD and one
  /// byte for an invalid sequence).
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
    var it = bytes[i...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let s) = decoder.decode(&it) { return (s, UTF8.width(s)) }
    return ("\u{FFFD}", 1)
  }

  /// Capitalized words that name nothing: function words after a quote mark or a colon,
  /// titles before names, calendar words.
  static let stop: Set<String> = [
    "the", "a", "an", "and", "but", "or", "nor", "in", "on", "at", "by", "for", "of", "to", "from", "with", "as",
    "it", "he", "she", "they", "we", "you", "his", "her", "their", "its", "our", "this", "that", "these",
    "those", "after", "before", "when", "while", "since", "there", "then", "if", "so", "no", "not", "all",
    "mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "chief", "secretary", "former", "gov",
    "sen", "rep", "gen", "lt", "col", "sgt", "judge", "king", "queen", "prince", "princess",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
}
