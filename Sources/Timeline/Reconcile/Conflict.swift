/// A disagreement between sources about one attribute of one event (or a corpus-wide
/// status), with every side cited.
public struct Conflict: Codable, Hashable, Sendable {
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case contradiction
    case reportingTime = "reporting-time"
    case precision
    case wording
  }

  public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case high, medium, low, info

    var rank: Int {
      switch self {
      case .high: 3
      case .medium: 2
      case .low: 1
      case .info: 0
      }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  public struct Side: Codable, Hashable, Sendable {
    public var value: String
    public var document: String
    public var line: Int
    public var start: Int
    public var end: Int
    public var text: String

    public init(value: String, citation: Citation) {
      self.value = value
      self.document = citation.document
      self.line = citation.line
      self.start = citation.start
      self.end = citation.end
      self.text = citation.text
    }
  }

  public var id: String
  /// The event id, or nil for a corpus-wide status conflict.
  public var event: String?
  public var attribute: String
  public var kind: Kind
  public var severity: Severity
  public var claims: [Side]
  public var rule: String
  public var explanation: String

  public init(
    id: String, event: String?, attribute: String, kind: Kind, severity: Severity, claims: [Side],
    rule: String, explanation: String
  ) {
    self.id = id
    self.event = event
    self.attribute = attribute
    self.kind = kind
    self.severity = severity
    self.claims = claims
    self.rule = rule
    self.explanation = explanation
  }
}
