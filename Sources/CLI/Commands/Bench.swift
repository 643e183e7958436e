import Timeline

/// `timeline bench` (not built yet).
enum BenchCommand: Command {
  static let name = "bench"
  static let abstract = "Benchmark the pipeline on a generated corpus (release builds)."
  static let usage = "[options] PATH..."
  static let options: [OptionSpec] = []
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    throw UsageError(message: "'bench' is not implemented yet")
  }
}
