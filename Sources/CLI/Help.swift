import Timeline

/// Help text in swift-argument-parser's layout: OVERVIEW, USAGE, OPTIONS, SUBCOMMANDS.
enum Help {
  static let version = "0.1.0"

  static let exitCodes = """
    EXIT STATUS:
      0  success
      1  findings: `audit --fail-on` matched, or `test` had failures
      2  usage error
      3  unreadable input (missing path, malformed manifest, unreadable file)
    """

  static func main(commands: [any Command.Type]) -> String {
    var lines = [
      "OVERVIEW: Reconcile news articles into one cited timeline of events, dates and conflicts.",
      "",
      "USAGE: timeline <subcommand> [options] [paths]",
      "",
      "OPTIONS:",
      "  -h, --help              Show help information.",
      "  --version               Show the version.",
      "",
      "SUBCOMMANDS:",
    ]
    for c in commands where !c.hidden {
      lines.append("  " + c.name.padding(toLength: 22, withPad: " ", startingAt: 0) + c.abstract)
    }
    lines += ["", "  See 'timeline help <subcommand>' for detailed help.", "", exitCodes, ""]
    return lines.joined(separator: "\n")
  }

  static func command(_ c: any Command.Type) -> String {
    var lines = ["OVERVIEW: \(c.abstract)", ""]
    if !c.discussion.isEmpty { lines += [c.discussion, ""] }
    lines += ["USAGE: timeline \(c.name) \(c.usage)", "", "OPTIONS:"]
    for o in c.options + [OptionSpec(name: "--help", short: "-h", help: "Show help information.")] {
      var left = o.short.map { "\($0), \(o.name)" } ?? o.name
      if let v = o.value { left += " <\(v.lowercased())>" }
      let padded = left.count < 28 ? left.padding(toLength: 28, withPad: " ", startingAt: 0) : left + "\n" + String(repeating: " ", count: 30)
      lines.append("  " + padded + o.help)
    }
    lines += ["", exitCodes, ""]
    return lines.joined(separator: "\n")
  }

  static func usageLine(_ c: any Command.Type) -> String {
    "Usage: timeline \(c.name) \(c.usage)\n  See 'timeline help \(c.name)' for more information."
  }
}
