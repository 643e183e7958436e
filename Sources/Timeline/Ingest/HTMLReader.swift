import Foundation

/// Reads an HTML page into paragraph blocks and the metadata of its `<head>`.
///
/// Not a full HTML parser: one pass over the tags. Block-level tags (`p`, `div`, `h1`…`h6`,
/// `li`, `figcaption`, `br`…) end a paragraph; inline tags (`a`, `b`, `em`, `span`…) stay inside
/// it and are removed later by ``MarkupCleaner``. `script`, `style`, `noscript`, `template`,
/// `svg` and the `head` contents are not text. Blocks inside `nav`, `footer`, `aside` and
/// `figcaption` carry that hint so the classifier can mark them. Head metadata: `<title>`,
/// `<meta name="author">`, `article:published_time` / `date` metas, `og:site_name`, the
/// canonical link; a `<time datetime>` among the page's first blocks; and the `datePublished` of
/// its JSON-LD linked data.
enum HTMLReader {
  static func looksLikeHTML(_ b: [UInt8]) -> Bool {
    var i = 0
    while i < b.count, i < 1000,
      UTF8Bytes.whitespaceLength(b, i, end: b.count) + UTF8Bytes.invisibleLength(b, i, end: b.count) > 0
    {
      i += max(UTF8Bytes.whitespaceLength(b, i, end: b.count), UTF8Bytes.invisibleLength(b, i, end: b.count))
    }
    let head = String(decoding: b[i..<min(b.count, i + 15)], as: UTF8.self).lowercased()
    return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<head")
  }

  static let skipTags: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "iframe", "object"]
  static let containerHints: Set<String> = ["nav", "footer", "aside", "figcaption"]

  static func read(_ source: SourceText) -> ([RawBlock], TextMetadata) {
    let b = source.bytes
    let end = b.count
    var blocks: [RawBlock] = []
    var meta = TextMetadata()
    var i = 0
    var blockStart = -1
    var blockEnd = -1
    var blockHint: String? = nil
    var containers: [String: Int] = [:]
    var currentTagHint: String? = nil
    var skipUntil: String? = nil
    var titleStart = -1

    func flush() {
      if blockStart >= 0 {
        let (s, e) = UTF8Bytes.trim(b, blockStart, blockEnd)
        if s < e {
          blocks.append(RawBlock(start: s, end: e, blankLinesBefore: 0, lineCount: 1, hint: blockHint))
        }
      }
      blockStart = -1
      blockEnd = -1
      blockHint = nil
    }

    while i < end {
      if b[i] == UInt8(ascii: "<"), let (tagEnd, name, closing, attrs) = tag(b, i, end) {
        if let skip = skipUntil {
          if name == "title", closing, titleStart >= 0 {
            let (s, e) = UTF8Bytes.trim(b, titleStart, i)
            if s < e, meta.title == nil {
              let text = MarkupCleaner.clean(b, s, e).string
              meta.title = .init(
                value: text, span: source.span(s, e), rule: "ingest.html-title", note: "<title> of the page")
            }
            titleStart = -1
            if skip == "title" { skipUntil = nil }
          } else if closing && name == skip {
            skipUntil = nil
          } else if name == "title" && !closing {
            titleStart = tagEnd
          } else if name == "meta" || name == "link" {
            headMeta(attrs, span: source.span(i, tagEnd), into: &meta)
          } else if name == "script" {
            linkedData(source, attrs, from: i, to: tagEnd, into: &meta)
          }
          i = tagEnd
          continue
        }
        if name == "script" {
          linkedData(source, attrs, from: i, to: tagEnd, into: &meta)
          i = tagEnd
          continue
        }
        if !closing, skipTags.contains(name) {
          flush()
          skipUntil = name
          i = tagEnd
          continue
        }
        if name == "title", !closing {
          titleStart = tagEnd
          skipUntil = "title"
          i = tagEnd
          continue
        }
        if name == "meta" || name == "link" {
          headMeta(attrs, span: source.span(i, tagEnd), into: &meta)
        }
        // "By our sports reporter · <time datetime="2023-06-13T08:15">": a page's first machine-
        // readable time near its top (the headline and byline) is when it was published.
        if name == "time", !closing, meta.published == nil, blocks.count < 4, let dt = attribute("datetime", in: attrs),
          let day = MetadataDate.parseField(dt)
        {
          meta.published = .init(
            value: day, span: source.span(i, tagEnd), rule: "ingest.html-time", note: "<time datetime> at the top of the page")
        }
        if MarkupCleaner.inlineTags.contains(name) || name.isEmpty {
          i = tagEnd
          continue
        }
        // A block-level tag: ends the current paragraph.
        flush()
        if containerHints.contains(name) {
          containers[name, default: 0] += closing ? -1 : 1
          if containers[name, default: 0] < 0 { containers[name] = 0 }
        }
        if !closing, ["h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"].contains(name) {
          currentTagHint = name
        } else if closing {
          currentTagHint = nil
        }
        i = tagEnd
        continue
      }
      if skipUntil != nil {
        i += 1
        continue
      }
      let ws = UTF8Bytes.whitespaceLength(b, i, end: end)
      if ws > 0 {
        i += ws
        continue
      }
      if blockStart < 0 {
        blockStart = i
        blockHint = containerHints.first(where: { containers[$0, default: 0] > 0 }) ?? currentTagHint
        if let h = ["figcaption", "nav", "footer", "aside"].first(where: { containers[$0, default: 0] > 0 }) {
          blockHint = h
        }
      }
      i += 1
      blockEnd = i
    }
    flush()
    return (blocks, meta)
  }

  /// A tag at `i`: end offset, lowercased name, whether it closes, and its attribute text.
  static func tag(_ b: [UInt8], _ i: Int, _ end: Int) -> (Int, String, Bool, String)? {
    guard let (next, _) = MarkupCleaner.tag(b, i, end) else { return nil }
    var k = i + 1
    let closing = k < end && b[k] == UInt8(ascii: "/")
    if closing { k += 1 }
    var name: [UInt8] = []
    while k < next, MarkupCleaner.isAlnum(b[k]) {
      name.append(b[k] | 0x20)
      k += 1
    }
    let nameString = String(decoding: name, as: UTF8.self)
    // MarkupCleaner.tag skipped a script's or a style's body to its closing tag: a script is
    // named, with its opening tag's attributes, for its linked data (``linkedData``).
    if nameString == "script" {
      guard !closing, let j = MarkupCleaner.bracket(b, i, end) else { return (next, "", false, "") }
      return (next, nameString, false, String(decoding: b[k..<max(k, j)], as: UTF8.self))
    }
    if nameString == "style" {
      return (next, "", false, "")
    }
    let attrs = String(decoding: b[k..<max(k, min(next, k + 2000))], as: UTF8.self)
    return (next, nameString, closing, attrs)
  }

  /// The publication date a page's linked data states: the first `"datePublished"` of a
  /// `<script type="application/ld+json">` (schema.org's `NewsArticle`, which most news sites
  /// carry, often as their only machine-readable date). It overrules a `<time>` element's date
  /// (a guess from the page's top), not a `<meta>`'s. `start..<end` is the whole element.
  static func linkedData(_ source: SourceText, _ attrs: String, from start: Int, to end: Int, into meta: inout TextMetadata) {
    guard meta.published == nil || meta.published?.rule == "ingest.html-time",
      attribute("type", in: attrs)?.lowercased().contains("ld+json") == true,
      let (s, e) = jsonStringValue(of: "datePublished", in: source.bytes, from: start, to: end),
      let day = MetadataDate.parseField(String(decoding: source.bytes[s..<e], as: UTF8.self))
    else { return }
    meta.published = .init(
      value: day, span: source.span(s, e), rule: "ingest.html-ld-json", note: "datePublished in the page's linked data")
  }

  /// The byte range of the string value of the first member `"key": "…"` in `b[start..<end]`
  /// (its text between the quotes; a value with escapes ends at its first quote, which a date
  /// never holds).
  static func jsonStringValue(of key: String, in b: [UInt8], from start: Int, to end: Int) -> (Int, Int)? {
    let needle = Array("\"\(key)\"".utf8)
    var i = start
    while i + needle.count <= end {
      guard b[i] == needle[0], b[i..<(i + needle.count)].elementsEqual(needle) else {
        i += 1
        continue
      }
      var j = i + needle.count
      while j < end, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0A || b[j] == 0x0D { j += 1 }
      guard j < end, b[j] == UInt8(ascii: ":") else {
        i += 1
        continue
      }
      j += 1
      while j < end, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0A || b[j] == 0x0D { j += 1 }
      guard j < end, b[j] == 0x22 else { return nil }
      let s = j + 1
      var e = s
      while e < end, b[e] != 0x22, e < s + 100 { e += 1 }
      return e < end && b[e] == 0x22 && e > s ? (s, e) : nil
    }
    return nil
  }

  static func attribute(_ name: String, in attrs: String) -> String? {
    let lower = attrs.lowercased()
    var search = lower.startIndex
    while let r = lower.range(of: name + "=", range: search..<lower.endIndex) {
      let before = r.lowerBound == lower.startIndex ? " " : lower[lower.index(before: r.lowerBound)]
      search = r.upperBound
      guard before == " " || before == "\n" || before == "\t" else { continue }
      let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
      let rest = attrs.dropFirst(offset)
      guard let q = rest.first else { return nil }
      if q == "\"" || q == "'" {
        let body = rest.dropFirst()
        return String(body.prefix { $0 != q })
      }
      return String(rest.prefix { !$0.isWhitespace && $0 != ">" })
    }
    return nil
  }

  static func headMeta(_ attrs: String, span: SourceSpan, into meta: inout TextMetadata) {
    let key = (attribute("name", in: attrs) ?? attribute("property", in: attrs) ?? attribute("itemprop", in: attrs))?
      .lowercased()
    let content = attribute("content", in: attrs).map(decodeEntities)
    if let rel = attribute("rel", in: attrs)?.lowercased(), rel == "canonical", let href = attribute("href", in: attrs),
      meta.url == nil
    {
      meta.url = .init(value: decodeEntities(href), span: span, rule: "ingest.html-canonical", note: "canonical link")
      return
    }
    guard let key, let content, !content.isEmpty else { return }
    switch key {
    case "author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author":
      if meta.author == nil, !content.hasPrefix("http") {
        var name = content
        if name.lowercased().hasPrefix("by ") { name = String(name.dropFirst(3)) }
        meta.author = .init(value: name, span: span, rule: "ingest.html-meta", note: "<meta \(key)>")
      }
    case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
      "og:published_time", "sailthru.date", "parsely-pub-date", "publication_date":
      if meta.published == nil, let day = MetadataDate.parseField(content) {
        meta.published = .init(value: day, span: span, rule: "ingest.html-meta", note: "<meta \(key)>")
      }
    case "og:site_name", "application-name", "publisher":
      if meta.outlet == nil {
        meta.outlet = .init(value: content, span: span, rule: "ingest.html-meta", note: "<meta \(key)>")
      }
    case "og:url":
      if meta.url == nil {
        meta.url = .init(value: content, span: span, rule: "ingest.html-meta", note: "<meta \(key)>")
      }
    case "og:title", "twitter:title":
      if meta.title == nil {
        meta.title = .init(value: content, span: span, rule: "ingest.html-meta", note: "<meta \(key)>")
      }
    default:
      break
    }
  }

  static func decodeEntities(_ s: String) -> String {
    let bytes = Array(s.utf8)
    return MarkupCleaner.clean(bytes, 0, bytes.count).string
  }
}
