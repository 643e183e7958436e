import Foundation

/// The release-build benchmark: generates a corpus per size, times every stage on all
/// cores, measures peak memory and scores accuracy against the generated truth.
///
/// Stages are timed one after another over the whole corpus: ingest, segment, temporal,
/// extraction (with DCT inference), resolution (corpus DCT propagation, blocking, every
/// block's edges), reconcile (merge, canonical events, conflicts), render. Then the whole
/// path is timed again end to end, as fresh `timeline reconcile` processes when
/// ``command`` is set, else `Pipeline.run` + JSON rendering in this process (the median of
/// three runs when one is shorter than ``repeatBelow``): that second number is the one to
/// quote; the stage split shows where the time goes. "Per core" rates divide by the CPU time the stage used
/// (user + system), not by wall time.
public struct Benchmark: Sendable {
  public var sizes: [Int]
  public var seed: UInt64
  /// Where corpora are written (a fresh temporary folder per size, removed afterwards).
  public var workDirectory: String
  public var endToEnd = true
  /// End-to-end runs shorter than this (seconds) are repeated: the median of three is reported.
  public var repeatBelow = 10.0
  /// End-to-end runs at every size (the median reported); nil: three when the first is
  /// shorter than ``repeatBelow``, else one. Growth between sizes is a ratio of two noisy
  /// numbers: on the 2-core VM single 100k runs of one binary spread over 15–25%.
  public var repeats: Int? = nil
  /// Distinct events per corpus (nil: the generator's default of one per 25 documents).
  public var events: Int? = nil
  /// The `timeline` executable (and any leading arguments): each end-to-end run is then
  /// `reconcile --quiet DOCS -o FILE` in a fresh process, as a user runs it, with its own CPU
  /// time and peak memory. Nil: the runs are `Pipeline.run` in this process, whose heap the
  /// earlier stages and sizes have already grown (a small corpus then pays no page faults a
  /// fresh process pays) and whose peak memory includes the stages' results.
  public var command: [String]? = nil

  public init(sizes: [Int], seed: UInt64 = 1, workDirectory: String = NSTemporaryDirectory()) {
    self.sizes = sizes
    self.seed = seed
    self.workDirectory = workDirectory
  }

  public struct Stage: Codable, Hashable, Sendable {
    public var name: String
    public var wallSeconds: Double
    public var cpuSeconds: Double
    public var mbPerSecond: Double
    public var mbPerSecondPerCore: Double
    public var docsPerSecond: Double
  }

  public struct Result: Codable, Hashable, Sendable {
    public var documents: Int
    public var bytes: Int
    public var cores: Int
    public var stages: [Stage]
    /// `Pipeline.run` + JSON encoding, timed as one: the median run by wall time.
    public var endToEnd: Stage?
    /// Wall seconds of every end-to-end run, in run order (three when one takes less than
    /// ``Benchmark/repeatBelow``).
    public var endToEndRuns: [Double]
    /// Peak resident memory of the bench process so far (sizes are prepared in ascending
    /// order; in-process runs count up to their end).
    public var peakMemoryMB: Double
    public var events: Int
    public var conflicts: Int
    public var accuracy: AccuracyScorer.Score?
    /// The end-to-end runs were fresh `timeline reconcile` processes (``Benchmark/command``).
    public var endToEndProcess: Bool = false
    /// Peak resident memory of the largest end-to-end process (fresh processes only).
    public var endToEndPeakMemoryMB: Double? = nil
    /// Whether the end-to-end processes wrote byte for byte the timeline the stages made
    /// (fresh processes only; the accuracy is scored on the stages' timeline).
    public var endToEndMatchesStages: Bool? = nil
  }

  public struct Report: Codable, Hashable, Sendable {
    public var machine: String
    public var cores: Int
    public var results: [Result]
    /// End-to-end (else summed stage) wall time ratio between consecutive sizes.
    public var growth: [Growth]
  }

  public struct Growth: Codable, Hashable, Sendable {
    public var from: Int
    public var to: Int
    public var sizeFactor: Double
    public var timeFactor: Double
    /// The same ratio on CPU seconds (user + system) of the reported runs: less sensitive to
    /// what else the machine runs, blind to lost parallelism.
    public var cpuFactor: Double
  }

  /// The end-to-end runs are fresh processes (``command``), not in-process runs.
  var freshProcesses: Bool { endToEnd && command != nil }

  /// Runs every size in ascending order; `progress` gets one line per step.
  ///
  /// With fresh processes (``command``) every size's corpus is generated and its stages timed
  /// first; then the end-to-end runs go in rounds, each round one run of every size still
  /// short of its runs, smallest first. The growth between sizes is the ratio of two medians,
  /// and this machine's speed drifts over minutes (one binary's 10k median read 2.66 s and
  /// 3.03 s in two benches ten minutes apart): runs of both sizes side by side share the drift
  /// instead of one size running in a fast spell and the other in a slow one.
  public func run(progress: (String) -> Void = { _ in }) throws -> Report {
    let results: [Result]
    if freshProcesses {
      results = try runInRounds(sizes.sorted(), progress: progress)
    } else {
      results = try sizes.sorted().map { try runOnce(documents: $0, progress: progress) }
    }
    var growth: [Growth] = []
    for (a, b) in zip(results, results.dropFirst()) where a.documents > 0 {
      let ta = a.endToEnd?.wallSeconds ?? a.stages.reduce(0) { $0 + $1.wallSeconds }
      let tb = b.endToEnd?.wallSeconds ?? b.stages.reduce(0) { $0 + $1.wallSeconds }
      let ca = a.endToEnd?.cpuSeconds ?? a.stages.reduce(0) { $0 + $1.cpuSeconds }
      let cb = b.endToEnd?.cpuSeconds ?? b.stages.reduce(0) { $0 + $1.cpuSeconds }
      growth.append(
        Growth(
          from: a.documents, to: b.documents, sizeFactor: Double(b.documents) / Double(a.documents),
          timeFactor: ta > 0 ? tb / ta : 0, cpuFactor: ca > 0 ? cb / ca : 0))
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let machine =
      "\(cores) cores, \(Int(Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824)) GiB, \(ProcessInfo.processInfo.operatingSystemVersionString)"
    return Report(machine: machine, cores: cores, results: results, growth: growth)
  }

  /// One size on its own: its corpus, stages and end-to-end runs, then its folder removed.
  public func runOnce(documents n: Int, progress: (String) -> Void) throws -> Result {
    try runInRounds([n], progress: progress)[0]
  }

  /// One size's corpus on disk with its stage rows and its score (or what to score), waiting
  /// for its end-to-end runs.
  struct Prepared {
    var documents: Int
    var dir: String
    var bytes: Int
    var stages: [Stage]
    var report: TimelineReport?
    var scoring: Scoring
    /// This process's peak memory (MB) when the size was prepared.
    var peakMB: Double
    /// The end-to-end runs so far, in run order, and the largest process peak (MB).
    var runs: [Stage] = []
    var processPeakMB: Double? = nil

    func path(_ name: String) -> String { (dir as NSString).appendingPathComponent(name) }
  }

  /// `sizes` (ascending) prepared one after another, then their end-to-end runs in rounds
  /// (see ``run(progress:)``); every size's folder is removed at the end.
  ///
  /// In-process runs (no ``command``) hold their size's timeline for scoring, so they are
  /// only run in rounds of one size.
  private func runInRounds(_ sizes: [Int], progress: (String) -> Void) throws -> [Result] {
    var prepared: [Prepared] = []
    defer { for p in prepared { try? FileManager.default.removeItem(atPath: p.dir) } }
    let fresh = freshProcesses
    precondition(fresh || sizes.count == 1, "in-process runs go one size at a time")
    for n in sizes {
      let dir = (workDirectory as NSString).appendingPathComponent(
        "timeline-bench-\(n)-\(ProcessInfo.processInfo.processIdentifier)")
      try? FileManager.default.removeItem(atPath: dir)
      // The stages' results are freed before the end-to-end runs (at 100k they held ~5 GB an
      // in-process run would otherwise run beside). Fresh processes are compared with the
      // staged timeline's file; the staged timeline is scored first (``staged(_:dir:fresh:progress:)``),
      // then it and the corpus are out of scope and the freed heap is given back to the
      // system: on this VM a process that held 2.4 GB beside a 100k run made it take 5-10 CPU
      // seconds more (pages the system had to find).
      let (bytes, stages, staged, scoring) = try self.staged(n, dir: dir, fresh: fresh, progress: progress)
      prepared.append(
        Prepared(
          documents: n, dir: dir, bytes: bytes, stages: stages, report: staged, scoring: scoring,
          peakMB: Benchmark.peakMemoryMB()))
      if fresh { Benchmark.returnFreedMemory() }
    }
    guard endToEnd else { return prepared.map { result($0, progress: progress) } }
    // A run shorter than `repeatBelow` is one sample of a noisy machine (on the 2-core VM one
    // binary's 10k run took 4.5 to 6.7 s): it is run three times and the median reported.
    // `--repeat` fixes the count up front; otherwise each size's first run decides it.
    let fixed = repeats.map { max(1, $0) }
    var totals = [Int?](repeating: fixed, count: prepared.count)
    var round = 1
    while prepared.indices.contains(where: { (totals[$0] ?? 1) >= round }) {
      for i in prepared.indices where (totals[i] ?? 1) >= round {
        let label = totals[i].map { $0 > 1 ? " (run \(round) of \($0))" : "" } ?? ""
        try endToEndRun(&prepared[i], label: label, progress: progress)
        if totals[i] == nil { totals[i] = prepared[i].runs[0].wallSeconds < repeatBelow ? 3 : 1 }
      }
      round += 1
    }
    return prepared.map { result($0, progress: progress) }
  }

  /// One end-to-end run of `p`'s corpus: a fresh process (``command``), else `Pipeline.run`
  /// and JSON rendering in this process (its timeline kept in `p` for scoring).
  private func endToEndRun(_ p: inout Prepared, label: String, progress: (String) -> Void) throws {
    progress("\(p.documents) documents: end to end\(label)")
    let docsDir = p.path("docs")
    if let command {
      let (stage, peak) = try Benchmark.timeProcess(
        command + ["reconcile", "--quiet", docsDir, "-o", p.path("timeline-process.json")], bytes: p.bytes,
        documents: p.documents, log: p.path("process.log"))
      p.runs.append(stage)
      p.processPeakMB = max(p.processPeakMB ?? 0, peak)
      return
    }
    p.report = nil  // the previous run's report freed first
    let output = p.path("timeline.json")
    let (value, stage) = try Benchmark.time("end-to-end", bytes: p.bytes, documents: p.documents) {
      () throws -> TimelineReport in
      let r = try Pipeline().run(paths: [docsDir])
      _ = JSONOutput.write(r, toFile: output)
      return r
    }
    p.runs.append(stage)
    p.report = value
  }

  /// `p`'s result row: the median end-to-end run, the scores, and whether the processes wrote
  /// the staged timeline.
  private func result(_ p: Prepared, progress: (String) -> Void) -> Result {
    let fresh = freshProcesses
    let matches =
      fresh ? FileManager.default.contentsEqual(atPath: p.path("timeline.json"), andPath: p.path("timeline-process.json")) : nil
    let scored: Scored
    switch p.scoring {
    case .done(let score): scored = score
    case .pending(let truth):
      scored = Self.score(p.report ?? TimelineReport(), truth: truth, documents: p.documents, progress: progress)
    }
    return Result(
      documents: p.documents, bytes: p.bytes, cores: ProcessInfo.processInfo.activeProcessorCount, stages: p.stages,
      endToEnd: p.runs.isEmpty ? nil : p.runs.sorted { $0.wallSeconds < $1.wallSeconds }[p.runs.count / 2],
      endToEndRuns: p.runs.map(\.wallSeconds), peakMemoryMB: max(p.peakMB, fresh ? 0 : Benchmark.peakMemoryMB()),
      events: scored.events,
      conflicts: scored.conflicts, accuracy: scored.accuracy, endToEndProcess: fresh,
      endToEndPeakMemoryMB: p.processPeakMB, endToEndMatchesStages: matches)
  }

  /// What scoring a timeline against the truth gives: the accuracy and the counts reported.
  typealias Scored = (accuracy: AccuracyScorer.Score, events: Int, conflicts: Int)

  /// The staged timeline's score, or the truth to score the last in-process run against.
  enum Scoring {
    case done(Scored)
    case pending(GroundTruth)
  }

  /// Generates and writes the corpus of `n` documents under `dir`, times each stage, and with
  /// `fresh` (fresh processes follow) scores the staged timeline at once: the corpus goes out of
  /// scope when this returns, and with `fresh` so does the staged timeline (nil); otherwise it
  /// and the truth are returned for the in-process runs and the scoring after them.
  private func staged(_ n: Int, dir: String, fresh: Bool, progress: (String) -> Void) throws -> (
    bytes: Int, stages: [Stage], report: TimelineReport?, scoring: Scoring
  ) {
    progress("generating \(n) documents")
    let corpus = CorpusGenerator(documents: n, seed: seed, events: events).generate()
    try corpus.write(to: dir, jsonLines: false)
    let (stages, report) = try stageTimes(
      documents: n, bytes: corpus.textBytes, docsDir: (dir as NSString).appendingPathComponent("docs"),
      output: (dir as NSString).appendingPathComponent("timeline.json"), keepReport: !endToEnd || fresh,
      progress: progress)
    guard fresh, let report else { return (corpus.textBytes, stages, report, .pending(corpus.truth)) }
    return (corpus.textBytes, stages, nil, .done(Self.score(report, truth: corpus.truth, documents: n, progress: progress)))
  }

  /// `report` scored against `truth`.
  static func score(_ report: TimelineReport, truth: GroundTruth, documents n: Int, progress: (String) -> Void)
    -> Scored
  {
    progress("\(n) documents: scoring")
    return (AccuracyScorer.score(report, truth: truth), report.events.count, report.conflicts.count)
  }

  /// Runs `command` to completion in a fresh process (standard output and error to `log`),
  /// timed: wall time, the process's own CPU time (`wait4`) and its peak memory (MB).
  /// Throws when it cannot start or exits non-zero.
  static func timeProcess(_ command: [String], bytes: Int, documents: Int, log: String) throws -> (Stage, Double) {
    struct Failed: Error, CustomStringConvertible { var description: String }
    guard let path = command.first else { throw Failed(description: "bench: no command to run") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = command.map { strdup($0) } + [nil]
    defer { for a in argv { free(a) } }
    var pid = pid_t()
    let t0 = DispatchTime.now().uptimeNanoseconds
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard spawned == 0 else {
      throw Failed(description: "bench: cannot run \(path): \(String(cString: strerror(spawned)))")
    }
    // The peak memory is the new program's high-water mark (VmHWM), read while it runs (the
    // mark only rises, so the last reading before exit is the peak): `wait4`'s maxrss starts
    // from the spawning process's own peak on Linux, the bench's gigabytes.
    var status: Int32 = 0
    var usage = rusage()
    var highWaterKB = 0
    while true {
      let r = wait4(pid, &status, WNOHANG, &usage)
      if r == pid { break }
      if r < 0 && errno != EINTR {
        throw Failed(description: "bench: lost \(path): \(String(cString: strerror(errno)))")
      }
      highWaterKB = max(highWaterKB, Self.highWaterKB(pid) ?? 0)
      usleep(10_000)
    }
    let wall = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
    // Exited normally with status 0: the low 7 bits (the signal) and the status byte are zero.
    guard status == 0 else {
      let tail = (try? String(contentsOfFile: log, encoding: .utf8)).map { String($0.suffix(2000)) } ?? ""
      throw Failed(description: "bench: \(command.joined(separator: " ")) failed (wait status \(status)):\n\(tail)")
    }
    let stage = Stage("end-to-end", wall: wall, cpu: cpuSeconds(usage), bytes: bytes, documents: documents)
    #if os(Linux)
      return (stage, Double(highWaterKB) / 1024)
    #else
      return (stage, megabytes(maxrss: usage.ru_maxrss))
    #endif
  }

  /// Gives the heap's free pages back to the system (glibc's `malloc_trim`, looked up at run
  /// time: it is not in the `Glibc` module); does nothing where there is none.
  static func returnFreedMemory() {
    #if os(Linux)
      typealias Trim = @convention(c) (Int) -> Int32
      guard let symbol = dlsym(nil, "malloc_trim") else { return }
      _ = unsafeBitCast(symbol, to: Trim.self)(0)
    #endif
  }

  /// The high-water resident memory (KiB) of the running process `pid` (`VmHWM` in
  /// `/proc/PID/status`); nil where there is no such file.
  static func highWaterKB(_ pid: pid_t) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return nil }
    return Int(line.dropFirst(6).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
  }

  /// Times each stage on its own, the next stage taking the previous one's results; returns
  /// the stage rows and (`keepReport`) the staged timeline.
  func stageTimes(
    documents n: Int, bytes: Int, docsDir: String, output: String, keepReport: Bool, progress: (String) -> Void
  ) throws -> ([Stage], TimelineReport?) {
    var stages: [Stage] = []
    func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
      progress("\(n) documents: \(name)")
      let (value, stage) = try Benchmark.time(name, bytes: bytes, documents: n, body)
      stages.append(stage)
      return value
    }

    let pipeline = Pipeline()
    let ingested = try measure("ingest") { try pipeline.ingestor.ingest(paths: [docsDir]) }
    let segmented = measure("segment") {
      parallelMap(ingested.documents) { doc -> Document in
        var d = doc
        pipeline.segmenter.segment(&d)
        return d
      }
    }
    let tagged = measure("temporal") {
      parallelMap(segmented) { doc in
        pipeline.tagger.tag(doc, dct: doc.published.flatMap { Day(iso: String($0.value.prefix(10))) })
      }
    }
    let extractions = measure("extraction") {
      parallelMap(Array(zip(segmented, tagged))) { pipeline.extract($0.0, expressions: $0.1) }
    }
    // Resolution and reconcile are the two halves of `Pipeline.reconcile`, the product's path.
    let resolved = measure("resolution") {
      MapReduce.resolve(
        extractions, diagnostics: ingested.diagnostics, resolver: pipeline.resolver, tagger: pipeline.tagger,
        dctInferrer: pipeline.dctInferrer)
    }
    let staged = measure("reconcile") {
      MapReduce.finish(
        documents: resolved.documents, edges: resolved.edges, byID: resolved.byID, diagnostics: resolved.diagnostics,
        resolver: pipeline.resolver, reconciler: pipeline.reconciler, tagger: pipeline.tagger)
    }
    // Rendering is timed as `reconcile -o` does it: the JSON streamed into a file.
    measure("render") { _ = JSONOutput.write(staged, toFile: output) }
    return (stages, keepReport ? staged : nil)
  }

  /// Times `body` (wall and CPU) and converts to rates. What the run lets go of is held and
  /// freed after the clock stops (``Releases/holding(_:)``): the `timeline` CLI never frees it
  /// (it exits), so freeing it on a background thread would time work the product never does.
  static func time<T>(_ name: String, bytes: Int, documents: Int, _ body: () throws -> T) rethrows -> (T, Stage) {
    let cpu0 = cpuSeconds()
    let t0 = DispatchTime.now().uptimeNanoseconds
    let (value, held) = try Releases.holding(body)
    let wall = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
    let cpu = cpuSeconds() - cpu0
    withExtendedLifetime(held) {}  // freed here, after the clock
    return (value, Stage(name, wall: wall, cpu: cpu, bytes: bytes, documents: documents))
  }

  #if os(Linux)
    static let rusageSelf = __rusage_who_t(RUSAGE_SELF.rawValue)
  #else
    static let rusageSelf = RUSAGE_SELF
  #endif

  /// User + system CPU seconds of this process (all threads).
  static func cpuSeconds() -> Double {
    var usage = rusage()
    guard getrusage(Benchmark.rusageSelf, &usage) == 0 else { return 0 }
    return cpuSeconds(usage)
  }

  /// User + system CPU seconds of a resource usage.
  static func cpuSeconds(_ usage: rusage) -> Double {
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// Peak resident set size of this process in MB (`getrusage` maxrss; KiB on Linux).
  public static func peakMemoryMB() -> Double {
    var usage = rusage()
    guard getrusage(Benchmark.rusageSelf, &usage) == 0 else { return 0 }
    return megabytes(maxrss: usage.ru_maxrss)
  }

  /// A `getrusage` maxrss in MB (KiB on Linux, bytes elsewhere).
  static func megabytes(maxrss: Int) -> Double {
    #if os(Linux)
      Double(maxrss) / 1024
    #else
      Double(maxrss) / 1_048_576
    #endif
  }
}

extension Benchmark.Report {
  /// A plain-text table of the report.
  public var table: String {
    func f(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
    func col(_ s: String, _ w: Int) -> String { s.count >= w ? s : String(repeating: " ", count: w - s.count) + s }
    var lines = ["machine: \(machine)"]
    for r in results {
      lines.append("")
      let peak =
        r.endToEndPeakMemoryMB.map { "peak RSS \(f($0, 0)) MB end to end (bench process \(f(r.peakMemoryMB, 0)) MB)" }
        ?? "peak RSS \(f(r.peakMemoryMB, 0)) MB"
      lines.append(
        "\(r.documents) documents, \(f(Double(r.bytes) / 1_000_000)) MB, \(peak), \(r.events) events, \(r.conflicts) conflicts"
      )
      lines.append(
        "stage".padding(toLength: 12, withPad: " ", startingAt: 0) + col("wall s", 9) + col("cpu s", 9) + col("MB/s", 9)
          + col("MB/s/core", 11) + col("docs/s", 11))
      for s in r.stages + (r.endToEnd.map { [$0] } ?? []) {
        lines.append(
          s.name.padding(toLength: 12, withPad: " ", startingAt: 0) + col(f(s.wallSeconds, 3), 9)
            + col(f(s.cpuSeconds, 3), 9)
            + col(f(s.mbPerSecond), 9) + col(f(s.mbPerSecondPerCore), 11) + col(f(s.docsPerSecond, 0), 11))
      }
      if r.endToEndRuns.count > 1 {
        lines.append(
          "end-to-end runs: " + r.endToEndRuns.map { f($0, 3) }.joined(separator: ", ") + " s wall (median shown)")
      }
      if let same = r.endToEndMatchesStages {
        lines.append(
          "end to end: fresh `timeline reconcile` processes; their timeline "
            + (same ? "is byte for byte the stages' timeline" : "DIFFERS from the stages' timeline"))
      } else if r.endToEnd != nil {
        lines.append("end to end: in the bench process (`--in-process`)")
      }
      if let a = r.accuracy {
        lines.append(
          "accuracy: mention merge P \(f(a.mentions.precision, 3)) R \(f(a.mentions.recall, 3)) (coverage \(f(a.mentions.coverage, 3))); document P \(f(a.documents.precision, 3)) R \(f(a.documents.recall, 3)) (coverage \(f(a.documents.coverage, 3)))"
        )
        lines.append(
          "          conflicts found \(a.conflicts.found)/\(a.conflicts.planted) (recall \(f(a.conflicts.recall, 3)), kind right \(a.conflicts.kindMatched)); undated docs \(a.undatedDocuments): inferred day exact \(a.inferredExact), window \(a.inferredWindow)"
        )
      }
    }
    if !growth.isEmpty { lines.append("") }
    lines += targetLines.map { "target: " + $0 }
    for g in growth {
      lines.append(
        "growth \(g.from) → \(g.to) documents (x\(f(g.sizeFactor, 0))): time x\(f(g.timeFactor, 2)), CPU x\(f(g.cpuFactor, 2))"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension Benchmark.Report {
  /// The issue's targets, each with the measured value and PASS/MISS.
  public var targetLines: [String] {
    func f(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
    func verdict(_ ok: Bool) -> String { ok ? "PASS" : "MISS" }
    var out: [String] = []
    guard let largest = results.max(by: { $0.documents < $1.documents }) else { return out }
    if let t = largest.stages.first(where: { $0.name == "temporal" }) {
      out.append("temporal ≥ 20 MB/s per core: \(f(t.mbPerSecondPerCore)) \(verdict(t.mbPerSecondPerCore >= 20))")
    }
    if let e = largest.endToEnd {
      out.append("pipeline ≥ 5 MB/s per core: \(f(e.mbPerSecondPerCore)) \(verdict(e.mbPerSecondPerCore >= 5))")
      if largest.documents >= 100_000 {
        out.append("100k documents < 120 s: \(f(e.wallSeconds)) s \(verdict(e.wallSeconds < 120))")
      }
    }
    if let peak = largest.endToEndPeakMemoryMB {
      out.append("peak memory < 8 GiB (end to end): \(f(peak, 0)) MB \(verdict(peak < 8192))")
    } else {
      out.append("peak memory < 8 GiB: \(f(largest.peakMemoryMB, 0)) MB \(verdict(largest.peakMemoryMB < 8192))")
    }
    for g in growth where g.sizeFactor >= 9.9 && g.sizeFactor <= 10.1 {
      out.append(
        "growth x10 documents ≤ x11 time (\(g.from)→\(g.to)): x\(f(g.timeFactor, 2)) \(verdict(g.timeFactor <= 11))")
    }
    for r in results {
      guard let a = r.accuracy else { continue }
      let ok = a.mentions.precision >= 0.95 && a.mentions.recall >= 0.95
      out.append(
        "merge P/R ≥ 0.95 at \(r.documents): P \(f(a.mentions.precision, 3)) R \(f(a.mentions.recall, 3)) \(verdict(ok))"
      )
    }
    return out
  }
}

extension Benchmark.Stage {
  /// The rates of `bytes` of text and `documents` done in `wall` and `cpu` seconds.
  init(_ name: String, wall: Double, cpu: Double, bytes: Int, documents: Int) {
    let mb = Double(bytes) / 1_000_000
    self.init(
      name: name, wallSeconds: wall, cpuSeconds: cpu, mbPerSecond: wall > 0 ? mb / wall : 0,
      mbPerSecondPerCore: cpu > 0 ? mb / cpu : 0, docsPerSecond: wall > 0 ? Double(documents) / wall : 0)
  }
}
