import Foundation

/// Progress of a long command on stderr.
///
/// On a terminal: one redrawn bar with counts, rate and elapsed time (colored unless
/// `NO_COLOR` is set). Otherwise (a log file, CI): a plain line every few seconds. With
/// `quiet`: nothing. Nothing at all is shown during the first second, so quick runs stay
/// silent. Thread-safe: `advance` may be called from parallel work.
///
/// ```swift
/// let progress = Progress(total: paths.count, label: "documents", quiet: arguments.flag("--quiet"))
/// for p in paths { work(p); progress.advance() }
/// progress.finish()
/// ```
final class Progress: @unchecked Sendable {
  let total: Int?
  let label: String
  let enabled: Bool
  let isTerminal: Bool
  let colors: Bool
  /// Seconds between plain lines when stderr is not a terminal.
  let interval: Double
  /// Seconds before anything is shown.
  let delay: Double
  private let clock: @Sendable () -> Double
  private let sink: @Sendable (String) -> Void
  private let lock = NSLock()
  private let start: Double
  private var done = 0
  private var lastDraw = -Double.infinity
  private var barVisible = false
  private var printedAny = false

  /// - Parameters:
  ///   - total: the number of items, or nil when unknown (no bar, counts only).
  ///   - label: what is counted, plural ("documents").
  ///   - quiet: show nothing.
  ///   - isTerminal: stderr is a TTY (default: asks the system).
  ///   - environment: for `NO_COLOR` (default: the process environment).
  ///   - interval: seconds between plain lines.
  ///   - delay: seconds of silence at the start.
  ///   - clock: seconds, monotonic enough; injectable for tests.
  ///   - sink: where text goes (default: stderr).
  init(
    total: Int?, label: String, quiet: Bool = false, isTerminal: Bool = Output.stderrIsTerminal,
    environment: [String: String] = ProcessInfo.processInfo.environment, interval: Double = 2, delay: Double = 1,
    clock: @escaping @Sendable () -> Double = { Date().timeIntervalSinceReferenceDate },
    sink: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
  ) {
    self.total = total
    self.label = label
    self.enabled = !quiet
    self.isTerminal = isTerminal
    self.colors = isTerminal && environment["NO_COLOR"] == nil
    self.interval = interval
    self.delay = delay
    self.clock = clock
    self.sink = sink
    self.start = clock()
  }

  /// Counts `n` more items done and redraws when due.
  func advance(by n: Int = 1) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    done += n
    let now = clock()
    guard now - start >= delay else { return }
    if isTerminal {
      if now - lastDraw >= 0.1 || done == total { draw(now) }
    } else if now - lastDraw >= interval {
      lastDraw = now
      printedAny = true
      sink("timeline: \(counts()) \(label) (\(rate(now)))\n")
    }
  }

  /// Erases the bar so other stderr/stdout text can be printed on a clean line.
  func clear() {
    lock.lock()
    defer { lock.unlock() }
    if barVisible {
      sink("\r\u{1B}[2K")
      barVisible = false
      lastDraw = -Double.infinity
    }
  }

  /// Removes the bar and, when progress was shown, prints one closing line.
  func finish() {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    let now = clock()
    if barVisible { sink("\r\u{1B}[2K") }
    if barVisible || printedAny {
      sink("timeline: \(done) \(label) in \(String(format: "%.1f", now - start))s (\(rate(now)))\n")
    }
    barVisible = false
  }

  private func counts() -> String {
    total.map { "\(done)/\($0)" } ?? "\(done)"
  }

  private func rate(_ now: Double) -> String {
    let elapsed = max(now - start, 1e-6)
    return String(format: "%.1f/s", Double(done) / elapsed)
  }

  private func draw(_ now: Double) {
    lastDraw = now
    var line = "\r\u{1B}[2K"
    if let total, total > 0 {
      let width = 24
      let filled = min(width, done * width / total)
      let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
      line += colors ? "\u{1B}[36m\(bar)\u{1B}[0m " : "\(bar) "
    }
    line += "\(counts()) \(label) · \(rate(now)) · \(Int(now - start))s"
    sink(line)
    barVisible = true
  }
}
