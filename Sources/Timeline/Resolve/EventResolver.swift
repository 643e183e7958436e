/// Clusters event mentions from all documents into events (STUB: replaced by the resolve work).
public struct EventResolver: Sendable {
  public init() {}

  /// Returns clusters of mentions; each inner array is one event.
  public func resolve(_ extractions: [DocumentExtraction]) -> [[EventMention]] {
    extractions.flatMap { $0.mentions.map { [$0] } }
  }
}
