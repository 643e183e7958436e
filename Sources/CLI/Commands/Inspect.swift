import Foundation
import Timeline

/// `timeline inspect`: how the documents were read (metadata with sources, sentences by role,
/// boilerplate and captions with reasons, diagnostics).
enum InspectCommand: Command {
  static let name = "inspect"
  static let abstract = "Show how documents were read: metadata, sentences, boilerplate, captions."
  static let usage = "[options] PATH..."
  static let discussion = """
    Reads the files and folders like every other command and prints, per document, its
    metadata (and where each field came from), its sentences with role, line and UTF-8 byte
    offsets, the blocks set aside as boilerplate or captions (with the reason), and the
    diagnostics. Diagnostics are also printed to stderr.
    """
  static let options: [OptionSpec] = [
    OptionSpec(name: "--format", short: "-f", value: "FORMAT", help: "Output format: json (default) or text."),
    OptionSpec(name: "--output", short: "-o", value: "FILE", help: "Write to FILE instead of stdout."),
  ]

  struct SentenceOut: Encodable {
    var role: String
    var line: Int
    var start: Int
    var end: Int
    var text: String
  }

  struct BlockOut: Encodable {
    var line: Int
    var start: Int
    var end: Int
    var text: String
    var reason: String?
  }

  struct DocumentOut: Encodable {
    var id: String
    var path: String
    var title: String?
    var outlet: String?
    var url: String?
    var author: String?
    var published: PublishedDate?
    var metadataSources: [String: String]
    var sentences: [SentenceOut]
    var boilerplate: [BlockOut]
    var captions: [BlockOut]
    var metadata: [BlockOut]
    var diagnostics: [Diagnostic]

    func encode(to encoder: Encoder) throws {
      enum K: String, CodingKey {
        case id, path, title, outlet, url, author, published, metadataSources, sentences, boilerplate, captions, metadata,
          diagnostics
      }
      var c = encoder.container(keyedBy: K.self)
      try c.encode(id, forKey: .id)
      try c.encode(path, forKey: .path)
      // Absent metadata is an explicit null, as in the output contract.
      try c.encode(title, forKey: .title)
      try c.encode(outlet, forKey: .outlet)
      try c.encode(url, forKey: .url)
      try c.encode(author, forKey: .author)
      try c.encode(published, forKey: .published)
      try c.encode(metadataSources, forKey: .metadataSources)
      try c.encode(sentences, forKey: .sentences)
      try c.encode(boilerplate, forKey: .boilerplate)
      try c.encode(captions, forKey: .captions)
      try c.encode(metadata, forKey: .metadata)
      try c.encode(diagnostics, forKey: .diagnostics)
    }
  }

  struct Report: Encodable {
    var schema = "timeline/1"
    var documents: [DocumentOut]
    var diagnostics: [Diagnostic]
  }

  static func run(_ arguments: Arguments) throws -> Int32 {
    let format = try arguments.choice("--format", ["json", "text"], default: "json")
    guard !arguments.positionals.isEmpty else { throw UsageError(message: "missing PATH (a file or a folder)") }
    let corpus = try Ingestor().ingest(paths: arguments.positionals)
    let segmenter = Segmenter()
    var docs: [DocumentOut] = []
    var all = corpus.diagnostics
    for var doc in corpus.documents {
      segmenter.segment(&doc)
      all += doc.diagnostics
      docs.append(describe(doc))
    }
    Output.diagnostics(all)
    let report = Report(documents: docs, diagnostics: corpus.diagnostics.sorted())
    let text = format == "json" ? JSONOutput.encode(report) : render(report)
    try Output.deliver(text, to: arguments.value("--output"))
    if docs.isEmpty, all.contains(where: { $0.severity == .error }) { return 3 }
    return 0
  }

  static func describe(_ doc: Document) -> DocumentOut {
    func blocks(_ role: TextRole) -> [BlockOut] {
      doc.blocks.filter { $0.role == role }.map {
        BlockOut(line: $0.span.line, start: $0.span.start, end: $0.span.end, text: $0.text, reason: $0.reason)
      }
    }
    return DocumentOut(
      id: doc.id, path: doc.path, title: doc.title, outlet: doc.outlet, url: doc.url, author: doc.author,
      published: doc.published, metadataSources: doc.metadataSources,
      sentences: doc.sentences.map {
        SentenceOut(role: $0.role.rawValue, line: $0.span.line, start: $0.span.start, end: $0.span.end, text: $0.text)
      },
      boilerplate: blocks(.boilerplate), captions: blocks(.caption), metadata: blocks(.metadata),
      diagnostics: doc.diagnostics.sorted())
  }

  static func render(_ report: Report) -> String {
    var lines: [String] = []
    for d in report.documents {
      lines.append("== \(d.id)  (\(d.path))")
      func field(_ name: String, _ value: String?) {
        let source = d.metadataSources[name].map { "  [\($0)]" } ?? ""
        lines.append("  \(name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(value ?? "-")\(source)")
      }
      field("title", d.title)
      field("author", d.author)
      field("outlet", d.outlet)
      field("url", d.url)
      if let p = d.published {
        let ev = p.evidence.first.map { e in " (\(e.rule)\(e.citation.map { ", line \($0.line)" } ?? ""))" } ?? ""
        field("published", p.value + ev)
      } else {
        field("published", nil)
      }
      lines.append("  sentences:")
      for s in d.sentences {
        let role = s.role.padding(toLength: 11, withPad: " ", startingAt: 0)
        lines.append("    \(role) L\(s.line) [\(s.start)-\(s.end)] \(oneLine(s.text))")
      }
      for (label, list) in [("boilerplate", d.boilerplate), ("captions", d.captions), ("metadata", d.metadata)]
      where !list.isEmpty {
        lines.append("  \(label):")
        for b in list {
          lines.append("    L\(b.line) [\(b.start)-\(b.end)] \(b.reason ?? ""): \(oneLine(b.text))")
        }
      }
      if !d.diagnostics.isEmpty {
        lines.append("  diagnostics:")
        for x in d.diagnostics { lines.append("    \(x.description)") }
      }
      lines.append("")
    }
    if !report.diagnostics.isEmpty {
      lines.append("diagnostics:")
      for x in report.diagnostics { lines.append("  \(x.description)") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The text on one line, shortened for the terminal.
  static func oneLine(_ s: String) -> String {
    let flat = s.map { $0.isNewline ? " " : String($0) }.joined()
    return flat.count > 160 ? String(flat.prefix(157)) + "..." : flat
  }
}
