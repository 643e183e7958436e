import Foundation

/// Deterministic JSON encoding for every output of the engine.
///
/// Keys sorted, pretty-printed, slashes unescaped, a trailing newline: byte-identical output
/// for the same values on every machine.
public enum JSONOutput {
  public static func encode<T: Encodable>(_ value: T) -> String {
    guard let bytes = pretty(value) else { return "{}\n" }
    return String(decoding: bytes, as: UTF8.self) + "\n"
  }

  /// Sorted keys, pretty-printed, slashes unescaped; no trailing newline (the bytes of
  /// `JSONEncoder` with those options, from ``PrettyJSONEncoder``).
  private static func pretty<T: Encodable>(_ value: T) -> [UInt8]? {
    try? PrettyJSONEncoder.encode(value)
  }

  /// `JSONEncoder`'s own encoding with the same options (what ``PrettyJSONEncoder`` must equal).
  static func foundation<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The timeline, byte-identical to the generic `encode` (``write(_:to:)`` into one string).
  public static func encode(_ report: TimelineReport) -> String {
    var bytes: [UInt8] = []
    write(report) { bytes.append(contentsOf: $0) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Elements encoded in parallel at a time by ``write(_:to:)``.
  static let batch = 1024
  /// About how many bytes ``write(_:to:)`` hands its sink at a time.
  static let flushBytes = 1 << 20

  /// Streams the timeline's JSON to `sink` in order, byte-identical to the generic `encode`,
  /// without ever holding the whole text: the elements of its large arrays (documents, events,
  /// conflicts, diagnostics) are encoded on all cores a batch at a time, each alone, indented
  /// to its depth and written between the pieces of the report encoded with those arrays
  /// empty. (JSON strings hold no raw newline, so indenting line by line is safe; empty lines,
  /// from empty arrays, stay unindented as the encoder writes them.)
  public static func write(_ report: TimelineReport, to sink: ([UInt8]) -> Void) {
    write(report, flushBytes: flushBytes, to: sink)
  }

  /// ``write(_:to:)`` handing the sink about `flushBytes` at a time, encoding `batch`
  /// elements at a time.
  static func write(
    _ report: TimelineReport, flushBytes: Int, batch: Int = JSONOutput.batch, to sink: ([UInt8]) -> Void
  ) {
    var skeleton = report
    skeleton.documents = []
    skeleton.events = []
    skeleton.conflicts = []
    skeleton.diagnostics = []
    var rest = Array(encode(Wrapped(report: skeleton)).utf8)  // ends with a newline
    // Keys are sorted, so the arrays appear in this order; a missing marker (not expected)
    // falls back to the generic encoding.
    // Elements read in place, by index (a copy of a batch of them retained every field).
    let arrays: [(String, Int, @Sendable (Range<Int>) -> [[UInt8]])] = [
      ("conflicts", report.conflicts.count, { r in parallelMap(Array(r)) { element(report.conflicts[$0]) } }),
      ("diagnostics", report.diagnostics.count, { r in parallelMap(Array(r)) { element(report.diagnostics[$0]) } }),
      ("documents", report.documents.count, { r in parallelMap(Array(r)) { element(report.documents[$0]) } }),
      ("events", report.events.count, { r in parallelMap(Array(r)) { element(report.events[$0]) } }),
    ]
    var cuts: [(at: Int, length: Int)] = []
    var from = 0
    for (key, count, _) in arrays {
      let marker = Array("\n  \"\(key)\" : [\n\n  ]".utf8)
      guard count > 0 else {
        cuts.append((-1, 0))
        continue
      }
      guard let at = find(marker, in: rest, from: from) else {
        sink(Array(encode(Wrapped(report: report)).utf8))
        return
      }
      cuts.append((at, marker.count))
      from = at + marker.count
    }
    var written = 0
    for ((key, count, encodeRange), cut) in zip(arrays, cuts) where cut.at >= 0 {
      sink(Array(rest[written..<cut.at]))
      sink(Array("\n  \"\(key)\" : [\n".utf8))
      // Elements are encoded a batch at a time and handed on about a megabyte at a time,
      // in one reused buffer: 4,096 events of a 100,000-document timeline made 95 MB chunks,
      // each a fresh mapping whose pages the kernel zeroed (12% of that run's excess growth).
      var chunk: [UInt8] = []
      chunk.reserveCapacity(flushBytes + (flushBytes >> 2))
      // Two batches in flight: while this thread appends one, the next is already being
      // encoded, and a batch's straggler (an event reported thousands of times, megabytes of
      // JSON) no longer leaves the other core idle until it ends.
      let batches = stride(from: 0, to: count, by: batch).map { $0..<min(count, $0 + batch) }
      let encoded = BackgroundWork<[[UInt8]]>()  // work b encodes batch b
      for range in batches.prefix(2) { encoded.submit { encodeRange(range) } }
      for b in batches.indices {
        let pieces = encoded.take(b)
        if b + 2 < batches.count {
          let range = batches[b + 2]
          encoded.submit { encodeRange(range) }
        }
        for (i, piece) in pieces.enumerated() {
          if batches[b].lowerBound + i > 0 { chunk.append(contentsOf: [0x2C, 0x0A]) }  // ",\n"
          chunk.append(contentsOf: piece)
          if chunk.count >= flushBytes {
            sink(chunk)
            chunk.removeAll(keepingCapacity: true)
          }
        }
      }
      if !chunk.isEmpty { sink(chunk) }
      sink(Array("\n  ]".utf8))
      written = cut.at + cut.length
    }
    rest.removeFirst(written)
    sink(rest)
  }

  /// Streams the timeline's JSON into the file at `path` atomically: a temporary file beside
  /// it, renamed over `path` once complete. Returns false (and leaves `path` as it was) when
  /// the file cannot be written.
  public static func write(_ report: TimelineReport, toFile path: String) -> Bool {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporary.path)
    else { return false }
    let writer = FileWriter(handle.fileDescriptor, reserving: true, direct: true)
    write(report) { writer.write($0) }
    var ok = writer.finish()
    do { try handle.close() } catch { ok = false }
    guard ok, rename(temporary.path, path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      return false
    }
    return true
  }

  /// Writes chunks to a file descriptor on its own thread, in order, while the caller goes on
  /// (encoding the next elements on all cores): at 100,000 documents, writing 600 MB on the
  /// encoding thread left the other core idle for a second. At most `inFlight` chunks wait.
  public final class FileWriter: @unchecked Sendable {
    let fd: Int32
    let queue = DispatchQueue(label: "timeline.json-writer")
    let slots: DispatchSemaphore
    var failed = false  // written and read on `queue` only

    /// With `reserving` (only for a new, empty file that this writer alone writes from its
    /// start), the file's blocks are reserved `reserveStep` bytes at a time ahead of the writes;
    /// never for a descriptor it did not open (standard output may append to a file).
    ///
    /// With `direct` (the same condition), the bytes go to the file with `O_DIRECT`, past the
    /// page cache, in aligned blocks of ``directBlock`` (see ``Direct``); where the system
    /// refuses, they are written as usual.
    public init(
      _ fd: Int32, inFlight: Int = 4, reserving: Bool = false, reserveStep: Int = 64 << 20, direct: Bool = false
    ) {
      self.fd = fd
      slots = DispatchSemaphore(value: max(1, inFlight))
      reserved = reserving ? 0 : -1
      self.reserveStep = max(1, reserveStep)
      self.direct = direct ? Direct(fd) : nil
    }

    /// Bytes written so far, and how far the file's blocks are reserved (-1: not reserving);
    /// read and written on `queue` only.
    var written = 0
    var reserved: Int
    let reserveStep: Int
    /// The direct writes' staging buffer (nil: writes go through the page cache); on `queue`.
    var direct: Direct?

    /// Queues `bytes` to be written after every chunk queued before it.
    public func write(_ bytes: [UInt8]) {
      slots.wait()
      queue.async {
        if !self.failed {
          self.reserve(through: self.written + bytes.count)
          if let direct = self.direct {
            self.failed = !direct.write(bytes)
            if !direct.isOn { self.direct = nil }  // refused: the rest as usual (already staged bytes written)
          } else {
            self.failed = !JSONOutput.writeAll(self.fd, bytes)
          }
          self.written += bytes.count
        }
        self.slots.signal()
      }
    }

    /// Reserves the file's blocks ahead of the writes (`posix_fallocate`), so the data has
    /// its blocks when the file is renamed: ext4 writes back a file of unplaced data as it
    /// renames it over an existing one (its `auto_da_alloc` rule), and at 100,000 documents
    /// that rename took 0.32 s at the end of the run. The reservation grows the file; `finish`
    /// cuts it back to the bytes written. Where reserving fails, the writes go on without.
    private func reserve(through end: Int) {
      guard reserved >= 0, end > reserved else { return }
      let length = max(reserveStep, end - reserved)
      if posix_fallocate(fd, off_t(reserved), off_t(length)) == 0 {
        reserved += length
      } else {
        reserved = -1  // not possible here: stop trying
      }
    }

    /// Waits for every queued chunk; false if any write (or cutting the file back to the
    /// bytes written) failed.
    public func finish() -> Bool {
      queue.sync {
        if let direct, !failed, !direct.finish() { failed = true }
        direct = nil
        if reserved > written, ftruncate(fd, off_t(written)) != 0 { failed = true }
        return !failed
      }
    }

    /// Writing a large output with `O_DIRECT`: the bytes are staged in an aligned buffer and
    /// written a full buffer at a time, straight to the device; the last partial block is
    /// written as usual once `O_DIRECT` is turned off again (``finish()``).
    ///
    /// Why: the timeline is written once and not read back by this process, and copying 600 MB
    /// (100,000 documents) into the page cache took 0.3–1.4 CPU seconds on the benchmark's
    /// virtual machine, whose free memory the host reclaims (each newly touched page faults
    /// there); a direct write of the same bytes takes a tenth of that.
    /// (`dd` of 600 MB on this machine: 1.1–1.5 s of system time buffered into pages not
    /// recently used, 0.06–0.15 s with `oflag=direct`.)
    final class Direct {
      let fd: Int32
      /// Still writing directly (false once the system refused, or after ``finish()``).
      private(set) var isOn: Bool
      private let buffer: UnsafeMutableRawPointer?
      private var staged = 0

      init(_ fd: Int32) {
        self.fd = fd
        var memory: UnsafeMutableRawPointer? = nil
        let aligned = posix_memalign(&memory, JSONOutput.directBlock, JSONOutput.directBuffer) == 0
        buffer = aligned ? memory : nil
        isOn = aligned && JSONOutput.setDirect(fd, true)
      }

      deinit { free(buffer) }

      /// Stages `bytes`, writing each full buffer directly; false on a write error. Refused
      /// (`EINVAL`: a file system without `O_DIRECT`), it writes what it holds as usual and
      /// turns itself off.
      func write(_ bytes: [UInt8]) -> Bool {
        guard isOn, let buffer else { return JSONOutput.writeAll(fd, bytes) }
        return bytes.withUnsafeBytes { raw in
          var from = 0
          while from < raw.count {
            let n = min(JSONOutput.directBuffer - staged, raw.count - from)
            (buffer + staged).copyMemory(from: raw.baseAddress! + from, byteCount: n)
            staged += n
            from += n
            if staged == JSONOutput.directBuffer {
              guard flush() else { return false }
              if !isOn { return JSONOutput.writeAll(fd, Array(raw[from...])) }
            }
          }
          return true
        }
      }

      /// Writes the staged bytes: directly (a full buffer) or, if the system refuses, as usual
      /// with `O_DIRECT` turned off.
      private func flush() -> Bool {
        guard let buffer, staged > 0 else { return true }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: staged)
        staged = 0
        var done = 0
        if isOn {
          done = JSONOutput.written(fd, bytes)
          if done == bytes.count { return true }
          guard errno == EINVAL else { return false }
          isOn = false
          guard JSONOutput.setDirect(fd, false) else { return false }
        }
        return JSONOutput.writeAll(fd, UnsafeRawBufferPointer(rebasing: bytes[done...]))  // the rest
      }

      /// Writes the rest (under a full buffer, any length) as usual; false on an error.
      func finish() -> Bool {
        if isOn {
          isOn = false
          guard JSONOutput.setDirect(fd, false) else { return false }
        }
        return flush()
      }
    }
  }

  /// The alignment of direct writes' memory, offsets and lengths (the largest logical block
  /// size of common devices), and the size of their staging buffer.
  static let directBlock = 4096
  static let directBuffer = 4 << 20

  /// Turns `O_DIRECT` on or off for `fd`; false where the system has no such flag (or
  /// refuses it). The flag's value differs by architecture and `Glibc` does not export it.
  static func setDirect(_ fd: Int32, _ on: Bool) -> Bool {
    #if os(Linux) && arch(x86_64)
      let flag: Int32 = 0o40000
    #elseif os(Linux) && arch(arm64)
      let flag: Int32 = 0o200000
    #else
      return false
    #endif
    #if os(Linux) && (arch(x86_64) || arch(arm64))
      let flags = fcntl(fd, F_GETFL)
      guard flags >= 0 else { return false }
      return fcntl(fd, F_SETFL, on ? flags | flag : flags & ~flag) == 0
    #endif
  }

  /// Writes all of `bytes` to the file descriptor `fd` (retrying short writes and
  /// interruptions) without copying them into a `Data` first; false on an error.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { writeAll(fd, $0) }
  }

  /// ``writeAll(_:_:)-(_,[UInt8])`` of raw bytes.
  static func writeAll(_ fd: Int32, _ raw: UnsafeRawBufferPointer) -> Bool { written(fd, raw) == raw.count }

  /// Writes `raw` to `fd` like ``writeAll(_:_:)-(_,UnsafeRawBufferPointer)``; returns how many
  /// bytes were written before an error (`errno` tells which), all of them on success.
  static func written(_ fd: Int32, _ raw: UnsafeRawBufferPointer) -> Int {
    var offset = 0
    while offset < raw.count {
      let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        return offset
      }
      offset += n
    }
    return offset
  }

  /// The first index of `needle` in `haystack` at or after `from`.
  private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
    guard let first = needle.first, haystack.count >= needle.count else { return nil }
    var i = from
    while i <= haystack.count - needle.count {
      if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }

  /// Generic encoding of a report (the overload above takes `TimelineReport` itself).
  private struct Wrapped: Encodable {
    var report: TimelineReport
    func encode(to encoder: Encoder) throws { try report.encode(to: encoder) }
  }

  /// One array element as it appears at depth 2 of a pretty-printed report (every element
  /// type of the report writes itself: ``PrettyJSONEncoder/encode(direct:depth:)``).
  private static func element<T: CompactJSON>(_ value: T) -> [UInt8] {
    (try? PrettyJSONEncoder.encode(direct: value, depth: 2)) ?? Array("    {}".utf8)
  }

  /// One compact line (for JSON-lines streams, `timeline map` and `reduce` output), keys
  /// sorted: the bytes of `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`, from
  /// ``PrettyJSONEncoder/encodeCompact(_:)`` (several times faster than `JSONEncoder`, which
  /// was most of the map and reduce stages' time).
  public static func line<T: Encodable>(_ value: T) -> String {
    guard let bytes = try? PrettyJSONEncoder.encodeCompact(value) else { return "{}" }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `JSONEncoder`'s own compact encoding (what ``line(_:)`` must equal).
  static func foundationLine<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
