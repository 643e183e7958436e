import Foundation

/// Reads files and folders into ``Document`` values (STUB: replaced by the ingest work).
///
/// Reads: paths. Adds: metadata, blocks with roles, diagnostics.
public struct Ingestor: Sendable {
  public init() {}

  /// Reads every supported file under `paths`.
  ///
  /// - Throws: ``TimelineError/pathNotFound(_:)`` when a path does not exist.
  public func ingest(paths: [String]) throws -> Corpus {
    var docs: [Document] = []
    let fm = FileManager.default
    var root = paths.first ?? "."
    for path in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw TimelineError.pathNotFound(path) }
      if isDir.boolValue {
        root = path
        let names = (try? fm.contentsOfDirectory(atPath: path)) ?? []
        for name in names.sorted() where name.hasSuffix(".txt") {
          let full = (path as NSString).appendingPathComponent(name)
          if let data = fm.contents(atPath: full) {
            docs.append(Self.plainDocument(id: String(name.dropLast(4)), path: name, bytes: [UInt8](data)))
          }
        }
      } else if let data = fm.contents(atPath: path) {
        let name = (path as NSString).lastPathComponent
        root = (path as NSString).deletingLastPathComponent
        docs.append(Self.plainDocument(id: (name as NSString).deletingPathExtension, path: name, bytes: [UInt8](data)))
      }
    }
    return Corpus(root: root, documents: docs, diagnostics: [])
  }

  static func plainDocument(id: String, path: String, bytes: [UInt8]) -> Document {
    let source = SourceText(bytes: bytes)
    let block = Block(index: 0, role: .body, span: source.span(0, bytes.count), text: source.text(source.span(0, bytes.count)))
    return Document(id: id, path: path, source: source, blocks: [block])
  }
}
