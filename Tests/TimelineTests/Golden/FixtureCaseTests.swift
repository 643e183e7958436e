import Foundation
import Testing

@testable import Timeline

/// Every fixture case under `fixtures/`, one test per case, compared with its golden files.
///
/// `TIMELINE_UPDATE_FIXTURES=1 swift test --filter FixtureCaseTests` rewrites the goldens
/// and fails on purpose, so a re-bless never passes silently: review `git diff fixtures`,
/// then run the tests again.
@Suite struct FixtureCaseTests {
  @Test("fixture case", arguments: try FixturePaths.caseNames())
  func fixtureCase(_ name: String) throws {
    let fixture = try FixturePaths.fixtureCase(name)
    let result = FixtureRunner().run(fixture, update: FixturePaths.updating)
    if FixturePaths.updating {
      Issue.record(
        "re-blessed \(name) (TIMELINE_UPDATE_FIXTURES is set); review `git diff fixtures` and run again:\n\(result.report())"
      )
      return
    }
    #expect(result.passed, "\(result.report())")
  }

  @Test func everyCaseDocumentsItsExpectations() throws {
    for name in try FixturePaths.caseNames() {
      let readme = try FixturePaths.fixtureCase(name).directory + "/README.md"
      #expect(
        FileManager.default.fileExists(atPath: readme), "fixtures/\(name) has no README.md listing its expectations")
    }
  }
}
