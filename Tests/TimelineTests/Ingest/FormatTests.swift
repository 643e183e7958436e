import Foundation
import Testing

@testable import Timeline

/// JSON records, JSON lines, HTML, Markdown and the manifest.
@Suite struct FormatTests {
  @Test func jsonLinesRecordsUseTheirIdsAndTextOffsets() throws {
    let lines = """
      {"id": "quake-1", "text": "Quake Strikes Island\\n\\nA quake struck on Tuesday. Rescuers arrived.", "outlet": "Wire", "published": "2022-03-01"}
      not json at all
      {"text": "Ferry Sinks\\n\\nA ferry sank near the port."}

      {"id": 7, "title": "Given Title", "text": "Bridge Closed\\n\\nThe bridge closed."}
      """
    var corpus = Ingestor().ingest(jsonLines: lines, name: "<stdin>")
    #expect(corpus.documents.map(\.id) == ["7", "<stdin>#3", "quake-1"])
    let bad = try #require(corpus.diagnostics.first { $0.code == "ingest.bad-json" })
    #expect(bad.line == 2)
    #expect(bad.path == "<stdin>")
    for k in corpus.documents.indices { Segmenter().segment(&corpus.documents[k]) }
    let quake = try #require(corpus.documents.first { $0.id == "quake-1" })
    #expect(quake.outlet == "Wire")
    #expect(quake.published?.value == "2022-03-01")
    #expect(quake.published?.source == .manifest)
    #expect(quake.metadataSources["outlet"] == "record")
    #expect(quake.title == "Quake Strikes Island")
    // Offsets point into the decoded text of the record.
    let s = try #require(quake.sentences.first { $0.text == "Rescuers arrived." })
    #expect(String(decoding: quake.source.bytes[s.span.start..<s.span.end], as: UTF8.self) == "Rescuers arrived.")
    #expect(s.span.line == 3)
    let given = try #require(corpus.documents.first { $0.id == "7" })
    #expect(given.title == "Given Title")
    #expect(given.diagnostics.contains { $0.code == "ingest.metadata-disagreement" })
  }

  @Test func manyJSONLinesAreReadInLineOrderWithTheirLineNumbers() throws {
    // Enough records to be read in many parallel chunks: every 37th line is broken, every 53rd
    // blank, every 61st an array. Documents and diagnostics come out in line order, with the
    // numbers of the lines they were read from.
    var lines: [String] = []
    var expectedIDs: [String] = []
    var expectedBad: [Int] = []
    var expectedNotObject: [Int] = []
    for n in 1...1500 {
      if n % 37 == 0 {
        lines.append("{\"id\": \"r\(n)\", \"text\": ")
        expectedBad.append(n)
      } else if n % 53 == 0 {
        lines.append("   ")
      } else if n % 61 == 0 {
        lines.append("[1, 2]")
        expectedNotObject.append(n)
      } else {
        lines.append("{\"id\": \"r\(n)\", \"text\": \"Record \(n)\\n\\nA storm hit the coast.\"}")
        expectedIDs.append("r\(n)")
      }
    }
    var diagnostics: [Diagnostic] = []
    let docs = RecordReader.jsonLines(
      Array(lines.joined(separator: "\n").utf8), path: "big.jsonl", fileID: "big", diagnostics: &diagnostics)
    #expect(docs.map(\.id) == expectedIDs)
    #expect(diagnostics.filter { $0.code == "ingest.bad-json" }.map(\.line) == expectedBad)
    #expect(diagnostics.filter { $0.code == "ingest.bad-record" }.map(\.line) == expectedNotObject)
    let lineNumbers = diagnostics.compactMap(\.line)
    #expect(lineNumbers == lineNumbers.sorted())
    // A file of blank lines only is reported as empty.
    var empty: [Diagnostic] = []
    #expect(RecordReader.jsonLines(Array("\n  \n\n".utf8), path: "e.jsonl", fileID: "e", diagnostics: &empty).isEmpty)
    #expect(empty.map(\.code) == ["ingest.empty"])
  }

  @Test func jsonFileWithArrayOfRecords() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("batch.json", "[{\"text\": \"Fire Spreads\\n\\nA fire spread.\"}, {\"text\": \"\"}, 5]")
    let c = try Ingestor().ingest(paths: [t.path])
    #expect(c.documents.map(\.id) == ["batch#1"])
    #expect(c.diagnostics.contains { $0.code == "ingest.empty" && $0.message.contains("record 2") })
    #expect(c.diagnostics.contains { $0.code == "ingest.bad-record" && $0.message.contains("record 3") })
  }

  @Test("records in the field names of news APIs and datasets: content, publishedAt, source.name, maintext, date_publish")
  func recordFieldAliases() throws {
    let lines = [
      // NewsAPI's shape.
      #"{"source": {"id": null, "name": "Gulf Daily"}, "author": null, "title": "Storm batters coast", "url": "https://gulf.example/storm", "publishedAt": "2022-09-29T08:15:00Z", "content": "Storm batters coast\n\nThe storm made landfall on Wednesday."}"#,
      // news-please's shape, with a list of authors.
      #"{"id": "np", "authors": ["Ann Lee", "Bo Chan"], "headline": "Dam opens", "date_publish": "2021-03-03 10:32:00", "maintext": "Dam opens\n\nThe dam opened on Tuesday.", "source_domain": "river.example"}"#,
      // "text" wins over "content"; a date that is no date is reported under its own name.
      #"{"id": "both", "text": "Fire\n\nA fire spread.", "content": "ignored", "date": "soon"}"#,
      #"{"id": "none", "summary": "no text field"}"#,
    ]
    var diagnostics: [Diagnostic] = []
    let docs = RecordReader.jsonLines(
      Array(lines.joined(separator: "\n").utf8), path: "api.jsonl", fileID: "api", diagnostics: &diagnostics)
    #expect(docs.map(\.id) == ["api#1", "np", "both"])
    let api = try #require(docs.first)
    #expect(api.published?.value == "2022-09-29")
    #expect(api.outlet == "Gulf Daily" && api.title == "Storm batters coast" && api.url == "https://gulf.example/storm")
    #expect(api.author == nil)
    let np = try #require(docs.dropFirst().first)
    #expect(np.published?.value == "2021-03-03" && np.author == "Ann Lee, Bo Chan" && np.outlet == "river.example")
    #expect(np.title == "Dam opens")
    let both = try #require(docs.last)
    #expect(String(decoding: both.source.bytes, as: UTF8.self).hasPrefix("Fire"))
    #expect(both.published == nil)
    #expect(both.diagnostics.contains { $0.code == "ingest.bad-date" && $0.message.contains("\"date\"") })
    #expect(diagnostics.contains { $0.code == "ingest.bad-record" && $0.line == 4 && $0.message.contains("\"maintext\"") })
  }

  @Test func manifestWinsAndDisagreementIsReported() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("news/a.txt", "Dam Opens\n\nBy Jane Roe\n\nMarch 3, 2022\n\nThe dam opened on Thursday.\n")
    try t.write(
      "manifest.json",
      """
      {"documents": [{"path": "news/a.txt", "published": "2022-03-04", "outlet": "River Daily", "url": "https://river.example/dam"}]}
      """)
    let c = try Ingestor().ingest(paths: [t.path])
    let d = try #require(c.documents.first)
    #expect(d.id == "news/a")
    #expect(d.path == "news/a.txt")
    #expect(d.published?.value == "2022-03-04")
    #expect(d.published?.source == .manifest)
    #expect(d.author == "Jane Roe")
    #expect(d.metadataSources["author"] == "text")
    #expect(d.outlet == "River Daily")
    #expect(d.metadataSources["outlet"] == "manifest")
    let dis = try #require(d.diagnostics.first { $0.code == "ingest.metadata-disagreement" })
    #expect(dis.message.contains("2022-03-03"))
    #expect(dis.message.contains("2022-03-04"))
  }

  /// Titles that differ only in case and punctuation agree (ASCII by bytes, other text by
  /// characters); other words disagree.
  @Test func titlesDifferingInCaseAndPunctuationAgree() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("a.txt", "Dam Opens\n\nThe dam opened on Thursday.\n")
    try t.write("b.txt", "Zürich Talks End\n\nThe talks ended.\n")
    try t.write("c.txt", "Dam Opens\n\nThe dam opened on Thursday.\n")
    try t.write(
      "manifest.json",
      """
      {"documents": [{"path": "a.txt", "title": "DAM OPENS!"}, {"path": "b.txt", "title": "zürich talks, end"},
        {"path": "c.txt", "title": "Dam Closes"}]}
      """)
    let c = try Ingestor().ingest(paths: [t.path])
    func disagrees(_ id: String) -> Bool {
      c.documents.first { $0.id == id }?.diagnostics.contains { $0.code == "ingest.metadata-disagreement" } ?? false
    }
    #expect(c.documents.count == 3)
    #expect(!disagrees("a"))
    #expect(!disagrees("b"))
    #expect(disagrees("c"))
  }

  @Test func outletFromTheSiteOrAnAgencyCreditIsNoDisagreement() {
    #expect(Ingestor.sameOutlet(given: "The Daily Meridian", text: "dailymeridian.example"))
    #expect(Ingestor.sameOutlet(given: "Harbor Times", text: "www.harbortimes.co.uk"))
    #expect(Ingestor.sameOutlet(given: "Harbor Times", text: "AFP"))
    #expect(Ingestor.sameOutlet(given: "Asia Pacific Monitor", text: "apmonitor.example"))
    #expect(Ingestor.sameOutlet(given: "British Broadcasting Corporation", text: "bbc.co.uk"))
    #expect(!Ingestor.sameOutlet(given: "Harbor Times", text: "riverdaily.example"))
    #expect(!Ingestor.sameOutlet(given: "Harbor Times", text: "River Daily"))
  }

  @Test func manifestWithBadDateKeepsGoing() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("a.txt", "Dam Opens\n\nThe dam opened.\n")
    try t.write("manifest.json", "[{\"path\": \"a\", \"published\": \"sometime\", \"color\": \"red\"}]")
    let c = try Ingestor().ingest(paths: [t.path])
    #expect(c.documents.first?.published == nil)
    #expect(c.diagnostics.contains { $0.code == "manifest.bad-date" && $0.line == 1 })
    #expect(c.diagnostics.contains { $0.code == "manifest.unknown-field" })
  }

  @Test func htmlPageGivesHeadlineMetaAndCaption() throws {
    let html = """
      <!DOCTYPE html>
      <html><head><title>Dam Opens - River Daily</title>
      <meta property="article:published_time" content="2022-03-03T08:00:00Z">
      <meta name="author" content="Jane Roe">
      <meta property="og:site_name" content="River Daily">
      <link rel="canonical" href="https://river.example/dam">
      <script>var x = "<p>not text</p>";</script>
      </head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <h1>Dam Opens After Ten Years</h1>
      <figure><img src="d.jpg"><figcaption>The dam on Thursday. Photo: Ann Lee</figcaption></figure>
      <p>The dam opened on <b>Thursday</b> &amp; drew crowds.</p>
      <p>Officials said it cost $2&nbsp;billion.</p>
      <footer>Copyright 2022 River Daily</footer>
      </body></html>
      """
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("dam.html", html)
    let c = try readSegmented([t.path])
    let d = try #require(c.documents.first)
    #expect(d.title == "Dam Opens After Ten Years")
    #expect(d.published?.value == "2022-03-03")
    #expect(d.author == "Jane Roe")
    #expect(d.outlet == "River Daily")
    #expect(d.url == "https://river.example/dam")
    let body = d.sentences.filter { $0.role == .body }.map(\.clean)
    #expect(body == ["The dam opened on Thursday & drew crowds.", "Officials said it cost $2 billion."])
    #expect(d.blocks.contains { $0.role == .caption && $0.text.hasPrefix("The dam on Thursday") })
    #expect(d.blocks.contains { $0.role == .boilerplate && $0.reason == "page navigation" })
    #expect(d.blocks.contains { $0.role == .boilerplate && $0.text.hasPrefix("Copyright") })
    #expect(!d.sentences.contains { $0.text.contains("not text") })
    expectExactOffsets(d)
  }

  @Test("a page whose only machine-readable date is its JSON-LD datePublished, in the head or the body")
  func linkedDataPublicationDate() throws {
    func page(_ head: String, _ body: String) -> String {
      """
      <!DOCTYPE html>
      <html><head><title>Storm batters coast</title>\(head)</head><body><h1>Storm batters coast</h1>
      <p>The hurricane made landfall on Wednesday near Cayo Costa.</p>\(body)</body></html>
      """
    }
    let ld = """
      <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",
      "headline": "Storm batters coast", "dateModified": "2022-09-30T12:00:00-04:00",
      "datePublished" : "2022-09-29T08:15:00-04:00"}]}</script>
      """
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("head.html", page(ld, ""))
    try t.write("body.html", page("", ld))
    // A script of another type is not linked data; a <meta> date wins over linked data.
    try t.write("other.html", page(ld.replacingOccurrences(of: "application/ld+json", with: "text/javascript"), ""))
    try t.write("meta.html", page("<meta property=\"article:published_time\" content=\"2022-09-28\">" + ld, ""))
    let c = try readSegmented([t.path])
    func published(_ id: String) -> PublishedDate? { c.documents.first { $0.id == id }?.published }
    for id in ["head", "body"] {
      #expect(published(id)?.value == "2022-09-29", "\(id)")
      #expect(published(id)?.evidence.first?.rule == "ingest.html-ld-json", "\(id)")
      #expect(published(id)?.evidence.first?.citation?.text == "2022-09-29T08:15:00-04:00", "\(id)")
    }
    #expect(published("other") == nil)
    #expect(published("meta")?.value == "2022-09-28")
    let body = try #require(c.documents.first { $0.id == "body" })
    #expect(!body.sentences.contains { $0.text.contains("NewsArticle") })
    expectExactOffsets(body)
  }

  @Test func markdownFrontMatterHeadingsAndLists() throws {
    let md = """
      ---
      title: "Storm Report"
      date: 2021-11-02
      author: Sam Poe
      ---
      # Storm Hits Coast

      The storm hit on **Monday** and [officials](https://x.example/a_b) said _three_ died.

      - Roads closed.
      - Power failed.
      """
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("storm.md", md)
    let c = try readSegmented([t.path])
    let d = try #require(c.documents.first)
    #expect(d.published?.value == "2021-11-02")
    #expect(d.author == "Sam Poe")
    #expect(d.title == "Storm Hits Coast")
    let body = d.sentences.filter { $0.role == .body }.map(\.clean)
    #expect(body == ["The storm hit on Monday and officials said three died.", "Roads closed.", "Power failed."])
    #expect(d.sentences.first { $0.role == .headline }?.text == "Storm Hits Coast")
    expectExactOffsets(d)
  }

  @Test func bylinesDateLinesAndCredits() throws {
    let text = """
      Bridge Collapses In Storm

      By Maria Lopez and Tom Ng | Updated Sept. 4, 2019

      Tuesday, 3 September 2019 14:05 GMT

      Rescuers search the river, left, after the collapse. REUTERS/Ann Lee

      The bridge collapsed on Tuesday. Two people were hurt.

      Share this:

      Reporting by Tom Ng; Editing by Ann Lee

      Related Articles

      Storm damage in the north

      Read more about the storm
      """
    var sink: [Diagnostic] = []
    let d = try #require(Ingestor.article(Array(text.utf8), id: "b", path: "b.txt", format: .text, diagnostics: &sink))
    #expect(d.author == "Maria Lopez and Tom Ng")
    #expect(d.published?.value == "2019-09-03")
    let roles = d.blocks.map { "\($0.role.rawValue)" }
    #expect(
      roles == [
        "headline", "metadata", "metadata", "caption", "body", "boilerplate", "metadata", "boilerplate", "boilerplate",
        "boilerplate",
      ])
  }

  /// A staff byline dates the article as a named one does ("Written by Staff reporter on
  /// April 7, 2017" was read as body text, and the date was inferred a day late, which moved
  /// the article's "yesterday" by a day); lines that only start like one stay text.
  @Test func staffBylinesGiveTheDate() throws {
    func article(_ line: String) throws -> Document {
      var sink: [Diagnostic] = []
      let text = "Talks Open In Cairo\n\n\(line)\n\nDelegations met in Cairo yesterday for the talks.\n"
      return try #require(Ingestor.article(Array(text.utf8), id: "s", path: "s.txt", format: .text, diagnostics: &sink))
    }
    for (line, author) in [
      ("Written by Staff reporter on April 7, 2017", "Staff reporter"),
      ("By our correspondent | April 7, 2017", "our correspondent"),
      ("By a special correspondent, April 7, 2017", "a special correspondent"),
      ("Posted by web desk on April 7, 2017", "web desk"),
    ] {
      let d = try article(line)
      #expect(d.published?.value == "2017-04-07", "\(line)")
      #expect(d.author == author, "\(line)")
      #expect(d.blocks.map(\.role) == [.headline, .metadata, .body], "\(line)")
    }
    for line in [
      "By staff estimates, 40 people were hurt on April 7, 2017.",
      "By our count, the talks ended on April 7, 2017.",
      "By a wide margin, delegates backed the plan on April 7, 2017.",
    ] {
      let d = try article(line)
      #expect(d.author == nil, "\(line)")
      #expect(d.blocks.map(\.role) == [.headline, .body, .body], "\(line)")
    }
  }

  @Test func explicitURLLabelKeepsAnyStatedValue() throws {
    var sink: [Diagnostic] = []
    let text = "Deal Signed\n\nOriginal url: javascript:alert(1)\n\nThe deal was signed.\n"
    let d = try #require(Ingestor.article(Array(text.utf8), id: "u", path: "u.txt", format: .text, diagnostics: &sink))
    #expect(d.url == "javascript:alert(1)")
    #expect(d.outlet == nil)
    #expect(d.blocks.map(\.role) == [.headline, .metadata, .body])
  }

  @Test func timeMLGivesDCTTitleAndBodyWithoutAnnotationTags() throws {
    let tml = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>x_1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1989-11-02" functionInDocument="CREATION_TIME">11/02/89</TIMEX3></DCT>
      <TITLE>Plant Closes</TITLE>
      <TEXT>
      The plant <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> <TIMEX3 tid="t1" type="DATE" value="1989-11-01">Wednesday</TIMEX3>.
      Workers said Mr. Smith
      would return.
      </TEXT>
      <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
      </TimeML>
      """
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("wsj.tml", tml)
    let c = try readSegmented([t.path])
    let d = try #require(c.documents.first)
    #expect(d.published?.value == "1989-11-02")
    #expect(d.published?.evidence.first?.rule == "ingest.timeml-dct")
    #expect(d.title == "Plant Closes")
    let body = d.sentences.filter { $0.role == .body }.map(\.clean)
    #expect(body == ["The plant closed Wednesday.", "Workers said Mr. Smith would return."])
    #expect(!d.sentences.contains { $0.text.contains("TLINK") })
    expectExactOffsets(d)
  }

  @Test func wireDatelineAndAgencyAfterTheAuthorNameTheOutlet() throws {
    var sink: [Diagnostic] = []
    let a = "Port Reopens\n\nBy JANE ROE, Associated Press\n\nGDANSK, Poland (AP) — The port reopened on Monday.\n"
    let d = try #require(Ingestor.article(Array(a.utf8), id: "a", path: "a.txt", format: .text, diagnostics: &sink))
    #expect(d.author == "JANE ROE")
    #expect(d.outlet == "AP")
    let b = "Port Reopens\n\nGDANSK, Poland, Oct 3 (Reuters) - The port reopened on Monday.\n"
    let e = try #require(Ingestor.article(Array(b.utf8), id: "b", path: "b.txt", format: .text, diagnostics: &sink))
    #expect(e.outlet == "Reuters")
    #expect(e.blocks.last?.role == .body)
    let c = "Port Reopens\n\nThe port (which is old) - they said - reopened.\n"
    let f = try #require(Ingestor.article(Array(c.utf8), id: "c", path: "c.txt", format: .text, diagnostics: &sink))
    #expect(f.outlet == nil)
  }

  @Test func deeplyNestedJSONIsAnErrorNotACrash() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let c = Ingestor().ingest(jsonLines: deep + "\n{\"text\": \"Ok\\n\\nFine.\"}", name: "deep.jsonl")
    #expect(c.documents.count == 1)
    #expect(c.diagnostics.contains { $0.code == "ingest.bad-json" && $0.line == 1 && $0.message.contains("nested") })
  }

  @Test func labelledCaptionsAndInlineAdvertising() throws {
    let text = """
      Ferry Sinks Off Coast

      Image source, Getty Images

      Image caption, Rescuers search the water near the harbour in 2018

      A ferry sank off the coast on Sunday, the coastguard said.

      Story continues below advertisement

      Twelve people were rescued.
      """
    var sink: [Diagnostic] = []
    let d = try #require(Ingestor.article(Array(text.utf8), id: "f", path: "f.txt", format: .text, diagnostics: &sink))
    #expect(d.blocks.map(\.role) == [.headline, .boilerplate, .caption, .body, .boilerplate, .body])
  }

  @Test func numericDateLinesReadWhicheverOrderTheNumbersAllow() throws {
    #expect(MetadataDate.dateLine("Published 13/09/2023")?.iso == "2023-09-13")
    #expect(MetadataDate.dateLine("Updated: 09/13/2023 10:32 GMT")?.iso == "2023-09-13")
    #expect(MetadataDate.dateLine("13.09.2023")?.iso == "2023-09-13")
    #expect(MetadataDate.dateLine("03.09.2023")?.iso == "2023-09-03")
    #expect(MetadataDate.dateLine("Published 03/09/2023") == nil)  // ambiguous: no guess
    #expect(MetadataDate.dateLine("Published 31/02/2023") == nil)
    let text = "Derna Toll Climbs\n\nPublished 13/09/2023\n\nThe toll rose on Wednesday.\n"
    var sink: [Diagnostic] = []
    let d = try #require(Ingestor.article(Array(text.utf8), id: "d", path: "d.txt", format: .text, diagnostics: &sink))
    #expect(d.published?.value == "2023-09-13")
    #expect(d.published?.source == .text)
  }
}
