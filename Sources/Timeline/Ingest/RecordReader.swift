import Foundation

/// Reads JSON and JSON-lines records into documents.
///
/// A record is an object with a string `text` and optional `id`, `title`, `author`,
/// `published`, `outlet`, `url`. Each field may also go by the names news datasets and APIs give
/// it (``keys``: NewsAPI's `content`, `publishedAt` and `source.name`, news-please's `maintext`
/// and `date_publish`, schema.org's `headline` and `datePublished`…); the first present wins.
/// Its document's ``Document/source`` is the decoded `text`, so all offsets and lines of that
/// document point into `text` (not into the JSON file). The id is the record's `id`, else
/// `<file>#<n>` (n = 1-based record number; for JSON lines, the line). Record metadata counts as
/// supplied metadata (like a manifest): it wins over the text.
enum RecordReader {
  /// The names a record's fields are read by, in order: the first present (and not null) wins.
  static let keys: [String: [String]] = [
    "text": ["text", "body", "content", "maintext", "article"],
    "published": [
      "published", "publishedAt", "published_at", "datePublished", "date_publish", "pubDate", "publish_date",
      "publication_date", "date",
    ],
    "title": ["title", "headline"],
    "author": ["author", "authors", "byline", "creator"],
    "outlet": ["outlet", "source", "publisher", "source_name", "source_domain", "site_name"],
    "url": ["url", "link"],
  ]

  /// The first member of `node` named by `field`'s ``keys``, with the name it goes by.
  static func member(_ node: JSONNode, _ field: String) -> (key: String, value: JSONNode)? {
    for key in keys[field] ?? [field] {
      guard let v = node.member(key) else { continue }
      if case .null = v.value { continue }
      return (key, v)
    }
    return nil
  }

  static func json(_ bytes: [UInt8], path: String, fileID: String, diagnostics: inout [Diagnostic]) -> [Document] {
    if UTF8Bytes.isBlank(bytes, 0, bytes.count) {
      diagnostics.append(
        Diagnostic(.warning, code: "ingest.empty", path: path, message: "\(path): empty file (no records); skipped"))
      return []
    }
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      diagnostics.append(
        Diagnostic(
          .error, code: "ingest.bad-json", path: path, line: error.line,
          message: "\(path): not valid JSON: \(error.reason); skipped"))
      return []
    }
    var records: [JSONNode] = []
    switch root.value {
    case .array(let items):
      records = items
    case .object:
      if member(root, "text") != nil {
        records = [root]
      } else if let list = ["documents", "articles", "items", "records"].lazy.compactMap({ root.member($0) }).first,
        case .array(let items) = list.value
      {
        records = items
      } else {
        diagnostics.append(
          Diagnostic(
            .error, code: "ingest.bad-record", path: path, line: root.line,
            message: "\(path): a JSON object without \"text\" or a \"documents\" array; skipped"))
        return []
      }
    default:
      diagnostics.append(
        Diagnostic(
          .error, code: "ingest.bad-record", path: path, line: root.line,
          message: "\(path): expected a record or an array of records, not \(root.typeName); skipped"))
      return []
    }
    var docs: [Document] = []
    for (n, node) in records.enumerated() {
      if let d = document(node, number: n + 1, path: path, fileID: fileID, diagnostics: &diagnostics) { docs.append(d) }
    }
    return docs
  }

  static func jsonLines(_ bytes: [UInt8], path: String, fileID: String, diagnostics: inout [Diagnostic]) -> [Document] {
    // The non-blank lines and their numbers in one scan; then each line is parsed and read
    // as an article on all cores (one scan on one core was a tenth of a 100,000-document
    // `reconcile docs.jsonl`, the other core idle), its diagnostics kept in line order.
    var lines: [(start: Int, end: Int, number: Int)] = []
    var lineStart = 0
    var line = 1
    while lineStart <= bytes.count {
      let lineEnd = UTF8Bytes.lineEnd(bytes, from: lineStart)
      if !UTF8Bytes.isBlank(bytes, lineStart, lineEnd) { lines.append((lineStart, lineEnd, line)) }
      if lineEnd >= bytes.count { break }
      lineStart = lineEnd + 1
      line += 1
    }
    guard !lines.isEmpty else {
      diagnostics.append(
        Diagnostic(.warning, code: "ingest.empty", path: path, message: "\(path): no records; nothing read"))
      return []
    }
    let read = parallelMap(lines) { l -> (Document?, [Diagnostic]) in
      var local: [Diagnostic] = []
      do throws(JSONSyntaxError) {
        let node = try JSONParser.parse(bytes, start: l.start, end: l.end, firstLine: l.number)
        return (document(node, number: l.number, path: path, fileID: fileID, diagnostics: &local), local)
      } catch {
        let reason = error.reason
        return (
          nil,
          [
            Diagnostic(
              .error, code: "ingest.bad-json", path: path, line: l.number,
              message: "\(path): line \(l.number) is not valid JSON: \(reason); skipped")
          ]
        )
      }
    }
    var docs: [Document] = []
    docs.reserveCapacity(read.count)
    for (doc, local) in read {
      diagnostics += local
      if let doc { docs.append(doc) }
    }
    return docs
  }

  static func document(
    _ node: JSONNode, number: Int, path: String, fileID: String, diagnostics: inout [Diagnostic]
  ) -> Document? {
    guard case .object = node.value else {
      diagnostics.append(
        Diagnostic(
          .error, code: "ingest.bad-record", path: path, line: node.line,
          message: "\(path): record \(number) is \(node.typeName), not an object; skipped"))
      return nil
    }
    guard let text = member(node, "text")?.value.string else {
      let names = (keys["text"] ?? []).map { "\"\($0)\"" }.joined(separator: ", ")
      diagnostics.append(
        Diagnostic(
          .error, code: "ingest.bad-record", path: path, line: node.line,
          message: "\(path): record \(number) has no string text (\(names)); skipped"))
      return nil
    }
    let id = node.member("id")?.scalarText.flatMap { $0.isEmpty ? nil : $0 } ?? "\(fileID)#\(number)"
    var local: [Diagnostic] = []
    guard var doc = Ingestor.article(Array(text.utf8), id: id, path: path, format: .text, diagnostics: &local) else {
      diagnostics += local.map { d in
        var d = d
        d.line = node.line
        d.message = d.message.replacingFirst(path + ":", with: "\(path): record \(number) (\(id)):")
        return d
      }
      return nil
    }
    // A string; an object's string `name` ("source": {"id": …, "name": "Reuters"}); a list of
    // strings, joined ("authors": ["A", "B"]).
    func field(_ name: String) -> String? {
      guard let (key, v) = member(node, name) else { return nil }
      var s = v.string ?? v.member("name")?.string
      if s == nil, case .array(let items) = v.value, !items.isEmpty {
        let strings = items.compactMap { $0.string ?? $0.member("name")?.string }
        if strings.count == items.count { s = strings.joined(separator: ", ") }
      }
      guard let s else {
        doc.diagnostics.append(
          Diagnostic(
            .warning, code: "ingest.bad-record", path: path, line: v.line,
            message: "\(path): record \(number): \"\(key)\" is \(v.typeName), not a string; ignored"))
        return nil
      }
      return s.isEmpty ? nil : s
    }
    var published: String? = nil
    let date = member(node, "published")
    if let p = field("published") {
      published = MetadataDate.parseField(p)
      if published == nil {
        doc.diagnostics.append(
          Diagnostic(
            .warning, code: "ingest.bad-date", path: path, line: date?.value.line,
            message: "\(path): record \(number): \"\(date?.key ?? "published")\": \"\(p)\" is not a date (expected YYYY-MM-DD); ignored"))
      }
    }
    Ingestor.applyEntry(
      title: field("title"), author: field("author"), url: field("url"), outlet: field("outlet"), published: published,
      line: date?.value.line ?? node.line, from: path, label: "record", to: &doc)
    return doc
  }
}

extension String {
  /// The string with the first occurrence of `target` replaced.
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let r = range(of: target) else { return self }
    return String(self[..<r.lowerBound]) + replacement + String(self[r.upperBound...])
  }
}
