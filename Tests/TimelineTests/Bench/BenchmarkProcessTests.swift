import Foundation
import Testing

@testable import Timeline

/// The benchmark's fresh-process runs: timed from `wait4`, their output logged, a failure
/// reported with the log's tail.
@Suite struct BenchmarkProcessTests {
  @Test func aFreshProcessIsTimedAndItsFailureReported() throws {
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString).log").path
    defer { try? FileManager.default.removeItem(atPath: log) }
    // Busy for a while: CPU time of its own, and what it prints goes to the log.
    let (stage, peak) = try Benchmark.timeProcess(
      ["/bin/sh", "-c", "sleep 0.1; i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; echo done"], bytes: 2_000_000,
      documents: 10, log: log)
    #expect(stage.name == "end-to-end")
    #expect(stage.wallSeconds > 0)
    #expect(stage.cpuSeconds > 0)
    #expect(stage.cpuSeconds <= stage.wallSeconds * Double(ProcessInfo.processInfo.activeProcessorCount) + 0.05)
    #expect(abs(stage.mbPerSecond - 2 / stage.wallSeconds) < 1e-9)
    #expect(peak > 0.1 && peak < 100)  // the shell's own peak, not the test process's
    #expect(try String(contentsOfFile: log, encoding: .utf8) == "done\n")
    // A non-zero exit is an error that shows what the process printed.
    #expect {
      _ = try Benchmark.timeProcess(
        ["/bin/sh", "-c", "echo broken input >&2; exit 3"], bytes: 1, documents: 1, log: log)
    } throws: { "\($0)".contains("broken input") }
    // A command that cannot start.
    #expect(throws: (any Error).self) {
      _ = try Benchmark.timeProcess(["/nonexistent/timeline"], bytes: 1, documents: 1, log: log)
    }
  }
}
