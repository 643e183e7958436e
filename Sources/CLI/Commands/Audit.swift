import Timeline

/// `timeline audit` (not built yet).
enum AuditCommand: Command {
  static let name = "audit"
  static let abstract = "List the conflicts between sources, with citations."
  static let usage = "[options] PATH..."
  static let options: [OptionSpec] = []
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    throw UsageError(message: "'audit' is not implemented yet")
  }
}
