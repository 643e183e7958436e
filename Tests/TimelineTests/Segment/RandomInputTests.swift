import Testing

@testable import Timeline

/// Hostile, random-looking input never crashes ingest or segmentation, and every sentence and
/// token still slices the original bytes exactly (a fixed seed: the run is reproducible).
@Suite struct RandomInputTests {
  static let fragments: [[UInt8]] =
    [
      "<", ">", "&amp;", "&#", "&#x2019;", "&nbsp;", "&bogus;", "**", "_", "\\", "\\$", "[", "](", ")", "![", "!", ".",
      "...", "?", " ", "  ", "\n", "\n\n", "\r\n", "\t", "U.S.", "Mr.", "Oct.", "J.", "é", "\u{2019}", "…", "“", "”",
      "\u{00A0}", "\u{200B}", "<script>", "</script>", "<!--", "-->", "<b>", "</b>", "<p>", "word", "Word", "2023",
      "6.5", "2,000", "\"", "'", "http://x.example/a", "By AFP", "Leave a reply", "Subscribe", "# ", "- ", "---",
      "(left)", "Getty Images", "/", "September 29, 2023", "\u{7}", "'s",
    ].map { Array($0.utf8) } + [[0xFF], [0xE2], [0xE2, 0x80], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]

  struct Generator {
    var state: UInt64
    mutating func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
  }

  @Test(arguments: [Ingestor.Format.text, .markdown, .html])
  func randomDocumentsKeepExactOffsets(_ format: Ingestor.Format) {
    var g = Generator(state: 42)
    for n in 0..<250 {
      var bytes: [UInt8] = []
      let count = g.next() % 120
      for _ in 0..<count { bytes += Self.fragments[g.next() % Self.fragments.count] }
      var sink: [Diagnostic] = []
      guard var doc = Ingestor.article(bytes, id: "r\(n)", path: "r\(n)", format: format, diagnostics: &sink) else {
        #expect(!sink.isEmpty, "document \(n) dropped without a diagnostic")
        continue
      }
      Segmenter().segment(&doc)
      for b in doc.blocks {
        #expect(b.span.start >= 0 && b.span.end <= bytes.count && b.span.start < b.span.end)
      }
      expectExactOffsets(doc)
      for s in doc.sentences {
        let clean = Array(s.clean.utf8)
        if !clean.isEmpty {
          let first = s.offsets.original(0)
          let last = s.offsets.original(clean.count, isEnd: true)
          #expect(first >= s.span.start && last <= s.span.end && first < last, "document \(n)")
        }
      }
    }
  }
}
