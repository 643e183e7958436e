import Timeline

/// `timeline map` (not built yet).
enum MapCommand: Command {
  static let name = "map"
  static let abstract = "Map stage: documents as JSON lines in, keyed mention lines out."
  static let usage = "[options] PATH..."
  static let options: [OptionSpec] = []
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    throw UsageError(message: "'map' is not implemented yet")
  }
}
