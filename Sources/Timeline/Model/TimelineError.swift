/// A run-level failure: the command cannot go on.
///
/// Content problems are ``Diagnostic`` values instead. The CLI maps each case to an exit
/// status (DESIGN.md: 2 usage, 3 unreadable input).
public enum TimelineError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A path given on the command line does not exist.
  case pathNotFound(String)
  /// An input that must be read whole (a manifest, a rule pack) cannot be read or parsed.
  case unreadableInput(path: String, line: Int?, reason: String)
  /// An option value is not valid.
  case invalidOption(name: String, value: String, expected: String)
  /// A rule pack has a syntax error.
  case invalidRules(path: String, line: Int, reason: String)
  /// A stream given to `reduce` or `merge` breaks its contract (e.g. unsorted keys).
  case invalidStream(line: Int, reason: String)

  public var description: String {
    switch self {
    case .pathNotFound(let path):
      "\(path): no such file or directory"
    case .unreadableInput(let path, let line, let reason):
      "\(path)\(line.map { ":\($0)" } ?? ""): \(reason)"
    case .invalidOption(let name, let value, let expected):
      "invalid value '\(value)' for \(name): expected \(expected)"
    case .invalidRules(let path, let line, let reason):
      "\(path):\(line): \(reason)"
    case .invalidStream(let line, let reason):
      "<stdin>:\(line): \(reason)"
    }
  }

  /// The process exit status DESIGN.md assigns to this failure.
  public var exitStatus: Int32 {
    switch self {
    case .invalidOption: 2
    case .pathNotFound, .unreadableInput, .invalidRules, .invalidStream: 3
    }
  }
}
