/// An SSH public key blob read in its type's wire format (RFC 4253 §6.6, RFC 5656, RFC 8709 and
/// OpenSSH's PROTOCOL.u2f): a type name, then exactly the fields that type has, of the sizes it
/// has, and nothing after them. A blob holding only a type name, a short key or trailing bytes is
/// no key.
enum KeyBlob {
    /// Whether `blob` is a well-formed public key of `type`.
    static func isKey(_ blob: [UInt8], type: String) -> Bool {
        var reader = Reader(blob)
        guard reader.string() == Array(type.utf8) else { return false }
        switch type {
        case "ssh-ed25519":
            guard reader.string()?.count == 32 else { return false }
        case "sk-ssh-ed25519@openssh.com":
            guard reader.string()?.count == 32, reader.string()?.isEmpty == false else { return false }
        case "ssh-rsa":
            // OpenSSH refuses RSA moduli under 1024 bits.
            guard let exponent = reader.string(), !exponent.isEmpty, let modulus = reader.string(),
                  modulus.drop(while: { $0 == 0 }).count >= 128 else { return false }
        default:
            guard let curve = type.split(separator: "-").last.map({ String($0.prefix { $0 != "@" }) }),
                  let pointSize = ["nistp256": 65, "nistp384": 97, "nistp521": 133][curve],
                  reader.string() == Array(curve.utf8), let point = reader.string(),
                  point.count == pointSize, point.first == 4 else { return false }
            if type.hasPrefix("sk-"), reader.string()?.isEmpty != false { return false }
        }
        return reader.isAtEnd
    }

    /// The type name a blob starts with, if it starts with one.
    static func typeName(_ blob: [UInt8]) -> String? {
        var reader = Reader(blob)
        guard let name = reader.string(), !name.isEmpty, name.count <= 64 else { return nil }
        return String(bytes: name, encoding: .ascii)
    }

    /// Reads SSH `string`s: a 4-byte big-endian length, then that many bytes.
    private struct Reader {
        private let bytes: [UInt8]
        private var offset = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        var isAtEnd: Bool { offset == bytes.count }

        mutating func string() -> [UInt8]? {
            guard bytes.count - offset >= 4 else { return nil }
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            guard length <= bytes.count - offset - 4 else { return nil }
            defer { offset += 4 + length }
            return Array(bytes[offset + 4..<offset + 4 + length])
        }
    }
}
