/// One report of an event in one sentence, with the arguments found around its trigger.
///
/// The fields live in one copy-on-write buffer (``Shared``): the reduce side passes mentions
/// around by the million (blocks, clusters, edges), and copying a mention is then one
/// reference count where copying the fields was over twenty.
public struct EventMention: Codable, Hashable, Sendable {
  /// Stable within the corpus: `<document>@<trigger start byte>`.
  public var id: String {
    _read { yield fields.value.id }
    _modify { yield &fields.value.id }
  }
  public var document: String {
    _read { yield fields.value.document }
    _modify { yield &fields.value.document }
  }
  /// The event class: `meeting`, `attack`, `statement`, `agreement`, `takeover`,
  /// `withdrawal`, `designation`, `appointment`, `election`, `disaster`, `war`, `visit` …
  public var eventClass: String {
    _read { yield fields.value.eventClass }
    _modify { yield &fields.value.eventClass }
  }
  /// The trigger word(s) as written, e.g. `talks`.
  public var trigger: String {
    _read { yield fields.value.trigger }
    _modify { yield &fields.value.trigger }
  }
  public var triggerSpan: SourceSpan {
    _read { yield fields.value.triggerSpan }
    _modify { yield &fields.value.triggerSpan }
  }
  /// The whole sentence the mention sits in.
  public var citation: Citation {
    _read { yield fields.value.citation }
    _modify { yield &fields.value.citation }
  }
  /// Body text, headline or caption.
  public var role: TextRole {
    _read { yield fields.value.role }
    _modify { yield &fields.value.role }
  }
  /// The time that belongs to the trigger's clause, or the document's reference time.
  public var time: MentionTime? {
    _read { yield fields.value.time }
    _modify { yield &fields.value.time }
  }
  /// Canonical entity key of the place (a city or country), if any.
  public var place: String? {
    _read { yield fields.value.place }
    _modify { yield &fields.value.place }
  }
  /// Canonical entity keys of participants (sorted, unique).
  public var participants: [String] {
    _read { yield fields.value.participants }
    _modify { yield &fields.value.participants }
  }
  public var host: String? {
    _read { yield fields.value.host }
    _modify { yield &fields.value.host }
  }
  /// "fifth session" → 5.
  public var ordinal: Int? {
    _read { yield fields.value.ordinal }
    _modify { yield &fields.value.ordinal }
  }
  /// Whether this mention reports the document's main event (headline/lede, or a later
  /// definite reference such as "the talks").
  public var isMain: Bool {
    _read { yield fields.value.isMain }
    _modify { yield &fields.value.isMain }
  }
  /// Lowercased content words of the sentence that help tell instances apart.
  public var keywords: [String] {
    _read { yield fields.value.keywords }
    _modify { yield &fields.value.keywords }
  }
  /// Open-ended extra arguments, e.g. `head` → `person:hanafi`.
  public var attributes: [String: String] {
    _read { yield fields.value.attributes }
    _modify { yield &fields.value.attributes }
  }
  /// Main mentions: the proper names the article keeps coming back to (lowercase words of
  /// capitalized names in its body: the 15 most frequent, sorted), which tell the reports of
  /// one story from another story of the same kind; nil on other mentions, in captions and in
  /// articles without names.
  public var names: [String]? {
    _read { yield fields.value.names }
    _modify { yield &fields.value.names }
  }

  public init(
    id: String, document: String, eventClass: String, trigger: String, triggerSpan: SourceSpan,
    citation: Citation, role: TextRole, time: MentionTime? = nil, place: String? = nil,
    participants: [String] = [], host: String? = nil, ordinal: Int? = nil, isMain: Bool = false,
    keywords: [String] = [], attributes: [String: String] = [:], names: [String]? = nil
  ) {
    fields = Shared(Fields(id: id, document: document, eventClass: eventClass, trigger: trigger, triggerSpan: triggerSpan, citation: citation, role: role, time: time, place: place, participants: participants, host: host, ordinal: ordinal, isMain: isMain, keywords: keywords, attributes: attributes, names: names))
  }

  /// The JSON form is the fields', key for key (``Shared`` adds no level); equality and
  /// hashing, synthesized, are the fields' too. The map/reduce lines are pulled field by
  /// field instead (``init(pulling:)``).
  public init(from decoder: any Decoder) throws { fields = try Shared(from: decoder) }

  /// Pulled from a map/reduce line (``JSONNodeDecoder/record(from:)``).
  init(pulling p: inout JSONParser) throws { fields = Shared(try Fields(pulling: &p)) }

  public func encode(to encoder: any Encoder) throws { try fields.encode(to: encoder) }

  /// The stored fields, in declaration order: the JSON form is theirs, key for key.
  struct Fields: Codable, Hashable, Sendable {
    var id: String
    var document: String
    var eventClass: String
    var trigger: String
    var triggerSpan: SourceSpan
    var citation: Citation
    var role: TextRole
    var time: MentionTime?
    var place: String?
    var participants: [String]
    var host: String?
    var ordinal: Int?
    var isMain: Bool
    var keywords: [String]
    var attributes: [String: String]
    var names: [String]?
  }

  private var fields: Shared<Fields>
}

extension EventMention {
  /// The attribute that marks a mention of another occurrence than its article's story:
  /// ``otherInstance`` ("such a conference", "the next round") or ``earlierInstance``.
  static let instanceKey = "instance"
  static let otherInstance = "other"
  /// An earlier occurrence the article names: "the deadliest attack since a bombing in April",
  /// "the city was hit by a bombing in April" (in a report of a later bombing). It lies before
  /// the day of the article's story (``MapReduce/Summary/before``).
  static let earlierInstance = "earlier"
  /// The attribute holding an event's stated length in days ("a two-day summit": "2").
  static let lengthKey = "days"

  var isEarlierOccurrence: Bool { attributes[Self.instanceKey] == Self.earlierInstance }
  /// Marked as any other occurrence than its article's story (``instanceKey``).
  var isOtherOccurrence: Bool { !attributes.isEmpty && attributes[Self.instanceKey] != nil }

  /// The series name and ``isOtherOccurrence``, read in one walk of the mention's few
  /// attributes (two lookups hashed both keys: about 6 million instructions for the generated
  /// 2,000 documents, where the pair features read both of every mention).
  var seriesAndOtherOccurrence: (series: String?, other: Bool) {
    var out: (series: String?, other: Bool) = (nil, false)
    for (key, value) in attributes {
      if key == "series" {
        out.series = value
      } else if key == Self.instanceKey {
        out.other = true
      }
    }
    return out
  }
}

/// The time attached to an event mention.
public struct MentionTime: Codable, Hashable, Sendable {
  /// The expression as written ("October 20"), or nil when the time is implied by the
  /// document's reference time.
  public var expression: String?
  public var span: SourceSpan?
  public var value: String
  public var mod: String?
  public var rule: String
  /// Whether the text states this time (true) or it is implied (false).
  public var stated: Bool
  /// How to recompute `value` against another DCT, when it depends on one.
  public var anchor: RelativeSpec?

  public init(
    expression: String?, span: SourceSpan?, value: String, mod: String? = nil, rule: String,
    stated: Bool, anchor: RelativeSpec? = nil
  ) {
    self.expression = expression
    self.span = span
    self.value = value
    self.mod = mod
    self.rule = rule
    self.stated = stated
    self.anchor = anchor
  }

  public var temporalValue: TemporalValue { TemporalValue(value, mod: mod) }

  /// This time as a date expression at `span` (or, when it has none, at `fallback`: the
  /// trigger's), for the tagger to re-anchor on a day.
  func expression(at fallback: SourceSpan) -> TemporalExpression {
    TemporalExpression(
      kind: .date, text: expression ?? "", span: span ?? fallback, value: value, mod: mod, rule: rule, anchor: anchor)
  }
}
