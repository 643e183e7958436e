/// Analysis text of a byte range with its map back to the original bytes.
struct CleanedText: Sendable {
  var bytes: [UInt8]
  /// Clean offset (0-based in `bytes`) → original file offset.
  var map: OffsetMap

  var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Removes inline markup for analysis while keeping a byte-exact map to the original.
///
/// One pass over the bytes, no backtracking beyond small bounded look-aheads:
/// - HTML tags are dropped (block-level tags and `<br>` become a space); `<script>`/`<style>`
///   content and comments are dropped.
/// - HTML entities (`&amp;`, `&#8217;`, `&rsquo;`) are decoded; `&nbsp;` is a space.
/// - Markdown emphasis (`**bold**`, `_it_`) and backslash escapes (`\$`) lose their markers;
///   links `[text](url)` keep their text; images `![alt](src)` are dropped.
/// - Every whitespace run (newlines, NO-BREAK SPACE…) becomes one space; invisible characters
///   (zero-width space, BOM, soft hyphen) and ASCII control characters (BEL, ESC…) are dropped.
/// - Invalid UTF-8 bytes become U+FFFD, each mapped to its one original byte.
///
/// Watch out for: `*` and `_` between two letters or between two spaces are text
/// (`snake_case`, `3 * 4`, "marked *"); `<` not followed by a letter, `/` or `!` is text.
enum MarkupCleaner {
  static func clean(_ b: [UInt8], _ start: Int, _ end: Int) -> CleanedText {
    var w = CleanBuilder()
    var i = start
    if start < end, isPlain(b[start]) {
      // Most blocks are one run of plain text, which cleaning leaves as it is: their bytes with
      // a one-run map, with no builder (the builder's copy, growth and map were about half the
      // cost of such a block). Otherwise the run is the builder's first copy.
      let j = plainRunEnd(b, start + 1, end)
      if j == end {
        return CleanedText(bytes: Array(b[start..<end]), map: .identity(base: start, length: end - start))
      }
      w.reserve(end - start)
      w.copy(b, start, j - start)
      i = j
    } else {
      w.reserve(end - start)
    }
    var skips: [(Int, Int)] = []  // original ranges to drop (markdown link targets), ascending

    while i < end {
      if !skips.isEmpty, let k = skips.firstIndex(where: { $0.0 == i }) {
        i = skips[k].1
        skips.remove(at: k)
        continue
      }
      let c = b[i]
      if isPlain(c) {
        // A run of plain text (single spaces between plain bytes included) is copied as it
        // is: one call per run instead of one per byte. No run passes a skip: skips start at
        // a `]`, which is not plain.
        let j = plainRunEnd(b, i + 1, end)
        w.copy(b, i, j - i)
        i = j
        continue
      }
      if c < 0x80 {
        switch c {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
          var j = i + 1
          while j < end, max(UTF8Bytes.whitespaceLength(b, j, end: end), UTF8Bytes.invisibleLength(b, j, end: end)) > 0
          {
            j += max(UTF8Bytes.whitespaceLength(b, j, end: end), UTF8Bytes.invisibleLength(b, j, end: end))
          }
          w.space(i, j)
          i = j
          continue
        case UInt8(ascii: "<"):
          if let (next, isBlock) = tag(b, i, end) {
            if isBlock { w.space(i, next) }
            i = next
            continue
          }
        case UInt8(ascii: "&"):
          if let (decoded, next) = entity(b, i, end) {
            if decoded == [0x20] {
              w.space(i, next)
            } else {
              w.replace(decoded, original: i, originalLength: next - i)
            }
            i = next
            continue
          }
        case UInt8(ascii: "\\"):
          if i + 1 < end, isASCIIPunctuation(b[i + 1]) {
            w.copy(b, i + 1, 1)
            i += 2
            continue
          }
        case UInt8(ascii: "*"), UInt8(ascii: "_"):
          var j = i
          while j < end, b[j] == c { j += 1 }
          let prev: UInt8 = i > start ? b[i - 1] : 0x20
          let next: UInt8 = j < end ? b[j] : 0x20
          let prevWord = isAlnum(prev) || prev >= 0x80
          let nextWord = isAlnum(next) || next >= 0x80
          let prevSpace = isSpaceByte(prev)
          let nextSpace = isSpaceByte(next)
          if j - i <= 3, !(prevWord && nextWord), !(prevSpace && nextSpace) {
            i = j  // an emphasis delimiter
            continue
          }
          w.copy(b, i, j - i)
          i = j
          continue
        case UInt8(ascii: "!"):
          if i + 1 < end, b[i + 1] == UInt8(ascii: "["), let (_, close) = link(b, i + 1, end) {
            i = close  // an image: its alt text is not article text
            continue
          }
        case UInt8(ascii: "["):
          if let (textEnd, close) = link(b, i, end) {
            skips.append((textEnd, close))
            i += 1
            continue
          }
        default:
          if c < 0x20 || c == 0x7F {
            i += 1  // a control character (BEL, ESC…): not text
            continue
          }
        }
        w.copy(b, i, 1)
        i += 1
        continue
      }
      let ws = UTF8Bytes.whitespaceLength(b, i, end: end)
      if ws > 0 {
        var j = i + ws
        while j < end, max(UTF8Bytes.whitespaceLength(b, j, end: end), UTF8Bytes.invisibleLength(b, j, end: end)) > 0 {
          j += max(UTF8Bytes.whitespaceLength(b, j, end: end), UTF8Bytes.invisibleLength(b, j, end: end))
        }
        w.space(i, j)
        i = j
        continue
      }
      let inv = UTF8Bytes.invisibleLength(b, i, end: end)
      if inv > 0 {
        i += inv
        continue
      }
      if let n = UTF8Bytes.sequenceLength(b, i, end: end) {
        w.copy(b, i, n)
        i += n
      } else {
        w.replace([0xEF, 0xBF, 0xBD], original: i, originalLength: 1)
        i += 1
      }
    }
    return w.finish()
  }

  /// Drops the part of the map beyond `count` clean bytes.
  static func trimmedMap(_ map: OffsetMap, count: Int) -> OffsetMap {
    guard let last = map.runs.last, last.clean + last.length > count else { return map }
    var m = OffsetMap()
    for r in map.runs where r.clean < count {
      let len = min(r.length, count - r.clean)
      if let ol = r.originalLength {
        m.appendReplacement(clean: r.clean, length: len, original: r.original, originalLength: ol)
      } else {
        m.append(clean: r.clean, original: r.original, length: len)
      }
    }
    return m
  }

  /// ASCII that is copied unchanged whatever surrounds it: printable, not a space, not the
  /// start of markup (`<`, `&`, `\`, `*`, `_`, `!`, `[`) and not `]` (where link targets
  /// are skipped).
  @inline(__always) static func isPlain(_ c: UInt8) -> Bool {
    c > 0x20 && c < 0x7F && c != 0x3C && c != 0x26 && c != 0x5C && c != 0x2A && c != 0x5F && c != 0x21 && c != 0x5B
      && c != 0x5D
  }

  /// ``isPlain(_:)`` of every byte, for the run scan (one load per byte, no branches).
  static let plainBytes: [Bool] = (0...255).map { isPlain(UInt8($0)) }

  /// Whether `[start, end)` is one run of plain text, which ``clean(_:_:_:)`` leaves as it is.
  static func isPlainRun(_ b: [UInt8], _ start: Int, _ end: Int) -> Bool {
    start < end && isPlain(b[start]) && plainRunEnd(b, start + 1, end) == end
  }

  /// Where the run of plain text from `from` ends: plain bytes, and single spaces between them.
  ///
  /// Eight bytes at a time: up to the first byte that is not a letter, a byte of `+`…`;`
  /// (digits, `,-./:`) or a single space (``runBreaks(_:)``; none in most chunks of prose),
  /// then a step a byte from there, the one before it when that is a space (which stays only
  /// before a plain byte).
  static func plainRunEnd(_ b: [UInt8], _ from: Int, _ end: Int) -> Int {
    plainBytes.withUnsafeBufferPointer { plain in
      b.withUnsafeBufferPointer { p in
        let raw = UnsafeRawBufferPointer(p)
        var j = from
        while true {
          if j + 8 <= end {
            let breaks = runBreaks(raw.loadUnaligned(fromByteOffset: j, as: UInt64.self))
            if breaks == 0 {
              j += 8
              continue
            }
            let f = breaks.trailingZeroBitCount >> 3
            j += f > 0 && p[j + f - 1] == 0x20 ? f - 1 : f
          }
          guard j < end else { return j }
          let d = p[j]
          if plain[Int(d)] {
            j += 1
          } else if d == 0x20, j + 1 < end, plain[Int(p[j + 1])] {
            j += 2
          } else {
            return j
          }
        }
      }
    }
  }

  /// The top bit of each byte of `w` (the first in its low byte) where a plain run may break:
  /// a byte that is not a letter, a byte of `+`…`;` or a space; a space before another or
  /// last. Exact up to the first such byte (the sums may carry from a byte with its top bit
  /// set into the ones after it), with no branch a byte.
  ///
  /// Below 0x80, `(x | 0x80) - n` has its top bit set exactly where `x >= n`, `(0x80 | n) - x`
  /// exactly where `x <= n`, and `x + 0x7F` exactly where `x != 0`.
  @inline(__always) static func runBreaks(_ w: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let folded = w | (0x20 &* ones)  // A–Z onto a–z, and no other byte onto a–z
    let letter = ((folded | high) &- 0x61 &* ones) & ((0xFA &* ones) &- folded) & high
    let symbol = ((w | high) &- 0x2B &* ones) & ((0xBB &* ones) &- w) & high
    let space = ~((w ^ (0x20 &* ones)) &+ 0x7F &* ones) & high
    return (~(letter | symbol | space) & high) | (w & high) | (space & ((space >> 8) | 0x8000_0000_0000_0000))
  }

  /// An ASCII digit or letter: two wrapping range tests (`c | 0x20` folds `A`–`Z` onto
  /// `a`–`z` and nothing else onto them), the hottest test of the tokenizer.
  @inline(__always) static func isAlnum(_ c: UInt8) -> Bool {
    c &- 0x30 < 10 || (c | 0x20) &- 0x61 < 26
  }

  @inline(__always) static func isSpaceByte(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D
  }

  @inline(__always) static func isASCIIPunctuation(_ c: UInt8) -> Bool {
    (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
  }

  static let inlineTags: Set<String> = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark",
    "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    // TimeML and MUC annotation inside text
    "timex3", "event", "signal", "enamex", "numex", "timex", "lex",
  ]

  /// The offset of the `>` that ends the tag opened at `i` (a `>` inside a quoted attribute
  /// value does not), within 4,000 bytes; nil when a `<` comes first or there is none.
  static func bracket(_ b: [UInt8], _ i: Int, _ end: Int) -> Int? {
    let limit = min(end, i + 4000)
    var j = i + 1
    var quote: UInt8 = 0
    while j < limit {
      let c = b[j]
      if quote != 0 {
        if c == quote { quote = 0 }
      } else if c == 0x22 || c == 0x27 {
        // Quotes only count inside attributes (after the tag name).
        if j > i + 2, b[j - 1] == UInt8(ascii: "=") { quote = c }
      } else if c == UInt8(ascii: ">") {
        return j
      } else if c == UInt8(ascii: "<") {
        return nil
      }
      j += 1
    }
    return nil
  }

  /// An HTML tag or comment at `i`: the offset after it and whether it separates words.
  static func tag(_ b: [UInt8], _ i: Int, _ end: Int) -> (Int, Bool)? {
    guard i + 1 < end else { return nil }
    let n = b[i + 1]
    if n == UInt8(ascii: "!") {
      if i + 3 < end, b[i + 2] == UInt8(ascii: "-"), b[i + 3] == UInt8(ascii: "-") {
        var j = i + 4
        while j + 2 < end {
          if b[j] == UInt8(ascii: "-"), b[j + 1] == UInt8(ascii: "-"), b[j + 2] == UInt8(ascii: ">") {
            return (j + 3, true)
          }
          j += 1
        }
        return nil
      }
    } else if !(n == UInt8(ascii: "/") || (n | 0x20 >= 0x61 && n | 0x20 <= 0x7A)) {
      return nil
    }
    guard let j = bracket(b, i, end) else { return nil }
    var k = i + 1
    let closing = b[k] == UInt8(ascii: "/")
    if closing { k += 1 }
    var name: [UInt8] = []
    while k < j, isAlnum(b[k]) {
      name.append(b[k] | 0x20)
      k += 1
    }
    let tagName = String(decoding: name, as: UTF8.self)
    var next = j + 1
    if !closing, tagName == "script" || tagName == "style" {
      // Skip to the closing tag.
      var m = next
      let close = Array("</\(tagName)".utf8)
      while m + close.count <= end {
        if b[m] == UInt8(ascii: "<"), b[m + 1] == UInt8(ascii: "/") {
          var ok = true
          for (q, ch) in close.enumerated() where b[m + q] | 0x20 != ch | 0x20 {
            ok = false
            break
          }
          if ok {
            var e = m + close.count
            while e < end, b[e] != UInt8(ascii: ">") { e += 1 }
            next = min(end, e + 1)
            return (next, true)
          }
        }
        m += 1
      }
      next = end
    }
    return (next, !inlineTags.contains(tagName))
  }

  /// A Markdown link `[text](target)` at `i`: the offset of `]` and the offset after `)`.
  static func link(_ b: [UInt8], _ i: Int, _ end: Int) -> (Int, Int)? {
    var j = i + 1
    let limit = min(end, i + 500)
    while j < limit, b[j] != UInt8(ascii: "]"), b[j] != UInt8(ascii: "[") {
      if b[j] == 0x0A, j + 1 < end, b[j + 1] == 0x0A { return nil }
      j += 1
    }
    guard j + 1 < end, j < limit, b[j] == UInt8(ascii: "]"), b[j + 1] == UInt8(ascii: "(") else { return nil }
    var k = j + 2
    let limit2 = min(end, k + 2000)
    var depth = 0
    while k < limit2 {
      let c = b[k]
      if c == 0x20 || c == 0x0A || c == 0x09 {
        // A title after the target ("…" "title") is allowed; a bare space is not a link.
        if k + 1 < end, b[k + 1] == 0x22 {
          k += 2
          while k < limit2, b[k] != 0x22 { k += 1 }
          k += 1
          continue
        }
        return nil
      }
      if c == UInt8(ascii: "(") { depth += 1 }
      if c == UInt8(ascii: ")") {
        if depth == 0 { return (j, k + 1) }
        depth -= 1
      }
      k += 1
    }
    return nil
  }

  /// A character reference at `i`: its UTF-8 bytes and the offset after `;`.
  static func entity(_ b: [UInt8], _ i: Int, _ end: Int) -> ([UInt8], Int)? {
    var j = i + 1
    let limit = min(end, i + 12)
    if j < limit, b[j] == UInt8(ascii: "#") {
      j += 1
      var hex = false
      if j < limit, b[j] | 0x20 == UInt8(ascii: "x") {
        hex = true
        j += 1
      }
      var v: UInt32 = 0
      let s = j
      while j < limit, b[j] != UInt8(ascii: ";") {
        let c = b[j]
        let d: UInt32
        if c >= 0x30 && c <= 0x39 {
          d = UInt32(c - 0x30)
        } else if hex, c | 0x20 >= 0x61 && c | 0x20 <= 0x66 {
          d = UInt32((c | 0x20) - 0x61 + 10)
        } else {
          return nil
        }
        v = v &* (hex ? 16 : 10) &+ d
        if v > 0x10FFFF { return nil }
        j += 1
      }
      guard j < limit, j > s, b[j] == UInt8(ascii: ";") else { return nil }
      if v == 0xA0 || v == 0x20 || v == 0x09 || v == 0x0A { return ([0x20], j + 1) }
      guard let scalar = Unicode.Scalar(v), v != 0 else { return (Array("\u{FFFD}".utf8), j + 1) }
      return (Array(String(Character(scalar)).utf8), j + 1)
    }
    let s = j
    while j < limit, isAlnum(b[j]) { j += 1 }
    guard j < limit, j > s, b[j] == UInt8(ascii: ";") else { return nil }
    let name = String(decoding: b[s..<j], as: UTF8.self)
    guard let value = namedEntities[name] else { return nil }
    if value == "\u{A0}" { return ([0x20], j + 1) }
    return (Array(value.utf8), j + 1)
  }

  static let namedEntities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "\u{2013}",
    "mdash": "\u{2014}", "hellip": "\u{2026}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}",
    "rdquo": "\u{201D}", "sbquo": "\u{201A}", "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}",
    "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}", "euro": "\u{20AC}",
    "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}", "sect": "\u{A7}", "para": "\u{B6}", "middot": "\u{B7}",
    "bull": "\u{2022}", "times": "\u{D7}", "divide": "\u{F7}", "frac12": "\u{BD}", "frac14": "\u{BC}",
    "frac34": "\u{BE}", "eacute": "\u{E9}", "egrave": "\u{E8}", "aacute": "\u{E1}", "agrave": "\u{E0}",
    "iacute": "\u{ED}", "oacute": "\u{F3}", "uacute": "\u{FA}", "ntilde": "\u{F1}", "ccedil": "\u{E7}",
    "uuml": "\u{FC}", "ouml": "\u{F6}", "auml": "\u{E4}", "szlig": "\u{DF}", "Eacute": "\u{C9}",
    "Uuml": "\u{DC}", "Ouml": "\u{D6}", "Auml": "\u{C4}", "shy": "", "zwj": "", "zwnj": "", "thinsp": "\u{A0}",
    "ensp": "\u{A0}", "emsp": "\u{A0}", "minus": "\u{2212}", "prime": "\u{2032}", "Prime": "\u{2033}",
  ]
}

/// Accumulates clean bytes and their offset map; plain stretches become one run each.
private struct CleanBuilder {
  var out: [UInt8] = []
  var map = OffsetMap()
  /// The plain run being extended: clean start, original start, length.
  var runClean = 0
  var runOriginal = 0
  var runLength = 0

  mutating func reserve(_ capacity: Int) { out.reserveCapacity(capacity) }

  private mutating func flushRun() {
    if runLength > 0 { map.append(clean: runClean, original: runOriginal, length: runLength) }
    runLength = 0
  }

  /// Copies `n` original bytes from `i` unchanged.
  mutating func copy(_ b: [UInt8], _ i: Int, _ n: Int) {
    if runLength > 0, runOriginal + runLength == i, runClean + runLength == out.count {
      runLength += n
    } else {
      flushRun()
      runClean = out.count
      runOriginal = i
      runLength = n
    }
    if n == 1 { out.append(b[i]) } else { out.append(contentsOf: b[i..<(i + n)]) }
  }

  /// Emits `bytes` standing for `originalLength` original bytes from `original`.
  mutating func replace(_ bytes: [UInt8], original: Int, originalLength: Int) {
    guard !bytes.isEmpty else { return }
    flushRun()
    map.appendReplacement(clean: out.count, length: bytes.count, original: original, originalLength: originalLength)
    out.append(contentsOf: bytes)
  }

  /// One space for the whitespace `[from, to)`, unless the text already ends with one.
  mutating func space(_ from: Int, _ to: Int) {
    if out.isEmpty || out[out.count - 1] == 0x20 { return }
    if to - from == 1 {
      if runLength > 0, runOriginal + runLength == from, runClean + runLength == out.count {
        runLength += 1
      } else {
        flushRun()
        runClean = out.count
        runOriginal = from
        runLength = 1
      }
      out.append(0x20)
    } else {
      replace([0x20], original: from, originalLength: to - from)
    }
  }

  mutating func finish() -> CleanedText {
    flushRun()
    // A trailing space can come from a block-level tag at the end.
    if out.last == 0x20 { out.removeLast() }
    return CleanedText(bytes: out, map: MarkupCleaner.trimmedMap(map, count: out.count))
  }
}
