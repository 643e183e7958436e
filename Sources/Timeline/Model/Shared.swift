/// A value kept in one heap buffer that copies share until one of them writes (copy on write).
///
/// For records with many reference-counted fields (an ``EventMention`` has over twenty
/// strings and arrays) that the reduce side copies by the million: copying a `Shared` is one
/// reference count. Reads and writes go through the header's address, so they pay no dynamic
/// exclusivity check as a class's stored property would.
///
struct Shared<Value> {
  private final class Buffer: ManagedBuffer<Value, Never> {
    static func make(_ value: Value) -> Buffer {
      unsafeDowncast(Buffer.create(minimumCapacity: 0) { _ in value }, to: Buffer.self)
    }
  }

  private var buffer: Buffer

  init(_ value: Value) { buffer = Buffer.make(value) }

  /// The header's address; valid while `buffer` is held (it is, within the accessors below).
  private var address: UnsafeMutablePointer<Value> { buffer.withUnsafeMutablePointerToHeader { $0 } }

  var value: Value {
    _read { yield address.pointee }
    _modify {
      if !isKnownUniquelyReferenced(&buffer) { buffer = Buffer.make(address.pointee) }
      yield &address.pointee
    }
  }

  /// Whether two copies share one buffer (then their values are equal).
  func sharesBuffer(with other: Shared) -> Bool { buffer === other.buffer }
}

/// A buffer that two copies share is never written — a write first copies it (``value``'s
/// `_modify`) — so a `Shared` of a sendable value is sendable.
extension Shared: @unchecked Sendable where Value: Sendable {}
