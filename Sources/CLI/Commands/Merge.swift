import Timeline

/// `timeline merge` (not built yet).
enum MergeCommand: Command {
  static let name = "merge"
  static let abstract = "Merge partial events into the final timeline."
  static let usage = "[options] PATH..."
  static let options: [OptionSpec] = []
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    throw UsageError(message: "'merge' is not implemented yet")
  }
}
