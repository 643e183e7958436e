import Timeline

/// `timeline explain` (not built yet).
enum ExplainCommand: Command {
  static let name = "explain"
  static let abstract = "Explain why an event was merged or a conflict raised."
  static let usage = "[options] PATH..."
  static let options: [OptionSpec] = []
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    throw UsageError(message: "'explain' is not implemented yet")
  }
}
