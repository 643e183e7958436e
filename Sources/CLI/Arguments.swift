import Timeline

/// One option a command accepts, for parsing and for its help text.
struct OptionSpec: Sendable {
  /// Long name with dashes, e.g. `--format`.
  var name: String
  /// Optional short alias, e.g. `-o`.
  var short: String? = nil
  /// Name of the value (`FORMAT`), or nil for a flag.
  var value: String? = nil
  var help: String
}

/// A usage error: exit status 2, printed with the command's usage line.
struct UsageError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// The parsed command line of one subcommand: flags, option values and positional paths.
struct Arguments: Sendable {
  private(set) var flags: Set<String> = []
  private(set) var values: [String: [String]] = [:]
  private(set) var positionals: [String] = []

  /// Parses `args` against `specs`: `--flag`, `--opt value`, `--opt=value`, `-o value`, `--`,
  /// and `-` as a positional (stdin).
  ///
  /// - Throws: ``UsageError`` for an unknown option (with a "did you mean" hint) or a missing
  ///   value.
  init(_ args: [String], specs: [OptionSpec]) throws {
    var i = 0
    var onlyPositionals = false
    while i < args.count {
      let arg = args[i]
      i += 1
      if onlyPositionals || arg == "-" || !arg.hasPrefix("-") {
        positionals.append(arg)
        continue
      }
      if arg == "--" {
        onlyPositionals = true
        continue
      }
      var name = arg
      var inline: String? = nil
      if let eq = arg.firstIndex(of: "="), arg.hasPrefix("--") {
        name = String(arg[..<eq])
        inline = String(arg[arg.index(after: eq)...])
      }
      guard let spec = specs.first(where: { $0.name == name || $0.short == name }) else {
        var message = "unknown option '\(name)'"
        if let hint = Arguments.suggestion(for: name, among: specs.map(\.name)) {
          message += "\nDid you mean '\(hint)'?"
        }
        throw UsageError(message: message)
      }
      if spec.value != nil {
        let value: String
        if let inline {
          value = inline
        } else if i < args.count {
          value = args[i]
          i += 1
        } else {
          throw UsageError(message: "missing value for '\(spec.name)'")
        }
        values[spec.name, default: []].append(value)
      } else {
        if inline != nil { throw UsageError(message: "'\(spec.name)' takes no value") }
        flags.insert(spec.name)
      }
    }
  }

  func flag(_ name: String) -> Bool { flags.contains(name) }

  /// The last value given for `name`, if any.
  func value(_ name: String) -> String? { values[name]?.last }

  func allValues(_ name: String) -> [String] { values[name] ?? [] }

  /// The value of `name`, which must be one of `choices`.
  ///
  /// - Throws: ``UsageError`` naming the valid choices.
  func choice(_ name: String, _ choices: [String], default fallback: String) throws -> String {
    guard let v = value(name) else { return fallback }
    guard choices.contains(v) else {
      throw UsageError(message: "invalid value '\(v)' for '\(name)': expected one of \(choices.joined(separator: ", "))")
    }
    return v
  }

  /// The closest candidate within edit distance 2, for "Did you mean" hints.
  static func suggestion(for word: String, among candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(word, $0)) }.filter { $0.1 <= max(2, word.count / 3) }
    return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var prev = Array(0...y.count)
    var cur = prev
    for i in 1...x.count {
      cur[0] = i
      for j in 1...y.count {
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      swap(&prev, &cur)
    }
    return prev[y.count]
  }
}
