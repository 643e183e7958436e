import Foundation

/// One generated article: its text and the metadata a manifest or JSON record carries.
public struct GeneratedDocument: Codable, Hashable, Sendable {
  public var id: String
  /// File name relative to the corpus root (`doc-000001.txt`).
  public var path: String
  public var text: String
  public var title: String
  public var outlet: String
  public var url: String
  public var author: String?
  /// The publication day when the manifest states it (nil: in the text, or nowhere).
  public var published: String?
}

/// A generated corpus and its ground truth.
///
/// On disk (``write(to:)``):
/// ```
/// DIR/docs/doc-000001.txt …   one article per file
/// DIR/docs/manifest.json      {"documents":[{"path","outlet","url","title","author","published"}]}
/// DIR/docs.jsonl              one JSON record per line: {"id","text","title","outlet","url","author","published"}
/// DIR/truth.json              GroundTruth
/// ```
public struct GeneratedCorpus: Sendable {
  public var documents: [GeneratedDocument]
  public var truth: GroundTruth

  /// Total bytes of article text.
  public var textBytes: Int { documents.reduce(0) { $0 + $1.text.utf8.count } }

  struct ManifestEntry: Codable {
    var path: String
    var outlet: String
    var url: String
    var title: String
    var author: String?
    var published: String?
  }

  struct Manifest: Codable {
    var documents: [ManifestEntry]
  }

  struct Record: Codable {
    var id: String
    var text: String
    var title: String
    var outlet: String
    var url: String
    var author: String?
    var published: String?
  }

  /// The manifest for the `docs/` folder.
  public var manifestJSON: String {
    JSONOutput.encode(
      Manifest(
        documents: documents.map {
          ManifestEntry(
            path: $0.path, outlet: $0.outlet, url: $0.url, title: $0.title, author: $0.author, published: $0.published)
        }))
  }

  /// The documents as JSON lines (the input of `timeline map`), one record per line.
  public var jsonLines: String {
    var out = ""
    for d in documents {
      out += JSONOutput.line(
        Record(
          id: d.id, text: d.text, title: d.title, outlet: d.outlet, url: d.url, author: d.author, published: d.published
        ))
      out += "\n"
    }
    return out
  }

  /// Writes `docs/`, `docs.jsonl` and `truth.json` under `directory` (created if needed).
  ///
  /// - Throws: ``TimelineError/unreadableInput(path:line:reason:)`` when a file cannot be written.
  public func write(to directory: String, jsonLines writeJSONLines: Bool = true) throws {
    let fm = FileManager.default
    let docsDir = (directory as NSString).appendingPathComponent("docs")
    do {
      try fm.createDirectory(atPath: docsDir, withIntermediateDirectories: true)
    } catch {
      throw TimelineError.unreadableInput(path: docsDir, line: nil, reason: "cannot create the directory")
    }
    func put(_ text: String, _ path: String) throws {
      guard fm.createFile(atPath: path, contents: Data(text.utf8)) else {
        throw TimelineError.unreadableInput(path: path, line: nil, reason: "cannot write the file")
      }
    }
    for d in documents {
      try put(d.text, (docsDir as NSString).appendingPathComponent(d.path))
    }
    try put(manifestJSON, (docsDir as NSString).appendingPathComponent("manifest.json"))
    if writeJSONLines {
      try put(jsonLines, (directory as NSString).appendingPathComponent("docs.jsonl"))
    }
    try put(JSONOutput.line(truth) + "\n", (directory as NSString).appendingPathComponent("truth.json"))
  }
}
