/// Finds entities, event mentions and claims in one document (STUB: replaced by the
/// extraction work).
///
/// Reads: sentences, temporal expressions. Adds: a ``DocumentExtraction``.
public struct EventExtractor: Sendable {
  public init() {}

  public func extract(_ document: Document, expressions: [TemporalExpression]) -> DocumentExtraction {
    DocumentExtraction(
      document: document.id, path: document.path, title: document.title, outlet: document.outlet,
      url: document.url, author: document.author, published: document.published,
      expressions: expressions, diagnostics: document.diagnostics)
  }
}
