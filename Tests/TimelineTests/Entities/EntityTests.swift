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

  @Test("name skeletons and distance")
  func skeletons() {
    #expect(NameSkeleton.skeleton("Muttaqi") == NameSkeleton.skeleton("Muttaki"))
    #expect(NameSkeleton.skeleton("Sergey") == NameSkeleton.skeleton("Sergei"))
    #expect(NameSkeleton.skeleton("Lavrov") != NameSkeleton.skeleton("Peskov"))
    #expect(NameSkeleton.distance("muttaqi", "muttaki") < 0.2)
  }
}
