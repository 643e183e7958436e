/// One word, number or punctuation mark of a sentence.
///
/// `text` is the analysis text (markup removed); `start`/`end` are UTF-8 byte offsets into
/// the original file, and `cleanStart`/`cleanEnd` offsets into the sentence's analysis text.
public struct Token: Codable, Hashable, Sendable {
  public enum Kind: String, Codable, Sendable {
    case word, number, punctuation, symbol
  }

  public var text: String
  public var kind: Kind
  public var start: Int
  public var end: Int
  public var cleanStart: Int
  public var cleanEnd: Int

  public init(text: String, kind: Kind, start: Int, end: Int, cleanStart: Int, cleanEnd: Int) {
    self.text = text
    self.kind = kind
    self.start = start
    self.end = end
    self.cleanStart = cleanStart
    self.cleanEnd = cleanEnd
  }
}
