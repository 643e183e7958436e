import Timeline

/// `timeline generate` (not built yet).
enum GenerateCommand: Command {
  static let name = "generate"
  static let abstract = "Generate a synthetic corpus with its ground truth."
  static let usage = "[options] PATH..."
  static let options: [OptionSpec] = []
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    throw UsageError(message: "'generate' is not implemented yet")
  }
}
