import Glibc

/// Decodes a spreadsheet's CSV bytes: UTF-8 (with or without a byte-order mark) or CP949.
///
/// Korean Excel saves "CSV" in CP949 (a superset of EUC-KR) unless told otherwise; bytes that
/// are valid UTF-8 are read as UTF-8, anything else is tried as CP949 with glibc's iconv.
public enum SpreadsheetText {
    /// The text encodings a spreadsheet may arrive in, or be written in.
    public enum Encoding: String, Sendable, CaseIterable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 with BOM"
        case cp949 = "CP949"

        /// How the command line names it (`--encoding utf-8-bom`).
        public var optionName: String {
            switch self {
            case .utf8: "utf-8"
            case .utf8WithBOM: "utf-8-bom"
            case .cp949: "cp949"
            }
        }
    }

    /// `text` as bytes in `encoding`: Korean Excel opens CP949, or UTF-8 with a byte-order
    /// mark, as they are. Refused, naming the character, when CP949 has no code for one.
    public static func encode(_ text: String, as encoding: Encoding) throws -> [UInt8] {
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .utf8WithBOM: return byteOrderMark + Array(text.utf8)
        case .cp949:
            if let bytes = convert(Array(text.utf8), from: "UTF-8", to: "CP949") { return bytes }
            let missing = text.first { convert(Array(String($0).utf8), from: "UTF-8", to: "CP949") == nil }.map { String($0) } ?? ""
            throw DangolError.refused(Localized("'\(TextRules.printable(missing))'은(는) CP949로 쓸 수 없는 글자입니다: --encoding utf-8-bom을 쓰세요 (엑셀도 읽습니다)",
                                                "'\(TextRules.printable(missing))' has no code in CP949; use --encoding utf-8-bom (Excel reads it too)"))
        }
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The text and the encoding it was found in, or nil when it is neither UTF-8 nor CP949.
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding)? {
        if bytes.starts(with: byteOrderMark) {
            return String(validating: bytes.dropFirst(3), as: UTF8.self).map { ($0, .utf8WithBOM) }
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        return convert(bytes, from: "CP949", to: "UTF-8")
            .flatMap { String(validating: $0, as: UTF8.self) }
            .map { ($0, .cp949) }
    }

    /// The bytes converted between encodings by iconv, or nil when a sequence is invalid.
    static func convert(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        let converter = iconv_open(target, source)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inPointer = inputBuffer.baseAddress
                var inLeft = inputBuffer.count
                var outPointer = outputBuffer.baseAddress
                var outLeft = outputBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outputBuffer.count - outLeft
            }
        }
        return produced.map { output[..<$0].map { UInt8(bitPattern: $0) } }
    }
}
