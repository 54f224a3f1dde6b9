/// The largest file of each kind dangol reads: a bound on the memory one read can take, so a
/// link to `/dev/zero` or a runaway file is refused instead of filling the machine.
///
/// The limits are far above real files (a 150-store market with seven weeks of records is about
/// 90 KB; the national sample is 120 MB over 1,400 files) and are documented in the README.
public struct FileLimit: Sendable, Equatable {
    /// What the file is, for the message (`a market file`).
    public let kind: Localized
    public let bytes: Int

    public static let program = FileLimit(kind: Localized("사업 파일", "a programme file"), bytes: 1 << 20)
    public static let market = FileLimit(kind: Localized("시장 파일", "a market file"), bytes: 64 << 20)
    public static let cache = FileLimit(kind: Localized("요약 캐시 파일", "a digest cache file"), bytes: 64 << 20)
    public static let sheet = FileLimit(kind: Localized("스프레드시트", "a spreadsheet"), bytes: 64 << 20)
    /// A member's remembered session (`.dangol/members/ID.json`): a few settings and a draft.
    public static let memberSession = FileLimit(kind: Localized("구성원 세션 파일", "a member's session file"), bytes: 64 << 10)
    /// A public key file (`Bounds.keyBytes`).
    public static let key = FileLimit(kind: Localized("공개 키 파일", "a public key file"), bytes: Bounds.keyBytes)
    /// A change between market file and journal: one journal entry and its file's stamp.
    public static let pending = FileLimit(kind: Localized("저장 중인 변경", "a pending change"), bytes: 2 << 20)
    /// What `dangol market repair` reads: a market file grown past `market` by hand or by an
    /// older dangol, to be brought back within bounds.
    public static let repair = FileLimit(kind: Localized("고칠 시장 파일", "a market file to repair"), bytes: 1 << 30)

    /// The limit in whole mebibytes, as messages and the README state it.
    public var megabytes: Int { bytes >> 20 }

    /// Why a file past the limit was not read, after its path.
    var tooLarge: Localized {
        Localized("\(kind.ko)가 가질 수 있는 \(sizeText)보다 커서 읽지 않았습니다", "is larger than \(sizeText), the most \(kind.en) may be; it was not read")
    }

    /// The limit as messages state it: `64 MB`, or `16 KB` for a limit under a mebibyte.
    public var sizeText: String { bytes >= 1 << 20 ? "\(megabytes) MB" : "\(bytes >> 10) KB" }
}
