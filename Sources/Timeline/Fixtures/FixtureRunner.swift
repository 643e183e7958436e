import Foundation

/// One fixture case: `<dir>/docs/` (input documents, optional `manifest.json`) and
/// `<dir>/expected/` (golden `timeline.json`, optional `conflicts.json`), plus an optional
/// `<dir>/checks.json` of partial expectations (see ``FixtureCheck``).
public struct FixtureCase: Hashable, Sendable, CustomStringConvertible {
  /// The case's folder name (`seeds`).
  public var name: String
  /// The case folder.
  public var directory: String

  public init(name: String, directory: String) {
    self.name = name
    self.directory = directory
  }

  public var docs: String { (directory as NSString).appendingPathComponent("docs") }
  public var expected: String { (directory as NSString).appendingPathComponent("expected") }
  public var checks: String { (directory as NSString).appendingPathComponent("checks.json") }
  public var description: String { name }
}

/// The outcome of one case.
public struct FixtureResult: Hashable, Sendable {
  public var fixture: FixtureCase
  /// Differences from the golden files (empty when they match or were rewritten).
  public var differences: [FixtureDifference] = []
  /// Failed `checks.json` expectations.
  public var checkFailures: [String] = []
  /// Problems running the case (missing docs, unreadable golden, pipeline error).
  public var errors: [String] = []
  /// With `update`: what changed in each rewritten golden file.
  public var updates: [String] = []
  /// Golden files present but not compared (informational).
  public var notes: [String] = []

  public var passed: Bool { differences.isEmpty && checkFailures.isEmpty && errors.isEmpty }

  /// A readable block: `PASS name` or `FAIL name` followed by every difference, with the
  /// JSON path, both values and the citation involved.
  public func report(maxDifferences: Int = 25) -> String {
    var s = "\(passed ? "PASS" : "FAIL") \(fixture.name)"
    if !updates.isEmpty { s += " (updated)" }
    s += "\n"
    for e in errors { s += "  error: \(e)\n" }
    if !differences.isEmpty {
      s += "  \(differences.count) difference\(differences.count == 1 ? "" : "s") from \(fixture.name)/expected:\n"
      for d in differences.prefix(maxDifferences) { s += d.description + "\n" }
      if differences.count > maxDifferences { s += "  … and \(differences.count - maxDifferences) more\n" }
      s += "  to re-bless after review: timeline test \(fixture.directory) --update\n"
    }
    for f in checkFailures { s += "  \(f)\n" }
    for u in updates { s += "  \(u)\n" }
    for n in notes { s += "  note: \(n)\n" }
    return s
  }
}

/// Runs fixture cases through the ``Pipeline`` and compares them with their golden files.
///
/// Reads: case folders. Compares the `timeline/1` JSON semantically (``JSONDiff``), evaluates
/// `checks.json`, and with `update` rewrites the goldens and says what changed.
///
/// ```swift
/// let runner = FixtureRunner()
/// let cases = try FixtureRunner.discover(["fixtures"])
/// let results = cases.map { runner.run($0) }
/// print(FixtureRunner.summary(results))   // "3 passed, 0 failed"
/// ```
public struct FixtureRunner: Sendable {
  public var pipeline: Pipeline

  public init(pipeline: Pipeline = Pipeline()) {
    self.pipeline = pipeline
  }

  /// The golden files this runner writes and compares.
  public static let timelineFile = "timeline.json"
  public static let conflictsFile = "conflicts.json"

  /// Finds cases: each root is a case itself (it has `docs/`) or a folder of cases.
  ///
  /// - Parameters:
  ///   - roots: folders given on the command line (default `fixtures`).
  ///   - filter: keep only cases whose name contains this text.
  /// - Returns: cases sorted by name, then folder.
  /// - Throws: ``TimelineError/pathNotFound(_:)`` for a missing root.
  public static func discover(_ roots: [String], filter: String? = nil) throws -> [FixtureCase] {
    let fm = FileManager.default
    var cases: [FixtureCase] = []
    for root in roots {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue else {
        throw TimelineError.pathNotFound(root)
      }
      let trimmed = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
      if isDirectory((trimmed as NSString).appendingPathComponent("docs")) {
        cases.append(FixtureCase(name: (trimmed as NSString).lastPathComponent, directory: trimmed))
        continue
      }
      for name in ((try? fm.contentsOfDirectory(atPath: trimmed)) ?? []).sorted() where !name.hasPrefix(".") {
        let dir = (trimmed as NSString).appendingPathComponent(name)
        if isDirectory((dir as NSString).appendingPathComponent("docs")) {
          cases.append(FixtureCase(name: name, directory: dir))
        }
      }
    }
    if let filter, !filter.isEmpty { cases = cases.filter { $0.name.contains(filter) } }
    return cases.sorted { ($0.name, $0.directory) < ($1.name, $1.directory) }
  }

  /// Runs one case and compares (or, with `update`, rewrites) its golden files.
  public func run(_ fixture: FixtureCase, update: Bool = false) -> FixtureResult {
    var result = FixtureResult(fixture: fixture)
    guard Self.isDirectory(fixture.docs) else {
      result.errors.append("\(fixture.docs): no docs folder")
      return result
    }
    let report: TimelineReport
    do {
      report = try pipeline.run(paths: [fixture.docs])
    } catch {
      result.errors.append("the pipeline failed: \(error)")
      return result
    }
    let outputs: [(String, String)] = [
      (Self.timelineFile, JSONOutput.encode(report)),
      (Self.conflictsFile, ReportRenderer().renderConflicts(report, as: .json)),
    ]
    let fm = FileManager.default
    let known = Set(outputs.map(\.0))
    let present = Set(((try? fm.contentsOfDirectory(atPath: fixture.expected)) ?? []).filter { $0.hasSuffix(".json") })
    for other in present.subtracting(known).sorted() {
      result.notes.append("expected/\(other) is not compared by `timeline test` (its own test suite reads it)")
    }
    let checksExist = fm.fileExists(atPath: fixture.checks)
    for (file, text) in outputs {
      let path = (fixture.expected as NSString).appendingPathComponent(file)
      // timeline.json is always golden; conflicts.json only where a case chose to keep one.
      guard file == Self.timelineFile || present.contains(file) else { continue }
      guard let actual = Self.parse(text) else {
        result.errors.append("the output for \(file) is not valid JSON")
        continue
      }
      let old = fm.contents(atPath: path)
      if update {
        if old.map({ String(decoding: $0, as: UTF8.self) }) == text { continue }
        do {
          try fm.createDirectory(atPath: fixture.expected, withIntermediateDirectories: true)
          try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
          result.errors.append("\(path): cannot write: \(error.localizedDescription)")
          continue
        }
        if let old, let before = Self.parse(old) {
          let changes = JSONDiff.diff(before, actual)
          result.updates.append("updated expected/\(file): \(changes.count) change\(changes.count == 1 ? "" : "s")")
          for c in changes.prefix(25) {
            result.updates.append("  \(c.path): \(c.expected) → \(c.actual)")
          }
          if changes.count > 25 { result.updates.append("  … and \(changes.count - 25) more") }
          if changes.isEmpty { result.updates.append("  (formatting only)") }
        } else {
          result.updates.append("created expected/\(file)")
        }
        continue
      }
      guard let old else {
        if file == Self.timelineFile, !checksExist {
          result.errors.append(
            "no expected/\(file) and no checks.json: bless it with `timeline test \(fixture.directory) --update` after review"
          )
        }
        continue
      }
      guard let expected = Self.parse(old) else {
        result.errors.append("\(path): not valid JSON")
        continue
      }
      result.differences += JSONDiff.diff(expected, actual).map { d in
        var d = d
        if file != Self.timelineFile { d.path = "\(file): \(d.path)" }
        return d
      }
    }
    if checksExist {
      do {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixture.checks))
        let checks = try FixtureCheck.load(data)
        if let output = Self.parse(JSONOutput.encode(report)) {
          for (i, check) in checks.enumerated() {
            let failure = check.failure(in: output, index: i)
            switch (failure, check.open) {
            case (let f?, nil): result.checkFailures.append(f)
            case (let f?, let why?): result.notes.append("open (\(why)): \(f)")
            case (nil, _?):
              result.notes.append(
                "check \(i + 1) now holds: remove its \"open\" mark" + (check.description.map { " (\($0))" } ?? ""))
            case (nil, nil): break
            }
          }
        }
      } catch {
        result.errors.append("\(fixture.checks): cannot read the checks: \(error)")
      }
    }
    return result
  }

  /// The closing line: `N passed, N failed`.
  public static func summary(_ results: [FixtureResult]) -> String {
    let failed = results.filter { !$0.passed }.count
    return "\(results.count - failed) passed, \(failed) failed"
  }

  static func parse(_ text: String) -> JSONValue? { parse(Data(text.utf8)) }

  static func parse(_ data: Data) -> JSONValue? { try? JSONDecoder().decode(JSONValue.self, from: data) }

  static func isDirectory(_ path: String) -> Bool {
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
  }
}
