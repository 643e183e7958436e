import Testing

@testable import Timeline

/// The photo-credit test of a plain tail, read in place, answers as the copying code it stands
/// in for.
@Suite struct PlainCreditTests {
  /// The credit (the tail without parentheses and asterisks) copied, split and lowercased.
  static func straightforward(_ tail: [UInt8]) -> Bool {
    let credit = tail.filter { $0 != 0x28 && $0 != 0x29 && $0 != 0x2A }
    let ws = credit.split(separator: 0x20)
    guard !ws.isEmpty, ws.count <= 8, ws.allSatisfy({ w in w.first.map { !($0 >= 0x61 && $0 <= 0x7A) } ?? true })
    else { return false }
    if credit.contains(0x2F) { return true }
    let start = credit.firstIndex { $0 != 0x20 } ?? credit.count
    let end = (credit.lastIndex { $0 != 0x20 } ?? -1) + 1
    let lower = String(
      decoding: credit[start..<max(start, end)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    return BlockClassifier.containsWord(lower, Boilerplate.creditNameSearch) || lower.hasPrefix("photo")
  }

  @Test func inPlaceAnswersAsCopying() {
    // A fixed sequence (SplitMix64), so a failure repeats.
    var generator = SeededGenerator(seed: 7)
    let pieces = [
      "AP", "Photo", "photo", "Getty", "Images", "getty", "Reuters", "/", "(", ")", "*", " ", "  ", "John", "Smith",
      "the", "TASS", "Pool", "x", "Photographer", "Ap", "9", "-", "Xinhua", "Sopa", "images",
    ]
    var tails: [[UInt8]] = [
      [], Array("(AP Photo/Evan Vucci)".utf8), Array("Photo: Getty Images".utf8), Array("  Reuters  ".utf8),
      Array("*(Pool)*".utf8), Array("()".utf8), Array("A B C D E F G H".utf8), Array("A B C D E F G H I".utf8),
    ]
    for n in 0...12 {
      for _ in 0..<300 {
        tails.append(Array((0..<n).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined().utf8))
      }
    }
    var credits = 0
    for tail in tails {
      let fast = tail.withUnsafeBufferPointer { BlockClassifier.isPlainCredit($0) }
      let slow = Self.straightforward(tail)
      #expect(fast == slow, "\(String(decoding: tail, as: UTF8.self))")
      if slow { credits += 1 }
    }
    #expect(credits > 100)
  }
}
