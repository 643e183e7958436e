import Foundation
import Testing

@testable import CLI
import Timeline

/// Runs the built `timeline` binary and captures stdout, stderr and the exit status.
func runTimeline(_ args: [String], stdin: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
  let testBundle = Bundle.main.bundleURL
  var dir = testBundle
  var binary = dir.appendingPathComponent("timeline")
  while !FileManager.default.fileExists(atPath: binary.path), dir.pathComponents.count > 1 {
    dir = dir.deletingLastPathComponent()
    binary = dir.appendingPathComponent("timeline")
  }
  let process = Process()
  process.executableURL = binary
  process.arguments = args
  let out = Pipe()
  let err = Pipe()
  let input = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = input
  try process.run()
  if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
  try input.fileHandleForWriting.close()
  let o = out.fileHandleForReading.readDataToEndOfFile()
  let e = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

@Suite struct CLIBasicsTests {
  @Test func resultsAreKeptUntilExitOnlyInARealProcess() {
    final class Probe {}
    weak var freed: Probe?
    do {
      let probe = Probe()
      freed = probe
      Releases.keepIfExiting(probe)
    }
    #expect(freed == nil)  // in process (tests): freed as usual
    Releases.keepUntilExit = true
    defer { Releases.keepUntilExit = false }
    weak var kept: Probe?
    do {
      let probe = Probe()
      kept = probe
      Releases.keepIfExiting(probe)
    }
    #expect(kept != nil)  // a real process: never freed before exit
  }

  @Test func helpGoesToStdoutWithStatusZero() throws {
    let r = try runTimeline(["--help"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("USAGE: timeline <subcommand>"))
    #expect(r.stdout.contains("reconcile"))
    #expect(r.stderr.isEmpty)
  }

  @Test func versionPrints() throws {
    let r = try runTimeline(["--version"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("timeline "))
  }

  @Test func unknownSubcommandIsUsageErrorWithHint() throws {
    let r = try runTimeline(["reconcil"])
    #expect(r.status == 2)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("unknown subcommand 'reconcil'"))
    #expect(r.stderr.contains("Did you mean 'reconcile'?"))
  }

  @Test func unknownOptionNamesTheOption() throws {
    let r = try runTimeline(["reconcile", "--fromat", "json", "fixtures/seeds/docs"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("unknown option '--fromat'"))
    #expect(r.stderr.contains("Did you mean '--format'?"))
  }

  @Test func missingPathExitsThree() throws {
    let r = try runTimeline(["reconcile", "/nonexistent/corpus/path"])
    #expect(r.status == 3)
    #expect(r.stderr.contains("/nonexistent/corpus/path"))
  }
}
