/// A content problem found while reading or analysing the corpus.
///
/// Problems in the input are values, never thrown errors: the run records them and goes on.
/// They print as `path:line:col: severity: [code] message` and sort by path, line and code,
/// so diagnostic output is deterministic.
public struct Diagnostic: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
  public enum Severity: String, Codable, Sendable, Comparable {
    case error, warning, note

    private var rank: Int {
      switch self {
      case .error: 0
      case .warning: 1
      case .note: 2
      }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  public var severity: Severity
  /// A stable, lowercase code such as `ingest.not-utf8` or `dct.missing`.
  public var code: String
  /// The input path as the user gave it or relative to the corpus root.
  public var path: String
  public var line: Int?
  public var column: Int?
  public var start: Int?
  public var end: Int?
  /// One sentence naming the file and the reason.
  public var message: String

  public init(
    _ severity: Severity, code: String, path: String, line: Int? = nil, column: Int? = nil,
    start: Int? = nil, end: Int? = nil, message: String
  ) {
    self.severity = severity
    self.code = code
    self.path = path
    self.line = line
    self.column = column
    self.start = start
    self.end = end
    self.message = message
  }

  public var description: String {
    "\(path):\(line ?? 1):\(column ?? 1): \(severity.rawValue): [\(code)] \(message)"
  }

  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    (lhs.path, lhs.line ?? 0, lhs.code, lhs.start ?? 0, lhs.message)
      < (rhs.path, rhs.line ?? 0, rhs.code, rhs.start ?? 0, rhs.message)
  }
}
