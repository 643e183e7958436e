/// One report of an event in one sentence, with the arguments found around its trigger.
public struct EventMention: Codable, Hashable, Sendable {
  /// Stable within the corpus: `<document>@<trigger start byte>`.
  public var id: String
  public var document: String
  /// The event class: `meeting`, `attack`, `statement`, `agreement`, `takeover`,
  /// `withdrawal`, `designation`, `appointment`, `election`, `disaster`, `war`, `visit` …
  public var eventClass: String
  /// The trigger word(s) as written, e.g. `talks`.
  public var trigger: String
  public var triggerSpan: SourceSpan
  /// The whole sentence the mention sits in.
  public var citation: Citation
  /// Body text, headline or caption.
  public var role: TextRole
  /// The time that belongs to the trigger's clause, or the document's reference time.
  public var time: MentionTime?
  /// Canonical entity key of the place (a city or country), if any.
  public var place: String?
  /// Canonical entity keys of participants (sorted, unique).
  public var participants: [String]
  public var host: String?
  /// "fifth session" → 5.
  public var ordinal: Int?
  /// Whether this mention reports the document's main event (headline/lede, or a later
  /// definite reference such as "the talks").
  public var isMain: Bool
  /// Lowercased content words of the sentence that help tell instances apart.
  public var keywords: [String]
  /// Open-ended extra arguments, e.g. `head` → `person:hanafi`.
  public var attributes: [String: String]
  /// Main mentions: the proper names the article keeps coming back to (lowercase words of
  /// capitalized names in its body: the 15 most frequent, sorted), which tell the reports of
  /// one story from another story of the same kind; nil on other mentions, in captions and in
  /// articles without names.
  public var names: [String]?

  public init(
    id: String, document: String, eventClass: String, trigger: String, triggerSpan: SourceSpan,
    citation: Citation, role: TextRole, time: MentionTime? = nil, place: String? = nil,
    participants: [String] = [], host: String? = nil, ordinal: Int? = nil, isMain: Bool = false,
    keywords: [String] = [], attributes: [String: String] = [:], names: [String]? = nil
  ) {
    self.id = id
    self.document = document
    self.eventClass = eventClass
    self.trigger = trigger
    self.triggerSpan = triggerSpan
    self.citation = citation
    self.role = role
    self.time = time
    self.place = place
    self.participants = participants
    self.host = host
    self.ordinal = ordinal
    self.isMain = isMain
    self.keywords = keywords
    self.attributes = attributes
    self.names = names
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
}
