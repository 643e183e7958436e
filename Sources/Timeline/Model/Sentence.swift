/// A sentence with its exact source span, its analysis text and its tokens.
///
/// `text` is the exact original slice (what citations quote); `clean` is the same sentence
/// with inline markup removed, and `offsets` maps `clean` back to the original bytes.
public struct Sentence: Codable, Hashable, Sendable {
  /// 0-based position among the document's sentences.
  public var index: Int
  /// 0-based paragraph (block) number.
  public var paragraph: Int
  public var role: TextRole
  public var span: SourceSpan
  public var text: String
  public var clean: String
  public var offsets: OffsetMap
  public var tokens: [Token]

  public init(
    index: Int, paragraph: Int, role: TextRole, span: SourceSpan, text: String, clean: String,
    offsets: OffsetMap, tokens: [Token]
  ) {
    self.index = index
    self.paragraph = paragraph
    self.role = role
    self.span = span
    self.text = text
    self.clean = clean
    self.offsets = offsets
    self.tokens = tokens
  }
}
