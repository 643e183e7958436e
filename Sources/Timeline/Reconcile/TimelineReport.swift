/// The reconciled timeline: the `timeline/1` JSON contract as Swift values.
public struct TimelineReport: Codable, Hashable, Sendable {
  /// One input document as the output contract lists it.
  public struct DocumentSummary: Codable, Hashable, Sendable {
    public var id: String
    public var path: String
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var author: String?
    public var published: PublishedDate?
    public var mainEvent: String?
    public var diagnostics: [Diagnostic]

    public init(
      id: String, path: String, title: String? = nil, outlet: String? = nil, url: String? = nil,
      author: String? = nil, published: PublishedDate? = nil, mainEvent: String? = nil,
      diagnostics: [Diagnostic] = []
    ) {
      self.id = id
      self.path = path
      self.title = title
      self.outlet = outlet
      self.url = url
      self.author = author
      self.published = published
      self.mainEvent = mainEvent
      self.diagnostics = diagnostics
    }
  }

  public static let schemaVersion = "timeline/1"

  public var schema: String
  public var documents: [DocumentSummary]
  public var events: [Event]
  public var conflicts: [Conflict]
  public var diagnostics: [Diagnostic]

  public init(
    documents: [DocumentSummary] = [], events: [Event] = [], conflicts: [Conflict] = [],
    diagnostics: [Diagnostic] = []
  ) {
    self.schema = Self.schemaVersion
    self.documents = documents
    self.events = events
    self.conflicts = conflicts
    self.diagnostics = diagnostics
  }
}
