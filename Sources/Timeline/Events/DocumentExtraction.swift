/// Everything the per-document (map) stages find in one document.
///
/// This is the unit the map/reduce split ships between machines, so it is `Codable` and holds
/// no reference to the document's bytes beyond the quoted citations.
///
/// Its fields are kept in one copy-on-write buffer (``Shared``), as ``EventMention``'s and
/// ``Claim``'s are: the corpus stages copy extractions (into lists, through the parallel maps and
/// the date propagation) about eight times a document, and a copy of thirteen fields retained
/// each of their strings and lists.
public struct DocumentExtraction: Codable, Hashable, Sendable {
  public var document: String {
    _read { yield fields.value.document }
    _modify { yield &fields.value.document }
  }
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
  public var expressions: [TemporalExpression] {
    _read { yield fields.value.expressions }
    _modify { yield &fields.value.expressions }
  }
  public var entities: [Entity] {
    _read { yield fields.value.entities }
    _modify { yield &fields.value.entities }
  }
  public var entityMentions: [EntityMention] {
    _read { yield fields.value.entityMentions }
    _modify { yield &fields.value.entityMentions }
  }
  public var mentions: [EventMention] {
    _read { yield fields.value.mentions }
    _modify { yield &fields.value.mentions }
  }
  public var claims: [Claim] {
    _read { yield fields.value.claims }
    _modify { yield &fields.value.claims }
  }
  public var diagnostics: [Diagnostic] {
    _read { yield fields.value.diagnostics }
    _modify { yield &fields.value.diagnostics }
  }

  public init(
    document: String, path: String, title: String? = nil, outlet: String? = nil, url: String? = nil,
    author: String? = nil, published: PublishedDate? = nil, expressions: [TemporalExpression] = [],
    entities: [Entity] = [], entityMentions: [EntityMention] = [], mentions: [EventMention] = [],
    claims: [Claim] = [], diagnostics: [Diagnostic] = []
  ) {
    fields = Shared(
      Fields(
        document: document, path: path, title: title, outlet: outlet, url: url, author: author,
        published: published, expressions: expressions, entities: entities, entityMentions: entityMentions,
        mentions: mentions, claims: claims, diagnostics: diagnostics))
  }

  /// The JSON form is the fields', key for key (``Shared`` adds no level); equality and
  /// hashing, synthesized, are the fields' too.
  public init(from decoder: any Decoder) throws { fields = try Shared(from: decoder) }

  public func encode(to encoder: any Encoder) throws { try fields.encode(to: encoder) }

  /// The stored fields, in declaration order: the JSON form is theirs, key for key.
  struct Fields: Codable, Hashable, Sendable {
    var document: String
    var path: String
    var title: String?
    var outlet: String?
    var url: String?
    var author: String?
    var published: PublishedDate?
    var expressions: [TemporalExpression]
    var entities: [Entity]
    var entityMentions: [EntityMention]
    var mentions: [EventMention]
    var claims: [Claim]
    var diagnostics: [Diagnostic]
  }

  /// In one copy-on-write buffer (``Shared``).
  private var fields: Shared<Fields>
}
