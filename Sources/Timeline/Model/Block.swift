/// A paragraph-level stretch of a document with its role and, for non-body roles, the reason.
public struct Block: Codable, Hashable, Sendable {
  public var index: Int
  public var role: TextRole
  public var span: SourceSpan
  public var text: String
  /// Why the block has this role, e.g. `subscription block`, `image credit`, `photo caption`.
  public var reason: String?

  public init(index: Int, role: TextRole, span: SourceSpan, text: String, reason: String? = nil) {
    self.index = index
    self.role = role
    self.span = span
    self.text = text
    self.reason = reason
  }
}
