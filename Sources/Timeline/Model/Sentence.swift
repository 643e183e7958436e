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
  /// Whether the segmenter cut this sentence; false for a whole block given as one sentence,
  /// which extraction splits at sentence ends itself.
  public var segmented: Bool

  /// The sentence's tokens (``Segmenter``'s rules: words, numbers, punctuation, symbols),
  /// tokenized from `clean` on each call; none when not ``segmented``. Not stored: the
  /// pipeline's stages tokenize for their own needs, and a stored list cost every sentence of
  /// the corpus an allocation and about 56 bytes a token.
  public var tokens: [Token] { segmented ? Segmenter.tokens(of: self) : [] }

  public init(
    index: Int, paragraph: Int, role: TextRole, span: SourceSpan, text: String, clean: String,
    offsets: OffsetMap, segmented: Bool = true
  ) {
    self.index = index
    self.paragraph = paragraph
    self.role = role
    self.span = span
    self.text = text
    self.clean = clean
    self.offsets = offsets
    self.segmented = segmented
  }
}
