/// The map/reduce lines' types pulled straight from their JSON (``JSONParser/pull(_:_:)``):
/// each reads the members synthesized `Codable` reads, in any order. Required members must be
/// present and not `null`, optional ones may be absent or `null`, unknown ones are checked
/// and skipped, and of a repeated key the first counts.
///
/// Watch out for: a new stored property needs a case here as well as in ``CompactJSON``.
/// `JSONNodeDecoderTests` compares every record of every fixture and of a generated corpus
/// with what `JSONDecoder` reads, and checks that what `JSONDecoder` refuses is refused.
extension JSONParser {
  /// A string-backed enum's case.
  mutating func readCase<E: RawRepresentable>(_ type: E.Type) throws -> E where E.RawValue == String {
    let raw = try readString()
    guard let v = E(rawValue: raw) else { throw JSONPullError(reason: "\(raw) is not a \(E.self)") }
    return v
  }

  /// A string-to-string object (the first of a repeated key counts).
  mutating func readStringMap() throws -> [String: String] {
    var out: [String: String] = [:]
    try members { p, key in
      if out[key] == nil { out[key] = try p.readString() } else { try p.skip() }
    }
    return out
  }
}

extension MapReduce.Record {
  /// Synthesized `Codable`'s enum shape: exactly one member naming a case (others are not
  /// keys of the enum and are skipped), holding an object whose `_0` is the value.
  init(pulling p: inout JSONParser) throws {
    var found: [MapReduce.Record] = []
    try p.members { p, key in
      guard key == "document" || key == "mention" || key == "diagnostic" else { return try p.skip() }
      var value = PulledMember<MapReduce.Record>()
      try p.members { p, inner in
        guard inner == "_0" else { return try p.skip() }
        try value.read(&p) { p in
          switch key {
          case "document": .document(try DocumentExtraction(pulling: &p))
          case "mention": .mention(try EventMention(pulling: &p))
          default: .diagnostic(try Diagnostic(pulling: &p))
          }
        }
      }
      found.append(try value.required("_0"))
    }
    guard found.count == 1, let record = found.first else {
      throw JSONPullError(reason: "expected one of document, mention, diagnostic")
    }
    self = record
  }
}

extension SourceSpan {
  init(pulling p: inout JSONParser) throws {
    var start = PulledMember<Int>(), end = PulledMember<Int>(), line = PulledMember<Int>()
    try p.members { p, key in
      switch key {
      case "start": try start.read(&p) { try $0.readInt() }
      case "end": try end.read(&p) { try $0.readInt() }
      case "line": try line.read(&p) { try $0.readInt() }
      default: try p.skip()
      }
    }
    self.init(start: try start.required("start"), end: try end.required("end"), line: try line.required("line"))
  }
}

extension Citation {
  init(pulling p: inout JSONParser) throws {
    var document = PulledMember<String>(), text = PulledMember<String>()
    var start = PulledMember<Int>(), end = PulledMember<Int>(), line = PulledMember<Int>()
    try p.members { p, key in
      switch key {
      case "document": try document.read(&p) { try $0.readString() }
      case "text": try text.read(&p) { try $0.readString() }
      case "start": try start.read(&p) { try $0.readInt() }
      case "end": try end.read(&p) { try $0.readInt() }
      case "line": try line.read(&p) { try $0.readInt() }
      default: try p.skip()
      }
    }
    self.init(
      document: try document.required("document"),
      span: SourceSpan(start: try start.required("start"), end: try end.required("end"), line: try line.required("line")),
      text: try text.required("text"))
  }
}

extension RelativeSpec {
  init(pulling p: inout JSONParser) throws {
    var form = PulledMember<String>(), anaphoric = PulledMember<Bool>()
    try p.members { p, key in
      switch key {
      case "form": try form.read(&p) { try $0.readString() }
      case "anaphoric": try anaphoric.read(&p) { try $0.readBool() }
      default: try p.skip()
      }
    }
    self.init(form: try form.required("form"), anaphoric: try anaphoric.required("anaphoric"))
  }
}

extension MentionTime {
  init(pulling p: inout JSONParser) throws {
    var expression = PulledMember<String>(), value = PulledMember<String>(), mod = PulledMember<String>()
    var rule = PulledMember<String>(), span = PulledMember<SourceSpan>(), stated = PulledMember<Bool>()
    var anchor = PulledMember<RelativeSpec>()
    try p.members { p, key in
      switch key {
      case "expression": try expression.read(&p) { try $0.readString() }
      case "value": try value.read(&p) { try $0.readString() }
      case "mod": try mod.read(&p) { try $0.readString() }
      case "rule": try rule.read(&p) { try $0.readString() }
      case "span": try span.read(&p) { try SourceSpan(pulling: &$0) }
      case "stated": try stated.read(&p) { try $0.readBool() }
      case "anchor": try anchor.read(&p) { try RelativeSpec(pulling: &$0) }
      default: try p.skip()
      }
    }
    self.init(
      expression: expression.value, span: span.value, value: try value.required("value"), mod: mod.value,
      rule: try rule.required("rule"), stated: try stated.required("stated"), anchor: anchor.value)
  }
}

extension EventMention.Fields {
  init(pulling p: inout JSONParser) throws {
    var id = PulledMember<String>(), document = PulledMember<String>(), eventClass = PulledMember<String>()
    var trigger = PulledMember<String>(), triggerSpan = PulledMember<SourceSpan>(), citation = PulledMember<Citation>()
    var role = PulledMember<TextRole>(), time = PulledMember<MentionTime>(), place = PulledMember<String>()
    var participants = PulledMember<[String]>(), host = PulledMember<String>(), ordinal = PulledMember<Int>()
    var isMain = PulledMember<Bool>(), keywords = PulledMember<[String]>(), attributes = PulledMember<[String: String]>()
    var names = PulledMember<[String]>()
    try p.members { p, key in
      switch key {
      case "id": try id.read(&p) { try $0.readString() }
      case "document": try document.read(&p) { try $0.readString() }
      case "eventClass": try eventClass.read(&p) { try $0.readString() }
      case "trigger": try trigger.read(&p) { try $0.readString() }
      case "triggerSpan": try triggerSpan.read(&p) { try SourceSpan(pulling: &$0) }
      case "citation": try citation.read(&p) { try Citation(pulling: &$0) }
      case "role": try role.read(&p) { try $0.readCase(TextRole.self) }
      case "time": try time.read(&p) { try MentionTime(pulling: &$0) }
      case "place": try place.read(&p) { try $0.readString() }
      case "participants": try participants.read(&p) { try $0.readStrings() }
      case "host": try host.read(&p) { try $0.readString() }
      case "ordinal": try ordinal.read(&p) { try $0.readInt() }
      case "isMain": try isMain.read(&p) { try $0.readBool() }
      case "keywords": try keywords.read(&p) { try $0.readStrings() }
      case "attributes": try attributes.read(&p) { try $0.readStringMap() }
      case "names": try names.read(&p) { try $0.readStrings() }
      default: try p.skip()
      }
    }
    self.init(
      id: try id.required("id"), document: try document.required("document"),
      eventClass: try eventClass.required("eventClass"), trigger: try trigger.required("trigger"),
      triggerSpan: try triggerSpan.required("triggerSpan"), citation: try citation.required("citation"),
      role: try role.required("role"), time: time.value, place: place.value,
      participants: try participants.required("participants"), host: host.value, ordinal: ordinal.value,
      isMain: try isMain.required("isMain"), keywords: try keywords.required("keywords"),
      attributes: try attributes.required("attributes"), names: names.value)
  }
}

extension Evidence {
  init(pulling p: inout JSONParser) throws {
    var rule = PulledMember<String>(), note = PulledMember<String>(), citation = PulledMember<Citation>()
    try p.members { p, key in
      switch key {
      case "rule": try rule.read(&p) { try $0.readString() }
      case "note": try note.read(&p) { try $0.readString() }
      case "citation": try citation.read(&p) { try Citation(pulling: &$0) }
      default: try p.skip()
      }
    }
    self.init(rule: try rule.required("rule"), note: try note.required("note"), citation: citation.value)
  }
}

extension PartialCluster.Edge {
  init(pulling p: inout JSONParser) throws {
    var a = PulledMember<String>(), b = PulledMember<String>(), score = PulledMember<Int>()
    var evidence = PulledMember<[Evidence]>(), deferred = PulledMember<Bool>(), spansDays = PulledMember<Bool>()
    try p.members { p, key in
      switch key {
      case "a": try a.read(&p) { try $0.readString() }
      case "b": try b.read(&p) { try $0.readString() }
      case "score": try score.read(&p) { try $0.readInt() }
      case "evidence": try evidence.read(&p) { try $0.readArray { try Evidence(pulling: &$0) } }
      case "deferred": try deferred.read(&p) { try $0.readBool() }
      case "spansDays": try spansDays.read(&p) { try $0.readBool() }
      default: try p.skip()
      }
    }
    self.init(a: try a.required("a"), b: try b.required("b"), score: try score.required("score"), evidence: evidence.value ?? [])
    self.deferred = deferred.value ?? false
    self.spansDays = spansDays.value ?? false
  }
}

extension PartialCluster {
  init(pulling p: inout JSONParser) throws {
    var key = PulledMember<String>(), mentions = PulledMember<[String]>(), edges = PulledMember<[Edge]>()
    try p.members { p, name in
      switch name {
      case "key": try key.read(&p) { try $0.readString() }
      case "mentions": try mentions.read(&p) { try $0.readStrings() }
      case "edges": try edges.read(&p) { try $0.readArray { try Edge(pulling: &$0) } }
      default: try p.skip()
      }
    }
    self.init(key: try key.required("key"), mentions: try mentions.required("mentions"), edges: try edges.required("edges"))
  }
}

extension Diagnostic {
  init(pulling p: inout JSONParser) throws {
    var severity = PulledMember<Severity>(), code = PulledMember<String>(), path = PulledMember<String>()
    var line = PulledMember<Int>(), column = PulledMember<Int>(), start = PulledMember<Int>(), end = PulledMember<Int>()
    var message = PulledMember<String>()
    try p.members { p, key in
      switch key {
      case "severity": try severity.read(&p) { try $0.readCase(Severity.self) }
      case "code": try code.read(&p) { try $0.readString() }
      case "path": try path.read(&p) { try $0.readString() }
      case "line": try line.read(&p) { try $0.readInt() }
      case "column": try column.read(&p) { try $0.readInt() }
      case "start": try start.read(&p) { try $0.readInt() }
      case "end": try end.read(&p) { try $0.readInt() }
      case "message": try message.read(&p) { try $0.readString() }
      default: try p.skip()
      }
    }
    self.init(
      try severity.required("severity"), code: try code.required("code"), path: try path.required("path"),
      line: line.value, column: column.value, start: start.value, end: end.value, message: try message.required("message"))
  }
}

extension PublishedDate {
  init(pulling p: inout JSONParser) throws {
    var value = PulledMember<String>(), source = PulledMember<Source>(), earliest = PulledMember<String>()
    var latest = PulledMember<String>(), evidence = PulledMember<[Evidence]>(), confidence = PulledMember<Double>()
    try p.members { p, key in
      switch key {
      case "value": try value.read(&p) { try $0.readString() }
      case "source": try source.read(&p) { try $0.readCase(Source.self) }
      case "earliest": try earliest.read(&p) { try $0.readString() }
      case "latest": try latest.read(&p) { try $0.readString() }
      case "evidence": try evidence.read(&p) { try $0.readArray { try Evidence(pulling: &$0) } }
      case "confidence": try confidence.read(&p) { try $0.readDouble() }
      default: try p.skip()
      }
    }
    self.init(
      value: try value.required("value"), source: try source.required("source"), earliest: earliest.value,
      latest: latest.value, evidence: try evidence.required("evidence"))
    self.confidence = try confidence.required("confidence")  // as written (the initializer rounds)
  }
}

extension TemporalExpression {
  init(pulling p: inout JSONParser) throws {
    var kind = PulledMember<Kind>(), text = PulledMember<String>(), span = PulledMember<SourceSpan>()
    var value = PulledMember<String>(), mod = PulledMember<String>(), rule = PulledMember<String>()
    var anchor = PulledMember<RelativeSpec>()
    try p.members { p, key in
      switch key {
      case "kind": try kind.read(&p) { try $0.readCase(Kind.self) }
      case "text": try text.read(&p) { try $0.readString() }
      case "span": try span.read(&p) { try SourceSpan(pulling: &$0) }
      case "value": try value.read(&p) { try $0.readString() }
      case "mod": try mod.read(&p) { try $0.readString() }
      case "rule": try rule.read(&p) { try $0.readString() }
      case "anchor": try anchor.read(&p) { try RelativeSpec(pulling: &$0) }
      default: try p.skip()
      }
    }
    self.init(
      kind: try kind.required("kind"), text: try text.required("text"), span: try span.required("span"),
      value: try value.required("value"), mod: mod.value, rule: try rule.required("rule"), anchor: anchor.value)
  }
}

extension Entity {
  init(pulling p: inout JSONParser) throws {
    var key = PulledMember<String>(), name = PulledMember<String>(), kind = PulledMember<Kind>()
    var aliases = PulledMember<[String]>()
    try p.members { p, member in
      switch member {
      case "key": try key.read(&p) { try $0.readString() }
      case "name": try name.read(&p) { try $0.readString() }
      case "kind": try kind.read(&p) { try $0.readCase(Kind.self) }
      case "aliases": try aliases.read(&p) { try $0.readStrings() }
      default: try p.skip()
      }
    }
    self.init(
      key: try key.required("key"), name: try name.required("name"), kind: try kind.required("kind"),
      aliases: try aliases.required("aliases"))
  }
}

extension EntityMention {
  init(pulling p: inout JSONParser) throws {
    var entity = PulledMember<String>(), surface = PulledMember<String>(), span = PulledMember<SourceSpan>()
    var role = PulledMember<TextRole>()
    try p.members { p, key in
      switch key {
      case "entity": try entity.read(&p) { try $0.readString() }
      case "surface": try surface.read(&p) { try $0.readString() }
      case "span": try span.read(&p) { try SourceSpan(pulling: &$0) }
      case "role": try role.read(&p) { try $0.readCase(TextRole.self) }
      default: try p.skip()
      }
    }
    self.init(
      entity: try entity.required("entity"), surface: try surface.required("surface"), span: try span.required("span"),
      role: try role.required("role"))
  }
}

extension Claim {
  init(pulling p: inout JSONParser) throws {
    var id = PulledMember<String>(), document = PulledMember<String>(), mention = PulledMember<String>()
    var attribute = PulledMember<String>(), value = PulledMember<String>(), number = PulledMember<Double>()
    var unit = PulledMember<String>(), items = PulledMember<[String]>(), holder = PulledMember<String>()
    var subject = PulledMember<String>(), object = PulledMember<String>(), polarity = PulledMember<Bool>()
    var qualifier = PulledMember<String>(), citation = PulledMember<Citation>()
    try p.members { p, key in
      switch key {
      case "id": try id.read(&p) { try $0.readString() }
      case "document": try document.read(&p) { try $0.readString() }
      case "mention": try mention.read(&p) { try $0.readString() }
      case "attribute": try attribute.read(&p) { try $0.readString() }
      case "value": try value.read(&p) { try $0.readString() }
      case "number": try number.read(&p) { try $0.readDouble() }
      case "unit": try unit.read(&p) { try $0.readString() }
      case "items": try items.read(&p) { try $0.readStrings() }
      case "holder": try holder.read(&p) { try $0.readString() }
      case "subject": try subject.read(&p) { try $0.readString() }
      case "object": try object.read(&p) { try $0.readString() }
      case "polarity": try polarity.read(&p) { try $0.readBool() }
      case "qualifier": try qualifier.read(&p) { try $0.readString() }
      case "citation": try citation.read(&p) { try Citation(pulling: &$0) }
      default: try p.skip()
      }
    }
    self.init(
      id: try id.required("id"), document: try document.required("document"), mention: mention.value,
      attribute: try attribute.required("attribute"), value: try value.required("value"), number: number.value,
      unit: unit.value, items: try items.required("items"), holder: holder.value, subject: subject.value,
      object: object.value, polarity: try polarity.required("polarity"), qualifier: qualifier.value,
      citation: try citation.required("citation"))
  }
}

extension DocumentExtraction {
  init(pulling p: inout JSONParser) throws {
    var document = PulledMember<String>(), path = PulledMember<String>(), title = PulledMember<String>()
    var outlet = PulledMember<String>(), url = PulledMember<String>(), author = PulledMember<String>()
    var published = PulledMember<PublishedDate>(), expressions = PulledMember<[TemporalExpression]>()
    var entities = PulledMember<[Entity]>(), entityMentions = PulledMember<[EntityMention]>()
    var mentions = PulledMember<[EventMention]>(), claims = PulledMember<[Claim]>()
    var diagnostics = PulledMember<[Diagnostic]>()
    try p.members { p, key in
      switch key {
      case "document": try document.read(&p) { try $0.readString() }
      case "path": try path.read(&p) { try $0.readString() }
      case "title": try title.read(&p) { try $0.readString() }
      case "outlet": try outlet.read(&p) { try $0.readString() }
      case "url": try url.read(&p) { try $0.readString() }
      case "author": try author.read(&p) { try $0.readString() }
      case "published": try published.read(&p) { try PublishedDate(pulling: &$0) }
      case "expressions": try expressions.read(&p) { try $0.readArray { try TemporalExpression(pulling: &$0) } }
      case "entities": try entities.read(&p) { try $0.readArray { try Entity(pulling: &$0) } }
      case "entityMentions": try entityMentions.read(&p) { try $0.readArray { try EntityMention(pulling: &$0) } }
      case "mentions": try mentions.read(&p) { try $0.readArray { try EventMention(pulling: &$0) } }
      case "claims": try claims.read(&p) { try $0.readArray { try Claim(pulling: &$0) } }
      case "diagnostics": try diagnostics.read(&p) { try $0.readArray { try Diagnostic(pulling: &$0) } }
      default: try p.skip()
      }
    }
    self.init(
      document: try document.required("document"), path: try path.required("path"), title: title.value,
      outlet: outlet.value, url: url.value, author: author.value, published: published.value,
      expressions: try expressions.required("expressions"), entities: try entities.required("entities"),
      entityMentions: try entityMentions.required("entityMentions"), mentions: try mentions.required("mentions"),
      claims: try claims.required("claims"), diagnostics: try diagnostics.required("diagnostics"))
  }
}
