import Foundation

/// Reads JSON and JSON-lines records into documents.
///
/// A record is an object with a string `text` and optional `id`, `title`, `author`,
/// `published`, `outlet`, `url`. Each field may also go by the names news datasets and APIs give
/// it (``Field/names``: NewsAPI's `content`, `publishedAt` and `source.name`, news-please's `maintext`
/// and `date_publish`, schema.org's `headline` and `datePublished`…); the first present wins.
/// Its document's ``Document/source`` is the decoded `text`, so all offsets and lines of that
/// document point into `text` (not into the JSON file). The id is the record's `id`, else
/// `<file>#<n>` (n = 1-based record number; for JSON lines, the line). Record metadata counts as
/// supplied metadata (like a manifest): it wins over the text.
enum RecordReader {
  /// A field of a record.
  enum Field: Int, CaseIterable {
    case text, published, title, author, outlet, url

    /// The names the field is read by, in order: the first present (and not null) wins; the
    /// first is the field's own.
    var names: [String] {
      switch self {
      case .text: ["text", "body", "content", "maintext", "article"]
      case .published:
        [
          "published", "publishedAt", "published_at", "datePublished", "date_publish", "pubDate", "publish_date",
          "publication_date", "date",
        ]
      case .title: ["title", "headline"]
      case .author: ["author", "authors", "byline", "creator"]
      case .outlet: ["outlet", "source", "publisher", "source_name", "source_domain", "site_name"]
      case .url: ["url", "link"]
      }
    }
  }

  /// A member of a record that gives a field: the name it goes by, its value and the name's
  /// rank among the field's ``Field/names``. (A struct, not a tuple: an array of tuples looked
  /// up their type's metadata at run time for every record.)
  struct Given {
    var key: String
    var value: JSONNode
    var rank: Int
  }

  /// Each name of a ``Field`` → the field and the name's rank.
  static let fieldOfKey: [String: (field: Field, rank: Int)] = {
    var out: [String: (field: Field, rank: Int)] = [:]
    for field in Field.allCases {
      for (rank, key) in field.names.enumerated() { out[key] = (field, rank) }
    }
    return out
  }()

  /// Each field's own name, by ``Field/rawValue``.
  static let ownNames = Field.allCases.map { $0.names[0] }

  /// The members of a record that give its fields (not null), by ``Field/rawValue``: for each
  /// field the member whose name comes first among its names. One pass over the members; a
  /// field's own name (most records') is told by comparing short strings, another name by one
  /// table lookup.
  static func fields(_ node: JSONNode) -> [Given?] {
    var out = [Given?](repeating: nil, count: Field.allCases.count)
    guard case .object(let members) = node.value else { return out }
    for (key, value) in members {
      if key == "id" { continue }
      let own = ownNames.firstIndex(of: key).flatMap { Field(rawValue: $0) }.map { (field: $0, rank: 0) }
      guard let (field, rank) = own ?? fieldOfKey[key] else { continue }
      if case .null = value.value { continue }
      if let old = out[field.rawValue], old.rank <= rank { continue }
      out[field.rawValue] = Given(key: key, value: value, rank: rank)
    }
    return out
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
      if fields(root)[Field.text.rawValue] != nil {
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
    let given = fields(node)
    guard let text = given[Field.text.rawValue]?.value.string else {
      let names = Field.text.names.map { "\"\($0)\"" }.joined(separator: ", ")
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
    func field(_ f: Field) -> String? {
      guard let g = given[f.rawValue] else { return nil }
      let (key, v) = (g.key, g.value)
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
    let date = given[Field.published.rawValue]
    if let p = field(.published) {
      published = MetadataDate.parseField(p)
      if published == nil {
        doc.diagnostics.append(
          Diagnostic(
            .warning, code: "ingest.bad-date", path: path, line: date?.value.line,
            message: "\(path): record \(number): \"\(date?.key ?? "published")\": \"\(p)\" is not a date (expected YYYY-MM-DD); ignored"))
      }
    }
    Ingestor.applyEntry(
      title: field(.title), author: field(.author), url: field(.url), outlet: field(.outlet), published: published,
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
