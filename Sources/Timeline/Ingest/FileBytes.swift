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
  ///
  /// The stated size is read into an array of that capacity, not zeroed first; the read that
  /// finds the end goes to a small buffer on the stack. (Growing the array for that last read
  /// copied every file into one of twice its size, zeroed, and the document then kept the
  /// doubled capacity.)
  static func contents(of path: String, limit: Int) -> Contents {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .unreadable }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .unreadable }
    let size = Int(info.st_size)
    if size > limit { return .tooLarge(size) }
    var failed = false
    var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      guard let base = buffer.baseAddress, let n = readFully(fd, base, size) else {
        failed = size > 0
        count = 0
        return
      }
      count = n
    }
    if failed { return .unreadable }
    // A file that grows while it is read keeps its tail: read on to the end.
    var grown: Contents? = nil
    // Small enough to be on the stack (4 KB went to the heap, an allocation a file).
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 512) { chunk in
      while true {
        guard let n = readFully(fd, chunk.baseAddress!, chunk.count) else {
          grown = .unreadable
          return
        }
        if n == 0 { return }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<n]))
        if bytes.count > limit {
          grown = .tooLarge(bytes.count)
          return
        }
        if n < chunk.count { return }
      }
    }
    return grown ?? .bytes(bytes)
  }

  /// Reads up to `count` bytes into `buffer` until they are there or the file ends: how many
  /// came, or nil on a read error.
  private static func readFully(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int? {
    var filled = 0
    while filled < count {
      let n = systemRead(fd, buffer + filled, count - filled)
      if n < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if n == 0 { break }
      filled += n
    }
    return filled
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
