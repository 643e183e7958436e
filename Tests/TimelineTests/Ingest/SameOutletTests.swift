import Testing

@testable import Timeline

/// ``Ingestor/asciiSameOutlet(given:text:)``, which reads both texts in place and writes its
/// keys to a scratch buffer, answers as the version that built lists of bytes, words and labels.
@Suite struct SameOutletTests {
  /// The version with lists (before the scratch buffer).
  static func withLists(given: String, text: String) -> Bool? {
    func lowered(_ s: String) -> [UInt8]? {
      var out: [UInt8] = []
      for c in s.utf8 {
        guard c < 0x80 else { return nil }
        out.append(UTF8Bytes.asciiLower(c))
      }
      return out
    }
    guard let t = lowered(text), let g = lowered(given) else { return nil }
    func words(_ b: [UInt8]) -> [ArraySlice<UInt8>] {
      var w = b.split { !MarkupCleaner.isAlnum($0) }
      if let first = w.first, first.elementsEqual("the".utf8) { w.removeFirst() }
      return w
    }
    func key(_ b: [UInt8]) -> [UInt8] { Array(words(b).joined()) }
    if Ingestor.agencies.contains(String(decoding: key(t), as: UTF8.self)) { return true }
    guard t.contains(0x2E), !t.contains(0x20) else { return false }
    var labels = t.split(separator: 0x2E).filter { !$0.elementsEqual("www".utf8) }.dropLast()
    if labels.count > 1, let l = labels.last,
      ["co", "com", "org", "net", "gov", "ac"].contains(where: { l.elementsEqual($0.utf8) })
    {
      labels = labels.dropLast()
    }
    let site = key(Array(labels.joined(separator: [0x20])))
    let name = key(g)
    guard !site.isEmpty, !name.isEmpty else { return false }
    if ByteSearch.find(name, in: site) != nil || ByteSearch.find(site, in: name) != nil { return true }
    let w = words(g)
    return (1...max(1, w.count)).contains { k in
      guard k <= w.count else { return false }
      var candidate = w[..<k].compactMap(\.first)
      for rest in w[k...] { candidate += rest }
      return candidate == site
    }
  }

  @Test func answersAsTheLists() {
    // A fixed sequence (SplitMix64), so a failure repeats.
    var generator = SeededGenerator(seed: 23)
    let hostPieces = ["www", "WWW", ".", ".", "bbc", "co", "uk", "com", "org", "ac", "the", "The", "-", "daily", "meridian",
      "ap", "AFP", "reuters", "news", "monitor", "apmonitor", "1", "x", "é", " "]
    let namePieces = ["The", "the", "Daily", "Meridian", "Asia", "Pacific", "Monitor", "British", "Broadcasting",
      "Corporation", "BBC", "AP", "News", " ", " ", "-", "&", "1", "é"]
    var texts = ["", ".", "www.bbc.co.uk", "dailymeridian.example", "apmonitor.org", "The-Guardian.com", "AP", "(Reuters)",
      "Associated Press", "the.ap.com", "bbc.co", "news.bbc.co.uk", "a..b.", "The Daily Meridian", "x.com"]
    var names = ["The Daily Meridian", "Asia Pacific Monitor", "British Broadcasting Corporation", "BBC", "AP", "", "The",
      "Guardian", "The Guardian", "Daily"]
    for n in 1...7 {
      for _ in 0..<50 {
        texts.append((0..<n).map { _ in hostPieces.randomElement(using: &generator) ?? "" }.joined())
        names.append((0..<n).map { _ in namePieces.randomElement(using: &generator) ?? "" }.joined(separator: " "))
      }
    }
    var same = 0
    for text in texts {
      for given in names {
        let expected = Self.withLists(given: given, text: text)
        #expect(Ingestor.asciiSameOutlet(given: given, text: text) == expected, "\(given) | \(text)")
        if expected == true { same += 1 }
      }
    }
    #expect(same > 200)
  }
}
