import Foundation
import Testing

@testable import Timeline

/// A count's number read from its bytes (``ClaimFinder/wholeNumber(_:)``) against the parse it
/// stands for: letters ruled out by characters, commas dropped, `Double(_:)` on the rest.
@Suite("ParseNumber")
struct ParseNumberTests {
  static func byCharacters(_ s: String) -> Double? {
    if s.contains(where: { $0.isLetter }) { return nil }
    return Double(String(decoding: s.utf8.filter { $0 != 0x2C }, as: UTF8.self))
  }

  static let numbers: [String] = {
    var out = [
      "", ",", "0", "00", "007", "12", "2,000", "1,000,000", "2023", "6.5", "1,234.5", ".5", "5.", "10km", "5th",
      "1e3", "12a", "٣", "１２", "999999999999999", "1000000000000000", "9,999,999,999,999,99", "123456789012345678",
      "-5", "+5", "1 2", "3,", ",3", "2,0,0",
    ]
    var seed: UInt64 = 7
    for _ in 0..<2000 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(seed >> 60) + 1
      var s = ""
      var r = seed
      for _ in 0..<length {
        s.append(["0", "1", "5", "9", ",", ",", ".", "a", "k"][Int(r % 9)])
        r /= 9
      }
      out.append(s)
    }
    return out
  }()

  @Test("whole numbers parse as by characters")
  func wholeNumbers() {
    for s in Self.numbers {
      #expect(ClaimFinder.parseNumber(s) == Self.byCharacters(s), "\(s)")
      if let whole = ClaimFinder.wholeNumber(s) { #expect(whole == Self.byCharacters(s), "\(s)") }
    }
  }
}
