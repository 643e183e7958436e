import Foundation
import Testing

@testable import Timeline

/// Runs every example of `fixtures/dates/*.tsv` (text, DCT, type, value, optional mod): the
/// tagger must find an expression of that type, value and mod in the text, or, for type
/// `NONE`, nothing at all.
@Suite struct DateCorpusTests {
  struct Example: CustomStringConvertible, Sendable {
    var file: String
    var line: Int
    var text: String
    var dct: Day?
    var type: String
    var value: String
    var mod: String?
    var description: String { "\(file):\(line) \(text)" }
  }

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func load() -> [Example] {
    let dir = root.appendingPathComponent("fixtures/dates")
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".tsv") }.sorted()
    var out: [Example] = []
    for f in files {
      guard let text = try? String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8) else { continue }
      for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard c.count >= 4 else { continue }
        out.append(
          Example(
            file: f, line: n + 1, text: c[0], dct: Day(iso: c[1]), type: c[2], value: c[3],
            mod: c.count > 4 && !c[4].isEmpty ? c[4] : nil))
      }
    }
    return out
  }

  @Test func corpusHasAtLeast400Examples() {
    #expect(Self.load().count >= 400)
  }

  @Test func everyExampleIsTaggedAsExpected() {
    let tagger = TemporalTagger()
    var failures: [String] = []
    let examples = Self.load()
    for e in examples {
      let found = tagger.tag(e.text, dct: e.dct)
      if e.type == "NONE" {
        if !found.isEmpty { failures.append("\(e): expected nothing, got \(found.map { "\($0.text)=\($0.value)" })") }
        continue
      }
      let ok = found.contains { $0.kind.rawValue == e.type && $0.value == e.value && $0.mod == e.mod }
      if !ok {
        failures.append("\(e): expected \(e.type) \(e.value) \(e.mod ?? ""), got \(found.map { "\($0.kind.rawValue) \($0.text)=\($0.value) \($0.mod ?? "")" })")
      }
    }
    #expect(failures.isEmpty, "\(failures.count) of \(examples.count) failed:\n\(failures.prefix(60).joined(separator: "\n"))")
  }
}
