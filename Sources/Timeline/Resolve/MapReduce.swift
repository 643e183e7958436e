import Foundation

/// The resolve and reconcile stages split like Hadoop Streaming / Spark `pipe`:
///
/// ```text
/// map     DocumentExtraction  → "d|<doc>\t{document}"  and  "m|<class>|<bucket>\t{mention}" lines
/// reduce  lines sorted (grouped) by key → "d|…" lines unchanged + "p|<key>\t{partial cluster}"
/// merge   all reduce output → TimelineReport (cannot-links, DCT propagation, canonical values,
///         conflicts)
/// ```
///
/// ``Pipeline/run(paths:)`` calls the very same functions in-process (``run(_:diagnostics:)``),
/// so `timeline map | sort | timeline reduce | timeline merge` and `timeline reconcile` give
/// the same timeline.
public enum MapReduce {
  /// One map output value.
  public enum Record: Codable, Hashable, Sendable {
    case document(DocumentExtraction)
    case mention(EventMention)
    /// A diagnostic about the input rather than one document (a malformed JSON line, an
    /// unreadable file), under the key ``diagnosticKey``: the merge reports it as
    /// `reconcile` does.
    case diagnostic(Diagnostic)
  }

  /// The key of ``Record/diagnostic(_:)`` lines.
  public static let diagnosticKey = "g|diagnostics"

  /// Lines for corpus-level diagnostics (`KEY<TAB>JSON`, each ending in a newline).
  public static func diagnosticText(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map { diagnosticKey + "\t" + JSONOutput.line(Record.diagnostic($0)) + "\n" }.joined()
  }

  // MARK: - Map

  /// The keyed records of one document: one document record, and each mention once per
  /// blocking key.
  public static func mapRecords(_ extraction: DocumentExtraction, resolver: EventResolver = EventResolver())
    -> [(key: String, record: Record)]
  {
    var out: [(key: String, record: Record)] = [
      ("d|" + EventResolver.keyPart(extraction.document), .document(extraction))
    ]
    for m in extraction.mentions {
      for k in resolver.blockingKeys(for: m) { out.append((k, .mention(m))) }
    }
    return out
  }

  /// The map side as text lines `KEY<TAB>JSON`: ``mapRecords(_:resolver:)``'s records, each
  /// mention encoded once for all its keys.
  public static func map(_ extraction: DocumentExtraction, resolver: EventResolver = EventResolver()) -> [(
    key: String, line: String
  )] {
    var out: [(key: String, line: String)] = []
    map(extraction, resolver: resolver) { key, json in out.append((key, key + "\t" + json)) }
    return out
  }

  /// Calls `line` with the key and the JSON of each of ``map(_:resolver:)``'s lines, in order.
  static func map(_ extraction: DocumentExtraction, resolver: EventResolver, line: (String, String) -> Void) {
    let document = "d|" + EventResolver.keyPart(extraction.document)
    line(document, JSONOutput.line(Record.document(extraction)))
    for m in extraction.mentions {
      let json = JSONOutput.line(Record.mention(m))
      for k in resolver.blockingKeys(for: m) { line(k, json) }
    }
  }

  /// The map side of many documents: each document's `KEY<TAB>JSON` lines, each ending in a
  /// newline, as one text per document in document order; documents are encoded on all cores.
  ///
  /// A text per document, written straight into it (no array of lines, no text of the whole
  /// batch): a 50 MB article maps to 1.6 GB of lines (its document line alone is 760 MB), and
  /// with the lines, their text and the batch's text all held `timeline map` peaked at 7.6 GB
  /// on it; now 6.9 GB.
  public static func mapTexts(_ extractions: [DocumentExtraction], resolver: EventResolver = EventResolver())
    -> [String]
  {
    parallelMap(extractions) { x in
      var text = ""
      map(x, resolver: resolver) { key, json in
        text += key
        text += "\t"
        text += json
        text += "\n"
      }
      return text
    }
  }

  // MARK: - Reduce

  /// Resolves the mentions of every key group. Documents pass through unchanged.
  ///
  /// Partial clusters carry their edges without evidence (``PartialCluster/Edge`` marked
  /// deferred): the merge builds the evidence of the edges it accepts from the documents, as
  /// the in-process path does, so reduce output stays a fraction of the evidence's size.
  /// Clusters of one mention and no edge are not written (the merge knows every mention from
  /// its document). Mention lines are decoded, and groups resolved and encoded, on all cores;
  /// document lines are passed on as they are (the merge decodes them).
  ///
  /// - Throws: ``TimelineError/invalidStream(line:reason:)`` when a line has no key or bad
  ///   JSON, or when a key reappears after another key (the input was not sorted/grouped):
  ///   the first such line.
  public static func reduce(lines: [String], resolver: EventResolver = EventResolver()) throws -> [String] {
    let (groups, failure) = groupByKey(lines)
    // Mention lines decoded on all cores, line by line (one block can be most of a batch).
    let decoded = parallelMap(Array(lines.indices)) { n -> EventMention? in
      guard lines[n].hasPrefix("m|"),
        case .mention(let m)? = try? JSONNodeDecoder.record(from: json(lines[n]))
      else { return nil }
      return m
    }
    // Each group on one core: resolve and encode (documents pass through).
    let results = parallelMap(groups) { group -> Result<[String], TimelineError> in
      if !group.key.hasPrefix("m|") {
        let record = group.key == diagnosticKey ? #"{"diagnostic":"# : #"{"document":"#
        for n in group.lines where !json(lines[n]).hasPrefix(record) {
          return .failure(
            .invalidStream(line: n + 1, reason: "the value is not a \(record.dropFirst(2).dropLast(2)) record"))
        }
        return .success(group.lines.map { trimmed(lines[$0]) })
      }
      var mentions: [EventMention] = []
      for n in group.lines {
        guard let m = decoded[n] else {
          return .failure(.invalidStream(line: n + 1, reason: "the value is not a mention record"))
        }
        mentions.append(m)
      }
      return .success(
        resolver.resolveBlock(key: group.key, mentions: mentions, evidence: false)
          .filter { !$0.edges.isEmpty }
          .map { "p|" + group.key + "\t" + JSONOutput.line($0) })
    }
    var out: [String] = []
    for result in results {
      switch result {
      case .success(let lines): out += lines
      case .failure(let error):
        // A bad value before the grouping's failure is the first bad line.
        if case .invalidStream(let line, _) = error, line < failure?.line ?? Int.max { throw error }
      }
    }
    if let failure { throw TimelineError.invalidStream(line: failure.line, reason: failure.reason) }
    return out
  }

  /// The lines' indexes grouped by key, in one pass that checks the order: grouping stops at
  /// the first line without a key or with a key seen before another (returned as the failure).
  static func groupByKey(_ lines: [String]) -> (
    groups: [(key: String, lines: [Int])], failure: (line: Int, reason: String)?
  ) {
    var groups: [(key: String, lines: [Int])] = []
    var finished = Set<String>()
    for (n, line) in lines.enumerated() where !line.isEmpty && line != "\r" {
      guard let tab = line.utf8.firstIndex(of: 0x09) else { return (groups, (n + 1, "expected KEY<TAB>JSON")) }
      let key = String(line[..<tab])
      if key != groups.last?.key {
        if let last = groups.last?.key { finished.insert(last) }
        if finished.contains(key) {
          return (groups, (n + 1, "key '\(key)' appears again after other keys: the input is not sorted"))
        }
        groups.append((key, []))
      }
      groups[groups.count - 1].lines.append(n)
    }
    return (groups, nil)
  }

  /// A line without a trailing carriage return (CRLF input).
  static func trimmed(_ line: String) -> String { line.hasSuffix("\r") ? String(line.dropLast()) : line }

  /// The JSON after the key and tab of a `KEY<TAB>JSON` line (the line itself without a tab).
  static func json(_ line: String) -> Substring {
    let line = line.hasSuffix("\r") ? line.dropLast() : Substring(line)
    guard let tab = line.utf8.firstIndex(of: 0x09) else { return line }
    return line[line.index(after: tab)...]
  }

  // MARK: - Merge

  /// Joins reduce output lines (any order) into the final timeline.
  ///
  /// - Throws: ``TimelineError/invalidStream(line:reason:)`` for the first malformed line.
  public static func merge(
    lines: [String], resolver: EventResolver = EventResolver(), reconciler: Reconciler = Reconciler(),
    tagger: TemporalTagger = TemporalTagger(), dctInferrer: DCTInferrer = DCTInferrer()
  ) throws -> TimelineReport {
    var input = MergeInput()
    try input.add(lines)
    return merge(
      documents: input.documents, partials: input.partials, diagnostics: input.diagnostics.sorted(),
      resolver: resolver, reconciler: reconciler, tagger: tagger, dctInferrer: dctInferrer)
  }

  /// The decoded reduce output a merge joins, read a batch of lines at a time (so the text
  /// of all lines is never held at once).
  public struct MergeInput: Sendable {
    public var documents: [DocumentExtraction] = []
    public var partials: [PartialCluster] = []
    /// Corpus-level diagnostics from `map` (``Record/diagnostic(_:)``), in input order.
    public var diagnostics: [Diagnostic] = []
    /// Lines read so far (line numbers of later batches follow on).
    public private(set) var lineCount = 0

    public init() {}

    /// Decodes the next `lines` on all cores.
    ///
    /// - Throws: ``TimelineError/invalidStream(line:reason:)`` for the first malformed line
    ///   (numbered from the first line of the first batch).
    public mutating func add(_ lines: [String]) throws {
      enum Decoded: Sendable {
        case document(DocumentExtraction), partial(PartialCluster), diagnostic(Diagnostic), blank, bad(String)
      }
      let decoded = parallelMap(Array(lines.indices)) { n -> Decoded in
        let line = lines[n]
        if line.isEmpty || line == "\r" { return .blank }
        guard line.utf8.contains(0x09) else { return .bad("expected KEY<TAB>JSON") }
        if line.hasPrefix("p|") {
          guard let p = try? JSONNodeDecoder.partialCluster(from: json(line)) else {
            return .bad("the value is not a partial cluster")
          }
          return .partial(p)
        }
        if line.hasPrefix("d|") || line.hasPrefix("g|"),
          let record = try? JSONNodeDecoder.record(from: json(line))
        {
          if case .document(let d) = record, line.hasPrefix("d|") { return .document(d) }
          if case .diagnostic(let d) = record, line.hasPrefix("g|") { return .diagnostic(d) }
        }
        return .bad("expected a document (d|), diagnostic (g|) or partial cluster (p|) line")
      }
      for (n, value) in decoded.enumerated() {
        switch value {
        case .document(let d): documents.append(d)
        case .partial(let p): partials.append(p)
        case .diagnostic(let d): diagnostics.append(d)
        case .blank: continue
        case .bad(let reason): throw TimelineError.invalidStream(line: lineCount + n + 1, reason: reason)
        }
      }
      lineCount += lines.count
    }
  }

  /// The in-process path: corpus DCT propagation first, then map, group by key, reduce each
  /// block (in parallel), merge.
  ///
  /// Propagating before blocking means every block is resolved once, on the mentions' final
  /// times. The streaming merge, which gets blocks resolved before propagation, re-resolves
  /// whole every block a re-anchored mention left or entered, so both paths resolve every block
  /// on the same mentions and give the same timeline.
  public static func run(
    _ extractions: [DocumentExtraction], diagnostics: [Diagnostic], resolver: EventResolver = EventResolver(),
    reconciler: Reconciler = Reconciler(), tagger: TemporalTagger = TemporalTagger(),
    dctInferrer: DCTInferrer = DCTInferrer()
  ) -> TimelineReport {
    let r = resolve(extractions, diagnostics: diagnostics, resolver: resolver, tagger: tagger, dctInferrer: dctInferrer)
    return finish(
      documents: r.documents, edges: r.edges, byID: r.byID, diagnostics: r.diagnostics, resolver: resolver,
      reconciler: reconciler, tagger: tagger)
  }

  /// The first half of ``run(_:diagnostics:resolver:reconciler:tagger:dctInferrer:)``: unique
  /// documents, corpus DCT propagation, every block's edges. The benchmark times it as its
  /// resolution stage and ``finish(documents:edges:byID:diagnostics:resolver:reconciler:tagger:)``
  /// (merge, canonical events, conflicts) as its reconcile stage.
  static func resolve(
    _ extractions: [DocumentExtraction], diagnostics: [Diagnostic], resolver: EventResolver, tagger: TemporalTagger,
    dctInferrer: DCTInferrer
  ) -> (documents: [DocumentExtraction], edges: [[CompactEdge]], byID: [Int], diagnostics: [Diagnostic]) {
    var diagnostics = diagnostics
    var documents = uniqueDocuments(extractions, diagnostics: &diagnostics)
    DCTPropagation(inferrer: dctInferrer, tagger: tagger).propagate(&documents)
    let (edges, byID) = compactBlocks(documents, resolver: resolver)
    return (documents, edges, byID, diagnostics)
  }

  /// Documents sorted by id; a second document with an id already seen is reported and
  /// dropped (the first in (id, path) order is kept).
  static func uniqueDocuments(_ input: [DocumentExtraction], diagnostics: inout [Diagnostic]) -> [DocumentExtraction] {
    guard let order = sortedPositions(input, key: \.document, tie: \.path) else { return input }  // sorted, unique
    var seen = Set<String>()
    var documents: [DocumentExtraction] = []
    documents.reserveCapacity(input.count)
    for d in order.lazy.map({ input[$0] }) {
      if seen.insert(d.document).inserted {
        documents.append(d)
      } else {
        diagnostics.append(
          Diagnostic(
            .warning, code: "resolve.duplicate-document", path: d.path,
            message: "\(d.path): a second document with the id '\(d.document)' was ignored."))
      }
    }
    return documents
  }

  /// What `mapRecords` and `reduce` give for the blocks of the keys in `only`, without
  /// wrapping every document and mention in a record: resolved on all cores, in key order
  /// (the streamed merge re-resolves the blocks DCT propagation changed).
  static func resolveBlocks(_ extractions: [DocumentExtraction], only: Set<String>, resolver: EventResolver)
    -> [PartialCluster]
  {
    let all = Flattened(extractions)
    let work = blocks(extractions, only: only, resolver: resolver)
    // Every mention prepared once, as in process, when the blocks hold more mentions than
    // the corpus (a mention sits in several blocks); else each block prepares its own.
    let prepared = work.reduce(0) { $0 + $1.value.count } > all.count ? PreparedMentions(all) : nil
    return parallelMap(work) { block in
      resolver.resolveBlock(
        key: block.key, mentions: Gathered(base: all, order: block.value.map(Int.init)), evidence: false,
        positions: block.value, prepared: prepared)
    }.flatMap { $0 }
  }

  /// The in-process resolution: every block's edges, compact (``CompactEdge``), on all cores,
  /// in key order, and the mentions' positions in id order (for ``cluster``). Every mention
  /// is prepared once (``PreparedMentions``), not once per block it sits in.
  static func compactBlocks(_ extractions: [DocumentExtraction], resolver: EventResolver)
    -> (edges: [[CompactEdge]], byID: [Int])
  {
    // The mentions as one contiguous list, a reference (one retain) each, not a view
    // (``Flattened``): a mention read at random (the identity check, a block's mentions)
    // reaches its fields through one load from this list instead of three dependent ones (its
    // document in `owner`, the document's mention list, the element), each a likely cache
    // miss at 100,000 documents.
    let all = extractions.flatMap(\.mentions)
    // Prepared first: the blocks read each mention's interned inputs to its keys.
    let prepared = PreparedMentions(all)
    let work = blocks(extractions, only: nil, resolver: resolver, prepared: prepared)
    let edges = parallelMap(work) { block in
      resolver.compactEdges(
        key: block.key, mentions: Gathered(base: all, order: block.value.map(Int.init)), positions: block.value,
        prepared: prepared)
    }
    return (edges, prepared.byID)
  }

  /// The blocks: every blocking key (or only those in `only`) with the positions of its
  /// mentions (in ``Flattened`` order), in key order. Keys are computed on all cores, a slice
  /// of documents at a time (not the whole corpus's key lists at once).
  ///
  /// `prepared` (the corpus's ``PreparedMentions``, in ``Flattened`` order): the mentions'
  /// inputs to the keys are told apart by their interned ids and bits (class, value and period
  /// ids, ``EventResolver/BlockingBits``), read from the prepared records in order, instead of
  /// gathered from each mention's strings and hashed (``EventResolver/BlockingInputs``: a
  /// dictionary lookup, SipHash over three strings, per mention).
  static func blocks(
    _ extractions: [DocumentExtraction], only: Set<String>?, resolver: EventResolver,
    prepared: PreparedMentions? = nil
  ) -> [(key: String, value: [Int32])] {
    // Each task keys a run of documents, once per distinct inputs to the keys (class, time,
    // main or not: ``EventResolver/BlockingInputs``): building every mention's key strings was
    // most of the blocks' second at 100,000 documents. A run numbers its distinct keys (its
    // `keys`), gives each distinct inputs the numbers of its keys (`distinct`) and each
    // mention the number of its inputs (`of`); the numbers of each run become the blocks'
    // numbers once per distinct key, and each mention's position is appended to its blocks'
    // lists by number (a hashed lookup of the key per mention and key was about 40,000
    // lookups on the 2,000-document corpus, and a shard table per core read every key).
    let starts = Flattened.starts(extractions)
    let keyed = { @Sendable (run: Range<Int>) -> (parts: [String], keys: [PartKey], distinct: [[Int32]], of: [Int32]) in
      var partNumber: [String: Int] = [:]
      var parts: [String] = []
      var number: [PartKey: Int32] = [:]
      var keys: [PartKey] = []
      var distinct: [[Int32]] = []
      var of: [Int32] = []
      of.reserveCapacity(starts[run.upperBound] - starts[run.lowerBound])
      // The numbers of the keys of a mention with new inputs, found from the keys' parts
      // (``EventResolver/blockingParts(for:)``): a key's text is written only to test it
      // against `only`.
      func numbers(_ keyParts: (classes: [String], periods: [EventResolver.BlockPeriod])) -> [Int32] {
        let (classes, periods) = keyParts
        var out: [Int32] = []
        for cls in classes {
          let part = partNumber[cls] ?? {
            partNumber[cls] = parts.count
            parts.append(cls)
            return parts.count - 1
          }()
          for period in periods {
            if let only, !only.contains(EventResolver.blockKey(cls, period)) { continue }
            let key = PartKey(part: part, period: period)
            if let n = number[key] {
              out.append(n)
              continue
            }
            number[key] = Int32(keys.count)
            keys.append(key)
            out.append(Int32(keys.count - 1))
          }
        }
        return out
      }
      if let prepared {
        var known = InputNumbers(capacity: starts[run.upperBound] - starts[run.lowerBound])
        // A document's mentions by their positions (``Flattened/starts``): the document itself
        // is read only for a mention with new inputs (its extraction and mention list were read
        // for every document, at 100,000 documents a cache miss or two each).
        prepared.features.records.withUnsafeBufferPointer { records in
          prepared.blocking.withUnsafeBufferPointer { blocking in
            for d in run {
              for p in starts[d]..<starts[d + 1] {
                let r = records[p]
                let n = known.number(
                  of: InputNumbers.Key(r.eventClass, r.timeValue, r.period, blocking[p].bits),
                  next: Int32(distinct.count))
                if Int(n) == distinct.count {
                  // The parts from the prepared mention, or (rarely) from the mention itself.
                  let keyParts = prepared.blockingParts(p)
                    ?? EventResolver.blockingParts(for: extractions[d].mentions[p - starts[d]])
                  distinct.append(numbers(keyParts))
                }
                of.append(n)
              }
            }
          }
        }
      } else {
        var known: [EventResolver.BlockingInputs: Int32] = [:]
        for d in run {
          for j in extractions[d].mentions.indices {
            let inputs = EventResolver.BlockingInputs(extractions[d].mentions[j])
            if let n = known[inputs] {
              of.append(n)
              continue
            }
            known[inputs] = Int32(distinct.count)
            of.append(Int32(distinct.count))
            distinct.append(numbers(EventResolver.blockingParts(for: extractions[d].mentions[j])))
          }
        }
      }
      return (parts, keys, distinct, of)
    }
    // The class parts of all runs and the blocks by part and period, numbered; a block's key
    // is written once, when it is first met.
    var partNumber: [String: Int] = [:]
    var number: [PartKey: Int] = [:]
    var blocks: [(key: String, value: [Int32])] = []
    var p: Int32 = 0
    // 16 runs of 256 documents a slice: the key lists of 4,096 documents held at a time.
    parallelMapSlices(chunkRanges(extractions.count, size: 256), slice: 16, keyed) { runs in
      for run in runs {
        let part = run.parts.map { cls in
          partNumber[cls] ?? {
            partNumber[cls] = partNumber.count
            return partNumber.count - 1
          }()
        }
        let global = run.keys.map { key in
          let g = PartKey(part: part[key.part], period: key.period)
          return number[g] ?? {
            number[g] = blocks.count
            blocks.append((EventResolver.blockKey(run.parts[key.part], key.period), []))
            return blocks.count - 1
          }()
        }
        for n in run.of {
          for k in run.distinct[Int(n)] { blocks[global[Int(k)]].value.append(p) }
          p += 1
        }
      }
    }
    return blocks.sorted { $0.key < $1.key }
  }

  /// Numbers for the distinct blocking inputs of a run of documents, told apart by their
  /// prepared ids and bits (``blocks(_:only:resolver:prepared:)``), in order of first use: an
  /// open-addressing table keyed by a multiplicative hash (keys are not chosen by an
  /// adversary; a `Dictionary` ran SipHash per mention).
  struct InputNumbers {
    /// A mention's class, value and period ids and its ``EventResolver/BlockingBits``.
    struct Key: Equatable {
      let ids: UInt64
      let rest: UInt64
      init(_ eventClass: Int, _ value: Int, _ period: Int, _ bits: UInt8) {
        ids = UInt64(UInt32(truncatingIfNeeded: eventClass)) << 32 | UInt64(UInt32(truncatingIfNeeded: period))
        rest = UInt64(UInt32(truncatingIfNeeded: value)) << 8 | UInt64(bits)
      }
    }
    /// `keys[s]`, `numbers[s]`: slot s's key and number (number -1: empty).
    private var keys: [Key]
    private var numbers: [Int32]
    private let shift: Int

    /// A table for at most `capacity` distinct keys (kept at most half full).
    init(capacity: Int) {
      let size = HalfFullTable(capacity: capacity)
      keys = [Key](repeating: Key(0, 0, 0, 0), count: size.count)
      numbers = [Int32](repeating: -1, count: size.count)
      shift = size.shift
    }

    /// The number of `key`: its number if it has one, else `next`, which it gets.
    mutating func number(of key: Key, next: Int32) -> Int32 {
      let mask = keys.count - 1
      var h = (key.ids ^ key.rest &* 0xC2B2_AE3D_27D4_EB4F) &* 0x9E37_79B9_7F4A_7C15
      h ^= h >> 29
      var s = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
      while true {
        if numbers[s] == -1 {
          keys[s] = key
          numbers[s] = next
          return next
        }
        if keys[s] == key { return numbers[s] }
        s = (s + 1) & mask
      }
    }
  }

  /// A blocking key by its parts (``EventResolver/blockingParts(for:)``): the number of its
  /// class part (a run's, or all runs') and its period. Keys of distinct parts are distinct
  /// texts (``EventResolver/blockKey(_:_:)``), so numbering the parts numbers the keys as their
  /// texts would, without writing and hashing each (a `String` made and hashed per key of
  /// each distinct inputs of a run, and hashed again to number the blocks).
  struct PartKey: Hashable {
    let part: Int
    let period: EventResolver.BlockPeriod
  }

  /// The merge on values: DCT propagation, cannot-link clustering, canonical events, conflicts.
  public static func merge(
    documents input: [DocumentExtraction], partials: [PartialCluster], diagnostics: [Diagnostic],
    resolver: EventResolver = EventResolver(), reconciler: Reconciler = Reconciler(),
    tagger: TemporalTagger = TemporalTagger(), dctInferrer: DCTInferrer = DCTInferrer()
  ) -> TimelineReport {
    var diagnostics = diagnostics
    var documents = uniqueDocuments(input, diagnostics: &diagnostics)
    // Corpus DCT propagation, then whole re-resolution of every block a re-anchored mention
    // was in before or is in now.
    let before = documents
    let changed = DCTPropagation(inferrer: dctInferrer, tagger: tagger).propagate(&documents)
    var edges: [[PartialCluster.Edge]]  // per partial cluster: no copy of millions of edges
    if changed.isEmpty {
      edges = partials.map(\.edges)
    } else {
      var touched = Set<String>()
      for (old, new) in zip(before, documents) where old.published != new.published {
        for m in old.mentions + new.mentions where changed.contains(m.id) {
          touched.formUnion(resolver.blockingKeys(for: m))
        }
      }
      edges = partials.filter { !touched.contains($0.key) }.map(\.edges)
      edges += resolveBlocks(documents, only: touched, resolver: resolver).map(\.edges)
    }
    let report = finish(
      documents: documents, edges: edges, byID: nil, diagnostics: diagnostics, resolver: resolver,
      reconciler: reconciler, tagger: tagger)
    releaseInBackground(before)
    return report
  }

  /// The end of both merges: on unique, sorted, propagated documents and the edges of all
  /// blocks, cannot-link clustering, DCT for undated documents from their main events,
  /// canonical events and conflicts. `byID`: the mentions' positions in id order, when known.
  static func finish<E: MergeEdge>(
    documents input: [DocumentExtraction], edges: [[E]], byID: [Int]?, diagnostics: [Diagnostic],
    resolver: EventResolver, reconciler: Reconciler, tagger: TemporalTagger
  ) -> TimelineReport {
    var documents = input
    // Deferred edge evidence is built from the mentions as the blocks saw them (before
    // canonical entity keys).
    // Edges from the in-process blocks carry their ends' positions in this very list; others
    // (decoded, with their evidence) are found by id.
    let scoredAll = Flattened(documents)
    let byIDNeeded = edges.contains { $0.contains { $0.explainsByID } }
    let scored = byIDNeeded ? mentionsByID(documents) : [:]
    let explain: @Sendable (E, MergeRule.Bits) -> [Evidence] = { $0.evidence(scoredAll, scored, resolver, only: $1) }
    let rules: @Sendable (E) -> MergeRule.Bits? = { $0.rules(scoredAll, scored, resolver) }
    // One key per real entity across the corpus ("Zelensky"/"Zelenskyy"), for canonical values
    // and conflict grouping.
    canonicalizeEntities(&documents)
    let weak = Set(documents.indices.filter { (documents[$0].published?.confidence ?? 0) < 0.3 }.map { documents[$0].document })
    // The canonical documents have the mentions they had: their places are the scored ones'.
    let mentions = Flattened(documents, placedAs: scoredAll)
    var result = cluster(
      mentions: mentions, edges: edges, byID: byID, undatedDocuments: weak, keep: reconciler.maxEvidence,
      explain: explain, rules: rules)
    // Documents read in place, by index (iterating copied each one, every field retained).
    if documents.indices.contains(where: { documents[$0].published?.source ?? .inferred == .inferred }) {
      let starts = mentions.starts  // the places `result.clusterAt` is by
      let dated = DCTPropagation.fromMainEvents(&documents, clusters: result.clusters, weak: weak, tagger: tagger)
      if !dated.isEmpty {
        // The re-anchored mentions keep their events; their times follow the new date.
        var fresh: [String: EventMention] = [:]
        // The clusters that hold a mention of a re-dated document, found by the places of its
        // mentions: only their mentions are looked up (a document set lookup per mention of
        // the corpus, on all cores, for the few documents dated by their main events).
        var touched = [Bool](repeating: false, count: result.clusters.count)
        for d in documents.indices where dated.contains(documents[d].document) {
          for m in documents[d].mentions { fresh[m.id] = m }
          for p in starts[d]..<starts[d + 1] where result.clusterAt[p] >= 0 { touched[Int(result.clusterAt[p])] = true }
        }
        for c in result.clusters.indices where touched[c] {
          for k in result.clusters[c].indices where dated.contains(result.clusters[c][k].document) {
            if let m = fresh[result.clusters[c][k].id] { result.clusters[c][k] = m }
          }
        }
      }
    }
    let report = reconciler.build(
      clusters: result.clusters, evidence: result.evidence, clusterAt: result.clusterAt, extractions: documents,
      diagnostics: diagnostics)
    releaseInBackground((edges, documents, input, result))
    return report
  }

  /// The month and day of a time value with a month and day but no year ("XXXX-04-20",
  /// "XXXX-04-20T22:00").
  static func monthDay(_ value: String) -> (month: Int, day: Int)? {
    let u = Array(value.utf8.prefix(11))
    func digit(_ k: Int) -> Int? { (48...57).contains(u[k]) ? Int(u[k] - 48) : nil }
    guard u.count >= 10, u[0...4].elementsEqual("XXXX-".utf8), u[7] == UInt8(ascii: "-"), u.count == 10 || u[10] == UInt8(ascii: "T"),
      let m1 = digit(5), let m2 = digit(6), let d1 = digit(8), let d2 = digit(9)
    else { return nil }
    let (month, day) = (m1 * 10 + m2, d1 * 10 + d2)
    return (1...12).contains(month) && (1...31).contains(day) ? (month, day) : nil
  }

  /// The countries a mention names: its place when that is a country, and its country
  /// participants ("ARQUATA DEL TRONTO, Italy": the town's country).
  static func countries(_ m: EventMention) -> [String] {
    var out = m.participants.filter { $0.hasPrefix("country:") }
    if let p = m.place, p.hasPrefix("country:"), !out.contains(p) { out.append(p) }
    return out
  }

  /// Every mention by id (the first of a repeated id).
  static func mentionsByID(_ documents: [DocumentExtraction]) -> [String: EventMention] {
    var byID: [String: EventMention] = [:]
    byID.reserveCapacity(documents.reduce(0) { $0 + $1.mentions.count })
    for d in documents { for m in d.mentions where byID[m.id] == nil { byID[m.id] = m } }
    return byID
  }

  /// Rewrites entity keys in mentions and claims to the corpus-wide canonical key
  /// (``EntityUnifier``).
  static func canonicalizeEntities(_ documents: inout [DocumentExtraction]) {
    let table = EntityUnifier().unify(documents)
    guard table.contains(where: { $0.key != $0.value }) else { return }
    let canon = CanonicalKeys(table)
    // Only what changes is written: an untouched document keeps sharing its arrays. Documents
    // are rewritten on all cores (one at a time was a serial second at 100k documents).
    documents = parallelMap(consuming: documents) { document in
      var d = document
      func c(_ k: String?) -> String? { k.map(canon.key) }
      for j in d.mentions.indices {
        // Fields read in place (a copy of the mention retained every field), and first only
        // tested: nearly every mention keeps its keys, and making its new fields to compare
        // them with the old retained and released each of them.
        guard
          !Self.keepsKeys(d.mentions[j].participants, canon) || canon.changed(d.mentions[j].place) != nil
            || canon.changed(d.mentions[j].host) != nil
        else { continue }
        let participants = canonicalSorted(d.mentions[j].participants, canon)
        let (place, host) = (c(d.mentions[j].place), c(d.mentions[j].host))
        guard participants != d.mentions[j].participants || place != d.mentions[j].place || host != d.mentions[j].host
        else { continue }
        d.mentions[j].participants = participants
        d.mentions[j].place = place
        d.mentions[j].host = host
      }
      for j in d.claims.indices {
        // Fields read in place and first only tested (as the mentions'), and the items mapped
        // only for a claim that changes (a new list per claim, nearly always equal to its own).
        guard
          canon.changed(d.claims[j].holder) != nil || canon.changed(d.claims[j].subject) != nil
            || canon.changed(d.claims[j].object) != nil
            || d.claims[j].items.contains(where: { canon.changed($0) != nil })
        else { continue }
        let (holder, subject, object) = (c(d.claims[j].holder), c(d.claims[j].subject), c(d.claims[j].object))
        let itemsChange = d.claims[j].items.contains { canon.key($0) != $0 }
        guard
          itemsChange || holder != d.claims[j].holder || subject != d.claims[j].subject || object != d.claims[j].object
        else { continue }
        d.claims[j].holder = holder
        d.claims[j].subject = subject
        d.claims[j].object = object
        d.claims[j].items = d.claims[j].items.map(canon.key)
      }
      for j in d.entities.indices {
        guard let new = canon.changed(d.entities[j].key), new != d.entities[j].key else { continue }
        d.entities[j].key = new
      }
      return d
    }
  }

  /// Whether ``canonicalSorted(_:_:)`` gives `keys` itself: they are sorted and unique and no
  /// key has another canonical key (byte for byte).
  static func keepsKeys(_ keys: [String], _ canon: CanonicalKeys) -> Bool {
    for k in keys.indices {
      if k > 0 && !(keys[k - 1] < keys[k]) { return false }
      if canon.changed(keys[k]) != nil { return false }
    }
    return true
  }

  /// `Array(Set(keys.map { canon[$0] ?? $0 })).sorted()`: `keys` itself when no key has
  /// another canonical key (byte for byte) and the keys are sorted and unique, as a mention's
  /// participants nearly always are. The set and the sort per mention were about half of
  /// rewriting the corpus's entity keys.
  static func canonicalSorted(_ keys: [String], _ canon: CanonicalKeys) -> [String] {
    keepsKeys(keys, canon) ? keys : Array(Set(keys.map(canon.key))).sorted()
  }

  /// The corpus-wide canonical entity keys (``EntityUnifier/unify(_:)``): ``key(_:)`` is
  /// `table[k] ?? k`. Most keys of a corpus are their own canonical key; a bit set of the
  /// byte hashes of the keys that map to other bytes answers most lookups of an ASCII key
  /// without hashing it as a `String` (about 300 instructions a lookup, a hundred thousand
  /// lookups for the generated 2,000 documents).
  ///
  /// The bit set is used only when every key of the table is ASCII: then an ASCII key
  /// equals a table key exactly when their bytes do (a non-ASCII key, as KELVIN SIGN, may
  /// equal an ASCII one), so a key whose bit is clear is absent or maps to its own bytes. A
  /// non-ASCII key is always looked up.
  struct CanonicalKeys: Sendable {
    let table: [String: String]
    /// Empty: no filter.
    private var bits: [UInt64] = []
    private static let bitCount = 1 << 16

    init(_ table: [String: String]) {
      self.table = table
      guard table.keys.allSatisfy({ Self.asciiHash($0) != nil }) else { return }
      bits = [UInt64](repeating: 0, count: Self.bitCount / 64)
      for (k, v) in table where !k.utf8.elementsEqual(v.utf8) {
        if let h = Self.asciiHash(k) { bits[h >> 6] |= 1 << (h & 63) }
      }
    }

    /// `table[k] ?? k`.
    func key(_ k: String) -> String {
      if !bits.isEmpty, let h = Self.asciiHash(k), bits[h >> 6] & (1 << (h & 63)) == 0 { return k }
      return table[k] ?? k
    }

    /// ``changed(_:)`` of an optional key (nil for none).
    func changed(_ k: String?) -> String? {
      guard let k else { return nil }
      return changed(k)
    }

    /// ``key(_:)`` when its bytes differ from `k`'s, else nil: a key whose bit is clear is
    /// not compared with itself byte by byte (through the UTF-8 views, about 20 instructions
    /// a byte, for every participant of every mention).
    func changed(_ k: String) -> String? {
      if !bits.isEmpty, let h = Self.asciiHash(k), bits[h >> 6] & (1 << (h & 63)) == 0 { return nil }
      guard let v = table[k], !v.utf8.elementsEqual(k.utf8) else { return nil }
      return v
    }

    /// A bit number from an FNV-1a hash of `s`'s bytes; nil when `s` is not ASCII (or not
    /// contiguous).
    private static func asciiHash(_ s: String) -> Int? {
      s.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
        var h: UInt32 = 0x811C_9DC5
        for b in bytes {
          guard b < 0x80 else { return nil }
          h = (h ^ UInt32(b)) &* 0x0100_0193
        }
        return Int((h ^ h >> 16) & UInt32(bitCount - 1))
      } ?? nil
    }
  }

  // MARK: - Clustering with cannot-links

  /// A set's places by kind (``EventResolver/placeKind(_:)``), each kind once: a short list
  /// searched in order, as a set holds a place or two (a hash table per mention was about 900
  /// instructions to build, and a hashed merge per joined pair).
  struct Places {
    private(set) var entries: [(kind: String, place: String)] = []

    /// The place of a mention, if it has one.
    init(_ place: String?) {
      if let place { entries = [(EventResolver.placeKind(place), place)] }
    }

    /// The place of `kind`; set to nil, the kind's place is dropped.
    subscript(kind: String) -> String? {
      get { entries.first { $0.kind == kind }?.place }
      set {
        if let i = entries.firstIndex(where: { $0.kind == kind }) {
          if let newValue { entries[i].place = newValue } else { entries.remove(at: i) }
        } else if let newValue {
          entries.append((kind, newValue))
        }
      }
    }

    /// Adds `other`'s places of the kinds this lacks (this one's places stay).
    mutating func merge(_ other: Places) {
      for e in other.entries where self[e.kind] == nil { entries.append(e) }
    }
  }

  /// A class (its number in the merge) and a name its sets are looked up by (a place): a key
  /// of the undated rules' candidates.
  struct ClassName: Hashable {
    let eventClass: Int
    let name: String
  }

  /// How long before the latest day an article states a set must end to be its background
  /// (history it recalls), which an undated mention further up does not refer to.
  static let backgroundDays = 365

  struct Summary {
    /// The set's days; set only with ``days``.
    private(set) var range: DayRange?
    /// ``range``'s first and last days as day numbers (``Day/ordinal``), nil with it: the
    /// merge's loop compares the ranges of two sets at every check and join, and a `Day`
    /// comparison works out both days' numbers (about 40 instructions each) every time.
    private(set) var days: (first: Int, last: Int)?
    var ordinal: Int?
    var places: Places
    var hasBody: Bool
    /// What the summarized mention itself is (``Own``), read only before any join.
    var own: Own = []
    /// Series names of the set's mentions (``EventResolver/seriesDiffer(_:_:)``).
    var series: [[Substring]] = []
    /// Kinds of incident the set's triggers name (``TriggerLexicon/kind(of:)``).
    var kinds: [String] = []
    /// The set holds an earlier occurrence an article names (``EventMention/isEarlierOccurrence``):
    /// it lies before this day (a day ordinal, the earliest such article's story day), so it
    /// never joins a set that lies wholly on or after it.
    var before: Int? = nil

    init(_ m: EventMention) {
      var known = Known()
      self.init(m, known: &known)
    }

    /// Flags of a summary's own mention, found in the pass that summarizes it: the merge's
    /// later passes read them here, in one contiguous list, instead of reading every mention
    /// again (at 100,000 documents, each such pass was a cache miss a mention: the main and
    /// dated-clause flags and the earlier occurrences' documents were 0.7% of the samples).
    struct Own: OptionSet {
      let rawValue: UInt8
      /// ``EventMention/isMain``.
      static let main = Own(rawValue: 1)
      /// ``EventMention/isDatedClause``.
      static let datedClause = Own(rawValue: 2)
      /// ``EventMention/isEarlierOccurrence``, of a mention not ``main``.
      static let earlierOccurrence = Own(rawValue: 4)
      /// Of the document of the mention before it in the merge's (id) order; set by the merge.
      static let sameDocument = Own(rawValue: 8)
      /// Of the class of the mention before it in the merge's (id) order; set by the merge.
      static let sameClass = Own(rawValue: 16)
    }

    /// What the summaries of a run of mentions share, found once per distinct string: a
    /// series name's words (``EventResolver/seriesWords(_:)``), a place's ``Places`` and a
    /// trigger's kinds (``TriggerLexicon/kind(of:)``). The places and kinds are shared lists,
    /// copied only by a set that changes them: a lexicon lookup, a place key parsed and two
    /// lists allocated and freed per mention were about 2,000 instructions.
    ///
    /// The last place, trigger and time value found are kept beside the tables: a document's
    /// mentions repeat them in runs (in id order), and a comparison with the last one costs
    /// less than a lookup, which hashes the string, or than parsing the value again.
    struct Known {
      var seriesWords: [String: [Substring]] = [:]
      var places: [String: Places] = [:]
      var kinds: [String: [String]] = [:]
      var lastPlace: (place: String, places: Places)? = nil
      var lastTrigger: (trigger: String, kinds: [String])? = nil
      var lastTime: (value: String, mod: String?, range: DayRange?)? = nil

      /// The range of `m`'s time value (`m.time?.temporalValue.range`), parsed only when it
      /// differs from the last one asked for.
      mutating func parsedRange(_ m: EventMention) -> DayRange? {
        guard let value = m.time?.value else { return nil }
        let mod = m.time?.mod
        if let last = lastTime, last.value == value, last.mod == mod { return last.range }
        let range = TemporalValue(value, mod: mod).range
        lastTime = (value, mod, range)
        return range
      }
    }

    /// `known`: what the mentions summarized so far found (``Known``).
    init(_ m: EventMention, known: inout Known) {
      range = EventResolver.range(m, parsed: known.parsedRange(m))
      days = range.map { ($0.earliest.ordinal, $0.latest.ordinal) }
      ordinal = m.ordinal
      series = (m.attributes.isEmpty ? nil : m.attributes["series"]).map { name in
        if let words = known.seriesWords[name] { return [words] }
        let words = EventResolver.seriesWords(name)
        known.seriesWords[name] = words
        return [words]
      } ?? []
      places = m.place.map { place in
        if let last = known.lastPlace, last.place == place { return last.places }
        let p: Places
        if let found = known.places[place] {
          p = found
        } else {
          p = Places(place)
          known.places[place] = p
        }
        known.lastPlace = (place, p)
        return p
      } ?? Places(nil)
      hasBody = m.role != .caption
      if m.isMain {
        own.insert(.main)
      } else if !m.attributes.isEmpty, m.isEarlierOccurrence {  // read only of the others
        own.insert(.earlierOccurrence)
      }
      if m.isDatedClause { own.insert(.datedClause) }
      if let last = known.lastTrigger, last.trigger == m.trigger {
        kinds = last.kinds
      } else {
        if let k = known.kinds[m.trigger] {
          kinds = k
        } else {
          kinds = TriggerLexicon.kind(of: m.trigger).map { [$0] } ?? []
          known.kinds[m.trigger] = kinds
        }
        known.lastTrigger = (m.trigger, kinds)
      }
    }

    /// Dated to a month or more only: the set tells its incident by kind, place and period.
    var coarse: Bool { (days.map { $0.last - $0.first + 1 } ?? 0) > 7 }

    /// `span`: the joining edge found the two sides to be days of one event.
    func compatible(with o: Summary, span: Bool = false) -> Bool {
      withUnsafePointer(to: self) { a in withUnsafePointer(to: o) { b in Self.compatible(a, b, span: span) } }
    }

    /// ``compatible(with:span:)`` of the summaries at `a` and `b`, read in place: the merge's
    /// serial loop checks two summaries of its buffer, and passing them as values copied both
    /// (places, series and kinds retained and released) at every check.
    static func compatible(_ a: UnsafePointer<Summary>, _ b: UnsafePointer<Summary>, span: Bool) -> Bool {
      if let da = a.pointee.days, let db = b.pointee.days, !(da.first <= db.last && db.first <= da.last),
        let ra = a.pointee.range, let rb = b.pointee.range
      {
        // The alphabetically first place; its kind is its key here (no key parsing).
        let first = a.pointee.places.entries.min { $0.place < $1.place }
        guard
          EventResolver.multiDay(
            ra, rb, a.pointee.ordinal, b.pointee.ordinal, first?.place, first.flatMap { b.pointee.places[$0.kind] },
            sameDocument: span)
        else { return false }
      }
      if let x = a.pointee.ordinal, let y = b.pointee.ordinal, x != y { return false }
      // "It was the deadliest attack in Cairo since a bombing in April": not the April 21
      // bombing the article reports.
      if let day = a.pointee.before, let d = b.pointee.days, d.first >= day { return false }
      if let day = b.pointee.before, let d = a.pointee.days, d.first >= day { return false }
      for x in a.pointee.series { for y in b.pointee.series where EventResolver.seriesDiffer(x, y) { return false } }
      for (k, v) in a.pointee.places.entries { if let w = b.pointee.places[k], w != v { return false } }
      // "a flood in 2014" is not the earthquake of 6 April 2014 in the same city.
      if a.pointee.coarse || b.pointee.coarse, !a.pointee.kinds.isEmpty, !b.pointee.kinds.isEmpty,
        !a.pointee.kinds.contains(where: b.pointee.kinds.contains)
      {
        return false
      }
      return true
    }

    func merged(with o: Summary) -> Summary {
      var s = self
      s.absorb(o)
      return s
    }

    /// Joins `o` into this set's summary, in place. Compatible sets (``compatible(with:span:)``)
    /// give the same summary whichever absorbs the other: their ordinals and same-kind places
    /// agree, ranges join either way, and series and kinds are sets.
    mutating func absorb(_ o: Summary) {
      withUnsafeMutablePointer(to: &self) { s in withUnsafePointer(to: o) { Self.absorb(s, $0) } }
    }

    /// ``absorb(_:)`` of the summary at `o` into the one at `s`, both read in place (see
    /// ``compatible(_:_:span:)``).
    static func absorb(_ s: UnsafeMutablePointer<Summary>, _ o: UnsafePointer<Summary>) {
      if let a = s.pointee.range, let b = o.pointee.range, let da = s.pointee.days, let db = o.pointee.days {
        // `max(a.earliest, b.earliest)`, `min(a.latest, b.latest)` when they overlap, else
        // the other way (days of a multi-day event), by the days' numbers: `max(x, y)` is
        // `y >= x ? y : x`, `min(x, y)` is `y < x ? y : x`.
        let first: (Day, Int)
        let last: (Day, Int)
        if da.first <= db.last && db.first <= da.last {
          first = db.first >= da.first ? (b.earliest, db.first) : (a.earliest, da.first)
          last = db.last < da.last ? (b.latest, db.last) : (a.latest, da.last)
        } else {
          first = db.first < da.first ? (b.earliest, db.first) : (a.earliest, da.first)
          last = db.last >= da.last ? (b.latest, db.last) : (a.latest, da.last)
        }
        s.pointee.range = DayRange(first.0, last.0)
        s.pointee.days = (first.1, last.1)
      } else if s.pointee.range == nil {
        s.pointee.range = o.pointee.range
        s.pointee.days = o.pointee.days
      }
      s.pointee.ordinal = s.pointee.ordinal ?? o.pointee.ordinal
      if let day = o.pointee.before { s.pointee.before = min(s.pointee.before ?? day, day) }
      s.pointee.places.merge(o.pointee.places)
      s.pointee.hasBody = s.pointee.hasBody || o.pointee.hasBody
      for x in o.pointee.series where !s.pointee.series.contains(x) { s.pointee.series.append(x) }
      for k in o.pointee.kinds where !s.pointee.kinds.contains(k) { s.pointee.kinds.append(k) }
    }
  }

  /// Sets ``Summary/before`` of each earlier occurrence an article names to the day of that
  /// article's story: the earliest one-day range of its main mentions outside captions. Read
  /// here, after the corpus dating, so an article dated late by the corpus binds the day its
  /// story has now. A document's mentions are next to each other in id order (the summaries',
  /// each a mention's own, flagged ``Summary/Own/sameDocument`` after the first).
  static func boundEarlierOccurrences(_ summaries: inout [Summary]) {
    var start = 0
    while start < summaries.count {
      var end = start + 1
      while end < summaries.count, summaries[end].own.contains(.sameDocument) { end += 1 }
      var earlier: [Int] = []
      var story: Int? = nil
      for i in start..<end {
        if summaries[i].own.contains(.main) {
          if summaries[i].hasBody, let d = summaries[i].days, d.first == d.last {
            story = min(story ?? d.first, d.first)
          }
        } else if summaries[i].own.contains(.earlierOccurrence) {
          earlier.append(i)
        }
      }
      if let story { for i in earlier { summaries[i].before = story } }
      start = end
    }
  }

  /// An edge's ends as cluster indexes: by the positions it carries (`local` maps a position
  /// to its index, -1 for a repeated id), else by id.
  static func edgeEnds<E: MergeEdge>(_ e: E, _ local: [Int], _ index: [String: Int]) -> (Int, Int)? {
    if let (ia, ib) = e.positions(below: local.count) {
      let (x, y) = (local[ia], local[ib])
      return x >= 0 && y >= 0 ? (x, y) : nil
    }
    let (a, b) = e.ids
    guard let x = index[a], let y = index[b] else { return nil }
    return (x, y)
  }

  /// The merge's edge order: by packed key, then by edge reference (a total order).
  static func keyOrder(_ l: (key: UInt64, k: Int), _ r: (key: UInt64, k: Int)) -> Bool {
    l.key != r.key ? l.key < r.key : l.k < r.k
  }

  /// The elements that `emit` gives for groups `0 ..< groups` (`emit(g, put)` calls `put` with
  /// each of group g's, the same ones in the same order each time) in one sorted order
  /// (``keyOrder``: total, as `k` is unique), sorted on all cores. `bucket` maps a key to one
  /// of `buckets` ranges in key order (a larger key never has a smaller bucket): each group is
  /// counted, then emitted again and scattered into its buckets' places in one array, then
  /// each bucket is sorted on its own. (Sorting each group, then reading the groups through a
  /// heap of their heads, left the heap's 12 million steps at 100,000 documents on one core;
  /// merging pairs of groups until one was left wrote every edge six times into fresh memory;
  /// keeping the groups' elements between the two passes wrote them once more, 170 MB at
  /// 100,000 documents, into pages that were new to the process and faulted on this machine's
  /// host.)
  static func bucketSorted(
    groups: Int, buckets: Int, bucket: @escaping @Sendable (UInt64) -> Int,
    emit: @escaping @Sendable (Int, (UInt64, Int) -> Void) -> Void
  ) -> [(key: UInt64, k: Int)] {
    // One flat table of `groups` rows of `buckets` cells, each row written by its group's task
    // only: first group g's count of each bucket, then (after the prefix sums) where its next
    // key of each bucket goes. (A row array per group, and a second array of rows for the
    // offsets, cost a uniqueness check per cell and a copy of every row: with 8,192 buckets,
    // about 40 million instructions on the 2,000-document corpus, more than its edges took.)
    let cells = UnsafeMutableBufferPointer<Int>.allocate(capacity: groups * buckets)
    cells.initialize(repeating: 0)
    defer { cells.deallocate() }
    let table = UnsafeSharedBuffer(cells)
    DispatchQueue.concurrentPerform(iterations: groups) { g in
      let count = table.base + g * buckets
      emit(g) { key, _ in count[bucket(key)] += 1 }
    }
    // The counts become offsets, in (bucket, group) order; `starts[b]`: bucket b's start.
    var starts = [Int](repeating: 0, count: buckets + 1)
    var total = 0
    for b in 0..<buckets {
      starts[b] = total
      for g in 0..<groups {
        let cell = table.base + (g * buckets + b)
        let count = cell.pointee
        cell.pointee = total
        total += count
      }
    }
    starts[buckets] = total
    let bounds = starts
    return [(key: UInt64, k: Int)](unsafeUninitializedCapacity: total) { buffer, initialized in
      let out = UnsafeSharedBuffer(buffer)
      DispatchQueue.concurrentPerform(iterations: groups) { g in
        let at = table.base + g * buckets
        emit(g) { key, k in
          let b = bucket(key)
          out.base[at[b]] = (key, k)
          at[b] += 1
        }
      }
      DispatchQueue.concurrentPerform(iterations: buckets) { b in
        guard bounds[b + 1] - bounds[b] > 1 else { return }
        var range = UnsafeMutableBufferPointer(rebasing: out.buffer[bounds[b]..<bounds[b + 1]])
        range.sort(by: keyOrder)
      }
      initialized = total
    }
  }

  /// The documents' mentions as one list, without copying them (positions as in
  /// `documents.flatMap(\.mentions)`): the flat copy (642k mentions at 100k documents) cost
  /// fresh memory and a retain of every string the mentions hold, twice per run.
  struct Flattened: RandomAccessCollection, Sendable {
    let documents: [DocumentExtraction]
    /// `starts[d]`: the position of document d's first mention (``starts(_:)``).
    let starts: [Int]
    /// `owner[p]`: the document of position p.
    let owner: [Int32]

    init(_ documents: [DocumentExtraction]) {
      self.documents = documents
      starts = Self.starts(documents)
      var owner: [Int32] = []
      owner.reserveCapacity(starts[documents.count])
      for (d, doc) in documents.enumerated() {
        owner.append(contentsOf: repeatElement(Int32(d), count: doc.mentions.count))
      }
      self.owner = owner
    }

    /// `documents`, which hold as many mentions each as `other`'s documents, placed as those
    /// are: its places are not worked out again (a read of every document and a list of every
    /// mention's owner, made twice per merge).
    init(_ documents: [DocumentExtraction], placedAs other: Flattened) {
      precondition(documents.count == other.documents.count, "the documents of the same layout")
      self.documents = documents
      starts = other.starts
      owner = other.owner
    }

    /// Where each document's mentions start among all documents' mentions taken in order:
    /// document `d`'s are at `starts[d] ..< starts[d + 1]` (one entry more than documents).
    static func starts(_ documents: [DocumentExtraction]) -> [Int] {
      var starts = [Int](repeating: 0, count: documents.count + 1)
      for d in documents.indices { starts[d + 1] = starts[d] + documents[d].mentions.count }
      return starts
    }

    var startIndex: Int { 0 }
    var endIndex: Int { owner.count }

    subscript(p: Int) -> EventMention {
      _read {
        let d = Int(owner[p])
        yield documents[d].mentions[p - starts[d]]
      }
    }
  }

  /// `base` read in `order`, without copying its elements.
  struct Gathered<Base: RandomAccessCollection>: RandomAccessCollection
  where Base.Element == EventMention, Base.Index == Int {
    let base: Base
    let order: [Int]
    var startIndex: Int { 0 }
    var endIndex: Int { order.count }
    subscript(i: Int) -> EventMention { _read { yield base[order[i]] } }
  }

  /// `"[\(a) + \(b)] "`, the start of an evidence note of the pair (a, b), written straight into
  /// the string: the interpolation was about 2,300 instructions a pair (a string interpolation
  /// grown piece by piece), for every boundary candidate of a large event and every edge whose
  /// entries are written.
  static func pairStart(_ a: String, _ b: String) -> String {
    let written = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y in
        String(unsafeUninitializedCapacity: x.count + y.count + 6) { out in
          var at = 0
          func put(_ bytes: UnsafeBufferPointer<UInt8>) {
            if let from = bytes.baseAddress, let to = out.baseAddress {
              (to + at).initialize(from: from, count: bytes.count)
            }
            at += bytes.count
          }
          func put(_ text: StaticString) { text.withUTF8Buffer { put($0) } }
          put("[")
          put(x)
          put(" + ")
          put(y)
          put("] ")
          return at
        }
      }
    }
    return (written ?? nil) ?? "[\(a) + \(b)] "
  }

  /// An edge the merge accepted: its ends' indexes in id order (`x`, `y`, as the edge gives
  /// them) and its number (`chunk << 32 | offset`).
  struct Accepted {
    var x: Int
    var y: Int
    var k: Int
  }

  /// The pairs of sets (roots with their size-stamps) the merge's loop found incompatible, for
  /// an edge that joins days of one event (`span`) or not: an open-addressing table of the
  /// pairs packed in two words, probed from a multiplicative hash. A `Set` of a five-field key
  /// ran SipHash for every lookup, one per edge between two sets of the serial loop (about two
  /// million at 100,000 documents).
  ///
  /// Roots are below 2^31 (the merge has fewer mentions), and so are stamps (a set's stamp
  /// counts the unions it took part in).
  struct IncompatiblePairs {
    /// Slot s holds the pair `(first[s], second[s])`; `first` 0 is empty (the two roots of a
    /// pair differ, so no pair packs to 0).
    private var first: [UInt64]
    private var second: [UInt64]
    private var count = 0
    private var shift: UInt64

    init() {
      first = [UInt64](repeating: 0, count: 64)
      second = [UInt64](repeating: 0, count: 64)
      shift = 64 - 6
    }

    private static func packed(_ a: Int, _ stampA: Int, _ b: Int, _ stampB: Int, _ span: Bool) -> (UInt64, UInt64) {
      precondition(a >= 0 && b >= 0 && a < 1 << 31 && b < 1 << 31 && a != b, "two roots below 2^31")
      precondition(stampA >= 0 && stampB >= 0 && stampA < 1 << 31 && stampB < 1 << 31, "stamps below 2^31")
      return (UInt64(a) << 32 | UInt64(b), UInt64(stampA) << 32 | UInt64(stampB) << 1 | (span ? 1 : 0))
    }

    /// The slot of the pair `(x, y)`, or of the empty slot where it would go.
    private func slot(_ x: UInt64, _ y: UInt64) -> Int {
      let mask = first.count - 1
      var s = Int(truncatingIfNeeded: ((x ^ (y &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
      while first[s] != 0 && (first[s] != x || second[s] != y) { s = (s + 1) & mask }
      return s
    }

    func contains(_ a: Int, _ stampA: Int, _ b: Int, _ stampB: Int, span: Bool) -> Bool {
      let (x, y) = Self.packed(a, stampA, b, stampB, span)
      return first[slot(x, y)] != 0
    }

    mutating func insert(_ a: Int, _ stampA: Int, _ b: Int, _ stampB: Int, span: Bool) {
      let (x, y) = Self.packed(a, stampA, b, stampB, span)
      let s = slot(x, y)
      guard first[s] == 0 else { return }
      (first[s], second[s]) = (x, y)
      count += 1
      if 2 * count > first.count { grow() }
    }

    /// Twice the slots, every pair placed again (kept at most half full).
    private mutating func grow() {
      let (oldFirst, oldSecond) = (first, second)
      first = [UInt64](repeating: 0, count: 2 * oldFirst.count)
      second = [UInt64](repeating: 0, count: 2 * oldFirst.count)
      shift -= 1
      for s in oldFirst.indices where oldFirst[s] != 0 {
        let t = slot(oldFirst[s], oldSecond[s])
        (first[t], second[t]) = (oldFirst[s], oldSecond[s])
      }
    }
  }

  /// Clusters mentions along edges, strongest body–body edges first, never joining two sets
  /// a cannot-link separates (incompatible time ranges, ordinals, places), and never letting
  /// a caption mention bridge two sets that both hold body mentions. Mentions with unknown
  /// times join the cluster of the same class their document reports most.
  ///
  /// `explain` gives the evidence of an accepted edge (built then for edges scored without it:
  /// the entries of the rules given); `rules`, its rules without building it, or nil (then
  /// the evidence is built). Each event gets the count of its evidence entries and at least
  /// the `keep` first in order (``Reconciler/maxEvidence``): an entry is written only when it
  /// can be among those (``MergeReasons``, ``listedReasons(_:extra:keep:start:explain:)``).
  /// `byID`: the positions of `all` sorted by (id, position), when the caller has them.
  static func cluster<All: RandomAccessCollection & Sendable, E: MergeEdge>(
    mentions all: All, edges chunks: [[E]], byID known: [Int]? = nil, undatedDocuments: Set<String> = [],
    keep: Int = Reconciler().maxEvidence, explain: @escaping @Sendable (E, MergeRule.Bits) -> [Evidence],
    rules: @escaping @Sendable (E) -> MergeRule.Bits? = { _ in nil }
  )
    -> (clusters: [[EventMention]], evidence: [String: MergeReasons], clusterAt: [Int32])
  where All.Element == EventMention, All.Index == Int {
    // Mentions in id order (the first of a repeated id kept); `local[p]` is the index of the
    // mention at position p of `all` (-1 for a repeat, whose kept twin is in `repeats`).
    let byID = known ?? PreparedMentions.idOrder(all)
    var local = Array(repeating: -1, count: all.count)
    var kept: [Int] = []
    kept.reserveCapacity(all.count)
    // The kept mentions' ids, in their order: each id is read once here, and the evidence
    // notes' pairs are written from this list (a mention's id read through `all` at random, as
    // a big event's pairs were, is several dependent cache misses at 100,000 documents).
    var keptIDs: [String] = []
    keptIDs.reserveCapacity(all.count)
    var repeats: [(p: Int, twin: Int)] = []
    for p in byID {
      let id = all[p].id
      if let last = keptIDs.last, last == id {
        repeats.append((p, kept.count - 1))
        continue
      }
      local[p] = kept.count
      kept.append(p)
      keptIDs.append(id)
    }
    let idAt = keptIDs
    let ms = Gathered(base: all, order: kept)  // no copy of millions of mentions
    // Edges are referred to as `chunk << 32 | offset` (no flat copy of millions of edges).
    @Sendable func edge(_ k: Int) -> E { chunks[k >> 32][k & 0xFFFF_FFFF] }
    // An edge's ends: by the positions in `all` it carries (no hashing), else by id (streamed
    // edges; the id table is built only for them).
    var index: [String: Int] = [:]
    if chunks.contains(where: { $0.contains { $0.findsEndsByID } }) {
      index.reserveCapacity(ms.count)
      for (i, m) in ms.enumerated() { index[m.id] = i }
    }
    func ends(_ e: E) -> (Int, Int)? { edgeEnds(e, local, index) }
    var uf = UnionFind(count: ms.count)
    // A series name's words split, and a place's and a trigger's lists made, once per chunk
    // (``Summary/Known``; a mention with a series name took about 1,600 instructions to split
    // it).
    let summaryChunks = chunkRanges(kept.count)
    let keptPositions = kept
    var summaries = parallelInitialized(count: kept.count, tasks: summaryChunks.count) { t, put in
      var found = Summary.Known()
      for i in summaryChunks[t] {
        var s = Summary(all[keptPositions[i]], known: &found)
        if i > 0, all[keptPositions[i - 1]].document == all[keptPositions[i]].document { s.own.insert(.sameDocument) }
        if i > 0, all[keptPositions[i - 1]].eventClass == all[keptPositions[i]].eventClass { s.own.insert(.sameClass) }
        put(i, s)
      }
    }
    boundEarlierOccurrences(&summaries)
    // Flags read in several passes below, taken from the summaries before any is joined (each
    // is the mention's own): flags, not mentions. (Reading the mentions again, one core, and
    // parsing every time value a second time were a quarter second at 100,000 documents.)
    let caption = summaries.map { !$0.hasBody }
    let timed = summaries.map { $0.range != nil }
    // Each mention's own latest day (before any join), for the undated rule's sense of an
    // article's present.
    var ownLatest = summaries.map { $0.days?.last ?? .min }
    let own = summaries.map(\.own)
    let isMain = own.map { $0.contains(.main) }
    // A dated clause (``EventExtractor/datedClauses(_:units:expressions:mentions:)``) is a fact
    // of its own: no undated mention joins it, and its date is not the article's story.
    let datedClause = own.map { $0.contains(.datedClause) }
    // The evidence of accepted unions, grouped by final root at the end: the edges' (one list
    // per edge, built on other threads during the loop) before the undated rules' (here, a
    // member each).
    var accepted: [(Int, Evidence)] = []
    var acceptedEdges: [Accepted] = []
    // Accepted edges are read (their rules read off a compact edge or found for a streamed
    // one, or their evidence built) in batches on another thread while this one goes on with
    // the serial loop and the undated rules, which never read the evidence (reading after the
    // loop left one core idle during the loop and the other during the rules: about half a
    // second at 100,000 documents). One batch at a time (`oneAtATime`): two at once took both
    // cores from the loop, the critical path (at 100,000 documents the loop took 1.4–1.7 s
    // instead of 0.8–1.0 s); what is left when the rules end runs on both cores.
    // An edge's entries are written later, when the event's count shows they can be listed
    // (``listedReasons(_:extra:keep:start:explain:)``): writing all of them (1.3 million entries
    // at 100,000 documents, of which the events list 312,000) took about two CPU seconds.
    // The start of the notes of an accepted edge's entries, `[a + b] `.
    @Sendable func pairStart(_ a: Accepted) -> String {
      // In-process edges name their ends by position only (``EventResolver/resolveBlock``):
      // their ids are those of the kept mentions the edge joined (a position's index in
      // `local` is its kept mention's).
      let e = edge(a.k)
      let ids = e.ids
      if ids.0.isEmpty, e.positions(below: all.count) != nil { return Self.pairStart(idAt[a.x], idAt[a.y]) }
      return Self.pairStart(ids.0, ids.1)
    }
    // The pair's prefix is written once per edge and put before each note in place (a new
    // list of entries, each note interpolated anew, copied every entry's citation).
    @Sendable func explainAccepted(_ a: Accepted, _ only: MergeRule.Bits) -> [Evidence] {
      var entries = explain(edge(a.k), only)
      guard !entries.isEmpty else { return entries }
      let prefix = pairStart(a)
      for i in entries.indices { entries[i].note = prefix + entries[i].note }
      return entries
    }
    @Sendable func readAccepted(_ a: Accepted) -> AcceptedReasons {
      rules(edge(a.k)).map(AcceptedReasons.rules) ?? .entries(explainAccepted(a, .all))
    }
    let explaining = BackgroundWork<[AcceptedReasons]>(oneAtATime: true)
    let batch = 4096
    var submitted = 0  // accepted edges handed to `explaining`, in batches of `batch` but the last
    func submitAccepted() {
      guard submitted < acceptedEdges.count else { return }
      let edges = Array(acceptedEdges[submitted...])
      submitted = acceptedEdges.count
      explaining.submit { edges.map(readAccepted) }
    }
    // Deduplicate edges (keep the best score per pair) and order them. Mention ids become
    // indexes once per edge; ids are sorted, so index order is id order.
    let n = ms.count
    // Every copy of one pair has the same score and evidence (a pair scores the same in every
    // block it meets in), so sorting all edges by (caption, score, pair) puts the copies of a
    // pair next to each other; the first is kept. One packed sort key per edge instead of a
    // hash table of millions of pairs.
    // Beside the edge's number, whether it joins days of one multi-day event: the loop below
    // then reads the edge itself only for the edges it accepts (at 100,000 documents it read
    // 1.9 million edges scattered over the chunks only for this flag).
    let spanBit = 1 << 62
    var ordered: [(key: UInt64, k: Int)]
    if n < 1 << 28 {
      // Keys built a group of chunks per task (all cores) and sorted into one order on all
      // cores (``bucketSorted(groups:buckets:bucket:emit:)``, which builds them twice: to
      // count, then to place): buckets by caption, score and the high bits of the first end.
      let (idOf, isCaption) = (index, caption)
      // Each position's index and caption flag in one word (`index << 1 | caption`, -1 for a
      // repeated id): the two passes read both ends of every edge at random (12 million
      // edges at 100,000 documents), and the index list (8 bytes a position) and the flags
      // were two cache misses an end where this list (4 bytes) is one.
      let endOf = local.map { i -> Int32 in i < 0 ? -1 : Int32(i) << 1 | (caption[i] ? 1 : 0) }
      // About eight groups per core: the counting table has a row of 8,192 cells per group,
      // cleared and turned into offsets on one core (64 groups were 600,000 cells, about 18
      // million instructions on the 2,000-document corpus, more than its edges' keys took).
      let perGroup = max(1, chunks.count / (8 * max(1, ProcessInfo.processInfo.activeProcessorCount)))
      let groups = stride(from: 0, to: chunks.count, by: perGroup).map { $0..<min(chunks.count, $0 + perGroup) }
      // The first end's high bits: 5 bits below the caption-and-score byte.
      let shift = UInt64(max(0, (UInt64(n).bitWidth - UInt64(n).leadingZeroBitCount) - 5))
      ordered = bucketSorted(
        groups: groups.count, buckets: 256 << 5,
        bucket: { key in Int(key >> 56) << 5 | Int((key >> 28 & ((1 << 28) - 1)) >> shift) },
        emit: { g, put in
          for c in groups[g] {
            for o in chunks[c].indices {
              let x: Int, y: Int, cap: UInt64
              if let (a, b) = chunks[c][o].positions(below: endOf.count) {
                let (u, v) = (endOf[a], endOf[b])
                guard u >= 0 && v >= 0 else { continue }
                (x, y, cap) = (Int(u >> 1), Int(v >> 1), UInt64((u | v) & 1))
              } else {
                guard let (a, b) = edgeEnds(chunks[c][o], [], idOf) else { continue }  // by id
                (x, y, cap) = (a, b, isCaption[a] || isCaption[b] ? 1 : 0)
              }
              let inverse = UInt64(127 - max(0, min(127, chunks[c][o].score)))
              let spans = chunks[c][o].spans ? spanBit : 0
              put(cap << 63 | inverse << 56 | UInt64(x) << 28 | UInt64(y), c << 32 | o | spans)
            }
          }
        })
    } else {
      // Beyond 2^28 mentions the pair does not fit the key: the hash table.
      var packed: [(key: UInt64, k: Int)] = []
      var best: [Int: Int] = [:]  // x * n + y → edge
      for (c, chunk) in chunks.enumerated() {
        for (o, e) in chunk.enumerated() {
          guard let (x, y) = ends(e) else { continue }
          let code = x * n + y
          if let old = best[code].map(edge), (old.score, old.evidenceCount) >= (e.score, e.evidenceCount) {
            continue
          }
          best[code] = c << 32 | o
        }
      }
      for (code, k) in best {
        let x = code / n, y = code % n
        let cap: UInt64 = caption[x] || caption[y] ? 1 : 0
        packed.append((cap << 63 | UInt64(127 - max(0, min(127, edge(k).score))) << 56, k))
      }
      packed.sort { l, r in
        if l.key != r.key { return l.key < r.key }
        return (ends(edge(l.k)) ?? (0, 0)) < (ends(edge(r.k)) ?? (0, 0))
      }
      ordered = packed
    }
    let mask: UInt64 = (1 << 28) - 1
    // Two sets found incompatible stay so until one of them grows: remember the verdict per
    // (set, its size-stamp) pair, so the many edges between two big incompatible sets (the same
    // talks in different years) cost one check.
    var stamp = Array(repeating: 0, count: n)
    var incompatible = IncompatiblePairs()
    var previous: UInt64? = nil
    // Summaries read and joined in place, through pointers into the buffer (an array subscript
    // copied the other set's summary for each of the 1.9 million checks at 100,000 documents;
    // a buffer subscript passed to a method still copied both sides).
    summaries.withUnsafeMutableBufferPointer { sums in
      for p in ordered {
        let x: Int, y: Int
        if n < 1 << 28 {
          if p.key == previous { continue }  // another copy of the same pair
          previous = p.key
          (x, y) = (Int(p.key >> 28 & mask), Int(p.key & mask))
        } else {
          (x, y) = ends(edge(p.k)) ?? (0, 0)
        }
        let o = (caption: p.key >> 63 == 1, k: p.k & ~spanBit)
        let rx = uf.find(x), ry = uf.find(y)
        if rx == ry { continue }
        let span = n < 1 << 28 ? p.k & spanBit != 0 : edge(o.k).spans
        let (stampX, stampY) = (stamp[rx], stamp[ry])
        if incompatible.contains(rx, stampX, ry, stampY, span: span) { continue }
        guard Summary.compatible(sums.baseAddress! + rx, sums.baseAddress! + ry, span: span) else {
          incompatible.insert(rx, stampX, ry, stampY, span: span)
          continue
        }
        if o.caption, sums[rx].hasBody, sums[ry].hasBody { continue }
        let root = uf.union(rx, ry)
        stamp[root] += 1
        Summary.absorb(sums.baseAddress! + root, sums.baseAddress! + (root == rx ? ry : rx))  // in place: no copy
        acceptedEdges.append(Accepted(x: x, y: y, k: o.k))
        if acceptedEdges.count - submitted == batch { submitAccepted() }
      }
    }
    submitAccepted()
    // The ordered edges (170 MB at 100,000 documents) are not read again: freed now, the peak
    // of a 100,000-document run, which came later, fell from 2,006 to 1,935 MB (`VmHWM`).
    ordered = []
    // Documents and classes as small integers (one string hash per mention, no joined keys).
    // Constants for the local functions below (a captured variable is checked for exclusive
    // access at every read).
    let (docNumber, classNumber, docOf, classOf) = { () -> ([String: Int], [String: Int], [Int], [Int]) in
      var docNumber: [String: Int] = [:]
      var classNumber: [String: Int] = [:]
      var docOf = [Int](repeating: 0, count: n)
      var classOf = [Int](repeating: 0, count: n)
      for i in ms.indices {
        // A document's mentions are next to each other in id order, and a run of one class
        // (most of a document's mentions) takes the number of the mention before: the runs
        // were found by the summaries' pass on all cores (``Summary/Own``), so only a run's
        // first mention is read here, and hashed (reading every mention again was a serial
        // cache miss a mention at 100,000 documents).
        if own[i].contains(.sameDocument) {
          docOf[i] = docOf[i - 1]
        } else {
          docOf[i] =
            docNumber[ms[i].document]
            ?? {
              let k = docNumber.count; docNumber[ms[i].document] = k; return k
            }()
        }
        if own[i].contains(.sameClass) {
          classOf[i] = classOf[i - 1]
        } else {
          classOf[i] =
            classNumber[ms[i].eventClass]
            ?? {
              let k = classNumber.count; classNumber[ms[i].eventClass] = k; return k
            }()
        }
      }
      return (docNumber, classNumber, docOf, classOf)
    }()
    let classes = max(1, classNumber.count)
    // Unknown-time mentions: attach to the document's cluster of the same class. Only the
    // (document, class) pairs that hold such a mention are weighed (weighing every timed
    // mention's was a serial fifth of a second at 100,000 documents).
    var docClass: [Int: [Int: Int]] = [:]  // doc × class → root → weight
    for i in ms.indices where !timed[i] { docClass[docOf[i] * classes + classOf[i]] = [:] }
    // The persons of those sets' mentions in the document: an undated "Suella Braverman
    // resigned" does not join the article's set of Boris Johnson's resignation.
    var docClassPersons: [Int: [Int: Set<String>]] = [:]  // doc × class → root → persons
    // Where each set is first mentioned, and how late the article's own story runs: an undated
    // "the crush at the stadium" refers back, to the article's main event or to a crush it
    // already named; not to the 1964 crush its background paragraph names further down.
    var docClassFirst: [Int: [Int: Int]] = [:]  // doc × class → root → first offset
    var docLatest = [Int](repeating: .min, count: docNumber.count)
    for i in ms.indices where timed[i] && !datedClause[i] {
      docLatest[docOf[i]] = max(docLatest[docOf[i]], ownLatest[i])
    }
    ownLatest = []
    // Whether a (document, class) pair is weighed is looked up once per run of mentions of one
    // pair (a document's mentions of a class mostly come together; the loop adds no pair), not
    // twice per timed mention (an integer hashed each time).
    var (lastKey, lastWeighed) = (-1, false)
    for i in ms.indices where timed[i] && !datedClause[i] && !docClass.isEmpty {
      let key = docOf[i] * classes + classOf[i]
      if key != lastKey { (lastKey, lastWeighed) = (key, docClass[key] != nil) }
      guard lastWeighed else { continue }
      let w = (isMain[i] ? 3 : 0) + (caption[i] ? 0 : 1)
      docClass[key]?[uf.find(i), default: 0] += w
      let start = ms[i].triggerSpan.start
      docClassFirst[key, default: [:]][uf.find(i)] = min(start, docClassFirst[key]?[uf.find(i)] ?? start)
      let persons = ms[i].participants.filter { $0.hasPrefix("person:") }
      if !persons.isEmpty { docClassPersons[key, default: [:]][uf.find(i), default: []].formUnion(persons) }
    }
    for i in ms.indices where !timed[i] {
      let ri = uf.find(i)
      let key = docOf[i] * classes + classOf[i]
      guard summaries[ri].range == nil, var roots = docClass[key], !roots.isEmpty else {
        continue
      }
      let start = ms[i].triggerSpan.start
      // A headline names ahead what the body dates ("…will pay a visit to Russia" over "to
      // visit Moscow next week"), but not the history the body recalls.
      let headline = ms[i].role == .headline
      let present = docLatest[docOf[i]] == .min ? Int.min : docLatest[docOf[i]] - Self.backgroundDays
      roots = roots.filter { r in
        r.value >= 3 || (docClassFirst[key]?[r.key] ?? .max) < start
          || (headline && summaries[uf.find(r.key)].range.map { $0.latest.ordinal >= present } ?? true)
      }
      if roots.isEmpty { continue }
      let mine = ms[i].participants.filter { $0.hasPrefix("person:") }
      if !mine.isEmpty, let persons = docClassPersons[key] {
        let sharing = roots.filter { persons[$0.key].map { !$0.isDisjoint(with: mine) } ?? false }
        if !sharing.isEmpty {
          roots = sharing
        } else if roots.keys.allSatisfy({ persons[$0] != nil }) {
          continue  // every set names other persons
        }
      }
      let target = roots.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.first?.key
      guard let t = target.map({ uf.find($0) }), t != ri, summaries[ri].compatible(with: summaries[t]) else { continue }
      let merged = summaries[ri].merged(with: summaries[t])
      let root = uf.union(ri, t)
      summaries[root] = merged
      accepted.append(
        (
          i,
          Evidence(
            rule: "resolve.same-document-undated",
            note: "[\(ms[i].id)] The undated mention refers to the event of the same class its article reports.",
            citation: ms[i].citation)
        ))
    }
    // Documents without a usable date: their main-event mentions with no time join the one
    // event of the same class and place that other documents report as their main event on a
    // known day (never when two such events compete).
    if !undatedDocuments.isEmpty {
      // Constants, not variables, for the functions below: a captured variable is checked for
      // exclusive access at every read.
      let undatedDocument: [Bool] = {
        var out = [Bool](repeating: false, count: docNumber.count)
        for (name, k) in docNumber where undatedDocuments.contains(name) { out[k] = true }
        return out
      }()
      func undated(_ i: Int) -> Bool { undatedDocument[docOf[i]] }
      // (class, place) → roots: the class by its number (a "class|place" string was joined,
      // and allocated, for every main mention of a dated document); the summary, read in
      // the merge's own list, is tested before the mention's place, read through its document.
      var candidates: [ClassName: Set<Int>] = [:]
      for i in ms.indices where isMain[i] && !caption[i] && !undated(i) {
        let r = uf.find(i)
        guard let range = summaries[r].range, range.length <= 7, let place = ms[i].place else { continue }
        candidates[ClassName(eventClass: classOf[i], name: place), default: []].insert(r)
      }
      var docPlace: [Int: String] = [:]  // doc × class → place
      for i in ms.indices where isMain[i] && undated(i) {
        if let p = ms[i].place, docPlace[docOf[i] * classes + classOf[i]] == nil {
          docPlace[docOf[i] * classes + classOf[i]] = p
        }
      }
      // A person's event on a stated day, main or not ("after Boris Johnson pulled out of the
      // race on Sunday evening"): an undated article with no place for its main event may
      // report it, on the weekday it names. Only the persons such articles name are indexed.
      var wanted = Set<String>()
      for i in ms.indices where isMain[i] && !caption[i] && undated(i) && ms[i].place == nil {
        guard docPlace[docOf[i] * classes + classOf[i]] == nil,
          ms[i].time.flatMap({ TemporalValue($0.value).weekdayOnly }) != nil
        else { continue }
        wanted.formUnion(ms[i].participants.filter { $0.hasPrefix("person:") })
      }
      // The weekdays each undated article gives a class ("before dawn on Wednesday", even in a
      // reference phrase): doc × class → weekdays.
      let docWeekdays: [Int: Set<Int>] = {
        var out: [Int: Set<Int>] = [:]
        for i in ms.indices where !caption[i] && undated(i) {
          if let w = ms[i].time.flatMap({ TemporalValue($0.value).weekdayOnly }) {
            out[docOf[i] * classes + classOf[i], default: []].insert(w)
          }
        }
        return out
      }()
      // A country's event on a stated day ("ARQUATA DEL TRONTO, Italy (AP) - … since the quake
      // struck before dawn on Wednesday"): an undated article whose main event's town no dated
      // report names may report it, on a weekday it names. Indexed for the countries such
      // articles name.
      var wantedCountries = Set<String>()
      for i in ms.indices where isMain[i] && !caption[i] && undated(i) {
        guard docWeekdays[docOf[i] * classes + classOf[i]] != nil else { continue }
        wantedCountries.formUnion(Self.countries(ms[i]))
      }
      var countryCandidates: [String: Set<Int>] = [:]  // "class|country" → roots
      if !wantedCountries.isEmpty {
        for i in ms.indices where isMain[i] && !caption[i] && !undated(i) {
          guard summaries[uf.find(i)].range?.length == 1 else { continue }
          for c in Self.countries(ms[i]) where wantedCountries.contains(c) {
            countryCandidates[ms[i].eventClass + "|" + c, default: []].insert(uf.find(i))
          }
        }
      }
      var personCandidates: [String: Set<Int>] = [:]  // "class|person" → roots
      if !wanted.isEmpty {
        for i in ms.indices where !caption[i] && !undated(i) && ms[i].time?.stated == true {
          let persons = ms[i].participants.filter { wanted.contains($0) }
          guard !persons.isEmpty, summaries[uf.find(i)].range?.length == 1 else { continue }
          for p in persons { personCandidates[ms[i].eventClass + "|" + p, default: []].insert(uf.find(i)) }
        }
      }
      // "Since he died last Friday" in an undated article that names where he died, "The rig
      // exploded on April 20": an undated mention, main or not, may report the event of its
      // class that other articles date to one day, when it names that event's place and its
      // article gives the class that day's weekday, or when it states the month and day.
      // Each such mention's keys, found once: "class|place" (a string, made only when its
      // article gives the class a weekday) and its class, month and day (a number).
      func dayKey(_ i: Int, _ month: Int, _ day: Int) -> Int { classOf[i] << 10 | month << 5 | day }
      let partial: [(i: Int, place: String?, monthDay: Int?)] = ms.indices.compactMap { i in
        guard !caption[i], undated(i) else { return nil }
        let place = docWeekdays[docOf[i] * classes + classOf[i]] == nil ? nil : ms[i].place.map { ms[i].eventClass + "|" + $0 }
        let monthDay = ms[i].time.flatMap { Self.monthDay($0.value) }.map { dayKey(i, $0.month, $0.day) }
        return place == nil && monthDay == nil ? nil : (i, place, monthDay)
      }
      var placeWanted = Set<String>()
      var dayWanted = Set<Int>()
      var placeClass = [Bool](repeating: false, count: classes)  // some undated mention asks by place
      for (i, place, monthDay) in partial {
        if let k = place { placeWanted.insert(k); placeClass[classOf[i]] = true }
        if let k = monthDay { dayWanted.insert(k) }
      }
      var placeCandidates: [String: Set<Int>] = [:]  // "class|place" → roots dated to one day
      var dayCandidates: [Int: Set<Int>] = [:]  // class, month and day → roots dated to that day
      if !placeWanted.isEmpty || !dayWanted.isEmpty {
        for i in ms.indices where !caption[i] && !undated(i) {
          let r = uf.find(i)
          guard let day = summaries[r].range, day.length == 1 else { continue }
          let k = dayKey(i, day.earliest.month, day.earliest.day)
          if dayWanted.contains(k) { dayCandidates[k, default: []].insert(r) }
          if placeClass[classOf[i]], let place = ms[i].place {
            let key = ms[i].eventClass + "|" + place
            if placeWanted.contains(key) { placeCandidates[key, default: []].insert(r) }
          }
        }
      }
      // The documents of the sets the loops below look at: the candidates and the undated
      // mentions' own sets (a union's root is one of the two).
      // Flags by root, not a set: every mention's root is tested below (a hash each).
      var needed = [Bool](repeating: false, count: n)
      for r in candidates.values.joined() { needed[r] = true }
      for r in personCandidates.values.joined() { needed[r] = true }
      for r in countryCandidates.values.joined() { needed[r] = true }
      for r in placeCandidates.values.joined() { needed[r] = true }
      for r in dayCandidates.values.joined() { needed[r] = true }
      for i in ms.indices where isMain[i] && !caption[i] && undated(i) { needed[uf.find(i)] = true }
      for m in partial { needed[uf.find(m.i)] = true }
      // A document's mentions are next to each other (id order): a set takes a document once
      // per run of its mentions there (the last document it took is kept by root), not once
      // per mention (two hashes each, for the mentions of every candidate set).
      var rootDocs: [Int: Set<Int>] = [:]
      var lastDocument = [Int32](repeating: -1, count: n)
      for i in ms.indices {
        let r = uf.find(i)
        guard needed[r], lastDocument[r] != Int32(docOf[i]) else { continue }
        lastDocument[r] = Int32(docOf[i])
        rootDocs[r, default: []].insert(docOf[i])
      }
      // Joins the set `ri` of the undated mention `i`, summarized as `mine`, to the dated set `t`.
      func join(_ i: Int, _ ri: Int, _ mine: Summary, _ t: Int, rule: String, note: String) {
        let merged = mine.merged(with: summaries[t])
        let docs = (rootDocs[ri] ?? []).union(rootDocs[t] ?? [])
        let root = uf.union(ri, t)
        summaries[root] = merged
        rootDocs[root] = docs
        accepted.append((i, Evidence(rule: rule, note: note, citation: ms[i].citation)))
      }
      for i in ms.indices where isMain[i] && !caption[i] && undated(i) {
        let ri = uf.find(i)
        guard summaries[ri].range == nil || summaries[ri].range.map({ $0.length > 31 }) == true else { continue }
        let place = ms[i].place ?? docPlace[docOf[i] * classes + classOf[i]]
        var roots = place.flatMap { candidates[ClassName(eventClass: classOf[i], name: $0)] } ?? []
        var byPerson = false
        var byCountry = false
        if roots.isEmpty, let weekdays = docWeekdays[docOf[i] * classes + classOf[i]] {
          // By the country, then only on a weekday the article names for that class.
          for c in Self.countries(ms[i]) { roots.formUnion(countryCandidates[ms[i].eventClass + "|" + c] ?? []) }
          roots = roots.filter {
            summaries[uf.find($0)].range.map { $0.length == 1 && weekdays.contains($0.earliest.weekday) } ?? false
          }
          byCountry = !roots.isEmpty
        }
        if roots.isEmpty, place == nil {
          // By a person, then only on the weekday the article names ("on Sunday evening").
          guard let weekday = ms[i].time.flatMap({ TemporalValue($0.value).weekdayOnly }) else { continue }
          for p in ms[i].participants where p.hasPrefix("person:") {
            roots.formUnion(personCandidates[ms[i].eventClass + "|" + p] ?? [])
          }
          roots = roots.filter { summaries[uf.find($0)].range.map { $0.earliest.weekday == weekday } ?? false }
          byPerson = true
        }
        guard !roots.isEmpty else { continue }
        var live = Set(roots.map { uf.find($0) }).filter { $0 != ri && !(rootDocs[$0] ?? []).contains(docOf[i]) }
        // "ahead of his second summit", in the city of that summit and of a later press
        // conference there: the ordinal the article gives picks the event that gives it too.
        if let o = summaries[ri].ordinal {
          let same = live.filter { summaries[$0].ordinal == o }
          if !same.isEmpty { live = same }
        }
        // One candidate, or one reported by strictly more documents than any other.
        let ranked = live.map { ($0, rootDocs[$0]?.count ?? 0) }.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }
        // Joined by its country, the article's own town (often the dateline's, where the
        // reporter stood) gives way to the event's.
        var mine = summaries[ri]
        if byCountry { mine.places["city"] = nil }
        guard let t = ranked.first?.0, ranked.count == 1 || ranked[0].1 > ranked[1].1, mine.compatible(with: summaries[t])
        else { continue }
        join(
          i, ri, mine, t, rule: "resolve.undated-main-event",
          note: byPerson
            ? "[\(ms[i].id)] The undated article's main event has the class and person of the one event other articles date to that weekday."
            : byCountry
              ? "[\(ms[i].id)] The undated article's main event has the class and country of the one event other articles date to a weekday it names."
              : "[\(ms[i].id)] The undated article's main event has the class and place of the one event other articles report as theirs.")
      }
      for (i, place, monthDay) in partial {
        let ri = uf.find(i)
        guard summaries[ri].range == nil || summaries[ri].range.map({ $0.length > 31 }) == true else { continue }
        let weekdays = docWeekdays[docOf[i] * classes + classOf[i]] ?? []
        func day(_ r: Int) -> Day? { summaries[r].range.flatMap { $0.length == 1 ? $0.earliest : nil } }
        var live = Set<Int>()
        if let k = monthDay {
          for r in dayCandidates[k] ?? [] { live.insert(uf.find(r)) }
        } else if let k = place {
          for r in placeCandidates[k] ?? [] where day(uf.find(r)).map({ weekdays.contains($0.weekday) }) == true {
            live.insert(uf.find(r))
          }
        }
        live = live.filter { $0 != ri && day($0) != nil && !(rootDocs[$0] ?? []).contains(docOf[i]) }
        if let k = monthDay { live = live.filter { day($0).map { dayKey(i, $0.month, $0.day) } == k } }
        guard live.count == 1, let t = live.first, summaries[ri].compatible(with: summaries[t]) else { continue }
        join(
          i, ri, summaries[ri], t, rule: "resolve.undated-partial-date",
          note: monthDay != nil
            ? "[\(ms[i].id)] The undated mention's month and day are those of the one \(ms[i].eventClass) other articles date to one day."
            : "[\(ms[i].id)] The undated article gives its \(ms[i].eventClass) a weekday and a place: the one event other articles date to that weekday there.")
      }
    }
    let explained = explaining.results()  // batch b holds accepted edges b * batch ..< (b + 1) * batch
    // The sets in root order, each with its members in index order: a counting sort by root
    // (no dictionary of 640,000 small arrays at 100k documents).
    let rootOf = ms.indices.map { uf.find($0) }
    let members = Grouped<Int>(groups: n) { add in for (i, r) in rootOf.enumerated() { add(r, i) } }
    // The accepted edges grouped by root (a counting sort, in acceptance order); the undated
    // rules' evidence (a few) by root. Each cluster's mentions and evidence are then copied
    // out on all cores, a range of roots at a time (flattening the evidence into one list of
    // millions of (member, evidence) pairs, then copying it again by root, was two serial
    // seconds at 100k documents).
    let edgesOf = Grouped<Int>(groups: n) { add in for (k, a) in acceptedEdges.enumerated() { add(rootOf[a.x], k) } }
    var extra: [Int: [Evidence]] = [:]
    for (i, ev) in accepted { extra[rootOf[i], default: []].append(ev) }
    let roots = (0..<n).filter { !members[$0].isEmpty }
    // Each position's cluster (a repeated id's is its twin's): the reconciler finds a mention's
    // event by its place (``MentionEvents``), with no table of a million mention ids.
    var clusterOfRoot = [Int32](repeating: -1, count: n)
    for (c, r) in roots.enumerated() { clusterOfRoot[r] = Int32(c) }
    var clusterAt = [Int32](repeating: -1, count: all.count)
    for p in 0..<all.count where local[p] >= 0 { clusterAt[p] = clusterOfRoot[rootOf[local[p]]] }
    for (p, twin) in repeats { clusterAt[p] = clusterOfRoot[rootOf[twin]] }
    let (keptList, extraList, acceptedList) = (kept, extra, acceptedEdges)
    let built = parallelMap(chunkRanges(roots.count)) { range -> [(mentions: [EventMention], evidence: MergeReasons)] in
      roots[range].map { root in
        // Edges by their number among the accepted ones.
        let edges = edgesOf[root].map { (k: $0, reasons: explained[$0 / batch][$0 % batch]) }
        let reasons = listedReasons(
          edges, extra: extraList[root] ?? [], keep: keep, start: { pairStart(acceptedList[$0]) },
          explain: { explainAccepted(acceptedList[$0], $1) })
        return (members[root].map { all[keptList[$0]] }, reasons)
      }
    }
    var clusters: [[EventMention]] = []
    clusters.reserveCapacity(roots.count)
    var evOut: [String: MergeReasons] = [:]
    evOut.reserveCapacity(roots.count)
    for part in built {
      for (mentions, evidence) in part {
        clusters.append(mentions)
        evOut[mentions[0].id] = evidence
      }
    }
    // What was read of the accepted edges (about 600,000 at 100,000 documents: rules, or
    // evidence arrays for edges that carry theirs) is freed off this thread (kept, in the
    // CLI): when every edge had an evidence array, freeing them here at the return was a
    // quarter second with the other core idle.
    releaseInBackground((explaining, explained))
    return (clusters, evOut, clusterAt)
  }
}
