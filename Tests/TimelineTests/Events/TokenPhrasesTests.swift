import Foundation
import Testing

@testable import Timeline

/// The phrase tables matched by word number (``TokenPhrases``) against the string matching
/// they replaced, which stays here as the reference.
@Suite("TokenPhrases")
struct TokenPhrasesTests {
  /// The trigger at `i` by strings: the lowercase words compared one by one.
  static func triggerByStrings(_ toks: [XToken], at i: Int) -> (TriggerLexicon.Trigger, Int)? {
    guard toks[i].isWord, toks[i].isIn(.triggerStarts), let cands = TriggerLexicon.byFirstWord[toks[i].lower] else {
      return nil
    }
    for t in cands where i + t.words.count <= toks.count {
      guard t.words.indices.allSatisfy({ toks[i + $0].lower == t.words[$0] }) else { continue }
      // The exceptions are looked up by the word here, by the phrase's number there.
      if let ex = TriggerLexicon.exceptions[t.words.joined(separator: " ")], ex.stop(toks, at: i, count: t.words.count) {
        continue
      }
      if t.needsObject {
        let j = i + t.words.count
        guard j < toks.count, toks[j].lower == "with" || (toks[j].isCap && toks[j].isWord) else { continue }
      }
      return (t, t.words.count)
    }
    return nil
  }

  /// The gazetteer entry at `i` by strings.
  static func entryByStrings(_ toks: [XToken], at i: Int, allCaps: Bool) -> (key: String, length: Int)? {
    guard toks[i].isIn(.gazetteerStarts), let cands = Gazetteer.shared.byFirstWord[toks[i].lower] else { return nil }
    for e in cands where i + e.words.count <= toks.count {
      if e.exactCase && (allCaps || toks[i].text != e.surface) { continue }
      let ok = e.words.indices.allSatisfy { k in
        toks[i + k].lower == e.words[k] && !toks[i + k].inTimex && (!e.caps[k] || toks[i + k].isCap)
      }
      if ok { return (e.key, e.words.count) }
    }
    return nil
  }

  /// The title at `i` by strings.
  static func titleByStrings(_ toks: [XToken], at i: Int) -> Int? {
    guard toks[i].isIn(.titleStarts), let cands = Gazetteer.shared.titlesByFirstWord[toks[i].lower] else { return nil }
    return cands.first { c in i + c.count <= toks.count && c.indices.allSatisfy { toks[i + $0].lower == c[$0] } }?.count
  }

  /// Sentences to match: every fixture document, a generated corpus, every table phrase as
  /// written, lowercase, capitalized and in capitals, and words that test the edges
  /// (decomposed accents, possessives, a phrase cut short at the end).
  static func sentences() throws -> [String] {
    var out: [String] = []
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../fixtures")
      .standardized
    let files = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)
    while let url = files?.nextObject() as? URL {
      guard ["txt", "html", "md"].contains(url.pathExtension), let text = try? String(contentsOf: url, encoding: .utf8)
      else { continue }
      out.append(contentsOf: text.split(separator: "\n").map(String.init))
    }
    #expect(out.count > 200, "the fixtures were not found")
    for doc in CorpusGenerator(documents: 150, seed: 11).generate().documents {
      out.append(contentsOf: doc.text.split(separator: "\n").map(String.init))
    }
    let phrases =
      TriggerLexicon.byFirstWord.values.flatMap { $0.map { $0.words.joined(separator: " ") } }
      + Gazetteer.shared.byFirstWord.values.flatMap { $0.map(\.surface) }
      + Gazetteer.shared.titlesByFirstWord.values.flatMap { $0.map { $0.joined(separator: " ") } }
    for p in phrases {
      out += [p, p.lowercased(), p.capitalized, p.uppercased(), "The \(p) with Iran", "\(p) Talks", "\(p)’s"]
    }
    out += [
      "A communique\u{301} on the summit", "Talks in Zürich and São Paulo", "the prime", "Prime", "held talks with",
      "The UN and the Un and the un", "FOREIGN MINISTER", "foreign minister Lavrov",
    ]
    return out
  }

  @Test("number matching finds what string matching finds, at every token")
  func numbersMatchStrings() throws {
    var triggers = 0
    var entries = 0
    var titles = 0
    for sentence in try Self.sentences() {
      var toks = ExtractionTokenizer.tokenize(sentence) { o, _ in o }
      // A few tokens inside a temporal expression, which no gazetteer name may cross.
      for k in toks.indices where k % 7 == 3 { toks[k].inTimex = true }
      let allCaps = toks.filter(\.isWord).allSatisfy(\.isAllCaps)
      for i in toks.indices {
        let t = TriggerLexicon.match(toks, at: i)
        let tr = Self.triggerByStrings(toks, at: i)
        #expect(t?.0.eventClass == tr?.0.eventClass && t?.0.words == tr?.0.words && t?.1 == tr?.1, "\(sentence) @\(i)")
        let e = Gazetteer.shared.match(toks, at: i, allCaps: allCaps)
        let er = Self.entryByStrings(toks, at: i, allCaps: allCaps)
        #expect(e?.entry.key == er?.key && e?.length == er?.length, "\(sentence) @\(i)")
        let title = Gazetteer.shared.title(toks, at: i)
        #expect(title == Self.titleByStrings(toks, at: i), "\(sentence) @\(i)")
        if t != nil { triggers += 1 }
        if e != nil { entries += 1 }
        if title != nil { titles += 1 }
      }
    }
    // The comparison saw matches of every kind, multi-word ones included.
    #expect(triggers > 1000 && entries > 1000 && titles > 200)
  }

  @Test("every phrase word has a number; tokens outside the tables have none")
  func numbers() {
    let toks = ExtractionTokenizer.tokenize("Talks zebra Moscow communique\u{301} Communiqué") { o, _ in o }
    #expect(toks[0].word == XWordSets.vocabulary["talks"])
    #expect(toks[1].word == -1)
    #expect(toks[2].word == XWordSets.vocabulary["moscow"] && toks[2].word >= 0)
    #expect(toks[3].word >= 0 && toks[3].word == toks[4].word)
    #expect(ExtractionTokenizer.tokenize("talks", classify: false) { o, _ in o }.first?.word == -1)
    let numbers = XWordSets.vocabulary.values.sorted()
    #expect(numbers == Array(0..<Int32(numbers.count)))
    for phrase in TriggerLexicon.byFirstWord.values.joined() {
      #expect(phrase.words.allSatisfy { XWordSets.vocabulary[$0] != nil })
    }
  }
}
