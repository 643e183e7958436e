import Foundation

/// Splits a document's blocks into sentences: the front door of the Segment stage.
///
/// Reads: blocks. Adds: sentences (role copied from the block) with exact spans, analysis
/// text (markup removed, see ``MarkupCleaner``) and an offset map; tokens on demand
/// (``Sentence/tokens``).
///
/// - A sentence's `text` is the exact original slice `bytes[span.start..<span.end]`.
/// - Boundaries: `.`, `!`, `?`, `…` followed by a space and a character that is not lowercase,
///   after closing quotes and brackets. Not after titles ("Mr.", "Gen."), initials ("J. R. R."),
///   numbers abbreviations before a digit ("No. 5"), months before a day ("Oct. 20"); dotted
///   acronyms ("U.S.") and company suffixes end a sentence only before a typical sentence
///   starter ("The", "He"…). A paragraph always ends a sentence (headlines need no full stop).
/// - Tokens: words (with inner hyphens, apostrophes and dots: "Taliban-led", "doesn't",
///   "U.S."), numbers ("6.5", "2,000", "10:32", "2023-09-29"), possessive "'s" split off,
///   punctuation and symbols. Abbreviations keep their period.
/// - Linear in the text size; a sentence longer than ``maximumSentenceBytes`` is cut at a space
///   (with a note), so later stages never see a multi-megabyte "sentence".
public struct Segmenter: Sendable {
  /// Longest sentence (in analysis bytes) before a forced cut at a space.
  public var maximumSentenceBytes = 5000

  public init() {}

  public func segment(_ document: inout Document) {
    var sentences: [Sentence] = []
    // Most paragraphs hold a sentence or two: growing the array copied every sentence so far.
    sentences.reserveCapacity(2 * document.blocks.count)
    var forcedCuts = 0
    // The source and the blocks read once: through the document's buffer each read retained
    // and released it.
    let source = document.source
    let bytes = source.bytes
    let blocks = document.blocks
    // The body block already read as the end of an earlier one (a block joins the next body
    // block, past non-body blocks only: one is pending at a time).
    var joined = -1
    // One list of sentence bounds for every block (a new one per block was an allocation, and
    // its growth more), with room for a long paragraph's sentences from the start: grown from
    // empty it was allocated about three times a document.
    var bounds: [(Int, Int)] = []
    bounds.reserveCapacity(16)
    // By index, each block's fields read in place: a block copied out of the list retained its
    // strings.
    for bi in blocks.indices where bi != joined {
      let (start, end) = (blocks[bi].span.start, blocks[bi].span.end)
      let (role, paragraph) = (blocks[bi].role, blocks[bi].index)
      // A block of plain text (most are) is its own analysis text: ``MarkupCleaner/clean(_:_:_:)``
      // would copy its bytes and map them one to one. Ingest has read most such blocks.
      let plain = blocks[bi].plainRun || MarkupCleaner.isPlainRun(bytes, start, end)
      var cleaned = plain ? nil : MarkupCleaner.clean(bytes, start, end)
      // "…that ended with its troops" / an inserted byline or advert / "withdrawing in 1989.":
      // a body paragraph that stops mid-sentence goes on in the next body paragraph when that
      // one starts in lower case; the sentence's span then covers the inserted block, while
      // its analysis text skips it.
      let last = cleaned.map { Self.lastNonSpace($0.bytes, 0, $0.bytes.count) } ?? Self.lastNonSpace(bytes, start, end)
      if role == .body, let next = Self.continuation(of: bi, blocks, last: last, bytes: bytes) {
        let tail = MarkupCleaner.clean(bytes, blocks[next].span.start, blocks[next].span.end)
        let head = cleaned ?? MarkupCleaner.clean(bytes, start, end)
        cleaned = Self.concatenate(head, tail, gapFrom: end, to: blocks[next].span.start)
        joined = next
      }
      guard let cleaned else {
        // In place: the bounds are file offsets, and each sentence's text is its analysis text.
        forcedCuts += Self.sentenceBounds(bytes, start, end, maximum: maximumSentenceBytes, into: &bounds)
        for (s, e) in bounds {
          let span = source.span(s, e)
          let text = Self.blockText(span, blocks[bi].span, blocks[bi].text, bytes) ?? source.text(span)
          sentences.append(
            Sentence(
              index: sentences.count, paragraph: paragraph, role: role, span: span, text: text, clean: text,
              offsets: .identity(base: s, length: e - s)))
        }
        continue
      }
      forcedCuts += Self.sentenceBounds(
        cleaned.bytes, 0, cleaned.bytes.count, maximum: maximumSentenceBytes, into: &bounds)
      for (cs, ce) in bounds {
        let start = cleaned.map.original(cs)
        let end = cleaned.map.original(ce, isEnd: true)
        guard end > start else { continue }
        let span = source.span(start, end)
        let text = Self.blockText(span, blocks[bi].span, blocks[bi].text, bytes) ?? source.text(span)
        sentences.append(
          Sentence(
            index: sentences.count, paragraph: paragraph, role: role, span: span,
            text: text, clean: Self.same(bytes, start, end, cleaned.bytes, cs, ce) ? text : String(decoding: cleaned.bytes[cs..<ce], as: UTF8.self),
            offsets: Self.slice(cleaned.map, cs, ce)))
      }
    }
    if forcedCuts > 0 {
      document.diagnostics.append(
        Diagnostic(
          .note, code: "segment.long-sentence", path: document.path,
          message:
            "\(document.path): \(forcedCuts) sentence(s) longer than \(maximumSentenceBytes) bytes were cut at a space"
        ))
    }
    document.sentences = sentences
  }

  /// The text of a sentence at `span` when it is its whole block (at `blockSpan`, with text
  /// `blockText`) and the file's bytes there are that text's (a headline, a byline, a paragraph
  /// of one sentence: about half of all blocks); nil otherwise. The sentence then shares the
  /// block's string instead of a copy of the same bytes, decoded and checked again.
  static func blockText(_ span: SourceSpan, _ blockSpan: SourceSpan, _ blockText: String, _ bytes: [UInt8]) -> String? {
    guard span.start == blockSpan.start, span.end == blockSpan.end, span.start >= 0, span.end > span.start,
      span.end <= bytes.count, blockText.utf8.count == span.end - span.start
    else { return nil }
    let same =
      blockText.utf8.withContiguousStorageIfAvailable { t in
        bytes.withUnsafeBufferPointer { b in memcmp(b.baseAddress! + span.start, t.baseAddress!, t.count) == 0 }
      } ?? false
    return same ? blockText : nil
  }

  /// Whether the original bytes `[start, end)` are the clean bytes `[cs, ce)`, as in most
  /// sentences (no markup): the sentence's text is then its analysis text too, one string
  /// instead of a second copy of the same bytes.
  static func same(_ original: [UInt8], _ start: Int, _ end: Int, _ clean: [UInt8], _ cs: Int, _ ce: Int) -> Bool {
    guard end - start == ce - cs, start >= 0, end <= original.count, cs < ce else { return false }
    return original.withUnsafeBufferPointer { o in
      clean.withUnsafeBufferPointer { c in memcmp(o.baseAddress! + start, c.baseAddress! + cs, ce - cs) == 0 }
    }
  }

  // MARK: - Paragraphs that stop mid-sentence

  /// The last byte of `b[start..<end]` that is no space, tab or line break.
  static func lastNonSpace(_ b: [UInt8], _ start: Int, _ end: Int) -> UInt8? {
    b[start..<end].last(where: { !MarkupCleaner.isSpaceByte($0) })
  }

  /// The index of the body block that continues block `i` mid-sentence: `i` ends without
  /// closing punctuation (its analysis text's `last` byte other than whitespace), at most two
  /// non-body blocks (a byline, an advert) stand between, and the next body block starts with a
  /// lower-case letter.
  static func continuation(of i: Int, _ blocks: [Block], last: UInt8?, bytes: [UInt8]) -> Int? {
    guard let last, last < 0x80, !".!?:;\"')]".utf8.contains(last)  // curly quotes and "…" end a sentence too
    else { return nil }
    var k = i + 1
    var skipped = 0
    while k < blocks.count, blocks[k].role != .body {
      guard blocks[k].role == .boilerplate || blocks[k].role == .metadata, skipped < 2 else { return nil }
      skipped += 1
      k += 1
    }
    guard k < blocks.count, skipped > 0 else { return nil }
    var p = blocks[k].span.start
    while p < blocks[k].span.end, bytes[p] == 0x20 || bytes[p] == 0x0A || bytes[p] == 0x09 { p += 1 }
    guard p < blocks[k].span.end, bytes[p] >= 0x61, bytes[p] <= 0x7A else { return nil }
    return k
  }

  /// `head` and `tail` as one analysis text joined by a space that stands for the original
  /// bytes between them.
  static func concatenate(_ head: CleanedText, _ tail: CleanedText, gapFrom: Int, to: Int) -> CleanedText {
    var map = head.map
    let base = head.bytes.count + 1
    map.appendReplacement(clean: head.bytes.count, length: 1, original: gapFrom, originalLength: max(0, to - gapFrom))
    for r in tail.map.runs {
      if let ol = r.originalLength {
        map.appendReplacement(clean: base + r.clean, length: r.length, original: r.original, originalLength: ol)
      } else {
        map.append(clean: base + r.clean, original: r.original, length: r.length)
      }
    }
    return CleanedText(bytes: head.bytes + [0x20] + tail.bytes, map: map)
  }

  // MARK: - Sentences

  /// Sentence ranges `[start, end)` of the analysis text `b[from..<n]` (offsets into `b`),
  /// trimmed of spaces, in `out` (emptied first, its storage kept); returns the forced cuts.
  static func sentenceBounds(_ b: [UInt8], _ from: Int, _ n: Int, maximum: Int, into out: inout [(Int, Int)]) -> Int {
    out.removeAll(keepingCapacity: true)
    var cuts = 0
    var sentStart = from
    var lastSpace = -1
    var i = from
    while i < n {
      // Spaces and ordinary bytes well inside the length limits only move the last space:
      // skip them in a tight loop, up to the next byte that may end a sentence.
      let stop = min(n, sentStart + min(maximum + 1, 2 * maximum))
      if i < stop {
        b.withUnsafeBufferPointer { p in
          let raw = UnsafeRawBufferPointer(p)
          let eachByte: UInt64 = 0x0101_0101_0101_0101
          while i < stop {
            // Eight ASCII bytes at a time (a byte-by-byte loop was a third of segmenting):
            // the last space among them is the last space, up to the first `.`, `!` or `?`.
            if i + 8 <= stop {
              let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
              if w & 0x8080_8080_8080_8080 == 0 {
                let ends =
                  Self.zeroBytes(w ^ (0x2E &* eachByte)) | Self.zeroBytes(w ^ (0x21 &* eachByte))
                  | Self.zeroBytes(w ^ (0x3F &* eachByte))
                var spaces = Self.zeroBytes(w ^ (0x20 &* eachByte))
                // The bytes before the first end (all eight when there is none).
                let before = ends == 0 ? 8 : ends.trailingZeroBitCount >> 3
                if before < 8 { spaces &= (UInt64(1) << UInt64(before << 3)) &- 1 }
                if spaces != 0 { lastSpace = i + ((63 - spaces.leadingZeroBitCount) >> 3) }
                i += before
                if before < 8 { break }
                continue
              }
            }
            let d = p[i]
            if d == 0x20 {
              lastSpace = i
            } else if d == UInt8(ascii: ".") || d == UInt8(ascii: "!") || d == UInt8(ascii: "?") || d == 0xE2 {
              break
            }
            i += 1
          }
        }
        if i >= n { break }
      }
      let c = b[i]
      if c == 0x20 {
        if i - sentStart > maximum {
          let cut = lastSpace > sentStart ? lastSpace : i
          if let r = trimmed(b, sentStart, cut) { out.append(r) }
          cuts += 1
          sentStart = cut + 1
        }
        lastSpace = i
        i += 1
        continue
      }
      let termLen = terminatorLength(b, i, n)
      guard termLen > 0 else {
        if i - sentStart >= maximum * 2 {
          // No space for a long stretch: cut anyway (at a character boundary).
          var k = i
          while k > sentStart, b[k] & 0xC0 == 0x80 { k -= 1 }
          if let r = trimmed(b, sentStart, k) { out.append(r) }
          cuts += 1
          sentStart = k
        }
        i += 1
        continue
      }
      var j = i
      var periods = 0
      var other = false
      while j < n {
        let t = terminatorLength(b, j, n)
        if t == 0 { break }
        if b[j] == UInt8(ascii: ".") { periods += 1 } else { other = true }
        j += t
      }
      while j < n {
        let cl = closerLength(b, j, n)
        if cl == 0 { break }
        j += cl
      }
      guard j < n, b[j] == 0x20, j + 1 < n else {
        i = j
        continue
      }
      let k = j + 1
      if startsLowercase(b, k, n) {
        i = j
        continue
      }
      if periods == 1, !other, b[i] == UInt8(ascii: "."), !periodEnds(b, period: i, sentStart: sentStart, next: k, end: n) {
        i = j
        continue
      }
      if let r = trimmed(b, sentStart, j) { out.append(r) }
      sentStart = k
      i = k
    }
    if let r = trimmed(b, sentStart, n) { out.append(r) }
    return cuts
  }

  /// The top bit of each zero byte of `t`, which has no top bit set: adding 0x7F to a byte
  /// sets its top bit unless it is zero, and carries into no other byte.
  @inline(__always) static func zeroBytes(_ t: UInt64) -> UInt64 {
    ~(t &+ 0x7F7F_7F7F_7F7F_7F7F) & 0x8080_8080_8080_8080
  }

  /// `[s, e)` without spaces at either end, or nil when nothing is left.
  @inline(__always) static func trimmed(_ b: [UInt8], _ s: Int, _ e: Int) -> (Int, Int)? {
    var s = s
    var e = e
    while s < e, b[s] == 0x20 { s += 1 }
    while e > s, b[e - 1] == 0x20 { e -= 1 }
    return s < e ? (s, e) : nil
  }

  /// Length of `.`, `!`, `?` or `…` at `i` (before `end`), else 0.
  @inline(__always) static func terminatorLength(_ b: [UInt8], _ i: Int, _ end: Int) -> Int {
    let c = b[i]
    if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") { return 1 }
    if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0xA6 { return 3 }
    return 0
  }

  /// Length of a closing quote or bracket at `i` (before `end`), else 0.
  @inline(__always) static func closerLength(_ b: [UInt8], _ i: Int, _ end: Int) -> Int {
    let c = b[i]
    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: ")") || c == UInt8(ascii: "]") {
      return 1
    }
    if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0x9D || b[i + 2] == 0x99 || b[i + 2] == 0xBA {
      return 3
    }
    if c == 0xC2, i + 1 < end, b[i + 1] == 0xBB { return 2 }
    return 0
  }

  static func startsLowercase(_ b: [UInt8], _ i: Int, _ end: Int) -> Bool {
    let c = b[i]
    if c >= 0x61 && c <= 0x7A { return true }
    if c < 0x80 { return false }
    guard let (scalar, _) = decode(b, i, end: end) else { return false }
    return scalar.properties.isLowercase
  }

  /// Whether the single period at `period` ends the sentence, given the word before it and the
  /// word starting at `next` (the text ends at `end`).
  static func periodEnds(_ b: [UInt8], period: Int, sentStart: Int, next: Int, end: Int) -> Bool {
    var s = period
    while s > sentStart, b[s - 1] != 0x20 { s -= 1 }
    // Drop opening punctuation before the word.
    while s < period,
      b[s] == UInt8(ascii: "(") || b[s] == UInt8(ascii: "\"") || b[s] == UInt8(ascii: "'")
        || b[s] == UInt8(ascii: "[")
    {
      s += 1
    }
    while s < period, b[s] == 0xE2, s + 2 < period { s += 3 }  // “ ‘
    guard s < period else { return true }
    // ASCII without a carriage return: a character is a byte, and lowercasing works on bytes.
    let plain = !b[s..<period].contains { $0 >= 0x80 || $0 == 0x0D }
    // Most words before a period: longer than any abbreviation and undotted, so neither an
    // initial, nor an abbreviation, nor a dotted acronym (answered before any string is made).
    if plain, period - s > Abbreviations.longest, !b[s..<period].contains(UInt8(ascii: ".")) { return true }
    let word = String(decoding: b[s..<period], as: UTF8.self)
    let lower = plain ? Self.asciiLowercased(b[s..<period]) : word.lowercased()
    let nextIsDigit = b[next] >= 0x30 && b[next] <= 0x39
    // Initials: one uppercase letter ("J.", "W.").
    if plain ? period - s == 1 : word.count == 1, let f = word.first, f.isUppercase { return false }
    let kind = Abbreviations.kinds[lower]
    if kind == .title { return false }
    if kind == .beforeNumber { return !nextIsDigit }
    let dotted =
      word.ingestContainsText(".") && word.count <= 12 && !word.ingestContainsText("..")
      && word.split(separator: ".").allSatisfy { $0.count <= 3 && $0.allSatisfy(\.isLetter) }
    if dotted || kind == .ambiguous {
      if nextIsDigit { return false }
      return Abbreviations.sentenceStarters.contains(Self.asciiLowercased(Self.wordBytes(b, next, end)))
    }
    return true
  }

  /// `bytes` lowercased, for ASCII bytes (what `lowercased()` gives them).
  static func asciiLowercased(_ bytes: ArraySlice<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { out in
      var n = 0
      for c in bytes {
        out[n] = UTF8Bytes.asciiLower(c)
        n += 1
      }
      return n
    }
  }

  /// The ASCII letters of the word at `i`, before `end` (for the sentence-starter test).
  static func wordBytes(_ b: [UInt8], _ i: Int, _ end: Int) -> ArraySlice<UInt8> {
    var j = i
    while j < end, j - i < 20, (b[j] | 0x20 >= 0x61 && b[j] | 0x20 <= 0x7A) { j += 1 }
    return b[i..<j]
  }


  /// Decodes the scalar at `i` of valid UTF-8 that ends at `end`.
  static func decode(_ b: [UInt8], _ i: Int, end: Int) -> (Unicode.Scalar, Int)? {
    guard let n = UTF8Bytes.sequenceLength(b, i, end: end) else { return nil }
    var v: UInt32
    switch n {
    case 1: v = UInt32(b[i])
    case 2: v = UInt32(b[i] & 0x1F)
    case 3: v = UInt32(b[i] & 0x0F)
    default: v = UInt32(b[i] & 0x07)
    }
    for k in 1..<max(1, n) where n > 1 { v = (v << 6) | UInt32(b[i + k] & 0x3F) }
    guard let s = Unicode.Scalar(v) else { return nil }
    return (s, n)
  }

  // MARK: - Offset maps

  /// The part of `map` for clean bytes `[cs, ce)`, re-based so the sentence starts at 0.
  static func slice(_ map: OffsetMap, _ cs: Int, _ ce: Int) -> OffsetMap {
    var out = OffsetMap()
    let runs = map.runs
    var lo = 0
    var hi = runs.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if runs[mid].clean <= cs { lo = mid } else { hi = mid - 1 }
    }
    var k = lo
    while k < runs.count, runs[k].clean < ce {
      let r = runs[k]
      let s = max(cs, r.clean)
      let e = min(ce, r.clean + r.length)
      if e > s {
        if let ol = r.originalLength {
          out.appendReplacement(clean: s - cs, length: e - s, original: r.original, originalLength: ol)
        } else {
          out.append(clean: s - cs, original: r.original + (s - r.clean), length: e - s)
        }
      }
      k += 1
    }
    return out
  }

  // MARK: - Tokens

  @inline(__always) static func isAlnum(_ c: UInt8) -> Bool { MarkupCleaner.isAlnum(c) }

  /// Whether the character at `i` belongs in a word (letters, digits, marks, non-ASCII
  /// letters, U+FFFD). ASCII is answered inline; the Unicode properties only for other text.
  @inline(__always) static func isWordChar(_ b: [UInt8], _ i: Int, _ end: Int) -> Bool {
    guard i < end else { return false }
    let c = b[i]
    if c < 0x80 { return isAlnum(c) }
    return isWordScalar(b, i)
  }

  /// ``isWordChar(_:_:_:)`` for the non-ASCII character at `i`.
  static func isWordScalar(_ b: [UInt8], _ i: Int) -> Bool {
    guard let (s, _) = decode(b, i, end: b.count) else { return true }
    let p = s.properties
    return p.isAlphabetic || p.numericType != nil || s.value == 0xFFFD || p.generalCategory == .nonspacingMark
  }

  @inline(__always) static func charLength(_ b: [UInt8], _ i: Int) -> Int {
    b[i] < 0x80 ? 1 : UTF8Bytes.sequenceLength(b, i, end: b.count) ?? 1
  }

  /// An apostrophe (' or ’) at `i`: its length, else 0.
  static func apostropheLength(_ b: [UInt8], _ i: Int, _ end: Int) -> Int {
    if b[i] == UInt8(ascii: "'") { return 1 }
    if b[i] == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0x99 { return 3 }
    return 0
  }

  /// The tokens of a sentence's analysis text (``Sentence/tokens``), with offsets into the
  /// original bytes through its offset map.
  static func tokens(of sentence: Sentence) -> [Token] {
    let b = Array(sentence.clean.utf8)
    let map = sentence.offsets
    let ce = b.count
    var out: [Token] = []
    out.reserveCapacity(ce / 4 + 2)  // news text has a token per five or six bytes
    var i = 0
    while i < ce {
      let c = b[i]
      if c == 0x20 {
        i += 1
        continue
      }
      if isWordChar(b, i, ce) {
        var j = i + charLength(b, i)
        var hasInnerDot = false
        while j < ce {
          if isWordChar(b, j, ce) {
            j += charLength(b, j)
            continue
          }
          let d = b[j]
          let prevDigit = b[j - 1] >= 0x30 && b[j - 1] <= 0x39
          let nextDigit = j + 1 < ce && b[j + 1] >= 0x30 && b[j + 1] <= 0x39
          if d == UInt8(ascii: "-") || d == UInt8(ascii: "/") && prevDigit && nextDigit, isWordChar(b, j + 1, ce) {
            j += 1
            continue
          }
          if d == UInt8(ascii: "."), isWordChar(b, j + 1, ce), isAlnum(b[j - 1]) {
            hasInnerDot = true
            j += 1
            continue
          }
          if (d == UInt8(ascii: ",") || d == UInt8(ascii: ":")) && prevDigit && nextDigit {
            j += 1
            continue
          }
          let ap = apostropheLength(b, j, ce)
          if ap > 0, isWordChar(b, j + ap, ce) {
            // Possessive 's / ’s ends the word; other apostrophes stay inside ("doesn't").
            let after = j + ap
            let isPossessive = (b[after] | 0x20) == UInt8(ascii: "s") && !isWordChar(b, after + 1, ce)
            if isPossessive { break }
            j = after
            continue
          }
          break
        }
        // Abbreviation period: "U.S.", "Oct.", "Mr.", initials "J.".
        if j < ce, b[j] == UInt8(ascii: ".") {
          let w = String(decoding: b[i..<j], as: UTF8.self)
          let initial = w.count == 1 && (w.first?.isUppercase ?? false)
          // An ASCII word longer than every abbreviation is none (no lowercasing, no hashing).
          let known =
            (j - i <= Abbreviations.longest || b[i..<j].contains { $0 >= 0x80 }) && Abbreviations.isKnown(w.lowercased())
          let dotted = hasInnerDot && w.split(separator: ".").allSatisfy { $0.count <= 3 && $0.allSatisfy(\.isLetter) }
          let sentenceFinal = j + 1 >= ce
          if initial || dotted || (known && (!sentenceFinal || dotted)) {
            j += 1
          }
        }
        let first = b[i]
        out.append(token(b, i, j, first >= 0x30 && first <= 0x39 ? .number : .word, map))
        i = j
        continue
      }
      // Possessive "'s" / "’s" after a word.
      let ap = apostropheLength(b, i, ce)
      if ap > 0, i > 0, isWordChar(b, i - 1, ce), i + ap < ce, (b[i + ap] | 0x20) == UInt8(ascii: "s"),
        !isWordChar(b, i + ap + 1, ce)
      {
        out.append(token(b, i, i + ap + 1, .word, map))
        i += ap + 1
        continue
      }
      // Ellipsis "..." as one token.
      if c == UInt8(ascii: "."), i + 2 < ce, b[i + 1] == c, b[i + 2] == c {
        var j = i + 3
        while j < ce, b[j] == c { j += 1 }
        out.append(token(b, i, j, .punctuation, map))
        i = j
        continue
      }
      let len = charLength(b, i)
      out.append(token(b, i, min(ce, i + len), isPunctuation(b, i) ? .punctuation : .symbol, map))
      i += len
    }
    return out
  }

  @inline(__always)
  static func token(_ b: [UInt8], _ s: Int, _ e: Int, _ kind: Token.Kind, _ map: OffsetMap) -> Token {
    Token(
      text: String(decoding: b[s..<e], as: UTF8.self), kind: kind, start: map.original(s),
      end: map.original(e, isEnd: true), cleanStart: s, cleanEnd: e)
  }

  static func isPunctuation(_ b: [UInt8], _ i: Int) -> Bool {
    let c = b[i]
    if c < 0x80 { return ".,;:!?\"'()[]{}-".utf8.contains(c) }
    guard let (s, _) = decode(b, i, end: b.count) else { return false }
    switch s.properties.generalCategory {
    case .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
      .otherPunctuation, .connectorPunctuation:
      return true
    default:
      return false
    }
  }
}
