import Testing

@testable import Timeline

/// `dct.reference-offset` from the article's own date of the counted event: "15 days after the
/// earthquake struck … The quake struck at 4:53 p.m. on January 12, 2010".
@Suite("A count from the article's own stated day")
struct CountedOffsetTests {
  static let rescue = """
    Teenager pulled alive from Port-au-Prince rubble

    A 16-year-old girl was pulled alive from the ruins of a house in Port-au-Prince on Wednesday,
    15 days after the earthquake struck, French rescuers said.

    She had survived by drinking from a bathtub, her mother said.

    The quake struck at 4:53 p.m. on January 12, 2010, and most rescue teams had already stopped
    searching for survivors.

    """

  @Test("a lede count whose event no other report dates counts from the day the article states for it")
  func aCountFromTheArticlesOwnDay() throws {
    let report = try withCorpus(["rescue.txt": Self.rescue]) { path in try Pipeline().run(paths: [path]) }
    let doc = try #require(report.documents.first { $0.id == "rescue" })
    let published = try #require(doc.published)
    // 2010-01-12 and 15 days: Wednesday 2010-01-27, not the Wednesday after the quake.
    #expect(published.value == "2010-01-27")
    #expect(published.evidence.contains { $0.rule == "dct.reference-offset" && $0.citation?.text.contains("4:53 p.m.") == true })
    // The weekday follows the new date.
    let wednesday = report.events.flatMap(\.mentions).first { $0.document == "rescue" && $0.expression == "Wednesday" }
    #expect(wednesday?.time?.value == "2010-01-27")
  }

  static let swap = """
    Russia frees Griner in swap for arms dealer Bout

    Published: December 9, 2022

    ABU DHABI - Russia freed the American basketball player Brittney Griner on December 8 in
    exchange for the arms dealer Viktor Bout, in a swap carried out on the tarmac of Abu Dhabi airport.

    President Joe Biden said Griner was safe and on her way home to Texas.

    """

  static let leaves = """
    Griner leaves San Antonio medical center

    Brittney Griner left the Army medical center in San Antonio on Friday, eight days after she
    was freed by Russia, and said she would play for the Phoenix Mercury this season.

    Griner thanked President Joe Biden and the fans who had written to her while she was held in Russia.

    """

  @Test("a count whose event its article does not date counts from the day the story's article states")
  func aCountFromTheStorysDay() throws {
    let report = try withCorpus(["swap.txt": Self.swap, "leaves.txt": Self.leaves]) { path in
      try Pipeline().run(paths: [path])
    }
    let doc = try #require(report.documents.first { $0.id == "leaves" })
    let published = try #require(doc.published)
    // Freed on 2022-12-08 and eight days: Friday 2022-12-16, not the Friday after the swap.
    #expect(published.value == "2022-12-16")
    #expect(published.evidence.contains { $0.rule == "dct.reference-offset" && $0.citation?.document == "swap" })
  }

  static let liftoff = """
    NASA's Artemis rocket lifts off for the Moon

    Published: November 16, 2022

    CAPE CANAVERAL - NASA's Space Launch System rocket was launched from the Kennedy Space Center
    in Florida on November 16, sending the uncrewed Orion capsule toward the Moon.

    """

  static let orbit = """
    Orion capsule settles into orbit around the Moon

    NASA's Orion capsule entered a distant orbit around the Moon on Friday, nine days after the
    rocket was launched from Florida, the agency said.

    Engineers said the capsule was performing better than expected.

    """

  @Test("a count from a passive verb ('nine days after the rocket was launched') dates the story from that event")
  func aCountFromAPassiveVerb() throws {
    let report = try withCorpus(["liftoff.txt": Self.liftoff, "orbit.txt": Self.orbit]) { path in
      try Pipeline().run(paths: [path])
    }
    let doc = try #require(report.documents.first { $0.id == "orbit" })
    let published = try #require(doc.published)
    // Launched 2022-11-16 and nine days: Friday 2022-11-25, not the Friday after the launch.
    #expect(published.value == "2022-11-25")
    #expect(published.evidence.contains { $0.rule == "dct.reference-offset" && $0.citation?.document == "liftoff" })
  }
}
