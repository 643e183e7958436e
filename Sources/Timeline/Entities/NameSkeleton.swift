import Foundation

/// Spelling-tolerant name keys: ASCII folding, a transliteration skeleton for blocking, and a
/// normalized edit distance for the final decision.
///
/// ```swift
/// NameSkeleton.skeleton("Zelensky") == NameSkeleton.skeleton("Zelenskyy")
/// NameSkeleton.skeleton("Sergey") == NameSkeleton.skeleton("Sergei")     // "srg"
/// NameSkeleton.distance("zelensky", "zelenskyy")                         // 1/9
/// ```
///
/// Watch out for: the skeleton is only a blocking key (many names share one); the decision
/// always also needs a small edit distance and agreeing context.
enum NameSkeleton {
  /// Lowercase, diacritics removed, curly apostrophes straightened.
  static func fold(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 128 }) { return s.lowercased() }
    return s.folding(
      options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX")
    )
    .lowercased()
    .replacingOccurrences(of: "’", with: "'")
  }

  /// Letters only, with transliteration-equivalent spellings mapped to one form
  /// (q/ck/c→k, y→i at word end, ph→f, w→v, z→s, kh→h, dh→d, double letters single), then the
  /// vowels after the first letter dropped.
  static func skeleton(_ name: String) -> String {
    let s = Array(fold(name).unicodeScalars.filter { $0.properties.isAlphabetic })
    var mapped: [Character] = []
    var i = 0
    while i < s.count {
      let c = Character(s[i])
      let next: Character? = i + 1 < s.count ? Character(s[i + 1]) : nil
      var out: Character = c
      var skip = 1
      switch (c, next) {
      case ("c", "k"), ("k", "h"), ("p", "h"), ("d", "h"), ("t", "h"), ("g", "h"), ("s", "h"), ("z", "h"):
        out = c == "c" ? "k" : c == "p" ? "f" : c == "z" || c == "s" ? "s" : c
        skip = 2
      case ("q", _), ("c", _): out = "k"
      case ("y", _): out = "i"
      case ("w", _): out = "v"
      case ("z", _): out = "s"
      case ("j", _): out = "j"
      default: break
      }
      if mapped.last != out { mapped.append(out) }
      i += skip
    }
    guard let first = mapped.first else { return "" }
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    return String(first) + String(mapped.dropFirst().filter { !vowels.contains($0) })
  }

  /// Levenshtein distance divided by the longer length (0 same … 1 different).
  static func distance(_ a: String, _ b: String) -> Double {
    let x = Array(a)
    let y = Array(b)
    if x.isEmpty || y.isEmpty { return x.count == y.count ? 0 : 1 }
    var prev = Array(0...y.count)
    var cur = prev
    for i in 1...x.count {
      cur[0] = i
      for j in 1...y.count {
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      swap(&prev, &cur)
    }
    return Double(prev[y.count]) / Double(max(x.count, y.count))
  }
}
