import Foundation

/// A list of phrases tested against the start of a text, with `String.hasPrefix`'s answers,
/// by bytes: only the phrases whose first byte matches are compared (`memcmp`).
///
/// Bytes and graphemes agree on an ASCII phrase whenever the byte after the match is ASCII
/// (no combining mark can join the phrase's last character); no non-ASCII character is
/// canonically equivalent to ASCII text but U+212A KELVIN SIGN, U+037E GREEK QUESTION MARK and
/// U+1FEF GREEK VARIA, which the lowercased analysis text and the lists never hold.
///
/// The boilerplate lists (up to 64 phrases) are tested on every short paragraph of every
/// article; `hasPrefix` compares by grapheme, which made these lists most of the block
/// classifier's time. Where bytes cannot decide as graphemes do (the text's bytes around the
/// match are not ASCII, the phrase is not ASCII), the phrase is tested with `hasPrefix`.
///
/// ```swift
/// PhraseList(["share this", "share on"]).firstPrefix(of: "share on x")   // 1
/// ```
struct PhraseList: Sendable {
  let phrases: [String]
  /// Phrase i's bytes are `bytes[bounds[i] ..< bounds[i + 1]]`: flat, so a lookup copies no
  /// array out of a list that every core reads.
  private let bytes: [UInt8]
  private let bounds: [Int]
  /// The phrases of first byte b (in list order) are `order[byFirst[b] ..< byFirst[b + 1]]`;
  /// `slow`: phrases tested with `hasPrefix`.
  private let order: [Int]
  private let byFirst: [Int]
  private let slow: [Int]

  init(_ phrases: [String]) {
    self.phrases = phrases
    bytes = phrases.flatMap(\.utf8)
    bounds = phrases.reduce(into: [0]) { $0.append($0.last! + $1.utf8.count) }
    var groups = Array(repeating: [Int](), count: 256)
    var slow: [Int] = []
    for (i, p) in phrases.enumerated() {
      let b = Array(p.utf8)
      let ascii = !b.isEmpty && b.allSatisfy { $0 < 0x80 } && b.last != 0x0D
      if ascii { groups[Int(b[0])].append(i) } else { slow.append(i) }
    }
    order = groups.flatMap { $0 }
    byFirst = groups.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    self.slow = slow
  }

  /// The index of the first phrase (in list order) that `text` starts with.
  func firstPrefix(of text: String) -> Int? {
    firstPrefix(of: text) { _ in true }
  }

  /// The first phrase (in list order) that `text` starts with.
  func firstPhrase(prefixing text: String) -> String? {
    firstPrefix(of: text).map { phrases[$0] }
  }

  /// ``firstPhrase(prefixing:)`` of the lowercase copy of the ASCII `text`, read from `text`
  /// with `A`–`Z` as `a`–`z` and no copy made (when every phrase is ASCII; otherwise of the
  /// copy). In ASCII the byte after a match is ASCII, so bytes decide as `hasPrefix` does.
  func firstPhrase(prefixingLowercased text: String) -> String? {
    let found: Int?? =
      slow.isEmpty
      ? text.utf8.withContiguousStorageIfAvailable { t -> Int? in
        guard let first = t.first else { return nil }
        let f = Int(UTF8Bytes.asciiLower(first))
        return bytes.withUnsafeBufferPointer { p in
          (byFirst[f]..<byFirst[f + 1]).lazy.map { order[$0] }.first { i in
            let (lo, count) = (bounds[i], bounds[i + 1] - bounds[i])
            return t.count >= count && (0..<count).allSatisfy { UTF8Bytes.asciiLower(t[$0]) == p[lo + $0] }
          }
        }
      } : nil
    guard let found else { return firstPhrase(prefixing: UTF8Bytes.lowercased(text)) }
    return found.map { phrases[$0] }
  }

  /// The index of the first phrase (in list order) that `text` starts with and `accept` takes.
  func firstPrefix(of text: String, where accept: (Int) -> Bool) -> Int? {
    var best: Int? = nil
    let decided: Bool? = text.utf8.withContiguousStorageIfAvailable { t -> Bool in
      guard let first = t.first else { return true }  // only the non-ASCII (slow) phrases can match ""
      for k in byFirst[Int(first)]..<byFirst[Int(first) + 1] {
        let i = order[k]
        let (lo, count) = (bounds[i], bounds[i + 1] - bounds[i])
        guard t.count >= count, bytes.withUnsafeBufferPointer({ memcmp(t.baseAddress!, $0.baseAddress! + lo, count) }) == 0
        else { continue }
        // A non-ASCII byte in or just after the match may join the last character to what
        // follows (a combining mark) or be a decomposed form: ask `hasPrefix`.
        let exact: Bool
        if t.count > count && t[count] >= 0x80 {
          exact = text.hasPrefix(phrases[i])
        } else {
          exact = true
        }
        if exact, accept(i) {
          best = i
          break
        }
      }
      return true
    }
    if decided == nil {
      return phrases.indices.first { text.hasPrefix(phrases[$0]) && accept($0) }
    }
    // Phrases bytes cannot judge (not ASCII, empty), earlier in the list than the match.
    for i in slow where best.map({ i < $0 }) ?? true {
      if text.hasPrefix(phrases[i]), accept(i) {
        best = i
        break
      }
    }
    return best
  }
}
