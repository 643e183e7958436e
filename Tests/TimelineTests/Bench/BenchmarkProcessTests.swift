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

  /// Fresh-process runs go in rounds, one run of every size per round, once every size is
  /// prepared; each size's median, its check against the staged timeline and its folder's
  /// removal as before.
  @Test func freshRunsGoInRoundsOfEverySize() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var bench = Benchmark(sizes: [40, 20], seed: 3, workDirectory: dir)
    // Stands in for `timeline reconcile --quiet DOCS -o FILE`: copies the staged timeline to FILE.
    bench.command = ["/bin/sh", "-c", #"cp "$(dirname "$4")/timeline.json" "$4""#]
    var lines: [String] = []
    let report = try bench.run { lines.append($0) }
    let runs = lines.filter { $0.contains("end to end") }
    #expect(
      runs == [
        "20 documents: end to end", "40 documents: end to end", "20 documents: end to end (run 2 of 3)",
        "40 documents: end to end (run 2 of 3)", "20 documents: end to end (run 3 of 3)",
        "40 documents: end to end (run 3 of 3)",
      ])
    #expect((lines.firstIndex(of: "40 documents: render") ?? .max) < (lines.firstIndex(of: runs[0]) ?? 0))
    #expect(report.results.map(\.documents) == [20, 40])
    for r in report.results {
      #expect(r.endToEndRuns.count == 3 && r.endToEndMatchesStages == true && r.endToEndProcess)
      #expect(r.endToEnd?.wallSeconds == r.endToEndRuns.sorted()[1])
    }
    // The bench process's peak as each size was prepared, not at the end.
    #expect(report.results[0].peakMemoryMB <= report.results[1].peakMemoryMB)
    #expect(report.growth.map(\.sizeFactor) == [2])
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)

    bench.repeats = 2
    lines = []
    _ = try bench.run { lines.append($0) }
    #expect(
      lines.filter { $0.contains("end to end") } == [
        "20 documents: end to end (run 1 of 2)", "40 documents: end to end (run 1 of 2)",
        "20 documents: end to end (run 2 of 2)", "40 documents: end to end (run 2 of 2)",
      ])
  }
}
