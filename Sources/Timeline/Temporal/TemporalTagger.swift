/// Finds and resolves temporal expressions (STUB: replaced by the temporal work).
///
/// Reads: text or sentences. Adds: ``TemporalExpression``s with values anchored on the DCT.
public struct TemporalTagger: Sendable {
  public init() {}

  /// Tags `text`; spans are UTF-8 offsets into `text`.
  public func tag(_ text: String, dct: Day?) -> [TemporalExpression] { [] }

  /// Tags every non-boilerplate sentence of `document`; spans are offsets into the file.
  public func tag(_ document: Document, dct: Day?) -> [TemporalExpression] { [] }

  /// Recomputes a relative expression's value against `dct`.
  public func reanchor(_ expression: TemporalExpression, dct: Day) -> TemporalExpression { expression }
}
