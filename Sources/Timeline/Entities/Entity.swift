/// A named thing a document talks about: person, organization, country, city, group.
///
/// `key` is the canonical, spelling-normalized identity used to compare entities across
/// documents (e.g. `person:zelensky` for "Volodymyr Zelensky" and "Volodymyr Zelenskyy").
public struct Entity: Codable, Hashable, Sendable, Comparable {
  public enum Kind: String, Codable, Sendable {
    case person, organization, country, city, group, other
  }

  public var key: String
  /// The fullest surface name seen.
  public var name: String
  public var kind: Kind
  /// Other surface forms seen for it (sorted, unique).
  public var aliases: [String]

  public init(key: String, name: String, kind: Kind, aliases: [String] = []) {
    self.key = key
    self.name = name
    self.kind = kind
    self.aliases = aliases
  }

  public static func < (lhs: Entity, rhs: Entity) -> Bool { lhs.key < rhs.key }

  /// Whether a name is written in capitals only ("L'AQUILA", "ARQUATA DEL TRONTO"), as
  /// datelines write places (ASCII letters decide: "DÜSSELDORF" is capitals, "Köln" is not).
  static func isAllCaps(_ name: String) -> Bool {
    var upper = false
    for b in name.utf8 {
      if b >= 0x61 && b <= 0x7A { return false }
      if b >= 0x41 && b <= 0x5A { upper = true }
    }
    return upper
  }

  /// Whether `candidate` is the same-length name as `current` written as text writes it, where
  /// `current` is a dateline's capitals ("L'Aquila" over "L'AQUILA"). The byte tests first:
  /// counting characters is the dear part, and most names are no capitals.
  static func writtenOverCapitals(_ candidate: String, _ current: String) -> Bool {
    isAllCaps(current) && !isAllCaps(candidate) && candidate.count == current.count
  }

  /// "ARQUATA DEL TRONTO" → "Arquata Del Tronto", "L'AQUILA" → "L'Aquila": each word's first
  /// letter, and the letter after a one-letter elision, capitalized.
  static func titleCased(_ name: String) -> String {
    var out = ""
    var word = ""  // the current word as far as it goes
    for c in name {
      let capital = word.isEmpty || (word.count == 2 && (word.last == "'" || word.last == "’"))
      out += capital ? String(c).uppercased() : String(c).lowercased()
      if c == " " || c == "-" { word = "" } else { word.append(c) }
    }
    return out
  }

}

/// One occurrence of an entity in a document.
public struct EntityMention: Codable, Hashable, Sendable {
  public var entity: String
  public var surface: String
  public var span: SourceSpan
  public var role: TextRole

  public init(entity: String, surface: String, span: SourceSpan, role: TextRole) {
    self.entity = entity
    self.surface = surface
    self.span = span
    self.role = role
  }
}
