import Foundation

/// A list of up to 64 phrases searched anywhere in a text in one pass over its bytes, with the
/// answers of testing each phrase in list order with ``Swift/StringProtocol/ingestContains(_:)``
/// (which is a byte search too).
///
/// The caption cues and the promotion and comment-form words are searched in every paragraph of
/// every article; one `memchr` pass per phrase made them the largest part of the block
/// classifier. Here tables by the first three bytes of the phrases say which of them may start
/// at each position, and only those are compared (`memcmp`).
///
/// ```swift
/// let s = PhraseSearch(["(left)", "pictured", " from left"])
/// s.firstIndex(in: "pictured: the mayor (left)")   // 0: earliest in list order, not in text
/// s.firstIndex(in: "the mayor") // nil
/// ```
///
/// A search made with `foldingCase` reads `A`–`Z` in the text as `a`–`z`: in an ASCII text it
/// finds what the plain search finds in the text's lowercase copy, which is then not made.
struct PhraseSearch: Sendable {
  let phrases: [String]
  /// Whether text bytes `A`–`Z` match phrase bytes `a`–`z`.
  let foldingCase: Bool
  /// The phrases' bytes one after another; phrase `k` is `flat[start[k]..<start[k + 1]]`.
  private let flat: [UInt8]
  private let start: [Int]
  /// Three tables in one: bit `k` of `tables[b]` says phrase `k` starts with byte `b`; of
  /// `tables[256 + b]`, that its second byte is `b`; of `tables[513 + b]`, that its third byte
  /// is `b`. A phrase too short for a position has its bit set in every entry of that table,
  /// entry 256 of which stands for the text's end.
  private let tables: [UInt64]
  /// Bit `a | b << 8` says that some phrase may start with the bytes `a`, `b` (the first two
  /// tables agree): one load and a bit test rule out most positions of a text.
  private let pairs: [UInt64]

  /// - Precondition: at most 64 phrases, none empty.
  init(_ phrases: [String], foldingCase: Bool = false) {
    precondition(phrases.count <= 64 && !phrases.contains(where: \.isEmpty))
    self.phrases = phrases
    self.foldingCase = foldingCase
    var flat: [UInt8] = []
    var start = [0]
    var tables = Array(repeating: UInt64(0), count: 256 + 257 + 257)
    for (k, phrase) in phrases.enumerated() {
      let p = Array(phrase.utf8)
      let bit = UInt64(1) << UInt64(k)
      tables[Int(p[0])] |= bit
      for (position, base) in [(1, 256), (2, 513)] {
        if p.count > position {
          tables[base + Int(p[position])] |= bit
        } else {
          for b in 0..<257 { tables[base + b] |= bit }
        }
      }
      flat += p
      start.append(flat.count)
    }
    // An uppercase text byte may start what its lowercase byte starts, at each position.
    if foldingCase {
      for upper in 0x41...0x5A {
        for base in [0, 256, 513] { tables[base + upper] |= tables[base + (upper | 0x20)] }
      }
    }
    self.flat = flat
    self.start = start
    self.tables = tables
    var pairs = Array(repeating: UInt64(0), count: 65536 / 64)
    for a in 0..<256 where tables[a] != 0 {
      for b in 0..<256 where tables[a] & tables[256 + b] != 0 {
        let pair = a | b << 8
        pairs[pair >> 6] |= UInt64(1) << UInt64(pair & 63)
      }
    }
    self.pairs = pairs
  }

  /// Whether any phrase occurs in `text`.
  func occurs(in text: String) -> Bool { firstIndex(in: text) != nil }

  /// The first phrase (in list order) that occurs in `text`.
  func firstPhrase(in text: String) -> String? { firstIndex(in: text).map { phrases[$0] } }

  /// The index of the first phrase (in list order) that occurs in `text` where `accept` takes
  /// the match (`accept(phrase, byteRange, textBytes)`).
  func firstIndex(
    in text: String, where accept: (Int, Range<Int>, UnsafeBufferPointer<UInt8>) -> Bool = { _, _, _ in true }
  ) -> Int? {
    text.utf8.withContiguousStorageIfAvailable { scan($0, accept) }
      ?? Array(text.utf8).withUnsafeBufferPointer { scan($0, accept) }
  }

  private func scan(
    _ h: UnsafeBufferPointer<UInt8>, _ accept: (Int, Range<Int>, UnsafeBufferPointer<UInt8>) -> Bool
  ) -> Int? {
    guard let base = h.baseAddress else { return nil }
    let n = h.count
    var best: Int? = nil
    // Phrases earlier in the list than the best match so far.
    var wanted: UInt64 = phrases.count == 64 ? ~0 : (UInt64(1) << UInt64(phrases.count)) - 1
    flat.withUnsafeBufferPointer { f in
      start.withUnsafeBufferPointer { st in
        tables.withUnsafeBufferPointer { t in
          pairs.withUnsafeBufferPointer { pairBits in
            /// Compares the candidates `m` at `i`, earliest in the list first.
            func compare(_ candidates: UInt64, at i: Int) {
              var m = candidates
              while m != 0 {
                let k = m.trailingZeroBitCount
                m &= m - 1
                let len = st[k + 1] - st[k]
                guard len <= n - i else { continue }
                let same =
                  foldingCase
                  ? Self.equalFolded(base + i, f.baseAddress! + st[k], len)
                  : memcmp(base + i, f.baseAddress! + st[k], len) == 0
                if same, accept(k, i..<(i + len), h) {
                  best = k
                  wanted = (UInt64(1) << UInt64(k)) - 1
                  return
                }
              }
            }
            // All three tables at every position, without a branch per table (candidates are
            // rare after them); the text's last two positions read the end entries. The two
            // bytes after a position are carried to the next one: one byte read a position.
            var i = 0
            if n > 2 {
              let raw = UnsafeRawPointer(base)
              while i < n - 2 {
                // The first two bytes first: where no phrase starts with them, the three tables
                // would give no candidate either.
                let pair = Int(raw.loadUnaligned(fromByteOffset: i, as: UInt16.self).littleEndian)
                if pairBits[pair >> 6] & (UInt64(1) << UInt64(pair & 63)) != 0 {
                  let m = t[Int(base[i])] & t[256 + Int(base[i + 1])] & t[513 + Int(base[i + 2])] & wanted
                  if m != 0 {
                    compare(m, at: i)
                    if wanted == 0 { break }
                  }
                }
                i += 1
              }
            }
            while i < n, wanted != 0 {
              let m =
                t[Int(base[i])] & t[256 + (i + 1 < n ? Int(base[i + 1]) : 256)]
                & t[513 + (i + 2 < n ? Int(base[i + 2]) : 256)] & wanted
              if m != 0 { compare(m, at: i) }
              i += 1
            }
          }
        }
      }
    }
    return best
  }

  /// Whether the `count` text bytes at `text` are the phrase bytes at `phrase` once `A`–`Z`
  /// in the text are read as `a`–`z`. Not inlined: in the scan's loop its code made the loop
  /// keep fewer values in registers (two more instructions a position, where candidates are
  /// rare).
  @inline(never) private static func equalFolded(
    _ text: UnsafePointer<UInt8>, _ phrase: UnsafePointer<UInt8>, _ count: Int
  ) -> Bool {
    for k in 0..<count where UTF8Bytes.asciiLower(text[k]) != phrase[k] { return false }
    return true
  }
}
