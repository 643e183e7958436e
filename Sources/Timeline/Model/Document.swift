/// One input article: its metadata, original bytes, blocks and sentences.
///
/// Produced by ``Ingestor`` (metadata, blocks, roles) and ``Segmenter`` (sentences, tokens).
///
/// Its fields are kept in one copy-on-write buffer (``Shared``), as ``DocumentExtraction``'s
/// are: the analysis copies each document (extraction takes one, the extractor another), and a
/// copy of twelve fields retained each of their strings and lists, and released them again.
public struct Document: Sendable {
  /// The path relative to the corpus root, without extension (JSON records: `file#id`).
  public var id: String {
    _read { yield fields.value.id }
    _modify { yield &fields.value.id }
  }
  /// The path relative to the corpus root, with extension.
  public var path: String {
    _read { yield fields.value.path }
    _modify { yield &fields.value.path }
  }
  public var title: String? {
    _read { yield fields.value.title }
    _modify { yield &fields.value.title }
  }
  public var outlet: String? {
    _read { yield fields.value.outlet }
    _modify { yield &fields.value.outlet }
  }
  public var url: String? {
    _read { yield fields.value.url }
    _modify { yield &fields.value.url }
  }
  public var author: String? {
    _read { yield fields.value.author }
    _modify { yield &fields.value.author }
  }
  public var published: PublishedDate? {
    _read { yield fields.value.published }
    _modify { yield &fields.value.published }
  }
  /// Where each metadata field came from (`manifest`, `text`, `record`), keyed by field name.
  ///
  /// Made from ``sources`` on each read (the CLI's `inspect` reads it); ingest reads and writes
  /// the slots of ``sources`` itself.
  public var metadataSources: [String: String] {
    get { fields.value.sources.table }
    set { fields.value.sources = MetadataSources(newValue) }
  }
  /// Where each metadata field came from, a slot per field (``metadataSources`` as a table).
  var sources: MetadataSources {
    _read { yield fields.value.sources }
    _modify { yield &fields.value.sources }
  }
  /// The original bytes that every offset of this document points into.
  public var source: SourceText {
    _read { yield fields.value.source }
    _modify { yield &fields.value.source }
  }
  public var blocks: [Block] {
    _read { yield fields.value.blocks }
    _modify { yield &fields.value.blocks }
  }
  public var sentences: [Sentence] {
    _read { yield fields.value.sentences }
    _modify { yield &fields.value.sentences }
  }
  public var diagnostics: [Diagnostic] {
    _read { yield fields.value.diagnostics }
    _modify { yield &fields.value.diagnostics }
  }

  public init(
    id: String, path: String, source: SourceText, title: String? = nil, outlet: String? = nil,
    url: String? = nil, author: String? = nil, published: PublishedDate? = nil,
    metadataSources: [String: String] = [:], blocks: [Block] = [], sentences: [Sentence] = [],
    diagnostics: [Diagnostic] = []
  ) {
    fields = Shared(
      Fields(
        id: id, path: path, title: title, outlet: outlet, url: url, author: author, published: published,
        sources: MetadataSources(metadataSources), source: source, blocks: blocks, sentences: sentences,
        diagnostics: diagnostics))
  }

  /// A citation of `span` in this document, quoting the original bytes.
  public func cite(_ span: SourceSpan) -> Citation {
    Citation(document: id, span: span, text: source.text(span))
  }

  /// The stored fields.
  struct Fields: Sendable {
    var id: String
    var path: String
    var title: String?
    var outlet: String?
    var url: String?
    var author: String?
    var published: PublishedDate?
    var sources: MetadataSources
    var source: SourceText
    var blocks: [Block]
    var sentences: [Sentence]
    var diagnostics: [Diagnostic]
  }

  /// In one copy-on-write buffer (``Shared``).
  private var fields: Shared<Fields>
}

/// Where each metadata field of a ``Document`` came from (`text`, `manifest`, `record`): a slot
/// for each of the five fields ingest sets, read and written by the field's number.
///
/// A table keyed by the field's name allocated its storage for every document (and again as it
/// grew) and hashed the name (SipHash) at every read and write, several a document.
///
/// ```swift
/// var sources = MetadataSources([:])
/// sources[.outlet] = "manifest"
/// sources.table  // ["outlet": "manifest"]
/// ```
struct MetadataSources: Sendable {
  /// A metadata field ingest sets, with its name in ``Document/metadataSources``.
  enum Field: Int, CaseIterable, Sendable {
    case title, author, url, outlet, published

    var name: String {
      switch self {
      case .title: "title"
      case .author: "author"
      case .url: "url"
      case .outlet: "outlet"
      case .published: "published"
      }
    }
  }

  private var title: String?
  private var author: String?
  private var url: String?
  private var outlet: String?
  private var published: String?
  /// Entries under other names (only ever given through ``Document/metadataSources``).
  private var others: [String: String] = [:]

  /// The sources of `table`, keyed by field name.
  init(_ table: [String: String]) {
    for (name, source) in table {
      if let field = Field.allCases.first(where: { $0.name == name }) {
        self[field] = source
      } else {
        others[name] = source
      }
    }
  }

  subscript(field: Field) -> String? {
    get {
      switch field {
      case .title: title
      case .author: author
      case .url: url
      case .outlet: outlet
      case .published: published
      }
    }
    set {
      switch field {
      case .title: title = newValue
      case .author: author = newValue
      case .url: url = newValue
      case .outlet: outlet = newValue
      case .published: published = newValue
      }
    }
  }

  /// The sources keyed by field name.
  var table: [String: String] {
    var out = others
    for field in Field.allCases {
      if let source = self[field] { out[field.name] = source }
    }
    return out
  }
}
