import Testing

@testable import Timeline

/// The byte-wise lowercasing the block views and bylines use must give what `lowercased()`
/// gives: ASCII, curly quotes and dashes (copied), and other scripts (mapped scalar by scalar).
@Suite("UTF8Bytes")
struct UTF8BytesTests {
  @Test(
    "lowercased by bytes equals String.lowercased()",
    arguments: [
      "", "Plain ASCII Headline, 2024", "“Quoted” — and ‘single’ … dashes – too",
      "ZÜRICH, ÉCOLE, İSTANBUL, ΟΔΥΣΣΕΥΣ, МОСКВА", "Mixed ⁿ superscript ₂ and € sign", "emoji 🔥 FIRE 🚒",
    ])
  func lowercasedMatchesFoundation(_ text: String) {
    #expect(UTF8Bytes.lowercased(text) == text.lowercased())
    #expect(UTF8Bytes.lowercased(text[...]) == text.lowercased())
  }

  @Test("every scalar of the Basic Multilingual Plane lowercases the same way")
  func everyScalar() {
    var mismatches: [UInt32] = []
    for v in UInt32(0x20)...0xFFFF {
      guard let scalar = Unicode.Scalar(v) else { continue }
      let s = "A" + String(Character(scalar)) + "b"
      if UTF8Bytes.lowercased(s) != s.lowercased() { mismatches.append(v) }
    }
    #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5))")
  }
}
