import Timeline

/// `timeline extract PATH… [--format json|jsonl|text]`: each document's entities, event
/// mentions and claims, one document at a time (the map side of the pipeline).
enum ExtractCommand: Command {
  static let name = "extract"
  static let abstract = "Print each document's entities, event mentions and claims."
  static let usage = "[options] PATH..."
  static let discussion = """
    Runs the per-document stages (ingest, segment, temporal tagging, DCT inference, entities
    and events) and prints what each document says: entities, event mentions with their time,
    place, participants and ordinal, and claims (counts, participant lists, quotes, roles,
    statuses), each with its citation. Diagnostics go to stderr.

    Exit status: 0 success, 2 usage error, 3 unreadable input.
    """
  static let options: [OptionSpec] = [
    OptionSpec(name: "--format", value: "FORMAT", help: "json (default), jsonl (one document a line) or text")
  ]

  /// The JSON envelope: the schema tag and one extraction per document.
  struct Envelope: Encodable {
    var schema = "timeline/1"
    var documents: [DocumentExtraction]
  }

  static func run(_ arguments: Arguments) throws -> Int32 {
    let format = try arguments.choice("--format", ["json", "jsonl", "text"], default: "json")
    guard !arguments.positionals.isEmpty else { throw UsageError(message: "missing PATH") }
    let pipeline = Pipeline()
    let corpus = try pipeline.ingestor.ingest(paths: arguments.positionals)
    let extractions = pipeline.analyze(corpus.documents)
    switch format {
    case "jsonl":
      Output.write(extractions.map { JSONOutput.line($0) + "\n" }.joined())
    case "text":
      Output.write(extractions.map(render).joined(separator: "\n"))
    default:
      Output.write(JSONOutput.encode(Envelope(documents: extractions)))
    }
    Output.diagnostics(corpus.diagnostics + extractions.flatMap(\.diagnostics))
    return 0
  }

  static func render(_ x: DocumentExtraction) -> String {
    var s = "# \(x.document)\n"
    s += "entities: " + x.entities.map(\.key).joined(separator: ", ") + "\n"
    for m in x.mentions {
      var line = "event \(m.eventClass) [\(m.trigger)] line \(m.citation.line) \(m.role.rawValue)"
      if m.isMain { line += " main" }
      if let t = m.time { line += " time=\(t.value)\(t.stated ? "" : "(implied)")" }
      if let p = m.place { line += " place=\(p)" }
      if let h = m.host { line += " host=\(h)" }
      if let o = m.ordinal { line += " ordinal=\(o)" }
      if !m.participants.isEmpty { line += " participants=" + m.participants.joined(separator: ",") }
      for (k, v) in m.attributes.sorted(by: { $0.key < $1.key }) { line += " \(k)=\(v)" }
      s += line + "\n"
    }
    for c in x.claims {
      var line = "claim \(c.attribute) line \(c.citation.line): \(c.value)"
      if let n = c.number { line += " number=\(n)" }
      if let u = c.unit { line += " unit=\(u)" }
      if let q = c.qualifier { line += " qualifier=\(q)" }
      if !c.items.isEmpty { line += " items=" + c.items.joined(separator: ",") }
      if let h = c.holder { line += " holder=\(h)" }
      if let sub = c.subject, c.attribute != "quote" { line += " subject=\(sub)" }
      if let o = c.object { line += " object=\(o)" }
      if !c.polarity { line += " negated" }
      s += line + "\n"
    }
    return s
  }
}
