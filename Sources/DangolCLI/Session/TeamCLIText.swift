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

    static func installed(_ count: Int, into path: String) -> Localized {
        Localized("\(path)에 키 \(count)개를 적용했습니다 (다른 줄은 그대로).", "Installed \(count) key(s) into \(path) (other lines kept).")
    }
}
