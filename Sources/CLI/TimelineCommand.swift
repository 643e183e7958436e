import Foundation
import Timeline

#if canImport(Glibc)
  import Glibc
#endif

/// The `timeline` executable: dispatches on the first argument.
@main
struct TimelineCommand {
  /// Every subcommand, in the order `--help` lists them.
  nonisolated(unsafe) static let commands: [any Command.Type] = [
    ReconcileCommand.self,
    AuditCommand.self,
    ExplainCommand.self,
    DatesCommand.self,
    ExtractCommand.self,
    InspectCommand.self,
    TestCommand.self,
    MapCommand.self,
    ReduceCommand.self,
    MergeCommand.self,
    BenchCommand.self,
    GenerateCommand.self,
  ]

  static func main() {
    keepFreedMemory()
    // The process exits as soon as the command returns: what a run lets go of, and the
    // results a command keeps (`Releases.keepIfExiting`), are never freed (freeing a
    // 100,000-document report object by object was a serial second at the end of `reconcile`).
    Releases.keepUntilExit = true
    let args = Array(CommandLine.arguments.dropFirst())
    exit(run(args))
  }

  /// Runs one command line and returns the exit status (testable without a process).
  static func run(_ args: [String]) -> Int32 {
    guard let first = args.first else {
      Output.write(Help.main(commands: commands))
      return 0
    }
    switch first {
    case "-h", "--help":
      Output.write(Help.main(commands: commands))
      return 0
    case "--version":
      Output.write("timeline \(Help.version)\n")
      return 0
    case "help":
      guard let name = args.dropFirst().first else {
        Output.write(Help.main(commands: commands))
        return 0
      }
      guard let c = commands.first(where: { c in c.name == name }) else {
        return usageFailure("unknown subcommand '\(name)'", hint: suggestion(name))
      }
      Output.write(Help.command(c))
      return 0
    default:
      break
    }
    guard let c = commands.first(where: { c in c.name == first }) else {
      if first.hasPrefix("-") { return usageFailure("unknown option '\(first)'", hint: nil) }
      return usageFailure("unknown subcommand '\(first)'", hint: suggestion(first))
    }
    let rest = Array(args.dropFirst())
    if rest.contains("-h") || rest.contains("--help") {
      Output.write(Help.command(c))
      return 0
    }
    do {
      let parsed = try Arguments(rest, specs: c.options)
      return try c.run(parsed)
    } catch let e as UsageError {
      Output.error("error: \(e.message)\n\(Help.usageLine(c))")
      return 2
    } catch let e as TimelineError {
      Output.error("error: \(e.description)")
      return e.exitStatus
    } catch {
      Output.error("error: \(error)")
      return 3
    }
  }

  /// The engine allocates and frees arrays of tens of megabytes per block and per stage. By
  /// default glibc maps each large one fresh and unmaps it when freed, so the kernel zeroes
  /// new pages again and again (half the system time of a 100,000-document run). Blocks up to
  /// 32 MiB come from the heap instead, and freed memory stays in the process for reuse.
  static func keepFreedMemory() {
    #if canImport(Glibc)
      // `mallopt` is not in the Glibc module; <malloc.h>: M_TRIM_THRESHOLD -1, M_TOP_PAD -2,
      // M_MMAP_THRESHOLD -3.
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
      let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
      _ = mallopt(-3, 32 << 20)
      _ = mallopt(-1, Int32.max)
      _ = mallopt(-2, 256 << 20)
    #endif
  }

  static func suggestion(_ name: String) -> String? {
    Arguments.suggestion(for: name, among: commands.filter { c in !c.hidden }.map { c in c.name })
  }

  static func usageFailure(_ message: String, hint: String?) -> Int32 {
    var text = "error: \(message)"
    if let hint { text += "\nDid you mean '\(hint)'?" }
    text += "\nUsage: timeline <subcommand> [options] [paths]\n  See 'timeline --help' for more information."
    Output.error(text)
    return 2
  }
}
