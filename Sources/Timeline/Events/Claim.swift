/// A statement sources could disagree on, with its citation and holder.
///
/// Attributes in use: `count` (with `unit`: killed, wounded, militants, countries,
/// attendees, money …), `participants` (a list, `items`, and its size in `number`), `quote`
/// (`speaker` + the quoted words in `value`), `role` ("headed by"), and `status.<verb>`
/// (recognized, attended, designated …) with `polarity`.
public struct Claim: Codable, Hashable, Sendable {
  /// Stable: `<document>@<start byte>:<attribute>`.
  public var id: String
  public var document: String
  /// The event mention this claim is about, when one is in reach.
  public var mention: String?
  public var attribute: String
  /// The value as a person reads it, e.g. `about 2,000 militants`, `complete fiasco`.
  public var value: String
  public var number: Double?
  public var unit: String?
  /// List values (participants), as canonical entity keys.
  public var items: [String]
  /// Who asserts it: the quoted person's entity key, else nil (the outlet).
  public var holder: String?
  /// For quotes and statuses: who the statement is by or about.
  public var subject: String?
  public var object: String?
  /// False for negated statuses ("refused to recognize", "did not attend").
  public var polarity: Bool
  /// For counts: "about", "at least", "up to", "more than" → APPROX/MIN/MAX/MORE_THAN.
  public var qualifier: String?
  public var citation: Citation

  public init(
    id: String, document: String, mention: String? = nil, attribute: String, value: String,
    number: Double? = nil, unit: String? = nil, items: [String] = [], holder: String? = nil,
    subject: String? = nil, object: String? = nil, polarity: Bool = true, qualifier: String? = nil,
    citation: Citation
  ) {
    self.id = id
    self.document = document
    self.mention = mention
    self.attribute = attribute
    self.value = value
    self.number = number
    self.unit = unit
    self.items = items
    self.holder = holder
    self.subject = subject
    self.object = object
    self.polarity = polarity
    self.qualifier = qualifier
    self.citation = citation
  }
}
