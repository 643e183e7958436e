/// A temporal expression found in text (a TIMEX3): its span, type, value and the rule that
/// produced it.
///
/// `value` is anchored when a reference date was known; otherwise it may be underspecified
/// (`XXXX-10-20`, or a relative form recorded in `anchor`) until the document's creation time
/// is inferred.
public struct TemporalExpression: Codable, Hashable, Sendable {
  /// TimeML TIMEX3 types.
  public enum Kind: String, Codable, Sendable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
  }

  public var kind: Kind
  /// The exact text of the expression.
  public var text: String
  /// UTF-8 byte offsets into the text that was tagged (the original file, for documents).
  public var span: SourceSpan
  /// The ISO-TimeML value, e.g. `2021-10-20`, `P2D`, `PAST_REF`, `XXXX-10-20`.
  public var value: String
  public var mod: String?
  /// The stable id of the rule that matched, e.g. `temporal.date.month-day-year`.
  public var rule: String
  /// How the value depends on a reference time, so it can be re-anchored when the DCT is
  /// inferred later; nil when the value is absolute.
  public var anchor: RelativeSpec?

  public init(
    kind: Kind, text: String, span: SourceSpan, value: String, mod: String? = nil, rule: String,
    anchor: RelativeSpec? = nil
  ) {
    self.kind = kind
    self.text = text
    self.span = span
    self.value = value
    self.mod = mod
    self.rule = rule
    self.anchor = anchor
  }

  public var temporalValue: TemporalValue { TemporalValue(value, mod: mod) }
}
