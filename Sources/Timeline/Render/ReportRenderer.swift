import Foundation

/// The front door of the Render stage: turns a ``TimelineReport`` into text.
///
/// Reads: a reconciled report (and, optionally, the original bytes of each document so that
/// citations can be shown inside their whole source sentence). Adds nothing to the report.
///
/// ```swift
/// let report = try Pipeline().run(paths: paths)
/// let renderer = ReportRenderer(report: report, inputPaths: paths)  // quotes inside their sentences
/// let html = renderer.render(report, as: .html)                     // reconcile --format html
/// let rows = renderer.renderConflicts(report, as: .csv)             // audit --format csv
/// ```
///
/// Every untrusted string (article text, titles, URLs, manifest fields) is escaped for the
/// target format; no output references anything outside itself.
public struct ReportRenderer: Sendable {
  /// Original bytes per document id, used to widen a citation to its sentence.
  public var sources: [String: [UInt8]]

  public init(sources: [String: [UInt8]] = [:]) {
    self.sources = sources
  }

  /// A renderer that shows citations inside their source sentence.
  ///
  /// It reads each document's original file (`root` + the document's `path`). Unreadable files are simply not used.
  public init(report: TimelineReport, corpusRoot root: String) {
    var sources: [String: [UInt8]] = [:]
    for doc in report.documents {
      let path = root.isEmpty ? doc.path : (root.hasSuffix("/") ? root + doc.path : root + "/" + doc.path)
      if let bytes = FileBytes.read(path) { sources[doc.id] = bytes }
    }
    self.sources = sources
  }

  /// A renderer for the paths given on the command line (folders or files).
  ///
  /// Each document's file is looked up under every folder given and beside every file given,
  /// so `reconcile a.txt b.txt` and `reconcile corpus/` both show whole sentences.
  public init(report: TimelineReport, inputPaths: [String]) {
    let fm = FileManager.default
    var roots: [String] = []
    for p in inputPaths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: p, isDirectory: &isDir) else { continue }
      roots.append(isDir.boolValue ? p : (p as NSString).deletingLastPathComponent)
    }
    var sources: [String: [UInt8]] = [:]
    for doc in report.documents {
      for root in roots {
        let path = root.isEmpty ? doc.path : (root as NSString).appendingPathComponent(doc.path)
        if let bytes = FileBytes.read(path) {
          sources[doc.id] = bytes
          break
        }
      }
    }
    self.sources = sources
  }

  /// The whole report (documents, events, conflicts, diagnostics) in `format`.
  ///
  /// - Parameters:
  ///   - report: the reconciled timeline.
  ///   - format: the output format.
  /// - Returns: the text to print; it ends with a newline.
  public func render(_ report: TimelineReport, as format: ReportFormat) -> String {
    switch format {
    case .json: JSONOutput.encode(report)
    case .markdown: MarkdownRenderer(report: report, context: context).render()
    case .html: HTMLRenderer(report: report, context: context).render(conflictsOnly: false)
    case .csv: CSVRenderer.events(report)
    case .timelinejs: TimelineJSRenderer.render(report, conflictsOnly: false)
    }
  }

  /// Only the conflicts of `report` (what `timeline audit` prints), in `format`.
  ///
  /// JSON is `{"schema": "timeline/1", "conflicts": [...]}`; CSV has one row per conflict
  /// side; HTML and Markdown show the conflicts with the events and documents they cite;
  /// TimelineJS shows the events that have conflicts.
  public func renderConflicts(_ report: TimelineReport, as format: ReportFormat) -> String {
    switch format {
    case .json: JSONOutput.encode(ConflictsOutput(conflicts: RenderOrder.conflicts(report.conflicts)))
    case .markdown: MarkdownRenderer(report: report, context: context).renderConflicts()
    case .html: HTMLRenderer(report: report, context: context).render(conflictsOnly: true)
    case .csv: CSVRenderer.conflicts(report)
    case .timelinejs: TimelineJSRenderer.render(report, conflictsOnly: true)
    }
  }

  var context: SourceContext { SourceContext(sources: sources) }
}

/// The JSON shape of `audit --format json`.
public struct ConflictsOutput: Codable, Hashable, Sendable {
  public var schema: String = TimelineReport.schemaVersion
  public var conflicts: [Conflict]

  public init(conflicts: [Conflict]) {
    self.conflicts = conflicts
  }
}
