/// Maps UTF-8 offsets in analysis text (markup removed) back to offsets in the original file.
///
/// Stored as runs: each run says "`length` bytes starting at clean offset `clean` come from
/// original offset `original`". Removing a tag or an escape backslash starts a new run, so the
/// map stays small even for long documents.
public struct OffsetMap: Codable, Hashable, Sendable {
  public struct Run: Codable, Hashable, Sendable {
    public var clean: Int
    public var original: Int
    public var length: Int
    /// Set for a replacement run (a decoded entity, collapsed whitespace, a replaced invalid
    /// byte): its `length` clean bytes stand for `originalLength` original bytes as one unit, so
    /// a start inside it maps to `original` and an end to `original + originalLength`.
    public var originalLength: Int? = nil
  }

  public private(set) var runs = Runs()

  /// The runs of a map in clean order, the first kept inline: most sentences' maps are one run
  /// (no markup inside), and a list of one run was an allocation for each of them.
  public struct Runs: RandomAccessCollection, Hashable, Sendable {
    private var head: Run?
    /// The runs after `head` (none without it).
    private var tail: [Run] = []

    init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { head == nil ? 0 : 1 + tail.count }

    public internal(set) subscript(position: Int) -> Run {
      get { position == 0 ? head! : tail[position - 1] }
      set {
        if position == 0 {
          precondition(head != nil, "index in range")
          head = newValue
        } else {
          tail[position - 1] = newValue
        }
      }
    }

    mutating func append(_ run: Run) {
      if head == nil { head = run } else { tail.append(run) }
    }
  }

  public init() {}

  /// A map where clean offset `i` is original offset `base + i` for `length` bytes.
  public static func identity(base: Int, length: Int) -> OffsetMap {
    var map = OffsetMap()
    map.append(clean: 0, original: base, length: length)
    return map
  }

  /// Records that `length` clean bytes from `clean` on come from `original` on.
  public mutating func append(clean: Int, original: Int, length: Int) {
    guard length > 0 else { return }
    if let last = runs.last, last.originalLength == nil, last.clean + last.length == clean,
      last.original + last.length == original
    {
      runs[runs.count - 1].length += length
    } else {
      runs.append(Run(clean: clean, original: original, length: length))
    }
  }

  /// Records that `length` clean bytes from `clean` on replace the `originalLength` original
  /// bytes from `original` on (an entity decoded, whitespace collapsed).
  public mutating func appendReplacement(clean: Int, length: Int, original: Int, originalLength: Int) {
    guard length > 0 else { return }
    runs.append(Run(clean: clean, original: original, length: length, originalLength: originalLength))
  }

  /// The original offset of the clean byte at `offset`; an end offset maps to the end of the
  /// byte before it, so `[start, end)` ranges map to the tightest original range.
  public func original(_ offset: Int, isEnd: Bool = false) -> Int {
    guard !runs.isEmpty else { return offset }
    let probe = Self.probe(offset, isEnd: isEnd)
    var lo = 0
    var hi = runs.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if runs[mid].clean <= probe { lo = mid } else { hi = mid - 1 }
    }
    return Self.original(probe, in: runs[lo], isEnd: isEnd)
  }

  /// The clean byte an offset asks about: itself, or for an end offset the byte before it.
  @inline(__always) static func probe(_ offset: Int, isEnd: Bool) -> Int { isEnd ? max(0, offset - 1) : offset }

  /// ``original(_:isEnd:)`` once the run for `probe` is found: the last run that starts at or
  /// before `probe` (the first run when none does).
  @inline(__always) static func original(_ probe: Int, in run: Run, isEnd: Bool) -> Int {
    if let unit = run.originalLength, probe >= run.clean, probe < run.clean + run.length {
      return isEnd ? run.original + unit : run.original
    }
    let inside = min(max(0, probe - run.clean), max(0, run.length - 1))
    return run.original + inside + (isEnd ? 1 : 0)
  }

  /// A reader for offsets asked in increasing order (a tokenizer's token starts and ends).
  public var cursor: Cursor { Cursor(runs: runs) }

  /// ``OffsetMap/original(_:isEnd:)`` for offsets that mostly come in increasing order.
  ///
  /// Each lookup walks forward from the run the previous one found, instead of a binary
  /// search from scratch (two per token otherwise). An offset before that run starts over
  /// from the first run, so any order gives the same answers as ``OffsetMap/original(_:isEnd:)``.
  public struct Cursor {
    let runs: Runs
    /// The run the last lookup found.
    var run = 0

    /// ``OffsetMap/original(_:isEnd:)`` of `offset`.
    public mutating func original(_ offset: Int, isEnd: Bool = false) -> Int {
      guard !runs.isEmpty else { return offset }
      let probe = OffsetMap.probe(offset, isEnd: isEnd)
      if runs[run].clean > probe { run = 0 }
      while run + 1 < runs.count, runs[run + 1].clean <= probe { run += 1 }
      return OffsetMap.original(probe, in: runs[run], isEnd: isEnd)
    }
  }
}

/// A map's runs are coded as the list of runs they are.
extension OffsetMap.Runs: Codable {
  public init(from decoder: any Decoder) throws {
    for run in try decoder.singleValueContainer().decode([OffsetMap.Run].self) { append(run) }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(Array(self))
  }
}
