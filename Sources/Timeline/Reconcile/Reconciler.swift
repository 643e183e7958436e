/// Turns clusters into canonical events and conflicts (STUB: replaced by the reconcile work).
public struct Reconciler: Sendable {
  public init() {}

  public func reconcile(_ clusters: [[EventMention]], extractions: [DocumentExtraction], diagnostics: [Diagnostic]) -> TimelineReport {
    let docs = extractions.map {
      TimelineReport.DocumentSummary(
        id: $0.document, path: $0.path, title: $0.title, outlet: $0.outlet, url: $0.url, author: $0.author,
        published: $0.published, diagnostics: $0.diagnostics)
    }
    return TimelineReport(documents: docs, diagnostics: diagnostics.sorted())
  }
}
