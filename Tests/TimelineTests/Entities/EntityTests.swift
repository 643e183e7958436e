import Testing

@testable import Timeline

@Suite("Entities")
struct EntityTests {
  struct Example: Sendable, CustomStringConvertible {
    var text: String
    var keys: [String]
    var description: String { text }
  }

  @Test("gazetteer examples", arguments: GazetteerData.examples.map { Example(text: $0.text, keys: $0.keys) })
  func gazetteerExamples(_ e: Example) {
    let x = XDoc.extract([e.text])
    #expect(x.entities.map(\.key) == e.keys)
  }

  @Test("titled persons, appositives and surname back-references")
  func persons() {
    let x = XDoc.extract([
      "Russian presidential envoy to Afghanistan Zamir Kabulov met Mullah Abdul Ghani Baradar.",
      "Abdul Salam Hanafi, the deputy prime minister, spoke after Kabulov.",
      "Kremlin spokesman Dmitry Peskov declined to comment.",
    ])
    let persons = x.entities.filter { $0.kind == .person }.map(\.key)
    #expect(persons == ["person:baradar", "person:hanafi", "person:kabulov", "person:peskov"])
    #expect(x.entityMentions.filter { $0.entity == "person:kabulov" }.count == 2)
    #expect(x.entities.first { $0.key == "person:kabulov" }?.name == "Zamir Kabulov")
    #expect(!x.entities.contains { $0.key.hasPrefix("person:afghanistan") })
  }

  @Test("an institution next to a speech verb is not a person")
  func institutionsAreNotPeople() {
    let x = XDoc.extract([
      "The party won 240 seats, the Election Commission said on Tuesday.",
      "Results were confirmed by the Supreme Electoral Tribunal, and Judge Maria Ortega said counting was over.",
    ])
    let persons = x.entities.filter { $0.kind == .person }.map(\.key)
    #expect(persons == ["person:ortega"])
  }

  @Test("regnal numbers belong to the name")
  func regnal() {
    let x = XDoc.extract(["King Mohammed VI declared three days of mourning.", "King Charles III met Pope Francis."])
    let persons = x.entities.filter { $0.kind == .person }.map(\.key)
    #expect(persons == ["person:charles-iii", "person:francis", "person:mohammed-vi"])
  }

  @Test("family names first: Xi Jinping is Xi, and 'Xi' alone refers back")
  func familyFirst() {
    let x = XDoc.extract(["President Xi Jinping met President Joe Biden.", "Xi said the talks were candid."])
    #expect(x.entityMentions.filter { $0.entity == "person:xi" }.count == 2)
  }

  @Test("demonyms map to countries, not people")
  func demonyms() {
    let x = XDoc.extract(["The Russian foreign ministry and Turkish rescuers said so."])
    #expect(x.entities.map(\.key) == ["country:russia", "country:turkey"])
  }

  @Test("unifier: transliteration variants unify, different names do not")
  func unifier() {
    let a = XDoc.extract(["Foreign Minister Amir Khan Muttaqi met Foreign Minister Sergey Lavrov."])
    var b = XDoc.extract(["Foreign Minister Amir Khan Muttaki met Foreign Minister Sergei Lavrov and President Putin."])
    b.document = "other"
    let map = EntityUnifier().unify([a, b])
    #expect(map["person:muttaki"] == map["person:muttaqi"])
    #expect(map["person:lavrov"] == "person:lavrov")
    #expect(map["person:putin"] == "person:putin")
    #expect(map["person:muttaqi"] != map["person:lavrov"])
  }

  @Test("unifier: the canonical key is the one most distinct documents name, a repeated id once")
  func unifierCountsDocumentsOnce() {
    func doc(_ id: String, _ text: String) -> DocumentExtraction {
      var x = XDoc.extract([text])
      x.document = id
      return x
    }
    let muttaqi = "Foreign Minister Amir Khan Muttaqi met Foreign Minister Sergey Lavrov."
    let muttaki = "Foreign Minister Amir Khan Muttaki met Foreign Minister Sergei Lavrov."
    // One document given three times (not next to each other) names one spelling, two
    // documents the other: the other is canonical.
    let xs = [doc("d", muttaqi), doc("b", muttaki), doc("d", muttaqi), doc("c", muttaki), doc("d", muttaqi)]
    let map = EntityUnifier().unify(xs)
    #expect(map["person:muttaqi"] == "person:muttaki")
    #expect(map["person:muttaki"] == "person:muttaki")
    let ids = ["b", "d", "a", "d", "b", "c"].map { doc($0, "Talks in Kabul.") }
    let (number, order) = EntityUnifier.documentNumbers(ids)
    #expect(number == [0, 1, 2, 1, 0, 5])
    #expect(order == [0, 4, 1, 3, 2, 5])
  }

  @Test("applying the unification rewrites every key in mentions and claims")
  func applyUnification() throws {
    let xs = try Seeds.extractions()
    let unified = EntityUnifier().unified(xs)
    let keys = Set(unified.flatMap { $0.entities.map(\.key) })
    #expect(keys.contains("person:muttaqi") != keys.contains("person:muttaki"))
    let speakers = Set(unified.flatMap { $0.claims.compactMap(\.holder) })
    #expect(!(speakers.contains("person:muttaqi") && speakers.contains("person:muttaki")))
    #expect(unified.map(\.mentions.count) == xs.map(\.mentions.count))
  }

  @Test("name skeletons and distance")
  func skeletons() {
    #expect(NameSkeleton.skeleton("Muttaqi") == NameSkeleton.skeleton("Muttaki"))
    #expect(NameSkeleton.skeleton("Sergey") == NameSkeleton.skeleton("Sergei"))
    #expect(NameSkeleton.skeleton("Lavrov") != NameSkeleton.skeleton("Peskov"))
    #expect(NameSkeleton.distance("muttaqi", "muttaki") < 0.2)
  }
}

@Suite("EntityShapes")
struct EntityShapeTests {
  @Test("places missing from the gazetteer: 'in Kahta, Turkey' and datelines")
  func unknownCities() {
    let x = XDoc.extract([
      "KAHTA, Turkey — Rescuers worked through the night.",
      "The aftershock was felt in Golbasi, Turkey, and in Nurdagi.",
    ])
    let keys = x.entities.map(\.key)
    #expect(keys.contains("city:kahta"))
    #expect(keys.contains("city:golbasi"))
    #expect(!keys.contains("city:nurdagi"))  // no country after it: not enough evidence
  }

  @Test("a dateline's capitals give the place its written name, or a title-cased one")
  func datelineCapitals() {
    let both = XDoc.extract(["KAHTA, Turkey — Rescuers worked in Kahta, Turkey, through the night."])
    #expect(both.entities.first { $0.key == "city:kahta" }?.name == "Kahta")
    let capsOnly = XDoc.extract(["ARQUATA DEL TRONTO, Italy (AP) — Rescuers searched the ruins."])
    #expect(capsOnly.entities.first { $0.key == "city:arquata-del-tronto" }?.name == "Arquata Del Tronto")
    #expect(Entity.titleCased("L'AQUILA") == "L'Aquila")
    #expect(Entity.titleCased("NEW YORK") == "New York")
  }

  @Test("a name as the subject of a past event verb: 'Suella Braverman resigned', not 'Storm Daniel killed'")
  func subjectsOfEventVerbs() {
    let x = XDoc.extract([
      "Suella Braverman resigned as home secretary on Wednesday.",
      "Storm Daniel killed thousands of people in Derna.",
      "Carbis Bay hosted the leaders.",
    ])
    let persons = x.entities.filter { $0.kind == .person }.map(\.key)
    #expect(persons == ["person:braverman"])
    #expect(x.mentions.first { $0.eventClass == "resignation" }?.participants == ["person:braverman"])
  }

  @Test("a common given name starts a person's name: 'Boris Johnson is expected to …'; other capitals do not")
  func givenNames() {
    let x = XDoc.extract([
      "Boris Johnson is expected to announce his resignation later today.",
      "Carbis Bay is a seaside resort.",
    ])
    #expect(x.entities.filter { $0.kind == .person }.map(\.key) == ["person:johnson"])
    #expect(x.mentions.first { $0.eventClass == "resignation" }?.participants == ["person:johnson"])
  }

  @Test("names after meeting verbs; not in title-case headlines")
  func personCues() {
    let x = XDoc.extract([
      "H: Leaders Meet And Affirm Support For Peace",
      "President Joe Biden met Xi Jinping in Bali.",
      "“We need to manage competition responsibly,” the president said.",
    ])
    let persons = x.entities.filter { $0.kind == .person }.map(\.key)
    #expect(persons == ["person:biden", "person:xi"])
    #expect(x.claims.first { $0.attribute == "quote" }?.holder == "person:biden")
  }
}

@Suite("GazetteerTable")
struct GazetteerTableTests {
  @Test("every entry parses, keys are unique per kind, cities name a known country")
  func table() {
    var seen: Set<String> = []
    for line in GazetteerData.table.split(separator: "\n") {
      let f = line.split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      #expect(f.count >= 3, "\(line)")
      let key = "\(f[0]):\(f[1])"
      #expect(seen.insert(key).inserted, "duplicate \(key)")
      #expect(f[1] == Gazetteer.slug(f[1]), "key \(f[1]) is not a slug")
      if f[0] == "city", f.count > 3 {
        #expect(Gazetteer.shared.info["country:" + f[3]] != nil, "\(line): unknown country")
      }
    }
    #expect(Gazetteer.shared.info["city:moscow"]?.related == "country:russia")
    #expect(Gazetteer.shared.info["country:russia"]?.related == "city:moscow")
  }

  @Test("acronyms match only in their own case")
  func acronyms() {
    let x = XDoc.extract(["Who said the US and the UN would help us?"])
    #expect(x.entities.map(\.key) == ["country:united-states", "org:un"])
  }
}
