/// A paragraph-level stretch of a document with its role and, for non-body roles, the reason.
public struct Block: Codable, Hashable, Sendable {
  public var index: Int
  public var role: TextRole
  public var span: SourceSpan
  public var text: String
  /// Why the block has this role, e.g. `subscription block`, `image credit`, `photo caption`.
  public var reason: String?
  /// Whether ingest found the block's bytes one run of plain text, which analysis text keeps
  /// as it is (``MarkupCleaner/isPlainRun(_:_:_:)``), so the segmenter need not read them
  /// again for it; false when not known. Not encoded.
  var plainRun = false

  private enum CodingKeys: String, CodingKey {
    case index, role, span, text, reason
  }

  public init(index: Int, role: TextRole, span: SourceSpan, text: String, reason: String? = nil) {
    self.index = index
    self.role = role
    self.span = span
    self.text = text
    self.reason = reason
  }
}
