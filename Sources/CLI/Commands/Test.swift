import Foundation
import Timeline

/// `timeline test`: re-runs every fixture case and compares it with its golden files.
enum TestCommand: Command {
  static let name = "test"
  static let abstract = "Run fixture cases and compare with their expected output."
  static let usage = "[--update] [--filter NAME] [DIR...]"
  static let discussion = """
    Each DIR is a fixture case (a folder with docs/ and expected/) or a folder of cases
    (default: fixtures). Every case is re-run; its output is compared with
    expected/timeline.json by JSON path (and with checks.json, partial expectations).
    Failing cases print each difference: the path, the expected and actual values, and the
    citation involved. The last line is always 'N passed, N failed'; the exit status is 1
    when a case failed. Checks marked "open" are reported but never fail a case.
    """
  static let options = [
    OptionSpec(name: "--update", help: "Rewrite the golden files from the current output and print what changed."),
    OptionSpec(name: "--filter", value: "NAME", help: "Run only the cases whose name contains NAME."),
    OptionSpec(name: "--quiet", short: "-q", help: "Print only failing cases and the summary."),
  ]

  static func run(_ arguments: Arguments) throws -> Int32 {
    let roots = arguments.positionals.isEmpty ? ["fixtures"] : arguments.positionals
    let cases = try FixtureRunner.discover(roots, filter: arguments.value("--filter"))
    let update = arguments.flag("--update")
    let quiet = arguments.flag("--quiet")
    let runner = FixtureRunner()
    let progress = Progress(total: cases.count, label: "cases", quiet: quiet || cases.count < 2)
    var results: [FixtureResult] = []
    for c in cases {
      let r = runner.run(c, update: update)
      results.append(r)
      progress.clear()
      if !(quiet && r.passed && r.updates.isEmpty) { Output.write(r.report()) }
      progress.advance()
    }
    progress.finish()
    if cases.isEmpty { Output.error("warning: no fixture cases found under \(roots.joined(separator: ", "))") }
    Output.write(FixtureRunner.summary(results) + "\n")
    return results.allSatisfy(\.passed) ? 0 : 1
  }
}
