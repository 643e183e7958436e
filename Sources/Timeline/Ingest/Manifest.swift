/// The optional `manifest.json` in a corpus root: metadata per file that wins over the text.
///
/// ```json
/// { "documents": [
///     { "path": "a/story.txt", "published": "2023-09-29", "outlet": "The Moscow Times",
///       "url": "https://…", "title": "…", "author": "…" } ] }
/// ```
/// A top-level array of the same entries is accepted too. `path` is relative to the corpus
/// root (the document id, without extension, also matches). Every other field is optional.
struct Manifest: Sendable {
  struct Entry: Sendable {
    var path: String
    var line: Int
    var published: String?
    var publishedLine: Int
    var outlet: String?
    var url: String?
    var title: String?
    var author: String?
  }

  static let fileName = "manifest.json"
  static let fields: Set<String> = ["path", "id", "published", "outlet", "url", "title", "author"]

  var entries: [Entry]
  /// Problems inside entries that do not stop the run (unknown keys, bad dates).
  var diagnostics: [Diagnostic]

  /// Parses a manifest; `path` names it in diagnostics and errors.
  ///
  /// - Throws: ``TimelineError/unreadableInput(path:line:reason:)`` for a syntax error or a
  ///   structure that is not a list of entries with a `path` each.
  static func parse(_ bytes: [UInt8], path: String) throws(TimelineError) -> Manifest {
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw .unreadableInput(path: path, line: error.line, reason: "malformed manifest: \(error.reason)")
    }
    let list: [JSONNode]
    switch root.value {
    case .array(let items):
      list = items
    case .object:
      guard let docs = root.member("documents") else {
        throw .unreadableInput(path: path, line: root.line, reason: "malformed manifest: expected a \"documents\" array")
      }
      guard case .array(let items) = docs.value else {
        throw .unreadableInput(
          path: path, line: docs.line, reason: "malformed manifest: \"documents\" must be an array, not \(docs.typeName)")
      }
      list = items
    default:
      throw .unreadableInput(
        path: path, line: root.line, reason: "malformed manifest: expected an object with \"documents\", not \(root.typeName)")
    }
    var manifest = Manifest(entries: [], diagnostics: [])
    for node in list {
      guard case .object(let members) = node.value else {
        throw .unreadableInput(path: path, line: node.line, reason: "malformed manifest: an entry must be an object")
      }
      guard let p = (node.member("path") ?? node.member("id"))?.string, !p.isEmpty else {
        throw .unreadableInput(path: path, line: node.line, reason: "malformed manifest: entry without a \"path\"")
      }
      var entry = Entry(path: p, line: node.line, publishedLine: node.line)
      for (key, value) in members {
        if !fields.contains(key) {
          manifest.diagnostics.append(
            Diagnostic(.note, code: "manifest.unknown-field", path: path, line: value.line,
                       message: "\(path): unknown field \"\(key)\" in the entry for \(p) is ignored"))
          continue
        }
        if key == "path" || key == "id" { continue }
        if case .null = value.value { continue }
        guard let s = value.string else {
          throw .unreadableInput(
            path: path, line: value.line, reason: "malformed manifest: \"\(key)\" must be a string, not \(value.typeName)")
        }
        switch key {
        case "published":
          if let day = MetadataDate.parseField(s) {
            entry.published = day
            entry.publishedLine = value.line
          } else {
            manifest.diagnostics.append(
              Diagnostic(.warning, code: "manifest.bad-date", path: path, line: value.line,
                         message: "\(path): \"published\": \"\(s)\" for \(p) is not a date (expected YYYY-MM-DD); ignored"))
          }
        case "outlet": entry.outlet = s
        case "url": entry.url = s
        case "title": entry.title = s
        case "author": entry.author = s
        default: break
        }
      }
      manifest.entries.append(entry)
    }
    return manifest
  }
}
