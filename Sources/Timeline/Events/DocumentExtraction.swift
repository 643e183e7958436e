/// Everything the per-document (map) stages find in one document.
///
/// This is the unit the map/reduce split ships between machines, so it is `Codable` and holds
/// no reference to the document's bytes beyond the quoted citations.
public struct DocumentExtraction: Codable, Hashable, Sendable {
  public var document: String
  public var path: String
  public var title: String?
  public var outlet: String?
  public var url: String?
  public var author: String?
  public var published: PublishedDate?
  public var expressions: [TemporalExpression]
  public var entities: [Entity]
  public var entityMentions: [EntityMention]
  public var mentions: [EventMention]
  public var claims: [Claim]
  public var diagnostics: [Diagnostic]

  public init(
    document: String, path: String, title: String? = nil, outlet: String? = nil, url: String? = nil,
    author: String? = nil, published: PublishedDate? = nil, expressions: [TemporalExpression] = [],
    entities: [Entity] = [], entityMentions: [EntityMention] = [], mentions: [EventMention] = [],
    claims: [Claim] = [], diagnostics: [Diagnostic] = []
  ) {
    self.document = document
    self.path = path
    self.title = title
    self.outlet = outlet
    self.url = url
    self.author = author
    self.published = published
    self.expressions = expressions
    self.entities = entities
    self.entityMentions = entityMentions
    self.mentions = mentions
    self.claims = claims
    self.diagnostics = diagnostics
  }
}
