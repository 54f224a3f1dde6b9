import Foundation

/// The columns of a market's store list as a spreadsheet holds it, with English and Korean headers.
public enum SheetColumn: String, CaseIterable, Sendable {
    case market
    case id
    case name
    case category
    case ownerAge = "owner_age"
    case eligible
    case tutor
    case channelOpenedOn = "channel_opened_on"
    case friends
    case messages

    /// The header a Korean spreadsheet uses for this column.
    public var koreanHeader: String {
        switch self {
        case .market: return "시장코드"
        case .id: return "점포코드"
        case .name: return "점포명"
        case .category: return "업종"
        case .ownerAge: return "대표자연령"
        case .eligible: return "참여대상"
        case .tutor: return "담당튜터"
        case .channelOpenedOn: return "채널개설일"
        case .friends: return "친구수"
        case .messages: return "메시지발송"
        }
    }

    /// The column a header names, in English (any case, spaces or underscores) or Korean.
    public init?(header: String) {
        let cleaned = header.trimmingWhitespace
        let english = cleaned.lowercased().replacingOccurrences(of: " ", with: "_")
        guard let column = SheetColumn(rawValue: english)
                ?? SheetColumn.allCases.first(where: { $0.koreanHeader == cleaned.replacingOccurrences(of: " ", with: "") })
        else { return nil }
        self = column
    }

    /// The columns a one-market sheet has, in order.
    public static let storeColumns: [SheetColumn] = allCases.filter { $0 != .market }

    /// Reads a yes/no cell: Y/N, yes/no, true/false, 1/0, 예/아니오, O/X (any case).
    public static func parseYesNo(_ text: String) -> Bool? {
        switch text.trimmingWhitespace.lowercased() {
        case "y", "yes", "true", "1", "예", "o", "네": return true
        case "n", "no", "false", "0", "아니오", "아니요", "x": return false
        default: return nil
        }
    }
}
