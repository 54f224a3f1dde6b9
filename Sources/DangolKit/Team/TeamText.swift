/// What the team, its keys and its rights say, in Korean and English.
public enum TeamText {
    static let notAKey = Localized("OpenSSH 공개 키 한 줄(ssh-ed25519 AAAA… 설명)이 아닙니다", "not an OpenSSH public key line (ssh-ed25519 AAAA… comment)")
    static let badKeyData = Localized("키 값이 올바른 base64가 아니거나 종류와 맞지 않습니다: .pub 파일을 그대로 주세요",
                                      "the key is not valid base64 or does not match its type; give the .pub file as it is")
    static let needsName = Localized("이름이 있어야 합니다", "needs a name")
    static let needsKey = Localized("SSH 키가 하나는 있어야 합니다", "needs at least one SSH key")

    static func unknownKeyType(_ type: String) -> Localized {
        Localized("'\(TextRules.printable(type))'은(는) 받는 키 종류가 아닙니다 (ssh-ed25519, ssh-rsa, ecdsa-sha2-…)",
                  "'\(TextRules.printable(type))' is not a key type dangol takes (ssh-ed25519, ssh-rsa, ecdsa-sha2-…)")
    }

    static func badComment(_ problem: Localized) -> Localized {
        Localized("키 설명에 \(problem.ko)", "the key's comment \(problem.en)")
    }

    public static func notAMemberID(_ id: String) -> Localized {
        Localized("'\(TextRules.printable(id))'은(는) 구성원 id가 아닙니다: 영문 소문자, 숫자, '-', '_'로 1-32자",
                  "'\(TextRules.printable(id))' is not a member id: 1 to 32 lowercase letters, digits, '-' or '_'")
    }

    static func memberTwice(_ id: String) -> Localized {
        Localized("구성원 '\(id)'이(가) 두 번 있습니다", "member '\(id)' appears twice")
    }

    static func keyTwice(_ fingerprint: String, owner: String) -> Localized {
        Localized("키 \(fingerprint)는 이미 '\(owner)'의 키입니다: 키 하나는 한 사람만", "key \(fingerprint) is already '\(owner)''s: a key names one person")
    }

    static func staffReadsOnly(_ name: String) -> Localized {
        Localized("\(name) 님은 상인회 계정이라 읽기만 할 수 있습니다: 아무것도 바꾸지 않았습니다",
                  "\(name) has a staff account, which reads only: nothing was changed")
    }

    static func notYourMarket(_ name: String, market: String) -> Localized {
        Localized("\(name) 님은 시장 '\(market)'을(를) 맡고 있지 않아 고칠 수 없습니다: 아무것도 바꾸지 않았습니다",
                  "\(name) does not look after market '\(market)', so cannot change it: nothing was changed")
    }

    static func cannotRead(_ name: String, market: String) -> Localized {
        Localized("\(name) 님은 시장 '\(market)'을(를) 볼 수 없습니다", "\(name) may not read market '\(market)'")
    }

    public static func adminsOnly(_ name: String) -> Localized {
        Localized("관리자만 할 수 있습니다 (\(name) 님은 관리자가 아닙니다)", "only an admin may do this (\(name) is not one)")
    }

    public static func unknownMember(_ id: String) -> Localized {
        Localized("team.json에 구성원 '\(TextRules.printable(id))'이(가) 없습니다", "there is no member '\(TextRules.printable(id))' in team.json")
    }

    static let lastAdmin = Localized("마지막 관리자는 지우거나 다른 역할로 바꿀 수 없습니다: 먼저 다른 관리자를 더하세요",
                                     "the last admin cannot be removed or given another role; add another admin first")
}
