import Foundation
import Testing

@testable import Timeline

/// ``OffsetMap/Runs`` (the first run inline, the others in a list) holds the runs a plain list
/// built by the same appends holds, and is coded as that list.
@Suite struct OffsetMapRunsTests {
  @Test func holdsAndCodesTheRunsOfAList() throws {
    // A fixed sequence (SplitMix64), so a failure repeats.
    var generator = SeededGenerator(seed: 31)
    for length in 0..<12 {
      for _ in 0..<40 {
        var map = OffsetMap()
        var list: [OffsetMap.Run] = []
        var clean = 0
        var original = Int.random(in: 0..<5, using: &generator)
        for _ in 0..<length {
          let n = Int.random(in: 0..<4, using: &generator)
          original += Int.random(in: 0..<2, using: &generator)  // a gap starts a new run
          if Bool.random(using: &generator) {
            map.append(clean: clean, original: original, length: n)
            if n > 0 {
              if var last = list.last, last.originalLength == nil, last.clean + last.length == clean,
                last.original + last.length == original
              {
                last.length += n
                list[list.count - 1] = last
              } else {
                list.append(OffsetMap.Run(clean: clean, original: original, length: n))
              }
            }
            original += n
          } else {
            let unit = Int.random(in: 0..<3, using: &generator)
            map.appendReplacement(clean: clean, length: n, original: original, originalLength: unit)
            if n > 0 { list.append(OffsetMap.Run(clean: clean, original: original, length: n, originalLength: unit)) }
            original += unit
          }
          clean += n
        }
        #expect(Array(map.runs) == list)
        #expect(map.runs.count == list.count && map.runs.isEmpty == list.isEmpty)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let coded = try encoder.encode(map)
        let expected = try encoder.encode(["runs": list])
        #expect(coded == expected)
        #expect(try JSONDecoder().decode(OffsetMap.self, from: coded) == map)
      }
    }
  }
}
