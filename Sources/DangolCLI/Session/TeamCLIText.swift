import DangolKit

/// What `dangol team` says, in Korean and English.
enum TeamCLIText {
    static let allMarkets = Localized("모든 시장", "every market")

    static func exists(_ id: String) -> Localized {
        Localized("구성원 '\(id)'은(는) 이미 있습니다: 바꾸려면 dangol team set", "member '\(id)' already exists; change it with dangol team set")
    }

    static func added(_ id: String, keys: [PublicKey]) -> Localized {
        let prints = keys.map(\.fingerprint).joined(separator: ", ")
        return Localized("구성원 \(id)을(를) 추가했습니다 (키 \(prints)). 'dangol team authorized-keys --install'로 키를 적용하세요.",
                         "Added member \(id) (keys \(prints)). Apply the keys with 'dangol team authorized-keys --install'.")
    }

    static func changed(_ id: String) -> Localized {
        Localized("구성원 \(id)을(를) 고쳤습니다.", "Changed member \(id).")
    }

    static func removed(_ id: String) -> Localized {
        Localized("구성원 \(id)을(를) 지웠습니다. 'dangol team authorized-keys --install'로 키도 거두세요.",
                  "Removed member \(id). Withdraw the keys with 'dangol team authorized-keys --install'.")
    }

    static func noSuchKey(_ fingerprint: String, member: String) -> Localized {
        Localized("\(member)에게 키 \(fingerprint)가 없습니다 (dangol team list로 지문을 보세요)",
                  "\(member) has no key \(fingerprint) (dangol team list shows the fingerprints)")
    }

    static func oneKeyPerFile(_ file: String) -> Localized {
        Localized("\(file)에는 공개 키가 꼭 한 줄 있어야 합니다", "\(file) must hold exactly one public key line")
    }

    static func installed(_ count: Int, into path: String, kept: Int) -> Localized {
        Localized("\(path)에 키 \(count)개를 적용했습니다 (다른 줄 \(kept)개는 한 바이트도 바꾸지 않았습니다).",
                  "Installed \(count) key(s) into \(path) (the \(kept) other line(s) kept byte for byte).")
    }

    static func pathWithLineBreak(_ path: String) -> Localized {
        Localized("'\(path)'에는 줄바꿈이 있어 authorized_keys의 강제 명령에 쓸 수 없습니다: 다른 경로를 쓰세요",
                  "'\(path)' holds a line break, which a forced command in authorized_keys cannot hold; use another path")
    }

    static func keyTooLong(_ file: String) -> Localized {
        Localized("\(file): 공개 키는 \(Bounds.keyBytes / 1024) KB까지입니다", "\(file): a public key is at most \(Bounds.keyBytes / 1024) KB")
    }
}
