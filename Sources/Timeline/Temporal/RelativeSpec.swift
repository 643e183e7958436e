/// How an expression's value follows from a reference date ("next week", "Friday",
/// "October 20" without a year), kept so the value can be recomputed against a new DCT.
///
/// The temporal stage owns the details; other stages only call
/// ``TemporalResolver/reanchor(_:dct:)``.
public struct RelativeSpec: Codable, Hashable, Sendable {
  /// A short machine-readable description, e.g. `offset:week:+1`, `weekday:5:-1`,
  /// `yearless:10-20:past`.
  public var form: String {
    didSet { semantics = TemporalSemantics(encoded: form) }
  }
  /// Whether the reference is the document creation time (deictic) or the narrative's last
  /// mentioned time (anaphoric).
  public var anaphoric: Bool
  /// `form` parsed once, where the spec is made or decoded: DCT inference re-anchors every
  /// relative expression against each candidate date, and parsing the form each time was
  /// a fiftieth of the whole run.
  private(set) var semantics: TemporalSemantics?

  public init(form: String, anaphoric: Bool = false) {
    self.form = form
    self.anaphoric = anaphoric
    semantics = TemporalSemantics(encoded: form)
  }

  init(_ semantics: TemporalSemantics, anaphoric: Bool) {
    form = semantics.encoded
    self.anaphoric = anaphoric
    self.semantics = semantics
    assert(TemporalSemantics(encoded: form) == semantics, "\(form) does not parse back")
  }

  enum CodingKeys: String, CodingKey { case form, anaphoric }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(form: try c.decode(String.self, forKey: .form), anaphoric: try c.decode(Bool.self, forKey: .anaphoric))
  }

  /// Equal forms mean equal semantics: `semantics` takes no part.
  public static func == (a: RelativeSpec, b: RelativeSpec) -> Bool { a.form == b.form && a.anaphoric == b.anaphoric }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(form)
    hasher.combine(anaphoric)
  }
}
