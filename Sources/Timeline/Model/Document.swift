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
  public var metadataSources: [String: String] {
    _read { yield fields.value.metadataSources }
    _modify { yield &fields.value.metadataSources }
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
        metadataSources: metadataSources, source: source, blocks: blocks, sentences: sentences,
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
    var metadataSources: [String: String]
    var source: SourceText
    var blocks: [Block]
    var sentences: [Sentence]
    var diagnostics: [Diagnostic]
  }

  /// In one copy-on-write buffer (``Shared``).
  private var fields: Shared<Fields>
}
