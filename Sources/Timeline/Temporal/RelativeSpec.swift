/// How an expression's value follows from a reference date ("next week", "Friday",
/// "October 20" without a year), kept so the value can be recomputed against a new DCT.
///
/// The temporal stage owns the details; other stages only call
/// ``TemporalResolver/reanchor(_:dct:)``.
public struct RelativeSpec: Codable, Hashable, Sendable {
  /// A short machine-readable description, e.g. `offset:week:+1`, `weekday:5:-1`,
  /// `yearless:10-20:past`.
  public var form: String
  /// Whether the reference is the document creation time (deictic) or the narrative's last
  /// mentioned time (anaphoric).
  public var anaphoric: Bool

  public init(form: String, anaphoric: Bool = false) {
    self.form = form
    self.anaphoric = anaphoric
  }
}
