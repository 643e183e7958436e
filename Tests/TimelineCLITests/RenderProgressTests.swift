import Foundation
import Testing

@testable import CLI

/// Collects what `Progress` writes (thread-safe).
final class Sink: @unchecked Sendable {
  private let lock = NSLock()
  private var parts: [String] = []
  func write(_ s: String) { lock.lock(); parts.append(s); lock.unlock() }
  var text: String { lock.lock(); defer { lock.unlock() }; return parts.joined() }
}

/// A clock the test moves by hand.
final class FakeClock: @unchecked Sendable {
  private let lock = NSLock()
  private var t = 1000.0
  func now() -> Double { lock.lock(); defer { lock.unlock() }; return t }
  func advance(_ s: Double) { lock.lock(); t += s; lock.unlock() }
}

@Suite struct RenderProgressTests {
  @Test func plainLinesEveryIntervalWhenNotATerminal() {
    let sink = Sink()
    let clock = FakeClock()
    let p = Progress(
      total: 10, label: "documents", isTerminal: false, environment: [:], interval: 2, delay: 1, clock: clock.now,
      sink: sink.write)
    p.advance()  // within the first second: silent
    #expect(sink.text.isEmpty)
    for _ in 0..<9 {
      clock.advance(1)
      p.advance()
    }
    p.finish()
    let lines = sink.text.split(separator: "\n").map(String.init)
    #expect(lines.count >= 4)
    #expect(lines.first?.hasPrefix("timeline: ") == true)
    #expect(lines.first?.contains("/10 documents (") == true)
    #expect(lines.last?.hasPrefix("timeline: 10 documents in 9.0s") == true)
    #expect(!sink.text.contains("\u{1B}"))  // no escape codes off a terminal
    #expect(!sink.text.contains("\r"))
  }

  @Test func barWithColorsOnATerminalAndNoColorsWithNO_COLOR() {
    for (env, colored) in [([String: String](), true), (["NO_COLOR": "1"], false)] {
      let sink = Sink()
      let clock = FakeClock()
      let p = Progress(
        total: 4, label: "cases", isTerminal: true, environment: env, delay: 0, clock: clock.now, sink: sink.write)
      for _ in 0..<4 {
        clock.advance(0.5)
        p.advance()
      }
      p.finish()
      #expect(sink.text.contains("4/4 cases"))
      #expect(sink.text.contains("█"))
      #expect(sink.text.contains("\u{1B}[36m") == colored)
      #expect(sink.text.contains("\r\u{1B}[2K"))  // the bar is redrawn in place and erased
      #expect(sink.text.hasSuffix("\n"))
    }
  }

  @Test func quietPrintsNothingAndQuickRunsStaySilent() {
    let sink = Sink()
    let clock = FakeClock()
    let quiet = Progress(
      total: 3, label: "documents", quiet: true, isTerminal: true, environment: [:], delay: 0, clock: clock.now,
      sink: sink.write)
    for _ in 0..<3 { clock.advance(5); quiet.advance() }
    quiet.finish()
    #expect(sink.text.isEmpty)
    let quick = Progress(
      total: 3, label: "documents", isTerminal: false, environment: [:], clock: clock.now, sink: sink.write)
    for _ in 0..<3 { quick.advance() }
    quick.finish()
    #expect(sink.text.isEmpty)
  }
}
