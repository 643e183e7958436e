import Timeline

/// `timeline extract` (not built yet).
enum ExtractCommand: Command {
  static let name = "extract"
  static let abstract = "Print each document's entities, event mentions and claims."
  static let usage = "[options] PATH..."
  static let options: [OptionSpec] = []
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    throw UsageError(message: "'extract' is not implemented yet")
  }
}
