import Foundation
import Testing

@Suite struct ReconcileCLITests {
  let seeds = repositoryRoot.appendingPathComponent("fixtures/seeds/docs").path

  func json(_ s: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
  }

  @Test func reconcilePrintsTheContractAndIsDeterministic() throws {
    let a = try runTimeline(["reconcile", seeds, "--quiet"])
    let b = try runTimeline(["reconcile", seeds, "--quiet"])
    #expect(a.status == 0)
    #expect(a.stdout == b.stdout)
    let o = try json(a.stdout)
    #expect(o["schema"] as? String == "timeline/1")
    let docs = try #require(o["documents"] as? [[String: Any]])
    #expect(docs.count == 5)
    #expect(o["events"] is [Any] && o["conflicts"] is [Any])
  }

  @Test func auditExitStatusFollowsFailOn() throws {
    let j = try runTimeline(["audit", seeds, "--format", "json", "--quiet"])
    #expect(j.status == 0)
    let conflicts = try #require(try json(j.stdout)["conflicts"] as? [[String: Any]])
    let any = try runTimeline(["audit", seeds, "--fail-on", "any", "--quiet"])
    #expect(any.status == (conflicts.isEmpty ? 0 : 1))
    let contradictions = conflicts.contains { $0["kind"] as? String == "contradiction" }
    let c = try runTimeline(["audit", seeds, "--fail-on", "contradiction", "--quiet"])
    #expect(c.status == (contradictions ? 1 : 0))
    let high = try runTimeline(["audit", seeds, "--format", "json", "--min-severity", "high", "--quiet"])
    let highConflicts = try #require(try json(high.stdout)["conflicts"] as? [[String: Any]])
    #expect(highConflicts.allSatisfy { $0["severity"] as? String == "high" })
  }

  @Test func auditRejectsBadOptions() throws {
    let r = try runTimeline(["audit", seeds, "--min-severity", "urgent"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("--min-severity"))
    #expect(try runTimeline(["audit", "/no/such/dir"]).status == 3)
  }

  @Test func explainFindsDocumentsAndRejectsUnknownIDs() throws {
    let doc = try runTimeline(["explain", seeds, "002_9137bc9966d27406", "--quiet"])
    #expect(doc.status == 0)
    #expect(doc.stdout.contains("002_9137bc9966d27406"))
    #expect(doc.stdout.contains("main event"))
    let bad = try runTimeline(["explain", seeds, "ev-nothing", "--quiet"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("ev-nothing"))
  }

  @Test func explainShowsEventEvidence() throws {
    let r = try runTimeline(["reconcile", seeds, "--quiet"])
    let events = try #require(try json(r.stdout)["events"] as? [[String: Any]])
    guard let id = events.first?["id"] as? String else { return }  // nothing extracted yet
    let e = try runTimeline(["explain", seeds, id, "--quiet"])
    #expect(e.status == 0)
    #expect(e.stdout.hasPrefix(id))
    #expect(e.stdout.contains("mention(s)"))
  }
}
