/// Splits a document's blocks into sentences and tokens (STUB: replaced by the segment work).
///
/// Reads: blocks. Adds: sentences with exact spans, analysis text and tokens.
public struct Segmenter: Sendable {
  public init() {}

  public func segment(_ document: inout Document) {
    var sentences: [Sentence] = []
    for block in document.blocks {
      let span = block.span
      sentences.append(
        Sentence(
          index: sentences.count, paragraph: block.index, role: block.role, span: span, text: block.text,
          clean: block.text, offsets: .identity(base: span.start, length: span.length), tokens: []))
    }
    document.sentences = sentences
  }
}
