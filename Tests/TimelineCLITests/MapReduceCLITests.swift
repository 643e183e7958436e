import Foundation
import Testing

/// End-to-end tests of the scale commands: `generate`, `bench`, and the map/reduce trio.
@Suite struct ScaleCLITests {
  static func temporaryDirectory() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("timeline-scale-\(UUID().uuidString)").path
  }

  @Test func generateIsDeterministicAndWritesCorpusJSONLinesAndTruth() throws {
    let a = Self.temporaryDirectory()
    let b = Self.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: a)
      try? FileManager.default.removeItem(atPath: b)
    }
    let r1 = try runTimeline(["generate", "--docs", "30", "--seed", "4", "--out", a])
    let r2 = try runTimeline(["generate", "--docs", "30", "--seed", "4", "--out", b])
    #expect(r1.status == 0)
    #expect(r2.status == 0)
    #expect(r1.stderr.contains("generated 30 documents"))
    for file in ["docs.jsonl", "truth.json", "docs/manifest.json", "docs/doc-000030.txt"] {
      let x = FileManager.default.contents(atPath: a + "/" + file)
      #expect(x != nil, "missing \(file)")
      #expect(x == FileManager.default.contents(atPath: b + "/" + file), "\(file) differs between runs")
    }
  }

  @Test func generateRejectsBadOptions() throws {
    let r = try runTimeline(["generate", "--docs", "ten", "--out", "/tmp/x"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("--docs"))
    let missing = try runTimeline(["generate", "--docs", "10"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("--out"))
  }

  @Test func benchPrintsJSONWithEveryStage() throws {
    let r = try runTimeline(["bench", "--docs", "20,40", "--json"])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let results = try #require(json["results"] as? [[String: Any]])
    #expect(results.count == 2)
    let stages = (results.first?["stages"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
    #expect(stages == ["ingest", "segment", "temporal", "extraction", "resolution", "reconcile", "render"])
    #expect((json["growth"] as? [Any])?.count == 1)
    // Runs this short are repeated: three end-to-end runs, the median reported. They are
    // fresh `timeline reconcile` processes, with their own CPU time and peak memory, and they
    // wrote the very timeline the stages made.
    for result in results {
      let runs = try #require(result["endToEndRuns"] as? [Double])
      let median = try #require((result["endToEnd"] as? [String: Any])?["wallSeconds"] as? Double)
      #expect(runs.count == 3)
      #expect(median == runs.sorted()[1])
      #expect(result["endToEndProcess"] as? Bool == true)
      #expect(result["endToEndMatchesStages"] as? Bool == true)
      #expect((result["endToEndPeakMemoryMB"] as? Double ?? 0) > 1)
      #expect(((result["endToEnd"] as? [String: Any])?["cpuSeconds"] as? Double ?? 0) > 0)
    }
    // In the bench process when asked: no process peak, nothing to compare.
    let inside = try runTimeline(["bench", "--docs", "20", "--repeat", "1", "--in-process", "--json"])
    #expect(inside.status == 0, "\(inside.stderr)")
    let insideJSON = try #require(JSONSerialization.jsonObject(with: Data(inside.stdout.utf8)) as? [String: Any])
    let only = try #require((insideJSON["results"] as? [[String: Any]])?.first)
    #expect(only["endToEndProcess"] as? Bool == false)
    #expect(only["endToEndPeakMemoryMB"] == nil)
    #expect(only["endToEnd"] != nil)
    // The fresh mode scores the staged timeline before its runs (then frees it), the other mode
    // its last run's: the same corpus, the same score and counts.
    let first = try #require(results.first)
    #expect((only["events"] as? Int ?? -1) > 0)
    #expect(only["events"] as? Int == first["events"] as? Int)
    #expect(only["conflicts"] as? Int == first["conflicts"] as? Int)
    let scores = (only["accuracy"] as? NSDictionary, first["accuracy"] as? NSDictionary)
    #expect(scores.0 != nil && scores.0 == scores.1)
    let table = try runTimeline(["bench", "--docs", "20", "--repeat", "1"])
    #expect(table.stdout.contains("is byte for byte the stages' timeline"), "\(table.stdout)")
    #expect(table.stdout.contains("peak memory < 8 GiB (end to end)"))
  }

  @Test func benchRepeatsEveryRunAsAskedAndReportsCPUGrowth() throws {
    let r = try runTimeline(["bench", "--docs", "20,40", "--repeat", "5", "--json"])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    for result in try #require(json["results"] as? [[String: Any]]) {
      let runs = try #require(result["endToEndRuns"] as? [Double])
      let median = try #require((result["endToEnd"] as? [String: Any])?["wallSeconds"] as? Double)
      #expect(runs.count == 5)
      #expect(median == runs.sorted()[2])
    }
    let growth = try #require((json["growth"] as? [[String: Any]])?.first)
    #expect((growth["cpuFactor"] as? Double ?? 0) > 0)
    let zero = try runTimeline(["bench", "--docs", "20", "--repeat", "0"])
    #expect(zero.status == 2)
    #expect(zero.stderr.contains("--repeat"))
  }
}
