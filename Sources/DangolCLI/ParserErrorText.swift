import DangolKit
import Foundation

/// argument-parser's error messages in Korean, for the Korean UI: its own sentences are
/// English, so each one it writes is recognised by its fixed wording and said again in Korean,
/// with what it quotes (an option, a value) kept as it was.
enum ParserErrorText {
    /// The sentences argument-parser writes, and their Korean. `%1`, `%2` are what they quote.
    private static let sentences: [(english: String, korean: String)] = [
        ("Error: Unknown option '%1'", "오류: 모르는 옵션입니다: '%1'"),
        ("Error: Missing expected argument '%1'", "오류: 꼭 있어야 할 인자가 없습니다: '%1'"),
        ("Error: Missing value for '%1'", "오류: '%1'에 값이 없습니다"),
        ("Error: Unexpected argument '%1'", "오류: 예상하지 못한 인자입니다: '%1'"),
        ("Error: Unexpected arguments '%1'", "오류: 예상하지 못한 인자입니다: '%1'"),
        ("Error: The value '%1' is invalid for '%2': %3", "오류: '%2'에 '%1'은(는) 쓸 수 없습니다: %3"),
        ("Error: The value '%1' is invalid for '%2'", "오류: '%2'에 '%1'은(는) 쓸 수 없습니다"),
        ("Error: %1", "오류: %1"),
        ("Help:  %1", "도움말:  %1"),
        ("Usage: %1", "사용법: %1"),
        ("  See '%1' for more details.", "  자세한 것은 '%1'을(를) 보세요."),
        ("Please provide one of %1", "다음 중 하나를 쓰세요: %1"),
    ]

    /// `message` with every line argument-parser wrote said in Korean; lines it does not
    /// recognise stay as they are.
    static func korean(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { korean(line: String($0)) }.joined(separator: "\n")
    }

    private static func korean(line: String) -> String {
        for (english, korean) in sentences {
            guard let quoted = match(line, english) else { continue }
            var text = korean
            for (index, value) in quoted.enumerated() { text = text.replacingOccurrences(of: "%\(index + 1)", with: value) }
            // "Please provide one of 'ad' and 'info'" reads as a list in Korean.
            return text.replacingOccurrences(of: "' and '", with: "', '").replacingOccurrences(of: "', and '", with: "', '")
        }
        return line
    }

    /// What `pattern`'s `%N` stand for in `line`, or nil when the line is not that sentence.
    /// A placeholder takes as little as it can, but the last, which takes the rest.
    private static func match(_ line: String, _ pattern: String) -> [String]? {
        let pieces = pattern.components(separatedBy: "%").enumerated().map { index, piece in index == 0 ? piece : String(piece.dropFirst()) }
        guard line.hasPrefix(pieces[0]) else { return nil }
        var rest = line.dropFirst(pieces[0].count)
        var values: [String] = []
        for (index, literal) in pieces.dropFirst().enumerated() {
            let isLast = index == pieces.count - 2
            if isLast && literal.isEmpty {
                values.append(String(rest))
                rest = ""
                continue
            }
            guard let range = isLast ? rest.range(of: literal, options: [.backwards, .anchored]) : rest.range(of: literal) else { return nil }
            values.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        return rest.isEmpty ? values : nil
    }
}
