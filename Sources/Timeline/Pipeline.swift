import Foundation

/// The whole engine, stage by stage, in the order DESIGN.md gives.
///
/// Per-document stages (Segment → Temporal → DCT → Entities/Events) run in parallel over
/// the documents (the map side); Resolve and Reconcile see the whole corpus (the reduce side).
/// Output does not depend on the number of threads or the order of the files.
public struct Pipeline: Sendable {
  public var ingestor = Ingestor()
  public var segmenter = Segmenter()
  public var tagger = TemporalTagger()
  public var dctInferrer = DCTInferrer()
  public var extractor = EventExtractor()
  public var resolver = EventResolver()
  public var reconciler = Reconciler()

  public init() {}

  /// Reads `paths` and returns the reconciled timeline.
  ///
  /// - Throws: ``TimelineError`` when a path is missing or a manifest is unreadable.
  public func run(paths: [String]) throws -> TimelineReport {
    var corpus = try ingestor.ingest(paths: paths)  // Ingest
    let documents = corpus.documents
    corpus.documents = []  // `documents` is now their only owner, and `analyze` frees each one
    let extractions = analyze(consuming: consume documents)  // Segment, Temporal, DCT, Entities, Events
    let report = reconcile(extractions, diagnostics: corpus.diagnostics)  // Resolve, Reconcile
    releaseInBackground(extractions)
    return report
  }

  /// ``analyze(_:)`` freeing each document (its text, blocks and sentences) as soon as it is
  /// analysed, not after the whole corpus: the resolution and the merge never read them, and
  /// the extractions reuse their memory (at 100,000 documents, about half a gigabyte that
  /// was held to the end of the run).
  public func analyze(consuming documents: consuming [Document]) -> [DocumentExtraction] {
    parallelMap(consuming: consume documents) { analyze($0) }
  }

  /// The reduce side on analysed documents: blocking, block resolution, merge with
  /// cannot-links and corpus DCT propagation, canonical events and conflicts. The same
  /// functions `timeline map | sort | timeline reduce | timeline merge` calls.
  public func reconcile(_ extractions: [DocumentExtraction], diagnostics: [Diagnostic]) -> TimelineReport {
    MapReduce.run(
      extractions, diagnostics: diagnostics, resolver: resolver, reconciler: reconciler, tagger: tagger,
      dctInferrer: dctInferrer)
  }

  /// The map side: every per-document stage, in parallel, results in input order.
  public func analyze(_ documents: [Document]) -> [DocumentExtraction] {
    parallelMap(documents) { analyze($0) }
  }

  /// The per-document stages for one document, segmented in place (a document given up by
  /// its caller, as ``analyze(consuming:)`` gives each, is not copied: a copy retained each of
  /// its fields).
  public func analyze(_ document: consuming Document) -> DocumentExtraction {
    segmenter.segment(&document)  // Segment
    let dct = document.published.flatMap { Day(iso: String($0.value.prefix(10))) }
    let expressions = tagger.tag(document, dct: dct)  // Temporal
    return extract(document, expressions: expressions)  // the rest
  }

  /// The stages after Temporal for one segmented document: DCT from the text when the document
  /// states none (the corpus pass runs in the merge), re-anchoring, Entities and Events.
  public func extract(_ document: Document, expressions tagged: [TemporalExpression]) -> DocumentExtraction {
    var doc = document
    var expressions = tagged
    if doc.published == nil { expressions = BirthDate.mark(doc, Anniversary.mark(doc, WireDateline.mark(doc, expressions))) }
    if doc.published == nil,  // DCT (from the text; the corpus pass runs in the merge)
      let inferred = dctInferrer.infer(
        document: doc.id, expressions: expressions, yearHint: nil, reanchor: { tagger.reanchor($0, dct: $1) }),
      let day = Day(iso: String(inferred.value.prefix(10)))
    {
      doc.published = inferred
      expressions = expressions.map { tagger.reanchor($0, dct: day) }
    }
    return extractor.extract(doc, expressions: expressions)  // Entities, Events
  }
}

/// Maps `items` on all cores, keeping input order: the one parallel helper of the engine
/// (documents in ``Pipeline/analyze(_:)``, files in ``Ingestor``, blocks in ``MapReduce``, the
/// benchmark's stages).
///
/// Items are handed out in contiguous chunks (about 16 per core, at most ``parallelChunkLimit``
/// items each) so that many small items (10,000 short articles) do not pay a dispatch per item;
/// each slot is written by exactly one thread, so the result does not depend on the thread
/// count or the scheduling.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
  guard items.count > 1 else { return items.map(transform) }
  let chunk = parallelChunk(items.count)
  let chunks = (items.count + chunk - 1) / chunk
  return parallelInitialized(count: items.count, tasks: chunks) { c, put in
    let lo = c * chunk
    for i in lo..<min(items.count, lo + chunk) { put(i, transform(items[i])) }
  }
}

/// An array of `count` elements filled by `tasks` tasks on all cores: task `t` calls
/// `put(index, value)` for its indexes, and every index of `0 ..< count` must be put exactly
/// once by exactly one task.
///
/// Each element is made in its place in the array returned: results kept in optional slots and
/// moved into an array afterwards were a serial pass over every result (at 100,000 documents
/// the 640,000 mentions' features, 87 MB, moved on one core into pages new to the process).
func parallelInitialized<R>(
  count: Int, tasks: Int, _ fill: @Sendable (_ task: Int, _ put: (Int, consuming R) -> Void) -> Void
) -> [R] {
  [R](unsafeUninitializedCapacity: count) { buffer, initialized in
    let out = UnsafeSharedBuffer(buffer)
    DispatchQueue.concurrentPerform(iterations: tasks) { t in fill(t) { (out.base + $0).initialize(to: $1) } }
    initialized = count
  }
}

/// The most items of one ``parallelMap`` chunk. A core that finishes its last chunk waits for
/// the other cores' last ones, so a chunk's length is the idle tail of every map: with a fixed
/// share of the items per chunk (1/32 on two cores), 100,000 articles made chunks of 3,000
/// (about 0.7 CPU seconds each) and one core idled about 0.3 s at the end of the analysis.
let parallelChunkLimit = 256

/// Items per chunk of a parallel pass over `count` items: about 16 chunks per core, at most
/// ``parallelChunkLimit`` items each.
func parallelChunk(_ count: Int) -> Int {
  max(1, min(parallelChunkLimit, count / (ProcessInfo.processInfo.activeProcessorCount * 16)))
}

/// Work submitted from one thread and run on others while it goes on; each result is taken
/// by its number in submission order (the cluster step explains accepted edges during its
/// serial loop; the JSON output encodes its next batch while it writes one). A thread waiting
/// for a result runs work not yet started instead of idling.
///
/// `oneAtATime`: at most one other thread runs the work, so that the submitting thread's own
/// work (the merge's serial loop) keeps a core; the rest waits for ``take(_:)`` or
/// ``results()``, whose caller then runs it beside that thread.
final class BackgroundWork<R: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var done: [Int: R] = [:]
  /// Submitted work in submission order; taken (set to nil) when a thread starts it.
  private var queued: [(@Sendable () -> R)?] = []
  private var started = 0  // work before this number has been taken from `queued`
  private let queue: DispatchQueue

  init(oneAtATime: Bool = false) {
    queue = oneAtATime ? DispatchQueue(label: "timeline.background-work") : DispatchQueue.global()
  }

  /// Runs `work` on another thread; its result is ``take(_:)``'s for the next number (0, 1, …).
  func submit(_ work: @escaping @Sendable () -> R) {
    condition.withLock { queued.append(work) }
    queue.async { _ = self.runNext() }
  }

  /// Runs the earliest work not yet started, on this thread; false if there is none.
  private func runNext() -> Bool {
    let next: (Int, @Sendable () -> R)? = condition.withLock {
      guard started < queued.count, let work = queued[started] else { return nil }
      queued[started] = nil
      started += 1
      return (started - 1, work)
    }
    guard let (number, work) = next else { return false }
    let result = work()
    condition.withLock {
      done[number] = result
      condition.broadcast()
    }
    return true
  }

  /// The result of work `number`, once it has run (runs work not yet started while it waits);
  /// each is taken once.
  func take(_ number: Int) -> R {
    while true {
      let ready: R? = condition.withLock { done.removeValue(forKey: number) }
      if let ready { return ready }
      if runNext() { continue }
      let waited: R? = condition.withLock {
        while done[number] == nil && started >= queued.count { condition.wait() }
        return done.removeValue(forKey: number)
      }
      if let waited { return waited }
    }
  }

  /// Every result not yet taken, in submission order, once all have run.
  func results() -> [R] { (0..<condition.withLock { queued.count }).map(take) }
}

/// `transform` of `items[i]` for each `i` of `indices`, in that order, on all cores. `items` is
/// read in place: a caller that updates its array with the results afterwards holds no
/// snapshot of it, whose reference made the first write copy the whole array (every field of
/// every document retained).
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], at indices: [Int], _ transform: @Sendable (T) -> R) -> [R] {
  parallelMap(indices) { transform(items[$0]) }
}

/// ``parallelMap(_:_:)`` that takes each item out of `items` before transforming it, so an
/// item is freed as soon as its result is made (when `items` held the only reference to it).
func parallelMap<T: Sendable, R: Sendable>(
  consuming items: consuming [T], _ transform: @Sendable (consuming T) -> R
) -> [R] {
  let count = items.count
  let slots = Slots<T>(taking: consume items)
  return parallelMap(Array(0..<count)) { transform(slots.take($0)) }
}

/// ``parallelMap(_:_:)`` a slice of `slice` items at a time, each slice's results handed to
/// `consume` in order and dropped before the next slice is mapped: for results only folded
/// into something smaller (an index), which held all at once cost hundreds of MB at 100,000
/// documents.
func parallelMapSlices<T: Sendable, R: Sendable>(
  _ items: [T], slice: Int = 4096, _ transform: @Sendable (T) -> R, consume: ([R]) -> Void
) {
  for range in chunkRanges(items.count, size: slice) { consume(parallelMap(Array(items[range]), transform)) }
}

/// The shard (of `count`) that `key` belongs to by its hash: for tables split so that each
/// core fills its own part. Stable within a process (string hashes are seeded per process), so
/// only for tables whose contents, not layout, reach the output.
@inline(__always) func hashShard<Key: Hashable>(_ key: Key, of count: Int) -> Int {
  count <= 1 ? 0 : Int(UInt(bitPattern: key.hashValue) % UInt(count))
}

/// The positions of `items` in (`key`, `tie`) order, compared in place (a sort of the items
/// themselves copies each one, and a tuple of the two strings per comparison retains four);
/// nil when the items already stand in strictly increasing `key` order, as a corpus read in
/// id order does.
func sortedPositions<T>(_ items: [T], key: (T) -> String, tie: (T) -> String) -> [Int]? {
  if items.indices.dropFirst().allSatisfy({ key(items[$0 - 1]) < key(items[$0]) }) { return nil }
  return items.indices.sorted { a, b in
    let (ka, kb) = (key(items[a]), key(items[b]))
    return ka != kb ? ka < kb : tie(items[a]) < tie(items[b])
  }
}

/// `0..<count` cut into consecutive ranges of `size` (by default about eight per core, at
/// least 1,024 items each): the work items of a ``parallelMap`` over a large index range.
func chunkRanges(_ count: Int, size: Int? = nil) -> [Range<Int>] {
  let size = max(1, size ?? max(1024, count / (ProcessInfo.processInfo.activeProcessorCount * 8)))
  return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
}

/// Values taken (and put back) once each from many threads; each index is touched by exactly
/// one thread, so no lock is needed (distinct slots of one preallocated buffer). Results made
/// on all cores go straight into their array instead (``parallelInitialized(count:tasks:_:)``).
final class Slots<R>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<R?>
  private var moved = false

  /// Slots holding `items`, to be taken out one by one (``take(_:)``).
  ///
  /// Each item is moved out of `items` (popped from the end), not copied: a copy retained
  /// every field of every item, and freeing `items` released them all again. (`items` shared
  /// with its caller is copied once, by the first pop, as before.)
  init(taking items: consuming [R]) {
    slots = .allocate(capacity: items.count)
    while let item = items.popLast() { (slots.baseAddress! + items.count).initialize(to: item) }
  }

  /// The item in slot `i`, moved out (the slot is empty afterwards).
  func take(_ i: Int) -> R {
    let slot = slots.baseAddress! + i
    let item = slot.move()
    slot.initialize(to: nil)
    return item!
  }

  deinit {
    if !moved { slots.deinitialize() }
    slots.deallocate()
  }

  private func set(_ i: Int, _ value: R) { slots[i] = value }

  /// Runs `body` on every slot's value at once, one task per slot, in place (each value is
  /// moved out and back, never copied): for tables split in shards, each filled by one core.
  func updateAll(_ body: @Sendable (Int, inout R) -> Void) {
    DispatchQueue.concurrentPerform(iterations: slots.count) { i in
      var value = take(i)
      body(i, &value)
      set(i, value)
    }
  }

  /// The results, moved out of the slots (no copy, no retain of what they hold).
  func values() -> [R] {
    moved = true
    var out: [R] = []
    out.reserveCapacity(slots.count)
    for i in slots.indices { if let v = (slots.baseAddress! + i).move() { out.append(v) } }
    return out
  }
}

/// Updates `items[k]` in place for each `k` of `indices` (increasing), on all cores. No item
/// is copied: a map over copies and a serial write-back of each result copied the whole array
/// once more (at 100,000 documents a serial third of a second of ingest).
func parallelUpdate<T>(_ items: inout [T], at indices: [Int], _ body: @Sendable (Int, inout T) -> Void) {
  guard !indices.isEmpty else { return }
  precondition(zip(indices, indices.dropFirst()).allSatisfy { $0 < $1 }, "each item updated once")
  items.withUnsafeMutableBufferPointer { buffer in
    let shared = UnsafeSharedBuffer(buffer)
    let chunk = parallelChunk(indices.count)
    DispatchQueue.concurrentPerform(iterations: (indices.count + chunk - 1) / chunk) { c in
      for i in c * chunk..<min(indices.count, (c + 1) * chunk) {
        precondition(indices[i] >= 0 && indices[i] < shared.buffer.count, "index in range")
        body(indices[i], &shared.base[indices[i]])
      }
    }
  }
}

/// Values grouped by a small integer key, stable (a counting sort): group `g`'s values, in
/// the order they were added, are `values[start[g] ..< start[g + 1]]`. For the engine's
/// group-by passes over hundreds of thousands of items (mentions by cluster, accepted edges
/// by cluster, claims by event, a block's walks by representative), where a table of small
/// arrays cost an allocation per group.
struct Grouped<Value: BitwiseCopyable & Sendable>: Sendable {
  /// One more than groups: `start[groups]` is the number of values.
  let start: [Int]
  let values: [Value]

  /// `items(add)` calls `add(group, value)` for each item (groups in `0 ..< groups`); it is
  /// called twice (counting, then placing), and must add the same items in the same order.
  init(groups: Int, _ items: ((_ group: Int, _ value: Value) -> Void) -> Void) {
    var start = [Int](repeating: 0, count: groups + 1)
    items { g, _ in start[g + 1] += 1 }
    for g in 0..<groups { start[g + 1] += start[g] }
    var next = start
    values = [Value](unsafeUninitializedCapacity: start[groups]) { buffer, count in
      items { g, value in
        (buffer.baseAddress! + next[g]).initialize(to: value)
        next[g] += 1
      }
      count = start[groups]
    }
    precondition(next.dropLast() == start.dropFirst(), "the same items added twice")
    self.start = start
  }

  /// Group `g`'s values.
  subscript(g: Int) -> ArraySlice<Value> { values[start[g]..<start[g + 1]] }
}

/// A buffer that concurrent tasks write at disjoint places.
struct UnsafeSharedBuffer<T>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<T>
  var base: UnsafeMutablePointer<T> { buffer.baseAddress! }
  init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}

/// Lets a large value go on a background thread: freeing millions of objects (the blocks'
/// edges, a corpus's documents) is serial work the caller need not wait for. Inside
/// ``Releases/holding(_:)``, or in a process that set ``Releases/keepUntilExit``, the value is
/// kept instead.
func releaseInBackground<T>(_ value: T) {
  let box = UncheckedBox(value)
  if Releases.keep(box) { return }
  DispatchQueue.global(qos: .utility).async { withExtendedLifetime(box) {} }
}

/// What becomes of the large values a run lets go of at its end (its documents, edges and
/// clusters, its report: at 100,000 documents millions of small objects, seconds of serial
/// `free`): by default they are freed on a background thread, where they compete with the
/// output's encoding for the cores.
public enum Releases {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var keepsAll = false
  nonisolated(unsafe) private static var kept: [AnyObject] = []
  private static let heldKey = "timeline.releases.held"

  /// Set by a process that exits as soon as its command is done (the `timeline` CLI's
  /// `main`): what a run lets go of is then never freed, as the exit returns the memory at
  /// once. Runs in process (tests) leave it off and free everything as usual.
  public static var keepUntilExit: Bool {
    get { lock.withLock { keepsAll } }
    set { lock.withLock { keepsAll = newValue } }
  }

  /// Keeps `value` alive until the process exits when ``keepUntilExit`` is set (a command's
  /// results, after its output is written); otherwise does nothing.
  public static func keepIfExiting(_ value: Any) { _ = keepIfSet(UncheckedBox(value)) }

  /// Runs `body`, holding every value the engine lets go of meanwhile on this thread (a run
  /// lets go of its values on the thread that called it) instead of freeing it; the values
  /// are freed with the returned list. The benchmark frees them outside its timed runs, as the
  /// CLI never frees them. Takes precedence over ``keepUntilExit``.
  public static func holding<T>(_ body: () throws -> T) rethrows -> (value: T, held: [AnyObject]) {
    let list = Held()
    let thread = Thread.current.threadDictionary
    let outer = thread[heldKey]
    thread[heldKey] = list
    defer { thread[heldKey] = outer }
    let value = try body()
    return (value, list.items)
  }

  /// Keeps `box` (in this thread's ``holding(_:)`` list, else until exit); false when it is
  /// to be freed.
  fileprivate static func keep(_ box: AnyObject) -> Bool {
    if let list = Thread.current.threadDictionary[heldKey] as? Held {
      list.items.append(box)
      return true
    }
    return keepIfSet(box)
  }

  /// Keeps `box` until exit when ``keepUntilExit`` is set; whether it did.
  private static func keepIfSet(_ box: AnyObject) -> Bool {
    lock.withLock {
      if keepsAll { kept.append(box) }
      return keepsAll
    }
  }

  private final class Held {
    var items: [AnyObject] = []
  }
}

private final class UncheckedBox<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}
