import Foundation

/// One SSH public key in OpenSSH's one-line format (`ssh-ed25519 AAAA… comment`), checked when
/// it is added: a known type, base64 that decodes, and a blob that is a key of that type in its
/// wire format (`KeyBlob`).
public struct PublicKey: Hashable, Sendable, Codable {
    /// The key types OpenSSH offers today; DSA and others it has dropped are refused.
    public static let types: Set<String> = [
        "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ]

    public let type: String
    /// The key itself, as the canonical base64 of its blob.
    public let base64: String
    /// What follows the key on its line (often `user@host`); printable text only.
    public let comment: String

    /// Parses one line of a `.pub` file. - Throws: `DangolError.refused` saying what is wrong.
    public init(line: String) throws {
        // A .pub file is one line and its line break; the break is not part of the comment.
        var line = line
        while line.last?.isNewline == true { line.removeLast() }
        let fields = line.trimmingWhitespace.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
        guard fields.count >= 2 else { throw DangolError.refused(TeamText.notAKey) }
        guard PublicKey.types.contains(fields[0]) else { throw DangolError.refused(TeamText.unknownKeyType(fields[0])) }
        guard let blob = Data(base64Encoded: fields[1]), KeyBlob.typeName([UInt8](blob)) == fields[0],
              KeyBlob.isKey([UInt8](blob), type: fields[0]) else {
            throw DangolError.refused(TeamText.badKeyData)
        }
        let comment = fields.count > 2 ? fields[2].trimmingWhitespace : ""
        if let problem = TextRules.problem(in: comment) ?? Bounds.lengthProblem(comment, Bounds.keyComment) {
            throw DangolError.refused(TeamText.badComment(problem))
        }
        type = fields[0]
        // Kept as the blob's own base64, so one key has one spelling and names one member.
        base64 = blob.base64EncodedString()
        self.comment = comment
    }

    /// `SHA256:…`, as `ssh-keygen -l` prints it: base64 of the SHA-256 of the key, unpadded.
    public var fingerprint: String {
        let digest = SHA256.hash([UInt8](Data(base64Encoded: base64) ?? Data()))
        return "SHA256:" + Data(digest).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    /// The key as one `authorized_keys` field: type and key (the comment is left out, since it
    /// is the client's text, not the server's).
    public var keyField: String {
        "\(type) \(base64)"
    }

    // The file keeps the line as OpenSSH writes it, so a person can compare it with their .pub.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let line = try container.decode(String.self)
        do {
            try self.init(line: line)
        } catch let error as DangolError {
            throw FileProblem(error.localizedMessage, in: container)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(comment.isEmpty ? keyField : "\(keyField) \(comment)")
    }
}
