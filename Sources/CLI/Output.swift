import Foundation
import Timeline

/// Where results, diagnostics and progress go: results to stdout, everything else to stderr.
enum Output {
  /// Writes the text's UTF-8 bytes as they are stored (no copy into a `Data` first: `timeline
  /// map` writes a document's lines as one text, 1.6 GB for a 50 MB article).
  static func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
      FileHandle.standardOutput.write(
        Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
    }
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }

  /// Prints diagnostics to stderr as `path:line:col: severity: [code] message`.
  static func diagnostics(_ diagnostics: [Diagnostic], quiet: Bool = false) {
    // A document's diagnostics may also be listed corpus-wide: print each one once.
    for d in Set(diagnostics).sorted() where !(quiet && d.severity == .note) {
      error(d.description)
    }
  }

  /// Whether stderr is a terminal (progress bars and colors only then).
  static var stderrIsTerminal: Bool { isatty(2) != 0 }

  /// Writes `text` to `path` atomically (temporary file + rename), or to stdout for nil/`-`.
  ///
  /// - Throws: ``TimelineError/unreadableInput(path:line:reason:)`` when the file cannot be
  ///   written.
  static func deliver(_ text: String, to path: String?) throws {
    guard let path, path != "-" else {
      write(text)
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw TimelineError.unreadableInput(path: path, line: nil, reason: "cannot write the output file")
    }
  }

  /// The timeline as JSON to `path` (atomically: a temporary file beside it, then a rename)
  /// or to stdout for nil/`-`, streamed as it is encoded: a 100,000-document timeline is
  /// never held as one string.
  ///
  /// - Throws: ``TimelineError/unreadableInput(path:line:reason:)`` when the file cannot be
  ///   written.
  static func deliverJSON(_ report: TimelineReport, to path: String?) throws {
    guard let path, path != "-" else {
      let writer = JSONOutput.FileWriter(FileHandle.standardOutput.fileDescriptor)
      JSONOutput.write(report) { writer.write($0) }
      guard writer.finish() else {
        throw TimelineError.unreadableInput(path: "-", line: nil, reason: "cannot write the output to stdout")
      }
      return
    }
    guard JSONOutput.write(report, toFile: path) else {
      throw TimelineError.unreadableInput(path: path, line: nil, reason: "cannot write the output file")
    }
  }
}
