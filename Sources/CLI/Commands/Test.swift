import Timeline

/// `timeline test` (not built yet).
enum TestCommand: Command {
  static let name = "test"
  static let abstract = "Run fixture cases and compare with their expected output."
  static let usage = "[options] PATH..."
  static let options: [OptionSpec] = []
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    throw UsageError(message: "'test' is not implemented yet")
  }
}
