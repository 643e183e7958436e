/// Corpus-level DCT inference: documents without a publication date borrow the year of the
/// events they share with dated documents, then run ``DCTInferrer`` with that year and are
/// re-anchored on the result.
///
/// Linear: one index of dated mentions by `class|MM-DD` and `class|MM`, one lookup per
/// year-less mention. Two rounds, so a document dated in the first round can date another.
struct DCTPropagation {
  var inferrer: DCTInferrer
  var tagger: TemporalTagger

  /// Infers and sets `published` for undated documents and re-anchors their expressions and
  /// mention times. Returns the ids of mentions whose time changed.
  func propagate(_ documents: inout [DocumentExtraction]) -> Set<String> {
    var changed = Set<String>()
    guard documents.contains(where: { $0.published == nil }) else { return changed }
    for _ in 0..<2 {
      let index = buildIndex(documents)
      var progress = false
      for i in documents.indices where documents[i].published == nil {
        let doc = documents[i]
        let hint = yearHint(doc, index: index)
        let result = inferrer.infer(document: doc.document, expressions: doc.expressions, yearHint: hint) {
          tagger.reanchor($0, dct: $1)
        }
        guard let published = result else { continue }
        documents[i].published = published
        progress = true
        guard let day = Day(iso: String(published.value.prefix(10))) ?? published.earliest.flatMap({ Day(iso: $0) }) else { continue }
        documents[i].expressions = doc.expressions.map { $0.anchor == nil ? $0 : tagger.reanchor($0, dct: day) }
        for j in documents[i].mentions.indices {
          let m = documents[i].mentions[j]
          guard let t = m.time, t.anchor != nil else { continue }
          let e = TemporalExpression(
            kind: .date, text: t.expression ?? "", span: t.span ?? m.triggerSpan, value: t.value, mod: t.mod, rule: t.rule,
            anchor: t.anchor)
          let r = tagger.reanchor(e, dct: day)
          if r.value != t.value || r.mod != t.mod {
            documents[i].mentions[j].time?.value = r.value
            documents[i].mentions[j].time?.mod = r.mod
            changed.insert(m.id)
          }
        }
      }
      if !progress { break }
    }
    for i in documents.indices where documents[i].published == nil {
      documents[i].diagnostics.append(
        Diagnostic(
          .note, code: "dct.unknown", path: documents[i].path,
          message: "\(documents[i].path): no publication date is stated and none could be inferred; relative dates stay unresolved."))
    }
    return changed
  }

  struct Index {
    /// `class|MM-DD` or `class|MM` → year → (count, a citation).
    var years: [String: [Int: (Int, Citation)]] = [:]
  }

  func buildIndex(_ documents: [DocumentExtraction]) -> Index {
    var index = Index()
    for d in documents where d.published != nil {
      for m in d.mentions where m.role != .caption {
        guard let t = m.time, !t.value.hasPrefix("X") else { continue }
        let p = ValueParts(t.value)
        guard let y = p.year, let mo = p.month else { continue }
        var keys = ["\(m.eventClass)|\(pad(mo, 2))"]
        if let day = p.day { keys.append("\(m.eventClass)|\(pad(mo, 2))-\(pad(day, 2))") }
        for k in keys {
          let old = index.years[k]?[y]
          index.years[k, default: [:]][y] = ((old?.0 ?? 0) + 1, min(old?.1 ?? m.citation, m.citation))
        }
      }
    }
    return index
  }

  func yearHint(_ doc: DocumentExtraction, index: Index) -> DCTInferrer.YearHint? {
    var votes: [Int: Int] = [:]
    var why: [Int: [Evidence]] = [:]
    for m in doc.mentions where m.role != .caption {
      guard let t = m.time, t.value.hasPrefix("XXXX-") else { continue }
      let p = ValueParts("0000" + t.value.dropFirst(4))
      guard let mo = p.month else { continue }
      let key = p.day.map { "\(m.eventClass)|\(pad(mo, 2))-\(pad($0, 2))" } ?? "\(m.eventClass)|\(pad(mo, 2))"
      let found = index.years[key] ?? (p.day != nil ? index.years["\(m.eventClass)|\(pad(mo, 2))"] : nil)
      guard let found else { continue }
      for y in found.keys.sorted() {
        guard let (n, c) = found[y] else { continue }
        votes[y, default: 0] += n
        why[y, default: []].append(
          Evidence(
            rule: "dct.corpus-shared-event",
            note: "The \(m.eventClass) '\(t.expression ?? m.trigger)' matches a dated report (\(c.document), year \(y)).", citation: m.citation))
      }
    }
    guard let best = votes.sorted(by: { ($0.value, $0.key) > ($1.value, $1.key) }).first else { return nil }
    return DCTInferrer.YearHint(year: best.key, evidence: Array((why[best.key] ?? []).prefix(5)))
  }
}
