/// The documents read from the paths given on the command line, with the diagnostics of
/// reading them.
public struct Corpus: Sendable {
  /// The folder ids are relative to (the single folder given, or the common parent).
  public var root: String
  /// Documents in sorted id order.
  public var documents: [Document]
  /// Problems that belong to no single readable document (skipped files, manifest errors).
  public var diagnostics: [Diagnostic]

  public init(root: String, documents: [Document], diagnostics: [Diagnostic]) {
    self.root = root
    self.documents = documents
    self.diagnostics = diagnostics
  }
}
