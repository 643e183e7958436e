import Foundation

/// Whole files as bytes: the one reader of the engine (ingest, and the reports that show a
/// corpus's text).
enum FileBytes {
  /// What reading one file gave.
  enum Contents: Equatable {
    case bytes([UInt8])
    case tooLarge(Int)
    case unreadable
  }

  /// The bytes of the file at `path`, or its size when that is over `limit`: one `open`, one
  /// `fstat` and reads straight into the array. (`lstat` for the size, then
  /// `FileManager.contents`, opened and stat'ed the file again and copied its bytes out of a
  /// `Data`: at 10,000 one-article files, a tenth of the run's CPU time went to the kernel.)
  /// A directory, a missing file or a read error is unreadable.
  static func contents(of path: String, limit: Int) -> Contents {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .unreadable }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .unreadable }
    let size = Int(info.st_size)
    if size > limit { return .tooLarge(size) }
    // The stated size, read to the end: a file that grows while it is read keeps its tail.
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    while true {
      if filled == bytes.count {
        if filled > limit { return .tooLarge(filled) }
        bytes.append(contentsOf: repeatElement(0, count: max(4096, filled)))
      }
      let n = bytes.withUnsafeMutableBytes { buffer in
        systemRead(fd, buffer.baseAddress! + filled, buffer.count - filled)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return .unreadable
      }
      if n == 0 { break }
      filled += n
    }
    bytes.removeLast(bytes.count - filled)
    return .bytes(bytes)
  }

  /// The bytes of the file at `path`, whatever its size, or nil.
  static func read(_ path: String) -> [UInt8]? {
    if case .bytes(let b) = contents(of: path, limit: Int.max) { return b }
    return nil
  }
}

/// `read(2)`, named apart from ``FileBytes/read(_:)``, which hides the global function inside
/// the type.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(fd, buffer, count)
}
