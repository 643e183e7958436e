import Foundation
import Testing

@testable import Timeline

/// ``JSONNodeDecoder`` reads the map/reduce lines in place of `JSONDecoder`: it must give the
/// same values, and refuse what `JSONDecoder` refuses.
@Suite struct JSONNodeDecoderTests {
  static func foundation<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
  }

  static func ours<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONNodeDecoder.decode(type, from: Substring(text))
  }

  /// Every map record and partial cluster of a generated corpus decodes to the value
  /// `JSONDecoder` gives (and to the value that was encoded).
  @Test func mapAndReduceRecordsDecodeAsWithJSONDecoder() throws {
    let corpus = CorpusGenerator(documents: 40, seed: 4).generate()
    let pipeline = Pipeline()
    let extractions = pipeline.analyze(pipeline.ingestor.ingest(jsonLines: corpus.jsonLines, name: "g.jsonl").documents)
    var groups: [String: [EventMention]] = [:]
    var documents = 0
    for x in extractions {
      for (key, record) in MapReduce.mapRecords(x) {
        let line = JSONOutput.line(record)
        let decoded = try Self.ours(MapReduce.Record.self, line)
        #expect(decoded == record)
        #expect(decoded == (try Self.foundation(MapReduce.Record.self, line)))
        if case .mention(let m) = record { groups[key, default: []].append(m) } else { documents += 1 }
      }
    }
    #expect(documents == 40)
    var edges = 0
    for (key, mentions) in groups {
      for evidence in [true, false] {
        for p in EventResolver().resolveBlock(key: key, mentions: mentions, evidence: evidence) {
          let line = JSONOutput.line(p)
          #expect(try Self.ours(PartialCluster.self, line) == p)
          #expect(try JSONNodeDecoder.partialCluster(from: Substring(line)) == p)
          #expect(try Self.foundation(PartialCluster.self, line) == p)
          edges += p.edges.count
        }
      }
    }
    #expect(edges > 20)
  }

  /// ``JSONNodeDecoder/record(from:)`` reads documents, mentions and diagnostics field by
  /// field: every record of every fixture comes back equal to what was written and to what
  /// `JSONDecoder` reads, and what `JSONDecoder` refuses it refuses.
  @Test func recordsReadDirectlyAsJSONDecoderReadsThem() throws {
    let pipeline = Pipeline()
    var documents = 0
    for name in try FixturePaths.caseNames() {
      let corpus = try pipeline.ingestor.ingest(paths: [try FixturePaths.fixtureCase(name).docs])
      var records = pipeline.analyze(corpus.documents).flatMap { MapReduce.mapRecords($0).map(\.record) }
      records += corpus.diagnostics.map { .diagnostic($0) }
      for record in records {
        let line = JSONOutput.line(record)
        #expect(try JSONNodeDecoder.record(from: Substring(line)) == record, "\(name)")
        #expect(try Self.foundation(MapReduce.Record.self, line) == record, "\(name)")
        if case .document = record { documents += 1 }
      }
    }
    #expect(documents >= 30)
    // Written by hand: a confidence the initializer would round is read as written, and
    // fields in any order, with unknown ones, read as JSONDecoder reads them.
    let mention = try #require(JSONOutput.line(MapReduce.Record.mention(Self.sampleMention)).split(separator: "\"_0\":").last)
    let written = [
      #"{"document":{"_0":{"path":"p","document":"d","claims":[],"diagnostics":[],"entities":[],"entityMentions":[],"expressions":[],"mentions":[],"extra":1,"published":{"value":"2021","source":"text","evidence":[],"confidence":0.123456}}}}"#,
      #"{"diagnostic":{"_0":{"severity":"note","code":"c","path":"p","message":"m","line":null}}}"#,
      // Unknown members of every kind (skipped), spaces and line breaks between tokens, an
      // unknown key beside the case (not a key of the enum), extra keys beside `_0`.
      " {\n \"x\" : [1, {\"y\": [true, null, \"s\\\"\"]}], \"mention\" :\t{\"_1\": 0, \"_0\": " + mention.dropLast(3)
        + #", "unknown": {"a": [[], {}], "b": -1.5e3}}}}  "#,
    ]
    for line in written {
      #expect(try JSONNodeDecoder.record(from: Substring(line)) == (try Self.foundation(MapReduce.Record.self, line)))
    }
    #expect(try JSONNodeDecoder.record(from: Substring(written[2])) == .mention(Self.sampleMention))
    // Of a repeated key the first counts (as the tree decoder read it), the later one is
    // still checked.
    let repeated = #"{"diagnostic":{"_0":{"severity":"note","code":"c","path":"p","message":"m","code":"d"}}}"#
    #expect(try JSONNodeDecoder.record(from: Substring(repeated)) == .diagnostic(Diagnostic(.note, code: "c", path: "p", message: "m")))
    #expect(try JSONNodeDecoder.decode(MapReduce.Record.self, from: Substring(repeated)) == .diagnostic(Diagnostic(.note, code: "c", path: "p", message: "m")))
    #expect(throws: (any Error).self) { try JSONNodeDecoder.record(from: Substring(repeated.replacingOccurrences(of: #""code":"d""#, with: #""code":[}"#))) }
    // Refused by both: two cases, no `_0`, an unknown case, a value that is no case of its
    // enum, a required field missing, null or of the wrong type, and a document's array of
    // the wrong elements.
    let document = #""claims":[],"diagnostics":[],"entities":[],"entityMentions":[],"expressions":[],"mentions":[]"#
    let refused = [
      #"{"document":{"_0":{}},"mention":{"_0":{}}}"#,
      #"{"diagnostic":{"x":{"severity":"note","code":"c","path":"p","message":"m"}}}"#,
      #"{"claim":{"_0":{}}}"#,
      #"{"diagnostic":{"_0":{"severity":"fatal","code":"c","path":"p","message":"m"}}}"#,
      #"{"diagnostic":{"_0":{"severity":"note","code":"c","path":"p"}}}"#,
      #"{"diagnostic":{"_0":{"severity":"note","code":null,"path":"p","message":"m"}}}"#,
      #"{"diagnostic":{"_0":{"severity":"note","code":"c","path":"p","message":"m","line":"1"}}}"#,
      #"{"document":{"_0":{"path":"p",\#(document)}}}"#,
      #"{"document":{"_0":{"path":"p","document":"d",\#(document.replacingOccurrences(of: #""entities":[]"#, with: #""entities":[1]"#))}}}"#,
      #"{"document":{"_0":{"path":"p","document":"d",\#(document),"published":{"value":"2021","source":"guess","evidence":[],"confidence":1}}}}"#,
      // Bad JSON inside a member that would be skipped, text after the value, a null value,
      // an integer field with a fraction, a cut line.
      #"{"diagnostic":{"_0":{"severity":"note","code":"c","path":"p","message":"m","x":[1,}}}}"#,
      #"{"diagnostic":{"_0":{"severity":"note","code":"c","path":"p","message":"m"}}} x"#,
      #"{"diagnostic":{"_0":null}}"#,
      #"{"diagnostic":{"_0":{"severity":"note","code":"c","path":"p","message":"m","line":2.5}}}"#,
      #"{"diagnostic":{"_0":{"severity":"note","code":"c","path":"p","message":"#,
    ]
    for line in refused {
      #expect(throws: (any Error).self, "\(line)") { try JSONNodeDecoder.record(from: Substring(line)) }
      #expect(throws: (any Error).self, "\(line)") { try Self.foundation(MapReduce.Record.self, line) }
    }
  }

  static let sampleMention = EventMention(
    id: "d/x@10", document: "d/x", eventClass: "meeting", trigger: "talks", triggerSpan: SourceSpan(start: 10, end: 15, line: 3),
    citation: Citation(document: "d/x", span: SourceSpan(start: 0, end: 40, line: 3), text: "He said \"no\" in Genève."),
    role: .caption,
    time: MentionTime(
      expression: "last week", span: SourceSpan(start: 20, end: 29, line: 3), value: "2021-W42", mod: "APPROX",
      rule: "relative.week", stated: true, anchor: RelativeSpec(form: "shift:week:-1:week", anaphoric: true)),
    place: "city:geneva", participants: ["org:un", "country:x"], host: "country:ch", ordinal: 5, isMain: true,
    keywords: ["water", "round"], attributes: ["head": "person:a", "count": "12"], names: ["geneva", "water"])

  /// The pulled values (``JSONParser/pull(_:_:)``) with every optional field present,
  /// and with every one absent.
  @Test func directlyReadValuesMatchJSONDecoder() throws {
    let span = SourceSpan(start: 10, end: 15, line: 3)
    let citation = Citation(document: "d/x", span: SourceSpan(start: 0, end: 40, line: 3), text: "He said \"no\" in Geneva.")
    let full = EventMention(
      id: "d/x@10", document: "d/x", eventClass: "meeting", trigger: "talks", triggerSpan: span, citation: citation,
      role: .caption,
      time: MentionTime(
        expression: "last week", span: span, value: "2021-W42", mod: "APPROX", rule: "relative.week", stated: true,
        anchor: RelativeSpec(form: "week-1", anaphoric: true)),
      place: "city:geneva", participants: ["org:un", "country:x"], host: "country:ch", ordinal: 5, isMain: true,
      keywords: ["water", "round"], attributes: ["head": "person:a", "count": "12"], names: ["geneva", "water"])
    let bare = EventMention(
      id: "d/y@0", document: "d/y", eventClass: "attack", trigger: "raid", triggerSpan: span, citation: citation,
      role: .body, time: MentionTime(expression: nil, span: nil, value: "2020", rule: "dct", stated: false))
    let none = EventMention(
      id: "d/z@0", document: "d/z", eventClass: "flood", trigger: "flood", triggerSpan: span, citation: citation,
      role: .headline)
    for m in [full, bare, none] {
      let line = JSONOutput.line(MapReduce.Record.mention(m))
      #expect(try Self.ours(MapReduce.Record.self, line) == .mention(m))
      #expect(try Self.foundation(MapReduce.Record.self, line) == .mention(m))
    }
    var edge = PartialCluster.Edge(a: "d/x@10", b: "d/y@0", score: 7, evidence: [])
    edge.deferred = true
    edge.spansDays = true
    let cluster = PartialCluster(
      key: "m|meeting|2021", mentions: ["d/x@10", "d/y@0"],
      edges: [edge, PartialCluster.Edge(a: "d/x@10", b: "d/z@0", score: 10, evidence: [Evidence(rule: "r", note: "n", citation: citation)])])
    let line = JSONOutput.line(cluster)
    #expect(line.contains(#""deferred":true"#) && line.contains(#""spansDays":true"#))
    #expect(try Self.ours(PartialCluster.self, line) == cluster)
    #expect(try JSONNodeDecoder.partialCluster(from: Substring(line)) == cluster)
    #expect(try Self.foundation(PartialCluster.self, line) == cluster)
    // A required field missing or of the wrong type is refused, as by JSONDecoder.
    for bad in [#"{"key":"k","mentions":[],"edges":[{"a":"x","score":1}]}"#, #"{"key":"k","mentions":[1],"edges":[]}"#] {
      #expect(throws: (any Error).self) { try Self.ours(PartialCluster.self, bad) }
      #expect(throws: (any Error).self) { try JSONNodeDecoder.partialCluster(from: Substring(bad)) }
      #expect(throws: (any Error).self) { try Self.foundation(PartialCluster.self, bad) }
    }
  }

  /// Strings with escapes (the closing quote found past escaped quotes and backslash runs, the
  /// plain bytes between escapes skipped with `memchr`) decode as Foundation decodes them.
  @Test func escapedStringsDecodeAsFoundationDoes() throws {
    let pieces = [
      "a", "word ", "é", "😀", #"\""#, #"\\"#, #"\\\""#, #"\n"#, #"\t"#, #"\/"#, #"\u00e9"#, #"\ud83d\ude00"#,
      "\u{7F}", " ",
    ]
    var seed: UInt64 = 7
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(n))
    }
    for _ in 0..<1500 {
      let body = (0..<next(24)).map { _ in pieces[next(pieces.count)] }.joined()
      let text = "[\"" + body + "\", 1]"
      let expected = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any])
      let ours = try JSONParser.parse(text).value
      guard case .array(let items) = ours else {
        Issue.record("not an array: \(text)")
        continue
      }
      #expect(items.first?.string == expected.first as? String, "\(text)")
    }
  }

  /// ``JSONParser``'s fast paths (escape-free strings found with `memchr`, short integers)
  /// and the slow ones they fall back to.
  @Test func parserStringsAndNumbers() throws {
    func value(_ text: String) throws -> JSONNode.Value { try JSONParser.parse(text).value }
    func string(_ text: String) throws -> String? { try JSONParser.parse(text).string }
    #expect(try string(#""plain é 😀""#) == "plain é 😀")
    #expect(try string(#""a\"b\\c\u00e9""#) == "a\"b\\cé")
    #expect(try string(#"["x", "y\"z"]"#) == nil)
    #expect(try JSONParser.parse(#"{"k": "v", "n": "x\ty"}"#).member("n")?.string == "x\ty")
    #expect(throws: JSONSyntaxError.self) { try value("\"line\nbreak\"") }
    #expect(throws: JSONSyntaxError.self) { try value("\"unterminated") }
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }  // not UTF-8
    // Invalid UTF-8 on the fast path and after an escape: truncated, overlong, a surrogate,
    // beyond U+10FFFF, a stray continuation byte; valid text of every length is kept whole.
    let invalid: [[UInt8]] = [[0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0x61, 0xE2, 0x82]]
    for bytes in invalid + invalid.map({ Array("eight+1 ASCII".utf8) + $0 }) {
      #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22] + bytes + [0x22]) }
      #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0x5C, 0x6E] + bytes + [0x22]) }
    }
    for text in ["", "a", "é", "€uro", "😀", "aé€😀z", "sixteen ASCII ab", "fifteen ASCII é", "eight ok😀"] {
      #expect(try JSONParser.parse([0x22] + Array(text.utf8) + [0x22]).string == text)
      #expect(try JSONParser.parse([0x22, 0x5C, 0x74] + Array(text.utf8) + [0x22]).string == "\t" + text)
    }
    let numbers: [(String, Double)] = [
      ("0", 0), ("-7", -7), ("123456789012345", 123_456_789_012_345), ("1234567890123456789", 1_234_567_890_123_456_768),
      ("1.5", 1.5), ("-2e3", -2000), ("007", 7), ("[12,3]", 0),
    ]
    for (text, expected) in numbers {
      if case .number(let n) = try value(text) { #expect(n == expected, "\(text)") }
      if case .array(let items) = try value(text) { #expect(items.map(\.scalarText) == ["12", "3"]) }
    }
    if case .number(let z) = try value("-0") { #expect(z == 0 && z.sign == .minus) } else { Issue.record("-0") }
    #expect(throws: JSONSyntaxError.self) { try value("-") }
    #expect(throws: JSONSyntaxError.self) { try value("1.2.3") }
  }

  @Test func scalarsAreReadStrictly() throws {
    // JSONValue tries Bool, Double, String, array, object in turn: the first that fits wins.
    let text = #"{"a": [1, 2.5, -0, true, "1", null, {"x": [false]}], "b": "s\"\\\/\u00e9\ud83d\ude00", "c": 12345678901}"#
    #expect(try Self.ours(JSONValue.self, text) == (try Self.foundation(JSONValue.self, text)))
    #expect(try Self.ours([String: Int].self, #"{"x": 3, "y": -40}"#) == ["x": 3, "y": -40])
    #expect(try Self.ours([Int8].self, "[1, -2, 127]") == [1, -2, 127])
    #expect(try Self.ours(String?.self, "null") == nil)
    #expect(throws: DecodingError.self) { try Self.ours(Int.self, "2.5") }
    #expect(throws: DecodingError.self) { try Self.ours(Int8.self, "300") }
    #expect(throws: DecodingError.self) { try Self.ours(String.self, "12") }
    #expect(throws: DecodingError.self) { try Self.ours(Bool.self, "1") }
    #expect(throws: DecodingError.self) { try Self.ours(Double.self, #""1.5""#) }
    #expect(throws: DecodingError.self) { try Self.ours(SourceSpan.self, #"{"start": 1, "end": 2}"#) }  // no line
    #expect(throws: DecodingError.self) { try Self.ours(SourceSpan.self, #"{"start": 1, "end": 2, "line": 1"#) }
    #expect(throws: DecodingError.self) { try Self.ours(MapReduce.Record.self, #"{"neither": {}}"#) }
  }
}
