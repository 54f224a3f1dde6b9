import DangolKit

/// What `dangol team` says, in Korean and English.
enum TeamCLIText {
    static let allMarkets = Localized("모든 시장", "every market")

    static func exists(_ id: String) -> Localized {
        Localized("구성원 '\(id)'은(는) 이미 있습니다: 바꾸려면 dangol team set", "member '\(id)' already exists; change it with dangol team set")
    }

    static func added(_ id: String, keys: [PublicKey]) -> Localized {
        let prints = keys.map(\.fingerprint).joined(separator: ", ")
        return Localized("구성원 \(id)을(를) 추가했습니다 (키 \(prints)).", "Added member \(id) (keys \(prints)).")
    }

    /// On the server's shell: team.json changed, the service account's keys not yet.
    static let applyKeys = Localized("'dangol team authorized-keys --install'로 키를 적용하세요.",
                                     "Apply the keys with 'dangol team authorized-keys --install'.")

    /// In a session, once the service account's authorized_keys holds the team's keys.
    static func keysApplied(_ count: Int) -> Localized {
        Localized("키를 바로 적용했습니다: 서비스 계정의 authorized_keys에 dangol 키 \(count)줄이 있습니다.",
                  "The keys are applied already: the service account's authorized_keys holds \(count) dangol key line(s).")
    }

    /// In a session whose account's authorized_keys dangol does not manage.
    static let keysNotApplied = Localized("키는 아직 적용되지 않았습니다: 이 계정의 authorized_keys는 dangol이 관리하지 않으니, 서버 관리자가 셸에서 'dangol team authorized-keys --install'을 실행해야 합니다.",
                                          "The keys are not applied yet: this account's authorized_keys is not managed by dangol, so the server's administrator runs 'dangol team authorized-keys --install' in its shell.")

    static func changed(_ id: String) -> Localized {
        Localized("구성원 \(id)을(를) 고쳤습니다.", "Changed member \(id).")
    }

    static func removed(_ id: String) -> Localized {
        Localized("구성원 \(id)을(를) 지웠습니다.", "Removed member \(id).")
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
