import Timeline

/// A `timeline` subcommand: its help, its options and what it does.
protocol Command {
  static var name: String { get }
  /// One line for the SUBCOMMANDS list.
  static var abstract: String { get }
  /// The argument part of the usage line, e.g. `[options] PATH...`.
  static var usage: String { get }
  /// Longer text for `--help`, after the overview.
  static var discussion: String { get }
  static var options: [OptionSpec] { get }
  /// Hidden commands run but do not appear in `timeline --help`.
  static var hidden: Bool { get }
  /// Runs the command and returns its exit status.
  ///
  /// - Throws: ``UsageError`` (exit 2) or ``TimelineError`` (its own exit status).
  static func run(_ arguments: Arguments) throws -> Int32
}

extension Command {
  static var discussion: String { "" }
  static var hidden: Bool { false }
}
