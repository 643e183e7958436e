/// A statement sources could disagree on, with its citation and holder.
///
/// Attributes in use: `count` (with `unit`: killed, wounded, militants, countries,
/// attendees, money …), `participants` (a list, `items`, and its size in `number`), `quote`
/// (`speaker` + the quoted words in `value`), `role` ("headed by"), and `status.<verb>`
/// (recognized, attended, designated …) with `polarity`.
public struct Claim: Codable, Hashable, Sendable {
  /// Stable: `<document>@<start byte>:<attribute>`.
  public var id: String {
    _read { yield fields.value.id }
    _modify { yield &fields.value.id }
  }
  public var document: String {
    _read { yield fields.value.document }
    _modify { yield &fields.value.document }
  }
  /// The event mention this claim is about, when one is in reach.
  public var mention: String? {
    _read { yield fields.value.mention }
    _modify { yield &fields.value.mention }
  }
  public var attribute: String {
    _read { yield fields.value.attribute }
    _modify { yield &fields.value.attribute }
  }
  /// The value as a person reads it, e.g. `about 2,000 militants`, `complete fiasco`.
  public var value: String {
    _read { yield fields.value.value }
    _modify { yield &fields.value.value }
  }
  public var number: Double? {
    _read { yield fields.value.number }
    _modify { yield &fields.value.number }
  }
  public var unit: String? {
    _read { yield fields.value.unit }
    _modify { yield &fields.value.unit }
  }
  /// List values (participants), as canonical entity keys.
  public var items: [String] {
    _read { yield fields.value.items }
    _modify { yield &fields.value.items }
  }
  /// Who asserts it: the quoted person's entity key, else nil (the outlet).
  public var holder: String? {
    _read { yield fields.value.holder }
    _modify { yield &fields.value.holder }
  }
  /// For quotes and statuses: who the statement is by or about.
  public var subject: String? {
    _read { yield fields.value.subject }
    _modify { yield &fields.value.subject }
  }
  public var object: String? {
    _read { yield fields.value.object }
    _modify { yield &fields.value.object }
  }
  /// False for negated statuses ("refused to recognize", "did not attend").
  public var polarity: Bool {
    _read { yield fields.value.polarity }
    _modify { yield &fields.value.polarity }
  }
  /// For counts: "about", "at least", "up to", "more than" → APPROX/MIN/MAX/MORE_THAN.
  public var qualifier: String? {
    _read { yield fields.value.qualifier }
    _modify { yield &fields.value.qualifier }
  }
  public var citation: Citation {
    _read { yield fields.value.citation }
    _modify { yield &fields.value.citation }
  }

  public init(
    id: String, document: String, mention: String? = nil, attribute: String, value: String,
    number: Double? = nil, unit: String? = nil, items: [String] = [], holder: String? = nil,
    subject: String? = nil, object: String? = nil, polarity: Bool = true, qualifier: String? = nil,
    citation: Citation
  ) {
    fields = Shared(Fields(id: id, document: document, mention: mention, attribute: attribute, value: value, number: number, unit: unit, items: items, holder: holder, subject: subject, object: object, polarity: polarity, qualifier: qualifier, citation: citation))
  }

  /// The JSON form is the fields', key for key (``Shared`` adds no level); equality and
  /// hashing, synthesized, are the fields' too.
  public init(from decoder: any Decoder) throws { fields = try Shared(from: decoder) }

  public func encode(to encoder: any Encoder) throws { try fields.encode(to: encoder) }

  /// The stored fields, in declaration order: the JSON form is theirs, key for key.
  struct Fields: Codable, Hashable, Sendable {
    var id: String
    var document: String
    var mention: String?
    var attribute: String
    var value: String
    var number: Double?
    var unit: String?
    var items: [String]
    var holder: String?
    var subject: String?
    var object: String?
    var polarity: Bool
    var qualifier: String?
    var citation: Citation
  }

  /// In one copy-on-write buffer (``Shared``): conflict detection copies claims by group.
  private var fields: Shared<Fields>
}
