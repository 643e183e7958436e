import Timeline

/// `timeline dates` (not built yet).
enum DatesCommand: Command {
  static let name = "dates"
  static let abstract = "Tag and normalize the temporal expressions of a text."
  static let usage = "[options] PATH..."
  static let options: [OptionSpec] = []
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    throw UsageError(message: "'dates' is not implemented yet")
  }
}
