/// A document's publication date (its DCT) and how it was obtained.
public struct PublishedDate: Codable, Hashable, Sendable {
  public enum Source: String, Codable, Sendable {
    case manifest, text, inferred
  }

  /// A day `YYYY-MM-DD` (or a coarser TIMEX3 value when only that is known).
  public var value: String
  public var source: Source
  /// For inferred dates: the window the evidence allows (days, inclusive).
  public var earliest: String?
  public var latest: String?
  public var evidence: [Evidence]
  /// 1.0 for stated dates; lower for inferred ones.
  public var confidence: Double

  public init(
    value: String, source: Source, earliest: String? = nil, latest: String? = nil,
    evidence: [Evidence] = [], confidence: Double = 1.0
  ) {
    self.value = value
    self.source = source
    self.earliest = earliest
    self.latest = latest
    self.evidence = evidence
    self.confidence = (confidence * 100).rounded() / 100  // 0.85, not 0.8500000000000001
  }
}

/// One reason behind a decision, with the sentence it rests on when there is one.
public struct Evidence: Codable, Hashable, Sendable, Comparable {
  /// A stable rule id, e.g. `dct.next-week-plus-date` or `resolve.same-place`.
  public var rule: String
  /// One sentence a person can read.
  public var note: String
  public var citation: Citation?

  public init(rule: String, note: String, citation: Citation? = nil) {
    self.rule = rule
    self.note = note
    self.citation = citation
  }

  /// By rule, note, cited document and start; field by field, so sorting an event's evidence
  /// copies no strings.
  public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
    if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
    if lhs.note != rhs.note { return lhs.note < rhs.note }
    let (a, b) = (lhs.citation, rhs.citation)
    if (a?.document ?? "") != (b?.document ?? "") { return (a?.document ?? "") < (b?.document ?? "") }
    return (a?.start ?? 0) < (b?.start ?? 0)
  }
}
