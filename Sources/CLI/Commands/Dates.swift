import Foundation
import Timeline

/// `timeline dates`: the temporal expressions of one text, as JSON or TimeML.
enum DatesCommand: Command {
  static let name = "dates"
  static let abstract = "Tag and normalize the temporal expressions of a text."
  static let usage = "[options] [FILE|-]"
  static let discussion = """
    Finds dates, times, durations and sets (TIMEX3) in FILE (or stdin) and normalizes them
    to ISO-TimeML values anchored on --dct. Without --dct, relative values stay
    underspecified (XXXX-10-20, XXXX-WXX-5).

    EXAMPLES:
      echo 'The talks opened on Friday.' | timeline dates --dct 2021-10-20
      timeline dates --format timeml --dct 1998-02-13 article.txt
    """
  static let options: [OptionSpec] = [
    OptionSpec(name: "--dct", value: "YYYY-MM-DD", help: "Document creation time: the anchor for relative expressions."),
    OptionSpec(name: "--format", short: "-f", value: "FORMAT", help: "json (default) or timeml."),
    OptionSpec(name: "--date-order", value: "ORDER", help: "Ambiguous numeric dates (03/04/2021): month-first (default) or day-first."),
    OptionSpec(name: "--bench", value: "N", help: "Tag the input N times and print throughput to stderr (release builds)."),
  ]

  struct Row: Encodable {
    var expression: TemporalExpression
    enum Keys: String, CodingKey { case text, start, end, line, type, value, mod, rule }
    func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: Keys.self)
      try c.encode(expression.text, forKey: .text)
      try c.encode(expression.span.start, forKey: .start)
      try c.encode(expression.span.end, forKey: .end)
      try c.encode(expression.span.line, forKey: .line)
      try c.encode(expression.kind.rawValue, forKey: .type)
      try c.encode(expression.value, forKey: .value)
      if let mod = expression.mod { try c.encode(mod, forKey: .mod) } else { try c.encodeNil(forKey: .mod) }
      try c.encode(expression.rule, forKey: .rule)
    }
  }

  static func run(_ arguments: Arguments) throws -> Int32 {
    var dct: Day? = nil
    if let raw = arguments.value("--dct") {
      guard let d = Day(iso: raw) else {
        throw UsageError(message: "invalid value '\(raw)' for '--dct': expected a valid date YYYY-MM-DD")
      }
      dct = d
    }
    let format = try arguments.choice("--format", ["json", "timeml"], default: "json")
    let order = try arguments.choice("--date-order", ["month-first", "day-first"], default: "month-first")
    guard arguments.positionals.count <= 1 else {
      throw UsageError(message: "expected one FILE (or - for stdin), got \(arguments.positionals.count)")
    }
    let path = arguments.positionals.first ?? "-"
    let data: Data
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard FileManager.default.fileExists(atPath: path) else { throw TimelineError.pathNotFound(path) }
      guard let d = FileManager.default.contents(atPath: path) else {
        throw TimelineError.unreadableInput(path: path, line: nil, reason: "cannot read the file")
      }
      data = d
    }
    let name = path == "-" ? "<stdin>" : path
    guard let text = String(data: data, encoding: .utf8) else {
      throw TimelineError.unreadableInput(path: name, line: nil, reason: "not valid UTF-8 text")
    }
    if data.contains(0) {
      Output.error("\(name): warning: [binary] input contains NUL bytes; tagging it as text")
    }
    let tagger = TemporalTagger(dateOrder: order == "day-first" ? .dayFirst : .monthFirst)
    if let raw = arguments.value("--bench") {
      guard let n = Int(raw), n > 0 else { throw UsageError(message: "invalid value '\(raw)' for '--bench': expected a positive count") }
      let start = DispatchTime.now().uptimeNanoseconds
      var found = 0
      for _ in 0..<n { found += tagger.tag(text, dct: dct).count }
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      let mb = Double(data.count * n) / 1_000_000
      Output.error(String(format: "%.1f MB in %.3f s: %.1f MB/s, %d expressions", mb, seconds, mb / seconds, found))
      return 0
    }
    let found = tagger.tag(text, dct: dct)
    switch format {
    case "timeml":
      Output.write(TemporalTagger.timeml(text, found))
    default:
      Output.write(JSONOutput.encode(found.map(Row.init)))
    }
    return 0
  }
}
