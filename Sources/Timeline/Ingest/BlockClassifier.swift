import Foundation

/// Metadata the text itself states, each value with the span it came from.
struct TextMetadata: Sendable {
  struct Field: Sendable {
    var value: String
    var span: SourceSpan
    var rule: String
    var note: String
  }

  var title: Field?
  var author: Field?
  var published: Field?
  /// The first "Updated …" date line: the publication date when nothing else states one.
  var updated: Field?
  var url: Field?
  var outlet: Field?
}

/// Gives every paragraph a role (headline, body, caption, metadata, boilerplate) with a reason,
/// and collects the metadata the text states (byline, date line, agency line, URL line).
///
/// Rules, in order: tails (a subscription heading, a comment heading or a related-posts heading
/// starts a run of furniture), metadata lines (URL, byline, date line, agency, reporting
/// credit), one-line furniture (image credits, share/follow lines, inline related links),
/// the headline (the first short line), photo captions (positional cues, a present-tense photo
/// verb, a trailing photo credit, a place between headline and lede). Everything else is body.
struct BlockClassifier {
  let source: SourceText
  let raw: [RawBlock]

  /// Analysis view of one block: the cleaned text of its first bytes.
  struct View {
    var text: String
    /// `text` lowercased (`’` as `'`) when the block is short (at most ``lowercaseWords``
    /// words: its whole-line tests read it again and again) or not ASCII. A long ASCII block
    /// keeps none: its searches fold case in `text` itself (``searchText``), and the rare
    /// rule that wants the copy makes it (``lower``).
    var storedLower: String?
    /// Number of space-separated words (the analysis text has single spaces).
    var words: Int
    /// The text lowercased, without trailing `:.!?*` (for whole-line phrase tests); empty for
    /// blocks over 30 words.
    var bare: String
    var firstWord: Substring { lower.prefix { $0 != " " } }
    /// `text` lowercased (`’` as `'`).
    var lower: String { storedLower ?? UTF8Bytes.lowercased(text) }
    /// The text a case-folding ``PhraseSearch`` reads for the lowercase text: the lowercase
    /// copy when there is one, else the ASCII text.
    var searchText: String { storedLower ?? text }
    var truncated: Bool
    /// `text` is the block's own text, byte for byte (a plain run, not truncated): the
    /// block keeps it instead of decoding its bytes again.
    var whole = false
    /// `text` is ASCII (then `lower` is it with `A`–`Z` folded).
    var ascii = false
  }

  static let viewLimit = 1500
  /// The most words of a block whose view keeps a lowercase copy and a `bare` text.
  static let lowercaseWords = 30

  func view(_ r: RawBlock) -> View {
    let end = min(r.end, r.start + Self.viewLimit)
    // A block of plain text (most are) is its own analysis text: read in place, with no
    // cleaned copy and no offset map (a view needs neither).
    if MarkupCleaner.isPlainRun(source.bytes, r.start, end) {
      var v = Self.makeView(source.bytes[r.start..<end], truncated: end < r.end)
      v.whole = end == r.end
      return v
    }
    return Self.makeView(MarkupCleaner.clean(source.bytes, r.start, end).bytes[...], truncated: end < r.end)
  }

  /// The view of the analysis text `bytes`.
  static func makeView(_ bytes: ArraySlice<UInt8>, truncated: Bool) -> View {
    let text = String(decoding: bytes, as: UTF8.self)
    let (asciiLower, words, ascii) = asciiLowercasedAndWords(bytes, lowercaseWords: lowercaseWords)
    let lower = ascii ? asciiLower : UTF8Bytes.lowercased(text).ingestReplacing("\u{2019}", with: "'")
    // Whole-line phrase tests only concern short blocks.
    let bare = lower.map { words <= lowercaseWords ? stripTrailing($0) : "" } ?? ""
    return View(text: text, storedLower: lower, words: words, bare: bare, truncated: truncated, ascii: ascii)
  }

  /// The analysis text lowercased when it is ASCII of at most `lowercaseWords` words (nil
  /// otherwise), its number of words (spaces plus one) and whether it is ASCII, from the clean
  /// bytes.
  ///
  /// ASCII text holds no `’` to replace, and lowercasing it maps only `A`–`Z`: the string
  /// lowercasing, the search for `’` with its copy and a word count of their own were about a
  /// fifth of the cost of a view.
  static func asciiLowercasedAndWords(
    _ bytes: ArraySlice<UInt8>, lowercaseWords: Int = .max
  ) -> (lower: String?, words: Int, ascii: Bool) {
    bytes.withUnsafeBufferPointer { b -> (String?, Int, Bool) in
      // One pass, eight bytes at a time, with no branch a byte: every byte or-ed together
      // (ASCII when no top bit is set) and the spaces counted (a space is a zero byte of
      // `x`, and `z` has the top bit of each zero byte of `x` set, and no other bit).
      var spaces = 0
      var any: UInt64 = 0
      var k = 0
      let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
      let raw = UnsafeRawBufferPointer(b)
      while k + 8 <= b.count {
        let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
        any |= w
        let x = w ^ 0x2020_2020_2020_2020
        let z = ~(((x & low) &+ low) | x | low)
        spaces += z.nonzeroBitCount
        k += 8
      }
      while k < b.count {
        any |= UInt64(b[k])
        spaces += b[k] == 0x20 ? 1 : 0
        k += 1
      }
      let words = b.isEmpty ? 0 : spaces + 1
      guard any & 0x8080_8080_8080_8080 == 0 else { return (nil, words, false) }
      guard words <= lowercaseWords else { return (nil, words, true) }
      let lower = String(unsafeUninitializedCapacity: b.count) { out in
        for k in 0..<b.count { out[k] = UTF8Bytes.asciiLower(b[k]) }
        return b.count
      }
      return (lower, words, true)
    }
  }

  func classify() -> ([Block], TextMetadata) {
    var meta = TextMetadata()
    let views = raw.map(view)
    var roles: [(TextRole, String?)] = Array(repeating: (.body, nil), count: raw.count)
    var decided = Array(repeating: false, count: raw.count)

    func set(_ k: Int, _ role: TextRole, _ reason: String) {
      roles[k] = (role, reason)
      decided[k] = true
    }
    func span(_ k: Int) -> SourceSpan { source.span(raw[k].start, raw[k].end) }
    // "Published: 11/09/2020": read in the convention the article's spelling shows, found
    // once and only for a line that holds such a date.
    var order: TemporalTagger.DateOrder?? = nil
    func ambiguousDateLine(_ text: String) -> MetadataDate.Found? {
      guard text.ingestContainsByte(0x2F) || text.ingestContainsByte(0x2D),  // "/" or "-" (memchr)
        let dayFirst = MetadataDate.dateLine(text, dayFirst: true)
      else { return nil }
      if order == nil { order = .some(SpellingLocale.dateOrder(of: views.map(\.text))) }
      guard case .some(.some(let o)) = order else { return nil }
      return o == .dayFirst ? dayFirst : MetadataDate.dateLine(text, dayFirst: false)
    }

    // 1. Markup hints (Markdown / HTML structure).
    for (k, r) in raw.enumerated() {
      switch r.hint {
      case "front-matter": set(k, .metadata, "front matter")
      case "figcaption": set(k, .caption, "photo caption: figure caption markup")
      case "nav": set(k, .boilerplate, "page navigation")
      case "footer": set(k, .boilerplate, "page footer")
      case "aside": set(k, .boilerplate, "aside (promotion or related links)")
      default: break
      }
    }

    // 2. Tails: subscription, comment and related-links sections.
    var k = 0
    while k < raw.count {
      if decided[k] {
        k += 1
        continue
      }
      let v = views[k]
      let short = v.words <= 12 && !v.truncated
      let bare = v.bare
      if short, isCommentHeading(bare) || (v.words <= 3 && bare.hasSuffix("comments") && Int(v.firstWord) != nil)
      {
        set(k, .boilerplate, "comment section heading")
        var j = k + 1
        while j < raw.count, !decided[j] {
          let w = views[j]
          if w.words <= 25 || Boilerplate.commentFormSearch.occurs(in: w.searchText) {
            set(j, .boilerplate, "comment form or comment")
            j += 1
          } else {
            break
          }
        }
        k = j
        continue
      }
      if short, Boilerplate.subscriptionHeadingList.firstPrefix(of: bare) != nil {
        set(k, .boilerplate, "subscription or promotion block")
        var j = k + 1
        while j < raw.count, !decided[j] {
          let w = views[j]
          let promo =
            Boilerplate.promotionWordSearch.occurs(in: w.searchText)
            || addressesReader(w.lower) || (w.words <= 6 && !w.truncated)
          guard promo else { break }
          set(j, .boilerplate, "subscription or promotion block")
          j += 1
        }
        k = j
        continue
      }
      if v.words <= 5, Boilerplate.relatedHeadingSet.contains(bare) {
        set(k, .boilerplate, "related posts heading")
        var j = k + 1
        while j < raw.count, !decided[j] {
          let w = views[j]
          guard w.words <= 25, !w.truncated, !endsSentence(w.text), !isSectionHeading(w) else { break }
          set(j, .boilerplate, "related post link")
          j += 1
        }
        k = j
        continue
      }
      k += 1
    }

    // 3. Metadata lines and one-line furniture.
    var pendingURLLabel = false
    for k in 0..<raw.count where !decided[k] {
      let v = views[k]
      let words = v.words
      let bare = v.bare
      if pendingURLLabel, let url = urlLine(v) {
        set(k, .metadata, "URL line")
        if meta.url == nil {
          meta.url = .init(value: url, span: span(k), rule: "ingest.url-line", note: "URL line after a URL label")
        }
        pendingURLLabel = false
        continue
      }
      pendingURLLabel = false
      if words <= 4, Boilerplate.urlLabelSet.contains(bare) {
        set(k, .metadata, "URL label")
        pendingURLLabel = true
        continue
      }
      if let (label, rest) = labelled(v.text), Boilerplate.urlLabels.contains(label),
        let url = urlLine(view(of: rest)) ?? explicitURL(label, rest)
      {
        set(k, .metadata, "URL line")
        if meta.url == nil {
          meta.url = .init(value: url, span: span(k), rule: "ingest.url-line", note: "'\(label):' line")
        }
        continue
      }
      if let url = urlLine(v) {
        set(k, .metadata, "URL line")
        if meta.url == nil {
          meta.url = .init(value: url, span: span(k), rule: "ingest.url-line", note: "a line holding only a URL")
        }
        continue
      }
      if words <= 20, !v.truncated, let by = byline(v) {
        set(k, .metadata, by.author == nil ? "agency line" : "byline")
        if let agency = by.agency, meta.outlet == nil {
          meta.outlet = .init(value: agency, span: span(k), rule: "ingest.agency-line", note: "agency line")
        }
        if let author = by.author, meta.author == nil {
          meta.author = .init(value: author, span: span(k), rule: "ingest.byline", note: "byline")
        }
        if let date = by.date, meta.published == nil {
          meta.published = .init(
            value: date, span: span(k), rule: "ingest.byline-date", note: "publication date stated in the byline")
        }
        continue
      }
      if words <= 16, !v.truncated, k < 12 || k >= raw.count - 3,
        let f = MetadataDate.dateLine(v.text) ?? ambiguousDateLine(v.text)
      {
        let updated = v.lower.ingestContains("updated") || v.lower.ingestContains("modified")
        set(k, .metadata, updated ? "update date line" : "date line")
        if meta.published == nil, !updated {
          meta.published = .init(
            value: f.iso, span: span(k), rule: "ingest.date-line", note: "standalone date line near the top")
        } else if updated, meta.updated == nil {
          meta.updated = .init(
            value: f.iso, span: span(k), rule: "ingest.update-date",
            note: "no publication date is stated; the article was updated on this day and first appeared on it or before")
        }
        continue
      }
      if words <= 25, Boilerplate.reportingCreditList.firstPrefix(of: bare) != nil {
        set(k, .metadata, "reporting credit")
        continue
      }
      if words <= 12, !v.truncated, isImageCredit(v) {
        set(k, .boilerplate, "image credit")
        continue
      }
      if words <= 25, !v.truncated, let line = Boilerplate.linePrefixList.firstPrefix(of: bare) {
        let reason = Boilerplate.linePrefixes[line].1
        if reason != "related link" || !endsSentence(v.text) {
          set(k, .boilerplate, reason)
          continue
        }
      }
      if words <= 2, Boilerplate.buttonWords.contains(bare) {
        set(k, .boilerplate, "share or navigation button")
        continue
      }
    }

    // 4. Headline: the first undecided block if it is short and set apart as a title.
    var headlineIndex: Int? = nil
    if let h = raw.indices.first(where: { raw[$0].hint?.hasPrefix("h1") == true }) {
      headlineIndex = h
    } else if let first = raw.indices.first(where: { !decided[$0] }),
      raw[..<first].allSatisfy({ _ in true }), first < 4
    {
      let v = views[first]
      let next = raw.indices.first(where: { $0 > first && !decided[$0] })
      let repeated = next.map { views[$0].text == v.text } ?? false
      let setApart = next.map { raw[$0].blankLinesBefore >= 2 } ?? false
      let heading = raw[first].hint?.hasPrefix("h") == true
      if !v.truncated, v.words <= 30, raw[first].lineCount == 1,
        heading || !v.text.hasSuffix(".") || repeated || setApart
      {
        headlineIndex = first
      }
    }
    if let h = headlineIndex {
      set(h, .headline, "headline: the first line, short and set apart")
      meta.title = .init(value: views[h].text, span: span(h), rule: "ingest.headline", note: "first line of the text")
    }

    // 5. Photo captions.
    let firstBody = raw.indices.first(where: { !decided[$0] })
    for k in 0..<raw.count where !decided[k] {
      let v = views[k]
      let labelled =
        if let lower = v.storedLower {
          Boilerplate.captionLabelList.firstPhrase(prefixing: lower)
        } else {
          Boilerplate.captionLabelList.firstPhrase(prefixingLowercased: v.text)
        }
      if let label = labelled {
        set(k, .caption, "photo caption: labelled '\(label)'")
        continue
      }
      guard !v.truncated, v.words <= 80 else { continue }
      var score = 0
      var why: [String] = []
      if let cue = Boilerplate.positionalCueSearch.firstPhrase(in: v.searchText) {
        score += 2
        why.append("positional cue '\(cue.ingestTrimmed())'")
      }
      // Without a positional cue or a credit a paragraph cannot reach the caption score.
      let credit = endsWithPhotoCredit(v)
      guard score > 0 || credit else { continue }
      if let verb = Boilerplate.photoVerbSearch.firstPhrase(in: " " + v.lower) {
        score += 1
        why.append("present-tense photo verb '\(verb.ingestTrimmed())'")
      }
      if credit {
        score += 2
        why.append("ends with a photo credit")
      }
      let nextBody = raw.indices.first(where: { $0 > k && !decided[$0] })
      if k == firstBody, headlineIndex.map({ $0 < k }) ?? false, nextBody != nil {
        score += 1
        why.append("sits between the headline and the lede")
      }
      if score >= 3, why.count >= 2 {
        set(k, .caption, "photo caption: " + why.joined(separator: ", "))
      }
    }

    // 6. A wire dateline in the lede names the agency: "MOSCOW (AP) — …".
    if meta.outlet == nil, let lede = raw.indices.first(where: { roles[$0].0 == .body }),
      let agency = wireAgency(views[lede])
    {
      meta.outlet = .init(
        value: agency, span: span(lede), rule: "ingest.wire-dateline", note: "wire dateline in the lede")
    }

    // 7. Fallbacks from the URL: outlet from the host, date from a /YYYY/MM/DD/ path.
    if let url = meta.url {
      if meta.outlet == nil, let host = Self.host(of: url.value) {
        meta.outlet = .init(value: host, span: url.span, rule: "ingest.url-host", note: "host of the article URL")
      }
      if meta.published == nil, let day = MetadataDate.inURL(url.value) {
        meta.published = .init(
          value: day, span: url.span, rule: "ingest.url-date", note: "date in the article URL path")
      }
    }

    var blocks: [Block] = []
    blocks.reserveCapacity(raw.count)
    for (k, r) in raw.enumerated() {
      let (role, reason) = roles[k]
      // A body paragraph cut in two by a stray blank line ("…their strict" / "interpretation
      // of…") is one paragraph again: the block spans both, blank line included.
      // The last block's fields read in place: a copy of it (`blocks.last`) retained and
      // released its strings for every block.
      let lastIndex = blocks.count - 1
      if role == .body, lastIndex >= 0, blocks[lastIndex].role == .body, k > 0, roles[k - 1].0 == .body,
        continuesParagraph(prevEnd: raw[k - 1].end, nextStart: r.start)
      {
        let sp = source.span(blocks[lastIndex].span.start, r.end)
        blocks[lastIndex] = Block(index: blocks[lastIndex].index, role: .body, span: sp, text: source.text(sp))
        continue
      }
      let sp = source.span(r.start, r.end)
      // A plain block's view holds its text already (`source.text(sp)` is the same bytes),
      // and the segmenter need not check again that it is plain.
      let text = views[k].whole ? views[k].text : source.text(sp)
      var block = Block(index: blocks.count, role: role, span: sp, text: text, reason: role == .body ? nil : reason)
      block.plainRun = views[k].whole
      blocks.append(block)
    }
    return (blocks, meta)
  }

  /// The paragraph before ends without sentence punctuation and the next starts in lowercase.
  private func continuesParagraph(prevEnd: Int, nextStart: Int) -> Bool {
    let b = source.bytes
    guard prevEnd > 0, nextStart < b.count else { return false }
    let last = b[prevEnd - 1]
    let enders: [UInt8] = [0x2E, 0x21, 0x3F, 0x3A, 0x22, 0x27, 0x29, 0x3B]  // . ! ? : " ' ) ;
    if enders.contains(last) || last >= 0x80 { return false }
    let first = b[nextStart]
    return first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")
  }

  // MARK: - Rules

  /// A heading that opens another tail (comments, subscription): ends a related-links run.
  private func isSectionHeading(_ v: View) -> Bool {
    isCommentHeading(v.bare) || Boilerplate.subscriptionHeadingList.firstPrefix(of: v.bare) != nil
  }

  /// A comment-section heading: a whole line from the list, or a line starting with one of its
  /// longer phrases.
  private func isCommentHeading(_ bare: String) -> Bool {
    let list = Boilerplate.commentHeadingList
    return list.firstPrefix(of: bare) { bare == list.phrases[$0] || list.phrases[$0].count > 10 } != nil
  }

  private func view(of text: String) -> View {
    let lower = text.lowercased()
    let words = lower.split(separator: " ").count
    return View(text: text, storedLower: lower, words: words, bare: Self.stripTrailing(lower), truncated: false)
  }

  /// The value after an explicit URL label ("Original url: x") even without `http`: it is
  /// still the stated URL (renderers decide whether it may become a link).
  private func explicitURL(_ label: String, _ rest: String) -> String? {
    guard label.ingestContains("url") || label == "link" || label == "canonical", !rest.isEmpty,
      !rest.contains(where: { $0.isWhitespace })
    else { return nil }
    return rest
  }

  /// `label: rest` with a short label.
  private func labelled(_ text: String) -> (String, String)? {
    // Most blocks with a colon are paragraphs with the colon far in: when the text before it is
    // plain ASCII (and no combining mark follows the colon), the label's length is its byte
    // count, known before any copy.
    let tooLong: Bool? = text.utf8.withContiguousStorageIfAvailable { b in
      guard let base = b.baseAddress, let hit = memchr(base, 0x3A, b.count) else { return true }
      let colon = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
      guard colon + 1 == b.count || b[colon + 1] < 0x80 else { return false }
      for k in 0..<colon where b[k] >= 0x80 || b[k] == 0x0D { return false }
      guard let label = UTF8Bytes.plainTrimmed(UnsafeBufferPointer(rebasing: b[0..<colon])) else { return false }
      return label.count > 20 || label.isEmpty
    }
    if tooLong == true { return nil }
    guard text.ingestContainsByte(0x3A), let colon = text.firstIndex(of: ":") else { return nil }
    let label = text[..<colon].lowercased().ingestTrimmed()
    guard label.count <= 20, !label.isEmpty else { return nil }
    return (label, String(text[text.index(after: colon)...]).ingestTrimmed())
  }

  /// A block that is a URL (stray spaces inside are dropped: a URL has none).
  private func urlLine(_ v: View) -> String? {
    guard v.words <= 3, !v.truncated else { return nil }  // before any copy of the text
    // A URL starts with "h" or "w" (an ASCII first byte is the first character's).
    if let f = v.text.utf8.first, f > 0x20, f < 0x80, f | 0x20 != 0x68, f | 0x20 != 0x77 { return nil }
    let t = v.text.ingestTrimmed()
    let lower = UTF8Bytes.lowercased(t)
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") else { return nil }
    if t.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
      return String(decoding: t.utf8.filter { !UTF8Bytes.isASCIISpace($0) }, as: UTF8.self)
    }
    return t.filter { !$0.isWhitespace }
  }

  struct Byline {
    var author: String?
    var agency: String?
    var date: String?
  }

  static let bylinePrefixes = PhraseList([
    "written by ", "posted by ", "published by ", "story by ", "words by ", "by ", "author: ", "from ",
  ])
  /// The first letters of the byline prefixes, lowercase.
  static let bylineInitials = Set(bylinePrefixes.phrases.compactMap { $0.utf8.first })

  /// Whether `text` has more ASCII bytes other than parentheses and whitespace than the
  /// longest agency name has bytes: they all stay in the agency name read from a line, so the
  /// line (or its lowercased form, which has at least as many) names none.
  static func tooLongForAgency(_ text: String) -> Bool {
    let limit = Boilerplate.longestAgency
    // On the contiguous bytes: the `String.UTF8View` iterator cost about ten instructions a byte.
    let fast = text.utf8.withContiguousStorageIfAvailable { b -> Bool in
      var kept = 0
      for c in b where c < 0x80 && c != 0x28 && c != 0x29 && !UTF8Bytes.isASCIISpace(c) {
        kept += 1
        if kept > limit { return true }
      }
      return false
    }
    if let fast { return fast }
    var kept = 0
    for c in text.utf8 where c < 0x80 && c != 0x28 && c != 0x29 && !UTF8Bytes.isASCIISpace(c) {
      kept += 1
      if kept > Boilerplate.longestAgency { return true }
    }
    return false
  }

  /// Where the name of a byline ends.
  static let nameEnds = [
    " on ", " | ", "|", ",", " - ", " – ", " — ", " at ", " @ ", " for ", " in ", " published", " updated",
    " and updated",
  ]
  /// Lowercase words a name may hold.
  static let nameConnectors: Set<Substring> = [
    "and", "&", "de", "van", "von", "der", "da", "del", "la", "le", "al", "bin", "ibn",
  ]

  /// The nouns of a staff byline ("By Staff reporter", "By our correspondent").
  static let staffNouns: Set<String> = [
    "staff", "reporter", "reporters", "writer", "writers", "correspondent", "correspondents", "desk", "editor",
    "editors", "team", "bureau", "board",
  ]
  /// Lowercase words a staff byline may hold: its nouns and the words around them ("a special
  /// correspondent", "our foreign staff", "web desk").
  static let staffWords: Set<String> = staffNouns.union([
    "our", "a", "special", "senior", "chief", "foreign", "political", "news", "web", "online", "digital", "city",
    "sports", "business", "editorial",
  ])

  /// A byline or an agency line.
  ///
  /// "By AFP", "Written by Ana Ruiz on May 3, 2024", "By Jane Roe | Sept. 29, 2023",
  /// "Posted by X", "Author: X".
  private func byline(_ v: View) -> Byline? {
    // Most short blocks start with a letter no byline prefix starts with, and are too long for
    // an agency name: answered before any copy.
    if let f = v.text.utf8.first, f > 0x20, f < 0x80, !Self.bylineInitials.contains(f | 0x20),
      Self.tooLongForAgency(v.text)
    {
      return nil
    }
    // An ASCII block with no space at either end is its own trimmed text and `lower` its
    // lowercase: when no byline prefix starts it and it is too long for an agency name (most
    // blocks that start with a prefix's first letter), the answer needs no copy of either.
    if v.ascii, let f = v.text.utf8.first, f > 0x20, let l = v.text.utf8.last, l > 0x20,
      Self.bylinePrefixes.firstPrefix(of: v.lower) == nil, Self.tooLongForAgency(v.text)
    {
      return nil
    }
    let t = v.text.ingestTrimmed()
    let lower = UTF8Bytes.lowercased(t)
    var rest: Substring
    guard let p = Self.bylinePrefixes.firstPhrase(prefixing: lower) else {
      // A bare agency name on its own line ("AFP", "(Reuters)").
      if Self.tooLongForAgency(lower) { return nil }
      // Parentheses are ASCII: on ASCII text, dropping their bytes is dropping the characters.
      let ascii = lower.utf8.allSatisfy { $0 < 0x80 }
      let bare =
        (ascii
        ? String(decoding: lower.utf8.filter { $0 != 0x28 && $0 != 0x29 }, as: UTF8.self)
        : lower.filter { $0 != "(" && $0 != ")" }).ingestTrimmed()
      if let agency = Boilerplate.agencies[bare] { return Byline(agency: agency) }
      return nil
    }
    rest = t.dropFirst(p.count)
    var date: String? = nil
    if let f = MetadataDate.first(in: String(rest)) {
      // "Updated Sept. 4" is not the publication date. The range counts characters of `rest`:
      // its prefix of that many characters, with no array of characters built.
      let head = rest.prefix(f.range.lowerBound)
      let before = head.lowercased()
      let updated = before.ingestContains("updated") || before.ingestContains("modified")
      date = updated ? nil : f.iso
      rest = head
    }
    // The name ends at " on ", "|", ",", " - ", "—", " and updated".
    var name = String(rest)
    for sep in Self.nameEnds {
      if let cut = name.ingestFind(sep) { name = String(decoding: Array(name.utf8)[0..<cut], as: UTF8.self) }
    }
    name = name.ingestTrimmed()
    let lowerName = name.lowercased()
    if p == "from ", Boilerplate.agencies[lowerName] == nil { return nil }
    if let agency = Boilerplate.agencies[lowerName] { return Byline(agency: agency, date: date) }
    let nameWords = name.ingestSplit(" ")
    guard !nameWords.isEmpty, nameWords.count <= 6 else { return nil }
    // A name ("Ana Ruiz", "Jan van der Berg") or a staff designation ("Staff reporter", "our
    // correspondent", "a special correspondent", "news desk"): lowercase words only from the
    // designations' words, and then one of their nouns among them.
    let lowercase = nameWords.filter { w in !Self.nameConnectors.contains(w) && w.first.map { $0.isUppercase } != true }
    if !lowercase.isEmpty {
      guard lowercase.allSatisfy({ Self.staffWords.contains($0.lowercased()) }),
        nameWords.contains(where: { Self.staffNouns.contains($0.lowercased()) })
      else { return nil }
    }
    // A byline has no sentence verb after the name: "By Friday, the talks…" is text.
    if p == "by ", date == nil, t.hasSuffix(".") { return nil }
    if p == "by ", MetadataDate.weekdays.contains(lowerName) || MetadataDate.months[lowerName] != nil {
      return nil
    }
    // "By Jane Roe, Associated Press": the agency after the name is the source.
    var agency: String? = nil
    // Only a line with a separator has a part after the name (most bylines have none: "By Ana
    // Ruiz"), and the separators are "," and "|" or not ASCII: no copy and split of the others.
    let separated = rest.utf8.contains { $0 == 0x2C || $0 == 0x7C || $0 >= 0x80 }
    for part in separated ? String(rest).ingestSplit(",", "|", orNonASCII: { $0 == "—" || $0 == "–" }).dropFirst() : [] {
      let key = part.ingestTrimmed().lowercased()
      if let a = Boilerplate.agencies[key] ?? Boilerplate.agencies[key.replacingFirst("the ", with: "")] {
        agency = a
        break
      }
    }
    return Byline(author: name, agency: agency, date: date)
  }

  /// The agency of a wire dateline opening the lede: "KAZAN, Russia (AP) — …", "(Reuters) -".
  func wireAgency(_ v: View) -> String? {
    // Lowercasing keeps every "(" and makes none.
    guard v.text.ingestContainsByte(0x28) else { return nil }  // no "(": most ledes
    let head = v.lower.prefix(120)
    guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
    let inside = String(head[head.index(after: open)..<close])
    guard let agency = Boilerplate.agencies[inside] else { return nil }
    let after = head[head.index(after: close)...].drop { $0 == " " }
    guard let mark = after.first, "-—–:".contains(mark) else { return nil }
    return agency
  }

  private func isImageCredit(_ v: View) -> Bool {
    let t = v.text.ingestTrimmed()
    guard !t.isEmpty, !endsSentence(t) || t.hasSuffix("Images.") else { return false }
    let lower = v.lower
    if Self.containsWord(lower, Boilerplate.creditNameSearch) {
      // All words capitalized or separators: a credit, not a sentence.
      return t.ingestSplit(" ").allSatisfy { w in
        w.first.map { $0.isUppercase || $0.isNumber || "/©(|-–".contains($0) } == true || w.count <= 3
      }
    }
    // "Name Surname/Agency": a slash between capitalized words.
    if t.ingestContainsText("/"), !t.ingestContainsText("://") {
      let parts = t.ingestSplit("/").map { $0.ingestTrimmed() }
      return parts.count >= 2
        && parts.allSatisfy { p in
          let ws = p.ingestSplit(" ")
          return !ws.isEmpty && ws.count <= 5 && ws.allSatisfy { $0.first.map { $0.isUppercase } == true }
        }
    }
    return false
  }

  /// Whether the block ends with a photo credit.
  ///
  /// "… City Hall. **Yegor Aleyev / TASS**", "(AP Photo/X)".
  private func endsWithPhotoCredit(_ v: View) -> Bool {
    // A tail of printable ASCII (most) is tested on the block's bytes in place: the string of
    // the tail and its byte copy, filtered copy and split cost about 7,000 instructions and five
    // allocations a tail. Another tail is tested as a string.
    let found: (verdict: Bool?, tail: String)? = Self.withTrimmedBytes(v.text) { b in
      guard let (tail, plain) = Self.creditTail(b) else { return nil }
      return plain ? (Self.isPlainCredit(tail), "") : (nil, String(decoding: tail, as: UTF8.self))
    }
    guard let found else { return false }
    if let verdict = found.verdict { return verdict }
    let tail = found.tail
    let credit = tail.filter { $0 != "(" && $0 != ")" && $0 != "*" }.ingestTrimmed()
    let ws = credit.ingestSplit(" ")
    guard !ws.isEmpty, ws.count <= 8 else { return false }
    let lower = credit.lowercased()
    let named = Self.containsWord(lower, Boilerplate.creditNameSearch) || lower.hasPrefix("photo")
    let slashed = credit.ingestContains("/")
    let capitalized = ws.allSatisfy { w in w.first.map { $0.isUppercase || !$0.isLetter } == true }
    return capitalized && (named || slashed)
  }

  /// The credit test of ``endsWithPhotoCredit(_:)`` on a tail of printable ASCII, by bytes
  /// (there each character is a byte, a space the only whitespace, and a word starts with a
  /// lowercase letter only at `a`–`z`); the cheap tests first.
  ///
  /// The credit is the tail without parentheses and asterisks: skipping those bytes reads its
  /// words, in place. Only a credit with no slash is copied, lowercased, for the name search.
  static func isPlainCredit(_ tail: UnsafeBufferPointer<UInt8>) -> Bool {
    func dropped(_ c: UInt8) -> Bool { c == 0x28 || c == 0x29 || c == 0x2A }
    var words = 0
    var inWord = false
    var slash = false
    var kept = 0
    for c in tail where !dropped(c) {
      kept += 1
      if c == 0x20 {
        inWord = false
        continue
      }
      if !inWord {
        inWord = true
        words += 1
        if c >= 0x61 && c <= 0x7A { return false }  // a word in lower case: a sentence
      }
      if c == 0x2F { slash = true }
    }
    guard words > 0, words <= 8 else { return false }
    if slash { return true }
    // The credit's bytes without its leading and trailing spaces, lowercased.
    var lead = 0
    var trail = 0
    var seen = false
    for c in tail where !dropped(c) {
      if c == 0x20 {
        if seen { trail += 1 } else { lead += 1 }
      } else {
        seen = true
        trail = 0
      }
    }
    let length = kept - lead - trail
    let lower = String(unsafeUninitializedCapacity: length) { out in
      var k = 0
      var skip = lead
      for c in tail where !dropped(c) {
        if skip > 0 {
          skip -= 1
          continue
        }
        guard k < length else { break }
        out[k] = UTF8Bytes.asciiLower(c)
        k += 1
      }
      return k
    }
    return Self.containsWord(lower, Boilerplate.creditNameSearch) || lower.hasPrefix("photo")
  }

  /// The bytes after the last ". " of a block (a part of `bytes`), where a photo credit stands,
  /// and whether they are printable ASCII; nil when there is no ". " (no sentence before a
  /// credit) or the tail is plain ASCII of more than eight words (a sentence, not a credit: most
  /// paragraphs).
  private static func creditTail(_ bytes: UnsafeBufferPointer<UInt8>) -> (UnsafeBufferPointer<UInt8>, Bool)? {
    guard let cut = lastSentenceEnd(bytes) else { return nil }
    let tailBytes = UnsafeBufferPointer(rebasing: bytes[(cut + 2)...])
    // Words as the credit test below counts them (parentheses and asterisks dropped); past
    // the ninth word only whether the tail is printable ASCII matters.
    var words = 0
    var inWord = false
    var ascii = true
    var k = 0
    while k < tailBytes.count, words <= 8 {
      let c = tailBytes[k]
      if c < 0x20 || c > 0x7E { ascii = false }
      if c == 0x20 {
        inWord = false
      } else if c != 0x28 && c != 0x29 && c != 0x2A, !inWord {
        inWord = true
        words += 1
      }
      k += 1
    }
    while ascii, k < tailBytes.count {
      if tailBytes[k] &- 0x20 > 0x5E { ascii = false }
      k += 1
    }
    if ascii, words > 8 { return nil }
    return (tailBytes, ascii)
  }

  /// The offset of the last ". " in `bytes`, found eight bytes at a time from the end (a step
  /// a byte read most of a paragraph back to its last sentence).
  static func lastSentenceEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let raw = UnsafeRawBufferPointer(bytes)
    let eachByte: UInt64 = 0x0101_0101_0101_0101
    /// The top bit of each zero byte of `x` (any bytes: no carry between them).
    func zeroBytes(_ x: UInt64) -> UInt64 {
      let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
      return ~(((x & low) &+ low) | x | low)
    }
    var cut = bytes.count - 2
    // Chunks of the eight candidate offsets `cut - 7 ... cut`, each with the byte after it.
    while cut >= 7 {
      let dots = zeroBytes(raw.loadUnaligned(fromByteOffset: cut - 7, as: UInt64.self) ^ (0x2E &* eachByte))
      let spaces = zeroBytes(raw.loadUnaligned(fromByteOffset: cut - 6, as: UInt64.self) ^ (0x20 &* eachByte))
      let both = dots & spaces
      if both != 0 { return cut - 7 + ((63 - both.leadingZeroBitCount) >> 3) }
      cut -= 8
    }
    while cut >= 0, !(bytes[cut] == 0x2E && bytes[cut + 1] == 0x20) { cut -= 1 }
    return cut >= 0 ? cut : nil
  }

  /// `body` applied to the bytes of `text.ingestTrimmed()`, read in place when `text` has no
  /// whitespace (nor other control byte) at either end.
  private static func withTrimmedBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let direct: R?? = text.utf8.withContiguousStorageIfAvailable { b -> R? in
      guard let f = b.first, let l = b.last, f > 0x20, f < 0x80, l > 0x20, l < 0x80 else { return nil }
      return body(b)
    }
    if case .some(.some(let r)) = direct { return r }
    return Array(text.ingestTrimmed().utf8).withUnsafeBufferPointer(body)
  }

  static let readerWords = PhraseSearch(["you", "your", "you'll"])

  private func addressesReader(_ lower: String) -> Bool {
    Self.containsWord(lower, Self.readerWords)
  }

  private func endsSentence(_ text: String) -> Bool {
    // An ASCII mark after an ASCII byte is the last character: no copy, no grapheme walk.
    if let last = text.utf8.last, last > 0x20, last < 0x80, !"\"')]*_".utf8.contains(last),
      text.utf8.count == 1 || text.utf8.dropLast().last.map({ $0 < 0x80 && $0 != 0x0D }) == true
    {
      return last == 0x2E || last == 0x21 || last == 0x3F
    }
    var t = Substring(text.ingestTrimmed())
    while let l = t.last, "\"'\u{201D}\u{2019})]*_".contains(l) { t = t.dropLast() }
    guard let last = t.last else { return false }
    return last == "." || last == "!" || last == "?" || last == "\u{2026}"
  }

  private static func stripTrailing(_ lower: String) -> String {
    func mark(_ c: UInt8) -> Bool { c == 0x3A || c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2A || c == 0x20 }
    // Trimmed and stripped by bytes at once, with one copy, when `ingestTrimmed` would trim
    // by bytes.
    let fast: String?? = lower.utf8.withContiguousStorageIfAvailable { b -> String? in
      guard var r = UTF8Bytes.plainTrimmed(b) else { return nil }
      while !r.isEmpty, mark(b[r.upperBound - 1]) { r = r.lowerBound..<(r.upperBound - 1) }
      // Nothing trimmed or stripped (a headline, a byline): the string itself, not a copy.
      return r.count == b.count ? lower : String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
    }
    if case .some(.some(let stripped)) = fast { return stripped }
    var t = lower.ingestTrimmed()
    // The marks are ASCII: dropping trailing bytes is dropping trailing characters (a
    // combining mark after one ends in a byte above 0x7F and stops the loop either way).
    let bytes = t.utf8
    var n = 0
    for c in bytes.reversed() {
      guard mark(c) else { break }
      n += 1
    }
    if n > 0 { t = String(decoding: bytes.dropLast(n), as: UTF8.self) }
    return t
  }

  /// Whether any of `needles` occurs in `haystack` as a whole word.
  static func containsWord(_ haystack: String, _ needles: PhraseSearch) -> Bool {
    needles.firstIndex(in: haystack) { _, r, h in
      let before: UInt8 = r.lowerBound == 0 ? 0x20 : h[r.lowerBound - 1]
      let after: UInt8 = r.upperBound >= h.count ? 0x20 : h[r.upperBound]
      return !Self.isLetterByte(before) && !Self.isLetterByte(after)
    } != nil
  }

  /// ASCII letters and any byte of a non-ASCII character count as letters.
  private static func isLetterByte(_ c: UInt8) -> Bool {
    (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c >= 0x80
  }

  /// The host of a URL without `www.` (an outlet fallback).
  static func host(of url: String) -> String? {
    if let host = asciiHost(of: url) { return host }
    var s = Substring(url)
    switch url.ingestFindIfPlain("://") {
    case .some(.some(let at)): s = s[url.utf8.index(url.utf8.startIndex, offsetBy: at + 3)...]
    case .some(nil): break
    case nil: if let r = s.range(of: "://") { s = s[r.upperBound...] }
    }
    let host = s.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
    let trimmed = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    return trimmed.ingestContainsText(".") ? trimmed : nil
  }

  /// ``host(of:)`` of an ASCII URL without CR, by its bytes: `.some(nil)` when it has no host,
  /// nil when the URL is not such a text. There every character is one byte, so the
  /// `Character` prefix, the lowercasing and the tests are byte tests; the `String` steps
  /// cost about 17,000 instructions a URL.
  static func asciiHost(of url: String) -> String?? {
    var u = url
    return u.withUTF8 { b -> String?? in
      guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
      var i = 0
      if b.count >= 3 {
        for k in 0...(b.count - 3) where b[k] == 0x3A && b[k + 1] == 0x2F && b[k + 2] == 0x2F {  // "://"
          i = k + 3
          break
        }
      }
      var end = i
      while end < b.count, b[end] != 0x2F, b[end] != 0x3F, b[end] != 0x23, b[end] != 0x3A { end += 1 }  // / ? # :
      var lower = b[i..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
      if lower.starts(with: "www.".utf8) { lower.removeFirst(4) }
      return .some(lower.contains(0x2E) ? String(decoding: lower, as: UTF8.self) : nil)
    }
  }
}

/// Substring search over UTF-8 bytes: Foundation's `String.contains` / `range(of:)` bridge
/// to `NSString` on Linux and cost microseconds per call, which dominated ingest time.
enum ByteSearch {
  /// The offset of the first `byte` in `b[lo..<hi]`, or nil: `memchr`, vectorized (a step a
  /// byte over every file, line or JSON string was a visible share of ingest).
  @inline(__always) static func first(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
    guard lo < hi, let base = b.baseAddress, let hit = memchr(base + lo, Int32(byte), hi - lo) else { return nil }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
  }

  static func find(_ needle: [UInt8], in hay: [UInt8], from: Int = 0) -> Int? {
    needle.withUnsafeBufferPointer { n in hay.withUnsafeBufferPointer { h in find(n, h, from: from) } }
  }

  /// `memchr` (vectorized) to the next candidate first byte, `memcmp` for the rest: the
  /// boilerplate and caption cue lists are searched in every paragraph of every article, and a
  /// byte-at-a-time loop was a tenth of ingest.
  static func find(_ needle: UnsafeBufferPointer<UInt8>, _ hay: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
    guard !needle.isEmpty else { return from }
    guard hay.count >= needle.count, from <= hay.count - needle.count, let h = hay.baseAddress,
      let n = needle.baseAddress
    else { return nil }
    let first = Int32(needle[0])
    let last = hay.count - needle.count
    var i = from
    while i <= last {
      guard let hit = memchr(h + i, first, last - i + 1) else { return nil }
      let at = UnsafeRawPointer(h).distance(to: UnsafeRawPointer(hit))
      if memcmp(h + at, n, needle.count) == 0 { return at }
      i = at + 1
    }
    return nil
  }
}

extension StringProtocol {
  /// Byte offset of the first `needle` (native, no `NSString` bridging).
  func ingestFind(_ needle: String) -> Int? {
    var n = needle
    return n.withUTF8 { nb in
      self.utf8.withContiguousStorageIfAvailable { hb in ByteSearch.find(nb, hb) }
        ?? Array(self.utf8).withUnsafeBufferPointer { hb in ByteSearch.find(nb, hb) }
    }
  }

  /// Byte offset of the last `needle`.
  func ingestLastFind(_ needle: String) -> Int? {
    let h = Array(self.utf8)
    let n = Array(needle.utf8)
    var found: Int? = nil
    var from = 0
    while let at = ByteSearch.find(n, in: h, from: from) {
      found = at
      from = at + 1
    }
    return found
  }

  func ingestContains(_ needle: String) -> Bool { ingestFind(needle) != nil }

  /// Whether the text holds the byte `b` (`memchr`).
  func ingestContainsByte(_ b: UInt8) -> Bool {
    utf8.withContiguousStorageIfAvailable { t in
      guard let base = t.baseAddress else { return false }
      return memchr(base, Int32(b), t.count) != nil
    } ?? utf8.contains(b)
  }

  /// The byte offset of the first `needle` as a search by characters (or Foundation's, which
  /// takes canonically equivalent text as equal) finds it, for an ASCII `needle` that no other
  /// character decomposes into (`"."`, `"/"`, `"://"`), when the bytes decide: `.some(nil)` when
  /// the bytes hold no `needle`, nil (undecided) when a non-ASCII byte stands next to the first
  /// byte match (a combining mark may join the needle's last character, a prepended mark its
  /// first).
  func ingestFindIfPlain(_ needle: String) -> Int?? {
    guard let at = ingestFind(needle) else { return .some(nil) }
    let end = utf8.index(utf8.startIndex, offsetBy: at + needle.utf8.count)
    let plainBefore = at == 0 || utf8[utf8.index(utf8.startIndex, offsetBy: at - 1)] < 0x80
    let plainAfter = end == utf8.endIndex || utf8[end] < 0x80
    return plainBefore && plainAfter ? .some(at) : nil
  }

  /// Whether the text contains `needle`, when the bytes decide (``ingestFindIfPlain(_:)``).
  func ingestContainsIfPlain(_ needle: String) -> Bool? { ingestFindIfPlain(needle).map { $0 != nil } }

  /// Whether the text contains `needle` (an ASCII needle as ``ingestFindIfPlain(_:)`` takes):
  /// from the bytes when they decide, else by Foundation's search.
  func ingestContainsText(_ needle: String) -> Bool { ingestContainsIfPlain(needle) ?? contains(needle) }

  /// The pieces between the ASCII `separators` (and, in non-ASCII text, `orNonASCII`'s).
  ///
  /// `split(whereSeparator:)`'s pieces, on ASCII text by bytes, with no Character walked: there
  /// every character is one byte (but CR LF, one character, which is no separator), and no
  /// non-ASCII character is there for `orNonASCII` to accept.
  func ingestSplit(
    _ separators: Unicode.Scalar..., orNonASCII other: (Character) -> Bool = { _ in false }
  ) -> [SubSequence] {
    // ASCII text in one pass over its bytes, each piece cut from the text as it ends: the byte
    // pieces and the separators' bytes were two more lists (allocations) a call.
    let pieces = utf8.withContiguousStorageIfAvailable { b -> [SubSequence]? in
      guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
      let u = utf8
      var out: [SubSequence] = []
      var start = 0
      /// Adds the piece from `start` to `end`, unless it is empty.
      func cut(_ end: Int) {
        guard end > start else { return }
        out.append(self[u.index(u.startIndex, offsetBy: start)..<u.index(u.startIndex, offsetBy: end)])
      }
      for k in 0..<b.count where separators.contains(where: { $0.value == UInt32(b[k]) }) {
        cut(k)
        start = k + 1
      }
      cut(b.count)
      return out
    }
    if let pieces = pieces ?? nil { return pieces }
    return split(whereSeparator: { c in separators.contains { Character($0) == c } || other(c) })
  }

  /// The text without leading and trailing whitespace (Foundation-free).
  ///
  /// By bytes when the first and last kept bytes are ASCII (then no Unicode space or
  /// combining mark sits at either edge); by characters otherwise.
  func ingestTrimmed() -> String {
    let fast: String?? = utf8.withContiguousStorageIfAvailable { b -> String? in
      UTF8Bytes.plainTrimmed(b).map { String(decoding: UnsafeBufferPointer(rebasing: b[$0]), as: UTF8.self) }
    }
    if case .some(.some(let trimmed)) = fast { return trimmed }
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }

  func ingestReplacing(_ ch: Character, with replacement: String) -> String {
    // Most text does not hold the character at all: answer from the bytes, without building
    // the string again Character by Character.
    var needle = String(ch)
    let absent = needle.withUTF8 { nb in
      self.utf8.withContiguousStorageIfAvailable { hb in ByteSearch.find(nb, hb) == nil }
    }
    if absent == true { return String(self) }
    var out = ""
    for c in self { if c == ch { out += replacement } else { out.append(c) } }
    return out
  }
}
