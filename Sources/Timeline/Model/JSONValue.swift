/// A JSON value for open-ended attributes (`"attributes": {"ordinal": 5}`).
public enum JSONValue: Codable, Hashable, Sendable, Comparable {
  case string(String)
  case number(Double)
  case bool(Bool)
  case array([JSONValue])
  case object([String: JSONValue])
  case null

  public init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let n = try? c.decode(Double.self) {
      self = .number(n)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([JSONValue].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: JSONValue].self))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .string(let s): try c.encode(s)
    case .number(let n):
      if n == n.rounded(), abs(n) < 1e15 { try c.encode(Int64(n)) } else { try c.encode(n) }
    case .bool(let b): try c.encode(b)
    case .array(let a): try c.encode(a)
    case .object(let o): try c.encode(o)
    case .null: try c.encodeNil()
    }
  }

  private var sortKey: String {
    switch self {
    case .string(let s): "s" + s
    case .number(let n): "n" + String(n)
    case .bool(let b): "b" + String(b)
    case .array(let a): "a" + a.map(\.sortKey).joined(separator: ",")
    case .object(let o): "o" + o.keys.sorted().joined(separator: ",")
    case .null: "z"
    }
  }

  public static func < (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.sortKey < rhs.sortKey }
}
