/// A range of UTF-8 bytes in an original input file, with the 1-based line of its start.
///
/// `end` is exclusive. Every citation, sentence, token and temporal expression carries one,
/// so any statement in the output can be traced to the exact bytes it came from.
public struct SourceSpan: Codable, Hashable, Sendable, Comparable {
  public var start: Int
  public var end: Int
  public var line: Int

  public init(start: Int, end: Int, line: Int) {
    self.start = start
    self.end = end
    self.line = line
  }

  public var length: Int { end - start }

  public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  /// Whether the two spans share at least one byte.
  public func overlaps(_ other: SourceSpan) -> Bool {
    start < other.end && other.start < end
  }
}
