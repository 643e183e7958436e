import Testing

@testable import Timeline

/// The extraction's fast paths agree with the plain versions they stand for: `RunOffsets`
/// (an offset moved by the run's shift while its byte is inside the run) with
/// `OffsetMap.original`, and `Gazetteer.slug` of ASCII names (written straight into the
/// string) with the slug made from a list of bytes.
@Suite struct TokenOffsetsTests {
  /// Every offset around many runs, copied and replaced, at and beyond both ends.
  @Test func runOffsetsMapAsTheOffsetMap() {
    for clean in [0, 3, 17] {
      for original in [0, 5, 40] {
        for length in [0, 1, 2, 9] {
          for unit in [nil, 1, 4] as [Int?] {
            let run = OffsetMap.Run(clean: clean, original: original, length: length, originalLength: unit)
            let offsets = RunOffsets(run: run)
            for offset in 0...(clean + length + 3) {
              for isEnd in [false, true] {
                let expected = OffsetMap.original(OffsetMap.probe(offset, isEnd: isEnd), in: run, isEnd: isEnd)
                #expect(offsets.original(offset, isEnd: isEnd) == expected, "run \(run), offset \(offset), end \(isEnd)")
              }
            }
          }
        }
      }
    }
  }

  /// The slug as a list of bytes made it (the version before the one written in place).
  static func byteListSlug(_ s: String) -> String {
    var out: [UInt8] = []
    var dash = false
    for b in s.utf8 {
      if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) {
        if dash, !out.isEmpty { out.append(0x2D) }
        out.append(b)
        dash = false
      } else {
        dash = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  @Test(arguments: [
    "", " ", "--", "a", "Xi Jinping", "  Lula  da Silva ", "O'Brien", "al-Sisi", "Ursula von der Leyen",
    "A.B.C.", "covid-19", "long name with many many words past fifteen bytes", "trailing ", "9/11",
  ])
  func asciiSlugsAsTheByteList(_ name: String) {
    #expect(Gazetteer.slug(name) == Self.byteListSlug(NameSkeleton.fold(name)))
  }
}
