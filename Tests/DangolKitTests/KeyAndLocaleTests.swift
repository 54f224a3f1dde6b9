import Foundation
import Testing
@testable import DangolKit

/// What comes from the client before anything trusts it: key blobs and locale names.
@Suite("Keys and locales from outside")
struct KeyAndLocaleTests {
    /// An SSH `string`: a 4-byte big-endian length, then the bytes.
    private func string(_ bytes: [UInt8]) -> [UInt8] {
        withUnsafeBytes(of: UInt32(bytes.count).bigEndian, Array.init) + bytes
    }

    private func string(_ text: String) -> [UInt8] {
        string(Array(text.utf8))
    }

    private func line(_ type: String, _ blob: [UInt8]) -> String {
        "\(type) \(Data(blob).base64EncodedString()) test@host"
    }

    @Test("Each key type in its wire format is taken; a type name alone, a short key or trailing bytes are not")
    func wireFormat() throws {
        let point256 = [UInt8(4)] + [UInt8](repeating: 7, count: 64)
        let good: [(String, [UInt8])] = [
            ("ssh-ed25519", string("ssh-ed25519") + string([UInt8](repeating: 1, count: 32))),
            ("ssh-rsa", string("ssh-rsa") + string([1, 0, 1]) + string([0] + [UInt8](repeating: 0xC3, count: 256))),
            ("ecdsa-sha2-nistp256", string("ecdsa-sha2-nistp256") + string("nistp256") + string(point256)),
            ("sk-ssh-ed25519@openssh.com", string("sk-ssh-ed25519@openssh.com") + string([UInt8](repeating: 2, count: 32)) + string("ssh:")),
        ]
        for (type, blob) in good {
            let key = try PublicKey(line: line(type, blob))
            #expect(key.type == type && key.base64 == Data(blob).base64EncodedString())
        }
        let bad: [(String, [UInt8])] = [
            ("ssh-ed25519", string("ssh-ed25519")),
            ("ssh-ed25519", string("ssh-ed25519") + string([UInt8](repeating: 1, count: 31))),
            ("ssh-ed25519", string("ssh-ed25519") + string([UInt8](repeating: 1, count: 32)) + [0, 0, 0, 0]),
            ("ssh-rsa", string("ssh-rsa") + string([1, 0, 1]) + string([UInt8](repeating: 0xC3, count: 64))),
            ("ecdsa-sha2-nistp256", string("ecdsa-sha2-nistp256") + string("nistp384") + string(point256)),
            ("ecdsa-sha2-nistp256", string("ecdsa-sha2-nistp256") + string("nistp256") + string(Array(point256.dropLast()))),
            ("sk-ssh-ed25519@openssh.com", string("sk-ssh-ed25519@openssh.com") + string([UInt8](repeating: 2, count: 32))),
            ("ssh-rsa", string("ssh-ed25519") + string([UInt8](repeating: 1, count: 32))),
        ]
        for (index, (type, blob)) in bad.enumerated() {
            #expect(throws: DangolError.self, "bad blob \(index)") { try PublicKey(line: line(type, blob)) }
        }
    }

    @Test("One key has one spelling, so a key given again with different padding names the member it already names")
    func oneSpelling() throws {
        let blob = string("ssh-ed25519") + string([UInt8](repeating: 9, count: 32))
        let canonical = Data(blob).base64EncodedString()
        let padded = try PublicKey(line: "ssh-ed25519 \(canonical.replacingOccurrences(of: "=", with: "")) x")
        #expect(padded.keyField == "ssh-ed25519 \(canonical)")
        let first = Member(id: "kim", name: "김", role: .tutor, keys: [try PublicKey(line: "ssh-ed25519 \(canonical)")])
        let second = Member(id: "lee", name: "이", role: .tutor, keys: [padded])
        #expect(Team(members: [first, second]).problems.map(\.description).contains { $0.contains("is already 'kim''s") })
    }

    @Test("Locale names: the machine's own are taken; too long, odd characters or unknown ones are not")
    func localeNames() {
        for name in ["C", "POSIX", "C.UTF-8", ""] {
            #expect(LocaleEnvironment.isAcceptable(name), "\(name)")
        }
        for name in [String(repeating: "x", count: 12), String(repeating: "x", count: 300), "ko_XX.UTF-8", "$(id)", "a/b", "ü.UTF-8", "ko KR"] {
            #expect(!LocaleEnvironment.isAcceptable(name), "\(name)")
        }
        #expect(LocaleEnvironment.isAcceptable("ko:en", list: true) && !LocaleEnvironment.isAcceptable("ko;en", list: true))
        #expect(Language.fromLocale(["LC_ALL": "ko_XX.UTF-8"]) == .ko, "the language of a name still decides, as before")
    }
}
