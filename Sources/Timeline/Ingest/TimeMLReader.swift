/// Reads a TimeML document (`.tml`, as in TimeBank and the TempEval-3 sets).
///
/// `<TITLE>` is the headline, the `<TIMEX3>` inside `<DCT>` gives the publication date
/// (`source: text`, evidence citing the DCT element), and the text inside `<TEXT>` is body,
/// one paragraph per blank-line-separated group of lines. The annotation tags inside the text
/// (`<TIMEX3>`, `<EVENT>`, `<SIGNAL>`) are inline markup: analysis text drops them, offsets
/// still point into the `.tml` file. `DOCID`, `TLINK`, `MAKEINSTANCE`… are not text.
enum TimeMLReader {
  /// Whether the first 4,000 bytes of `b` hold a TimeML root or a `<TEXT>` with a `<DCT>` or
  /// `<DOCID>`: searched in place (a copy of those bytes and a list of each tag's bytes were
  /// three allocations for every file read).
  static func looksLikeTimeML(_ b: [UInt8]) -> Bool {
    b.withUnsafeBufferPointer { all in
      let head = UnsafeBufferPointer(rebasing: all[0..<min(all.count, 4000)])
      func has(_ s: StaticString) -> Bool { ByteSearch.find(s.utf8Bytes, head) != nil }
      return has("<TimeML") || (has("<TEXT>") && (has("<DCT>") || has("<DOCID>")))
    }
  }

  static func read(_ source: SourceText) -> ([Block], TextMetadata) {
    let b = source.bytes
    var meta = TextMetadata()
    var blocks: [Block] = []
    func add(_ s: Int, _ e: Int, _ role: TextRole, _ reason: String?) {
      let (ts, te) = UTF8Bytes.trim(b, s, e)
      guard ts < te else { return }
      let span = source.span(ts, te)
      blocks.append(Block(index: blocks.count, role: role, span: span, text: source.text(span), reason: reason))
    }
    if let (s, e) = element("TITLE", in: b) {
      add(s, e, .headline, "TimeML <TITLE>")
      let (ts, te) = UTF8Bytes.trim(b, s, e)
      if ts < te {
        meta.title = .init(
          value: MarkupCleaner.clean(b, ts, te).string, span: source.span(ts, te), rule: "ingest.timeml-title",
          note: "TimeML <TITLE>")
      }
    }
    if let (s, e) = element("DCT", in: b) {
      let inner = String(decoding: b[s..<e], as: UTF8.self)
      if let value = HTMLReader.attribute("value", in: " " + inner), let day = MetadataDate.parseField(value) {
        let (ts, te) = UTF8Bytes.trim(b, s, e)
        meta.published = .init(
          value: day, span: source.span(ts, te), rule: "ingest.timeml-dct", note: "TimeML document creation time <DCT>")
      }
      add(s, e, .metadata, "TimeML <DCT>")
    }
    if let (s, e) = element("TEXT", in: b) {
      let paragraphs = TextLayout.paragraphs(b, lineStarts: source.lineStarts, markdown: false, joinLines: true)
      for p in paragraphs where p.end > s && p.start < e {
        add(max(p.start, s), min(p.end, e), .body, nil)
      }
    }
    blocks.sort { $0.span.start < $1.span.start }
    for k in blocks.indices { blocks[k].index = k }
    return (blocks, meta)
  }

  /// The content range of the first `<NAME …>…</NAME>` element.
  static func element(_ name: String, in b: [UInt8]) -> (Int, Int)? {
    let open = Array("<\(name)".utf8)
    let close = Array("</\(name)>".utf8)
    guard let o = find(open, in: b, from: 0) else { return nil }
    var s = o + open.count
    guard s < b.count, b[s] == UInt8(ascii: ">") || b[s] == 0x20 else { return nil }
    while s < b.count, b[s] != UInt8(ascii: ">") { s += 1 }
    s += 1
    guard let e = find(close, in: b, from: s) else { return nil }
    return (s, e)
  }

  static func find(_ needle: [UInt8], in b: [UInt8], from: Int) -> Int? {
    guard !needle.isEmpty, b.count >= needle.count else { return nil }
    var i = from
    while i + needle.count <= b.count {
      if b[i] == needle[0] {
        var ok = true
        for k in 1..<needle.count where b[i + k] != needle[k] {
          ok = false
          break
        }
        if ok { return i }
      }
      i += 1
    }
    return nil
  }
}
