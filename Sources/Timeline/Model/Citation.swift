/// A pointer to the exact source text a statement came from.
///
/// `text` is the exact slice `bytes[span.start..<span.end]` of the original file, decoded.
public struct Citation: Codable, Hashable, Sendable, Comparable {
  /// The document id: the path relative to the corpus root, without extension.
  public var document: String
  public var line: Int
  public var start: Int
  public var end: Int
  public var text: String

  public init(document: String, span: SourceSpan, text: String) {
    self.document = document
    self.line = span.line
    self.start = span.start
    self.end = span.end
    self.text = text
  }

  public var span: SourceSpan { SourceSpan(start: start, end: end, line: line) }

  public static func < (lhs: Citation, rhs: Citation) -> Bool {
    (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
  }
}
