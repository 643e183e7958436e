/// A paragraph-level stretch of an input file before it gets a role.
struct RawBlock: Sendable {
  /// Trimmed byte range in the original file.
  var start: Int
  var end: Int
  /// Blank lines between the previous block and this one (a headline is often set apart).
  var blankLinesBefore: Int
  /// Source lines the block covers.
  var lineCount: Int
  /// A structural hint from the markup: `h1`…`h6`, `li`, `figcaption`, `front-matter`,
  /// `nav`, `footer`, `aside`, `blockquote`; nil for plain paragraphs.
  var hint: String?
}

/// Splits plain text and Markdown into paragraphs.
///
/// Blank lines always separate paragraphs. Inside a run of non-blank lines each line is its own
/// paragraph (scraped news text puts one paragraph per line), unless the run looks hard-wrapped
/// (a line continues in lowercase, or the lines fill a fixed width), in which case the lines
/// join. Linear in the file size.
enum TextLayout {
  static func paragraphs(_ b: [UInt8], lineStarts: [Int], markdown: Bool, joinLines: Bool = false) -> [RawBlock] {
    // A block per line at most: growing the list from empty copied it about four times a file.
    var out: [RawBlock] = []
    out.reserveCapacity(lineStarts.count)
    var group: [(Int, Int)] = []  // trimmed line ranges of the current run of non-blank lines
    var blanks = 0
    var pendingBlanks = 0
    var inFrontMatter = false
    var frontStart = -1
    for (n, ls) in lineStarts.enumerated() {
      let le = n + 1 < lineStarts.count ? lineStarts[n + 1] - 1 : b.count
      let lineEnd = max(ls, le)
      let (s, e) = UTF8Bytes.trim(b, ls, lineEnd)
      // Markdown front matter: `---` on the first line up to the next `---`.
      if markdown {
        let isRule = e - s == 3 && b[s] == 0x2D && b[s + 1] == 0x2D && b[s + 2] == 0x2D
        if n == 0 && isRule {
          inFrontMatter = true
          frontStart = s
          continue
        }
        if inFrontMatter {
          if isRule || n > 200 {
            inFrontMatter = false
            out.append(RawBlock(start: frontStart, end: e, blankLinesBefore: 0, lineCount: n + 1, hint: "front-matter"))
          }
          continue
        }
      }
      if s >= e {
        if !group.isEmpty {
          flush(&group, b, blanksBefore: pendingBlanks, markdown: markdown, joinLines: joinLines, into: &out)
          blanks = 0
        }
        blanks += 1
        continue
      }
      if group.isEmpty { pendingBlanks = blanks }
      group.append((s, e))
    }
    if inFrontMatter {
      // Never closed: treat the lines as text after all.
      var lines: [(Int, Int)] = []
      for (n, ls) in lineStarts.enumerated() {
        let le = n + 1 < lineStarts.count ? lineStarts[n + 1] - 1 : b.count
        let (s, e) = UTF8Bytes.trim(b, ls, max(ls, le))
        if s < e { lines.append((s, e)) }
      }
      var g = lines
      out = []
      flush(&g, b, blanksBefore: 0, markdown: markdown, joinLines: joinLines, into: &out)
      return out
    }
    if !group.isEmpty {
      flush(&group, b, blanksBefore: pendingBlanks, markdown: markdown, joinLines: joinLines, into: &out)
    }
    return out
  }

  private static func flush(
    _ group: inout [(Int, Int)], _ b: [UInt8], blanksBefore: Int, markdown: Bool, joinLines: Bool,
    into out: inout [RawBlock]
  ) {
    defer { group.removeAll(keepingCapacity: true) }
    let wrapped = joinLines || looksHardWrapped(group, b)
    var curStart = -1
    var curEnd = -1
    var curLines = 0
    var curHint: String? = nil
    var first = true
    func emit() {
      guard curStart >= 0 else { return }
      out.append(
        RawBlock(
          start: curStart, end: curEnd, blankLinesBefore: first ? blanksBefore : 0, lineCount: curLines,
          hint: curHint))
      first = false
      curStart = -1
      curLines = 0
      curHint = nil
    }
    for (k, (s0, e)) in group.enumerated() {
      var s = s0
      var hint: String? = nil
      if markdown {
        let (ms, h) = markdownLineMarker(b, s, e)
        s = ms
        hint = h
        if s >= e { continue }
      }
      let joins: Bool
      if curStart < 0 || hint != nil || curHint != nil {
        joins = false
      } else {
        joins = wrapped || continuesLowercase(b, prevEnd: group[k - 1].1, nextStart: s)
      }
      if joins {
        curEnd = e
        curLines += 1
      } else {
        emit()
        curStart = s
        curEnd = e
        curLines = 1
        curHint = hint
      }
    }
    emit()
  }

  /// A line ending without sentence punctuation followed by one starting in lowercase.
  private static func continuesLowercase(_ b: [UInt8], prevEnd: Int, nextStart: Int) -> Bool {
    let last = b[prevEnd - 1]
    if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
      || last == UInt8(ascii: ":")
    {
      return false
    }
    let c = b[nextStart]
    return c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")
  }

  /// Three or more lines, all but the last between 60% and 100% of the longest (≤ 100 bytes).
  private static func looksHardWrapped(_ group: [(Int, Int)], _ b: [UInt8]) -> Bool {
    guard group.count >= 3 else { return false }
    let lengths = group.dropLast().map { $0.1 - $0.0 }
    guard let longest = lengths.max(), longest >= 40, longest <= 100 else { return false }
    return lengths.allSatisfy { $0 * 10 >= longest * 6 }
  }

  /// Strips a Markdown line marker (`# `, `> `, `- `, `* `, `+ `, `1. `) and names it.
  static func markdownLineMarker(_ b: [UInt8], _ s: Int, _ e: Int) -> (Int, String?) {
    var i = s
    if b[i] == UInt8(ascii: "#") {
      var level = 0
      while i < e, b[i] == UInt8(ascii: "#") {
        level += 1
        i += 1
      }
      if level <= 6, i < e, b[i] == 0x20 {
        while i < e, b[i] == 0x20 { i += 1 }
        // Trailing closing hashes: "## Title ##".
        return (i, "h\(level)")
      }
      return (s, nil)
    }
    if b[i] == UInt8(ascii: ">") {
      i += 1
      while i < e, b[i] == 0x20 { i += 1 }
      return (i, "blockquote")
    }
    if (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "*") || b[i] == UInt8(ascii: "+")), i + 1 < e,
      b[i + 1] == 0x20
    {
      // A thematic break ("- - -", "***") is not a list item.
      i += 2
      while i < e, b[i] == 0x20 { i += 1 }
      return (i, "li")
    }
    var j = i
    while j < e, j - i < 3, b[j] >= 0x30 && b[j] <= 0x39 { j += 1 }
    if j > i, j + 1 < e, b[j] == UInt8(ascii: ".") || b[j] == UInt8(ascii: ")"), b[j + 1] == 0x20 {
      j += 2
      while j < e, b[j] == 0x20 { j += 1 }
      return (j, "li")
    }
    return (s, nil)
  }
}
