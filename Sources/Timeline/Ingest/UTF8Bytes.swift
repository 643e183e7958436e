import Foundation

/// Byte-level helpers shared by Ingest and Segment: UTF-8 validation and whitespace tests that
/// never build a `String` for the whole file, so they stay linear on huge inputs.
public enum UTF8Bytes {
  /// The length of the valid UTF-8 sequence starting at `i`, or nil when the bytes there are
  /// not valid UTF-8 (overlong forms, surrogates and truncated sequences included).
  @inline(__always)
  static func sequenceLength(_ b: [UInt8], _ i: Int, end: Int) -> Int? {
    let c = b[i]
    if c < 0x80 { return 1 }
    if c < 0xC2 { return nil }
    if c < 0xE0 {
      guard i + 1 < end, b[i + 1] & 0xC0 == 0x80 else { return nil }
      return 2
    }
    if c < 0xF0 {
      guard i + 2 < end, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 else { return nil }
      if c == 0xE0 && b[i + 1] < 0xA0 { return nil }
      if c == 0xED && b[i + 1] >= 0xA0 { return nil }
      return 3
    }
    if c < 0xF5 {
      guard i + 3 < end, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80, b[i + 3] & 0xC0 == 0x80 else {
        return nil
      }
      if c == 0xF0 && b[i + 1] < 0x90 { return nil }
      if c == 0xF4 && b[i + 1] >= 0x90 { return nil }
      return 4
    }
    return nil
  }

  /// Offsets of invalid bytes in `b` (at most `limit` of them) and their total count.
  static func invalidOffsets(_ b: [UInt8], limit: Int = 5) -> (first: [Int], count: Int) {
    var first: [Int] = []
    var count = 0
    var i = 0
    let end = b.count
    while i < end {
      // ASCII, nearly every byte of a news file, eight bytes at a time.
      let from = i
      i = b.withUnsafeBytes { raw in
        var j = from
        while j + 8 <= end, raw.loadUnaligned(fromByteOffset: j, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { j += 8 }
        while j < end, raw[j] < 0x80 { j += 1 }
        return j
      }
      guard i < end else { break }
      if let n = sequenceLength(b, i, end: end) {
        i += n
      } else {
        if first.count < limit { first.append(i) }
        count += 1
        i += 1
      }
    }
    return (first, count)
  }

  /// The byte length of a whitespace character at `i` (ASCII space, tab, CR, LF, form feed,
  /// NO-BREAK SPACE, the U+2000 spaces, NARROW NO-BREAK SPACE, IDEOGRAPHIC SPACE), or 0.
  @inline(__always)
  static func whitespaceLength(_ b: [UInt8], _ i: Int, end: Int) -> Int {
    let c = b[i]
    if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C || c == 0x0B { return 1 }
    if c == 0xC2, i + 1 < end, b[i + 1] == 0xA0 { return 2 }
    if c == 0xE2, i + 2 < end, b[i + 1] == 0x80 {
      let d = b[i + 2]
      if (d >= 0x80 && d <= 0x8A) || d == 0xAF || d == 0xA8 || d == 0xA9 { return 3 }
    }
    if c == 0xE3, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0x80 { return 3 }
    return 0
  }

  /// The byte length of an invisible character at `i` that analysis drops (ZERO WIDTH SPACE,
  /// ZERO WIDTH (NON-)JOINER, WORD JOINER, BYTE ORDER MARK, SOFT HYPHEN), or 0.
  @inline(__always)
  static func invisibleLength(_ b: [UInt8], _ i: Int, end: Int) -> Int {
    let c = b[i]
    if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] >= 0x8B && b[i + 2] <= 0x8D { return 3 }
    if c == 0xE2, i + 2 < end, b[i + 1] == 0x81, b[i + 2] == 0xA0 { return 3 }
    if c == 0xEF, i + 2 < end, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return 3 }
    if c == 0xC2, i + 1 < end, b[i + 1] == 0xAD { return 2 }
    return 0
  }

  /// `[start, end)` with leading and trailing whitespace (and invisible characters) removed.
  static func trim(_ b: [UInt8], _ start: Int, _ end: Int) -> (Int, Int) {
    var s = start
    var e = end
    while s < e {
      let n = max(whitespaceLength(b, s, end: e), invisibleLength(b, s, end: e))
      if n == 0 { break }
      s += n
    }
    while e > s {
      // Step back over one character: find its first byte.
      var k = e - 1
      while k > s && b[k] & 0xC0 == 0x80 { k -= 1 }
      let n = max(whitespaceLength(b, k, end: e), invisibleLength(b, k, end: e))
      if n == 0 || k + n != e { break }
      e = k
    }
    return (s, e)
  }

  /// The bytes of `b` without ASCII whitespace (space, tab, LF, VT, FF, CR) at either end,
  /// when what is kept starts and ends with ASCII (then no Unicode space or combining mark sits
  /// at either edge, and this is a trim by characters too); nil otherwise.
  static func plainTrimmed(_ b: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var lo = 0
    var hi = b.count
    while lo < hi, isASCIISpace(b[lo]) { lo += 1 }
    while hi > lo, isASCIISpace(b[hi - 1]) { hi -= 1 }
    if lo == hi { return lo..<hi }
    guard b[lo] < 0x80, b[hi - 1] < 0x80 else { return nil }
    return lo..<hi
  }

  /// ASCII whitespace as trimming and `Character.isWhitespace` see it: space, tab, LF, VT,
  /// FF, CR.
  @inline(__always) static func isASCIISpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

  /// `c` with `A`–`Z` as `a`–`z`, every other byte as it is.
  @inline(__always) static func asciiLower(_ c: UInt8) -> UInt8 { c &- 0x41 < 26 ? c | 0x20 : c }

  /// Whether `bytes` spell the lowercase ASCII `word` in any case ("The", "THE" and "the" for
  /// "the"), with no string made.
  static func equalsLowercase<C: Collection<UInt8>>(_ bytes: C, _ word: StaticString) -> Bool {
    bytes.count == word.utf8CodeUnitCount && zip(bytes, word.utf8Bytes).allSatisfy { asciiLower($0) == $1 }
  }

  /// The index of the first newline at or after `start`, or `b.count` (found with `memchr`).
  public static func lineEnd(_ b: [UInt8], from start: Int) -> Int {
    guard start < b.count else { return b.count }
    return b.withUnsafeBufferPointer { buf in
      guard let base = buf.baseAddress, let hit = memchr(base + start, 0x0A, buf.count - start) else { return b.count }
      return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }
  }

  /// Whether `b[start..<end]` holds only whitespace and invisible characters.
  static func isBlank(_ b: [UInt8], _ start: Int, _ end: Int) -> Bool {
    let (s, e) = trim(b, start, end)
    return s >= e
  }

  /// `s.lowercased()`, byte by byte: ASCII bytes lowercase in place, U+2000–U+207F (curly
  /// quotes, dashes and other punctuation, super- and subscripts, none of which lowercasing
  /// changes) is copied, and every other scalar appends its `lowercaseMapping`.
  ///
  /// The same string as `lowercased()`, which maps scalar by scalar with no context, but
  /// without a table lookup and a `String` append per ASCII character: news text is mostly
  /// ASCII with a few curly quotes, which send `lowercased()` down its slow path for the
  /// whole text.
  static func lowercased(_ s: some StringProtocol) -> String {
    let fast = s.utf8.withContiguousStorageIfAvailable { lowercased(bytes: $0) }
    return fast ?? s.lowercased()
  }

  static func lowercased(bytes b: UnsafeBufferPointer<UInt8>) -> String {
    if !b.contains(where: { $0 >= 0x80 }) {
      return String(unsafeUninitializedCapacity: b.count) { out in
        for k in 0..<b.count { out[k] = asciiLower(b[k]) }
        return b.count
      }
    }
    var out: [UInt8] = []
    out.reserveCapacity(b.count + 8)
    var i = 0
    while i < b.count {
      let c = b[i]
      if c < 0x80 {
        out.append(asciiLower(c))
        i += 1
        continue
      }
      let length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
      if c == 0xE2, b[i + 1] == 0x80 || b[i + 1] == 0x81 {  // U+2000–U+207F
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<i + 3]))
      } else if let scalar = String(decoding: UnsafeBufferPointer(rebasing: b[i..<i + length]), as: UTF8.self)
        .unicodeScalars.first
      {
        out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      }
      i += length
    }
    return String(decoding: out, as: UTF8.self)
  }
}

extension StaticString {
  /// The UTF-8 bytes of a static string (stored in the program, so the buffer never dangles).
  var utf8Bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: utf8Start, count: utf8CodeUnitCount) }
}
