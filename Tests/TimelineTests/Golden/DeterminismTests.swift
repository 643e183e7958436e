import Foundation
import Testing

@testable import Timeline

/// Output must not depend on file order or on where the corpus sits.
@Suite struct DeterminismTests {
  /// Every format, for comparing runs byte by byte.
  static func renderAll(_ report: TimelineReport) -> [String] {
    ReportFormat.allCases.flatMap {
      [ReportRenderer().render(report, as: $0), ReportRenderer().renderConflicts(report, as: $0)]
    }
  }

  @Test("copy under another path, files written in shuffled order", arguments: try FixturePaths.caseNames())
  func copyUnderAnotherPathGivesIdenticalBytes(_ name: String) throws {
    let fixture = try FixturePaths.fixtureCase(name)
    let original = try Pipeline().run(paths: [fixture.docs])
    let copy = try FixturePaths.temporaryDirectory("determinism").appendingPathComponent("elsewhere")
      .appendingPathComponent("docs")
    defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent().deletingLastPathComponent()) }
    try copyShuffled(from: URL(fileURLWithPath: fixture.docs), to: copy, seed: UInt64(name.utf8.count) &+ 7)
    let copied = try Pipeline().run(paths: [copy.path])
    let a = Self.renderAll(original)
    let b = Self.renderAll(copied)
    for (i, format) in ReportFormat.allCases.enumerated() {
      #expect(firstDifference(a[2 * i], b[2 * i]) == nil, "\(format.rawValue) differs")
      #expect(firstDifference(a[2 * i + 1], b[2 * i + 1]) == nil, "\(format.rawValue) conflicts differ")
    }
  }

  @Test(
    "files given in shuffled order",
    arguments: try FixturePaths.caseNames())
  func shuffledFileOrderGivesIdenticalBytes(_ name: String) throws {
    let fixture = try FixturePaths.fixtureCase(name)
    let fm = FileManager.default
    let names = try fm.contentsOfDirectory(atPath: fixture.docs).filter { !$0.hasPrefix(".") }.sorted()
    // Only flat folders without a manifest: there, a list of files means the same corpus.
    let flat = names.allSatisfy { n in
      var isDir: ObjCBool = false
      return fm.fileExists(atPath: fixture.docs + "/" + n, isDirectory: &isDir) && !isDir.boolValue
    }
    guard flat, !names.contains(where: { $0.lowercased().hasPrefix("manifest") }), names.count > 1 else { return }
    let paths = names.map { fixture.docs + "/" + $0 }
    var rng = SeededGenerator(seed: 42)
    let sorted = try Pipeline().run(paths: paths)
    for _ in 0..<2 {
      let shuffled = try Pipeline().run(paths: paths.shuffled(using: &rng))
      for (a, b) in zip(Self.renderAll(sorted), Self.renderAll(shuffled)) {
        #expect(firstDifference(a, b) == nil)
      }
    }
  }

  /// Copies a folder tree, creating the files in a shuffled order.
  func copyShuffled(from: URL, to: URL, seed: UInt64) throws {
    let fm = FileManager.default
    try fm.createDirectory(at: to, withIntermediateDirectories: true)
    guard let walker = fm.enumerator(atPath: from.path) else { return }
    var files: [String] = []
    for case let rel as String in walker {
      var isDir: ObjCBool = false
      if fm.fileExists(atPath: from.appendingPathComponent(rel).path, isDirectory: &isDir), !isDir.boolValue {
        files.append(rel)
      }
    }
    var rng = SeededGenerator(seed: seed)
    for rel in files.sorted().shuffled(using: &rng) {
      let target = to.appendingPathComponent(rel)
      try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try fm.copyItem(at: from.appendingPathComponent(rel), to: target)
    }
  }
}

/// Nil when equal; otherwise the first differing line of each, with its number (short
/// enough for a test failure message).
func firstDifference(_ a: String, _ b: String) -> String? {
  guard a != b else { return nil }
  let la = a.split(separator: "\n", omittingEmptySubsequences: false)
  let lb = b.split(separator: "\n", omittingEmptySubsequences: false)
  for i in 0..<max(la.count, lb.count) {
    let x = i < la.count ? String(la[i]) : "(end)"
    let y = i < lb.count ? String(lb[i]) : "(end)"
    if x != y { return "line \(i + 1):\n  - \(x.prefix(200))\n  + \(y.prefix(200))" }
  }
  return "differs"
}

/// A small deterministic random generator (SplitMix64) so shuffles are reproducible.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
