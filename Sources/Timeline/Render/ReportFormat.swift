/// An output format of `reconcile` and `audit`.
///
/// `json` is the stable `timeline/1` contract; the others are views of the same report for
/// people (`markdown`, `html`), spreadsheets (`csv`) and Knight Lab's TimelineJS3
/// (`timelinejs`). Every format is deterministic: the same report gives the same bytes.
public enum ReportFormat: String, CaseIterable, Sendable {
  case json, markdown, html, csv, timelinejs

  /// The names `--format` accepts, in help order.
  public static var names: [String] { allCases.map(\.rawValue) }

  /// The usual file extension for `-o` defaults and scripts.
  public var fileExtension: String {
    switch self {
    case .json, .timelinejs: "json"
    case .markdown: "md"
    case .html: "html"
    case .csv: "csv"
    }
  }
}
