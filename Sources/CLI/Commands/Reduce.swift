import Timeline

/// `timeline reduce` (not built yet).
enum ReduceCommand: Command {
  static let name = "reduce"
  static let abstract = "Reduce stage: sorted keyed lines in, partial events out."
  static let usage = "[options] PATH..."
  static let options: [OptionSpec] = []
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    throw UsageError(message: "'reduce' is not implemented yet")
  }
}
