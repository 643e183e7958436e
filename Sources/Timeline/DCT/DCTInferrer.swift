/// Infers a publication date from the document's own text (STUB: replaced by the reconcile work).
public struct DCTInferrer: Sendable {
  public init() {}

  public func infer(_ document: Document, expressions: [TemporalExpression]) -> PublishedDate? { nil }
}
