import Testing

@testable import Timeline

@Suite("Gazetteer.slug")
struct GazetteerSlugTests {
  @Test(
    "ASCII names take the byte path, others the character path, with one result shape",
    arguments: [
      ("St. Petersburg", "st-petersburg"), ("  Al--Shabaab ", "al-shabaab"), ("G7 2023", "g7-2023"),
      ("Zürich-West", "zurich-west"), ("São Paulo", "sao-paulo"), ("Ömer’s Café", "omer-s-cafe"), ("", ""),
      ("--", ""), ("Xi\r\nJinping", "xi-jinping"),
    ])
  func slug(_ name: String, _ expected: String) {
    #expect(Gazetteer.slug(name) == expected)
  }
}
