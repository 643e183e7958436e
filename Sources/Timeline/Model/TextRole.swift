/// What a stretch of a document is: article text, or something around it.
public enum TextRole: String, Codable, Hashable, Sendable, Comparable {
  /// The headline (title) of the article.
  case headline
  /// Article body text: the only role whose events drive merges on their own.
  case body
  /// A photo caption: kept for analysis, but it often describes other events and years.
  case caption
  /// Byline, agency line, date line, "Original url:" line: metadata, not article text.
  case metadata
  /// Subscription blocks, comment forms, related posts, image credits: reported, not analysed.
  case boilerplate

  public static func < (lhs: TextRole, rhs: TextRole) -> Bool { lhs.rawValue < rhs.rawValue }
}
