extension EntityUnifier {
  /// Rewrites every entity key in `extractions` to its canonical key.
  ///
  /// Entities with the same canonical key merge (the fullest name wins, the others become
  /// aliases); mention places, hosts, participants and heads, and claim items, holders,
  /// subjects and objects follow. Run it on the whole corpus before resolving events, so
  /// "Zelensky" in one article and "Zelenskyy" in another are one participant and one speaker.
  ///
  /// ```swift
  /// let unified = EntityUnifier().unified(extractions)
  /// ```
  public func unified(_ extractions: [DocumentExtraction]) -> [DocumentExtraction] {
    apply(unify(extractions), to: extractions)
  }

  /// Rewrites keys with `map` (keys missing from it stay as they are).
  public func apply(_ map: [String: String], to extractions: [DocumentExtraction]) -> [DocumentExtraction] {
    func k(_ key: String) -> String { map[key] ?? key }
    func ks(_ keys: [String]) -> [String] { Array(Set(keys.map(k))).sorted() }
    return extractions.map { x in
      var out = x
      var merged: [String: Entity] = [:]
      for e in x.entities {
        let key = k(e.key)
        if var m = merged[key] {
          var aliases = Set(m.aliases + e.aliases + [e.name, m.name])
          let name = e.name.count > m.name.count || Entity.writtenOverCapitals(e.name, m.name) ? e.name : m.name
          aliases.remove(name)
          m.name = name
          m.aliases = aliases.sorted()
          merged[key] = m
        } else {
          var e2 = e
          e2.key = key
          merged[key] = e2
        }
      }
      out.entities = merged.values.sorted()
      out.entityMentions = x.entityMentions.map {
        var m = $0; m.entity = k(m.entity); return m
      }
      out.mentions = x.mentions.map { m in
        var m = m
        m.place = m.place.map(k)
        m.host = m.host.map(k)
        m.participants = ks(m.participants)
        if let head = m.attributes["head"] { m.attributes["head"] = k(head) }
        return m
      }
      out.claims = x.claims.map { c in
        var c = c
        c.items = ks(c.items)
        c.holder = c.holder.map(k)
        c.subject = c.subject.map(k)
        c.object = c.object.map(k)
        return c
      }
      return out
    }
  }
}
