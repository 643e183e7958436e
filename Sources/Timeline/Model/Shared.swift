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

/// Equal when the values are: copies that share a buffer without comparing them.
extension Shared: Equatable where Value: Equatable {
  static func == (a: Shared, b: Shared) -> Bool { a.sharesBuffer(with: b) || a.value == b.value }
}

extension Shared: Hashable where Value: Hashable {
  func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }
}

/// Encoded as the value itself, at the same level (no key or container of its own).
extension Shared: Codable where Value: Codable {
  init(from decoder: any Decoder) throws { self.init(try Value(from: decoder)) }

  func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
