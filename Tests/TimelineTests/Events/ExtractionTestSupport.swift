import Foundation
import Testing

@testable import Timeline

/// Builds documents for extraction tests.
///
/// One sentence a line; a line starting with `H: ` is a headline, `C: ` a caption. Tokens are
/// left empty, as the extractor tokenizes itself.
enum XDoc {
  static func make(_ lines: [String], id: String = "doc", published: String? = nil, paragraphs: [Int]? = nil)
    -> Document
  {
    var text = ""
    var spans: [(Int, Int, TextRole)] = []
    for line in lines {
      var role = TextRole.body
      var body = line
      if line.hasPrefix("H: ") {
        role = .headline
        body = String(line.dropFirst(3))
      } else if line.hasPrefix("C: ") {
        role = .caption
        body = String(line.dropFirst(3))
      }
      let start = text.utf8.count
      text += body
      spans.append((start, text.utf8.count, role))
      text += "\n\n"
    }
    let source = SourceText(text)
    var sentences: [Sentence] = []
    for (i, (s, e, role)) in spans.enumerated() {
      let span = source.span(s, e)
      let t = source.text(span)
      sentences.append(
        Sentence(
          index: i, paragraph: paragraphs?[i] ?? i, role: role, span: span, text: t, clean: t,
          offsets: .identity(base: s, length: e - s), segmented: false))
    }
    return Document(
      id: id, path: id + ".txt", source: source,
      published: published.map { PublishedDate(value: $0, source: .manifest) }, sentences: sentences)
  }

  /// A DATE expression on the first occurrence of `text` in the document.
  static func date(_ doc: Document, _ text: String, _ value: String, anchor: RelativeSpec? = nil) -> TemporalExpression
  {
    let all = String(decoding: doc.source.bytes, as: UTF8.self)
    guard let r = all.range(of: text) else {
      Issue.record("no '\(text)' in the document")
      return TemporalExpression(
        kind: .date, text: text, span: SourceSpan(start: 0, end: 0, line: 1), value: value, rule: "test")
    }
    let start = all.utf8.distance(from: all.startIndex, to: r.lowerBound)
    let span = doc.source.span(start, start + text.utf8.count)
    return TemporalExpression(kind: .date, text: text, span: span, value: value, rule: "test.date", anchor: anchor)
  }

  static func extract(_ lines: [String], published: String? = nil, dates: [(String, String)] = []) -> DocumentExtraction
  {
    let d = make(lines, published: published)
    return EventExtractor().extract(d, expressions: dates.map { date(d, $0.0, $0.1) })
  }
}

/// The seed corpus run through the whole per-document pipeline.
enum Seeds {
  static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }

  static func extractions(_ folder: String = "fixtures/seeds/docs") throws -> [DocumentExtraction] {
    let p = Pipeline()
    let corpus = try p.ingestor.ingest(paths: [root.appendingPathComponent(folder).path])
    return p.analyze(corpus.documents)
  }

  static func doc(_ xs: [DocumentExtraction], _ prefix: String) -> DocumentExtraction? {
    xs.first { $0.document.hasPrefix(prefix) || $0.document.hasSuffix("/" + prefix) || $0.path.contains(prefix + "_") }
  }
}
