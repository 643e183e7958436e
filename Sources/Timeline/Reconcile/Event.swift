/// A real-world event: the cluster of mentions that report it, with canonical values.
///
/// Field names follow the `timeline/1` output contract.
public struct Event: Codable, Hashable, Sendable {
  public struct Time: Codable, Hashable, Sendable {
    public var value: String
    public var mod: String?
    /// Days `YYYY-MM-DD`, or nil when the value has no calendar range.
    public var earliest: String?
    public var latest: String?

    public init(value: String, mod: String? = nil, earliest: String? = nil, latest: String? = nil) {
      self.value = value
      self.mod = mod
      self.earliest = earliest
      self.latest = latest
    }
  }

  public struct Mention: Codable, Hashable, Sendable {
    public var document: String
    public var line: Int
    public var start: Int
    public var end: Int
    public var text: String
    /// The temporal expression the mention's time came from, if stated.
    public var expression: String?
    public var time: Time?
    public var trigger: String?
    public var role: TextRole?

    public init(
      document: String, line: Int, start: Int, end: Int, text: String, expression: String? = nil,
      time: Time? = nil, trigger: String? = nil, role: TextRole? = nil
    ) {
      self.document = document
      self.line = line
      self.start = start
      self.end = end
      self.text = text
      self.expression = expression
      self.time = time
      self.trigger = trigger
      self.role = role
    }
  }

  /// Stable, derived from content (class, time, place, participants), never input order.
  public var id: String
  public var eventClass: String
  public var title: String
  public var time: Time?
  public var place: String?
  public var participants: [String]
  public var sources: [String]
  public var outlets: [String]
  public var attributes: [String: JSONValue]
  public var mentions: [Mention]
  public var evidence: [Evidence]

  enum CodingKeys: String, CodingKey {
    case id
    case eventClass = "class"
    case title, time, place, participants, sources, outlets, attributes, mentions, evidence
  }

  public init(
    id: String, eventClass: String, title: String, time: Time? = nil, place: String? = nil,
    participants: [String] = [], sources: [String] = [], outlets: [String] = [],
    attributes: [String: JSONValue] = [:], mentions: [Mention] = [], evidence: [Evidence] = []
  ) {
    self.id = id
    self.eventClass = eventClass
    self.title = title
    self.time = time
    self.place = place
    self.participants = participants
    self.sources = sources
    self.outlets = outlets
    self.attributes = attributes
    self.mentions = mentions
    self.evidence = evidence
  }
}
