/// The original bytes of one input file, with a line index.
///
/// Citations slice these bytes; nothing else is ever quoted. Line lookup is a binary search
/// over the offsets where lines start, so it stays fast on a 50 MB single-line file.
public struct SourceText: Sendable {
  public let bytes: [UInt8]
  /// UTF-8 offsets at which each line starts; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    // Made at its capacity, then the first line (a list of one was allocated first).
    var starts: [Int] = []
    starts.reserveCapacity(bytes.count / 40 + 1)
    starts.append(0)
    // Each newline found with `memchr` (ingest indexes every file).
    bytes.withUnsafeBufferPointer { b in
      var i = 0
      while let at = ByteSearch.first(0x0A, in: b, i, b.count) {
        starts.append(at + 1)
        i = at + 1
      }
    }
    self.lineStarts = starts
  }

  public init(_ string: String) {
    self.init(bytes: Array(string.utf8))
  }

  /// The 1-based line holding the byte at `offset`.
  public func line(at offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo + 1
  }

  /// The 1-based column (in bytes) of `offset` on its line.
  public func column(at offset: Int) -> Int {
    offset - lineStarts[line(at: offset) - 1] + 1
  }

  /// A span from `start` to `end` with its line filled in.
  public func span(_ start: Int, _ end: Int) -> SourceSpan {
    SourceSpan(start: start, end: end, line: line(at: start))
  }

  /// The exact text of `span`, decoded as UTF-8 (invalid bytes become U+FFFD).
  public func text(_ span: SourceSpan) -> String {
    let s = max(0, min(span.start, bytes.count))
    let e = max(s, min(span.end, bytes.count))
    return String(decoding: bytes[s..<e], as: UTF8.self)
  }
}
