import Timeline

/// `timeline inspect` (not built yet).
enum InspectCommand: Command {
  static let name = "inspect"
  static let abstract = "Show how documents were read: metadata, sentences, boilerplate, captions."
  static let usage = "[options] PATH..."
  static let options: [OptionSpec] = []
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    throw UsageError(message: "'inspect' is not implemented yet")
  }
}
