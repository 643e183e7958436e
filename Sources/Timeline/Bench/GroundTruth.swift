/// What the corpus generator knows about the corpus it wrote: which document reports which
/// event, which sentences mention which event, and which disagreements it planted.
///
/// Written as `truth.json` beside a generated corpus; ``AccuracyScorer`` compares a
/// ``TimelineReport`` with it.
public struct GroundTruth: Codable, Hashable, Sendable {
  public static let schemaVersion = "timeline-truth/1"

  public var schema: String
  public var seed: UInt64
  public var events: [TruthEvent]
  public var documents: [TruthDocument]
  public var conflicts: [TruthConflict]

  public init(seed: UInt64, events: [TruthEvent], documents: [TruthDocument], conflicts: [TruthConflict]) {
    self.schema = Self.schemaVersion
    self.seed = seed
    self.events = events
    self.documents = documents
    self.conflicts = conflicts
  }
}

/// One real-world event of the generated world.
public struct TruthEvent: Codable, Hashable, Sendable {
  public var id: String
  /// `meeting`, `attack` or `disaster` (summits are meetings).
  public var eventClass: String
  public var title: String
  /// The day it happened, `YYYY-MM-DD`.
  public var date: String
  public var place: String
  public var country: String
  public var ordinal: Int?
  /// Recurring events (talks rounds, annual summits) share a series name.
  public var series: String?
  public var participants: [String]

  enum CodingKeys: String, CodingKey {
    case id
    case eventClass = "class"
    case title, date, place, country, ordinal, series, participants
  }
}

/// One generated document and the events it mentions.
public struct TruthDocument: Codable, Hashable, Sendable {
  public var id: String
  public var outlet: String
  /// The true publication day, whether or not the document states it.
  public var published: String
  /// Where the publication date is given: `manifest`, `text` or `none`.
  public var publishedGiven: String
  /// The event the article chiefly reports.
  public var mainEvent: String
  public var mentions: [TruthMention]
}

/// A sentence (UTF-8 byte range of the document text) that refers to an event.
public struct TruthMention: Codable, Hashable, Sendable {
  public var event: String
  public var start: Int
  public var end: Int
  public var line: Int
  /// `headline`, `body` or `caption`.
  public var role: String
}

/// A disagreement the generator planted between documents about one event.
public struct TruthConflict: Codable, Hashable, Sendable {
  public var id: String
  public var event: String
  /// `count` (tolls, delegations) or `quote`.
  public var attribute: String
  /// `contradiction`, `reporting-time` or `wording` (as in `Conflict.Kind`).
  public var kind: String
  /// Every document that takes a side, sorted.
  public var documents: [String]
  /// The distinct values printed, sorted.
  public var values: [String]
}
