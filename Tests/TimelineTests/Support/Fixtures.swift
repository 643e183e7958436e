import Foundation

@testable import Timeline

/// Where the fixture cases live, found from this file's path (never `Bundle.module`).
enum FixturePaths {
  /// The repository root: three levels above `Tests/TimelineTests/Support/Fixtures.swift`.
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var fixtures: String { repositoryRoot.appendingPathComponent("fixtures").path }

  /// Every case under `fixtures/`, by name (evaluated lazily by `@Test(arguments:)`).
  static func caseNames() throws -> [String] {
    try FixtureRunner.discover([fixtures]).map(\.name)
  }

  static func fixtureCase(_ name: String) throws -> FixtureCase {
    guard let c = try FixtureRunner.discover([fixtures]).first(where: { $0.name == name }) else {
      throw TimelineError.pathNotFound("fixtures/\(name)")
    }
    return c
  }

  /// `TIMELINE_UPDATE_FIXTURES=1 swift test` re-blesses goldens (and fails the run).
  static var updating: Bool {
    ["1", "true", "yes"].contains(ProcessInfo.processInfo.environment["TIMELINE_UPDATE_FIXTURES"]?.lowercased() ?? "")
  }

  /// A fresh temporary folder.
  static func temporaryDirectory(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// Writes `files` (name → text) to a fresh folder and runs `body` on its path.
func withCorpus<T>(_ files: [String: String], _ body: (String) throws -> T) throws -> T {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
  defer { try? FileManager.default.removeItem(at: dir) }
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
  return try body(dir.path)
}
