import Foundation

/// Deterministic JSON encoding for every output of the engine.
///
/// Keys sorted, pretty-printed, slashes unescaped, a trailing newline: byte-identical output
/// for the same values on every machine.
public enum JSONOutput {
  public static func encode<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// One compact line (for JSON-lines streams), keys sorted.
  public static func line<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
