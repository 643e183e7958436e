/// One input article: its metadata, original bytes, blocks and sentences.
///
/// Produced by ``Ingestor`` (metadata, blocks, roles) and ``Segmenter`` (sentences, tokens).
public struct Document: Sendable {
  /// The path relative to the corpus root, without extension (JSON records: `file#id`).
  public var id: String
  /// The path relative to the corpus root, with extension.
  public var path: String
  public var title: String?
  public var outlet: String?
  public var url: String?
  public var author: String?
  public var published: PublishedDate?
  /// Where each metadata field came from (`manifest`, `text`, `record`), keyed by field name.
  public var metadataSources: [String: String]
  /// The original bytes that every offset of this document points into.
  public var source: SourceText
  public var blocks: [Block]
  public var sentences: [Sentence]
  public var diagnostics: [Diagnostic]

  public init(
    id: String, path: String, source: SourceText, title: String? = nil, outlet: String? = nil,
    url: String? = nil, author: String? = nil, published: PublishedDate? = nil,
    metadataSources: [String: String] = [:], blocks: [Block] = [], sentences: [Sentence] = [],
    diagnostics: [Diagnostic] = []
  ) {
    self.id = id
    self.path = path
    self.source = source
    self.title = title
    self.outlet = outlet
    self.url = url
    self.author = author
    self.published = published
    self.metadataSources = metadataSources
    self.blocks = blocks
    self.sentences = sentences
    self.diagnostics = diagnostics
  }

  /// A citation of `span` in this document, quoting the original bytes.
  public func cite(_ span: SourceSpan) -> Citation {
    Citation(document: id, span: span, text: source.text(span))
  }
}
