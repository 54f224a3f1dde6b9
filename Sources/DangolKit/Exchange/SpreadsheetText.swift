import Glibc

/// Decodes a spreadsheet's CSV bytes: UTF-8 (with or without a byte-order mark) or CP949.
///
/// Korean Excel saves "CSV" in CP949 (a superset of EUC-KR) unless told otherwise; bytes that
/// are valid UTF-8 are read as UTF-8, anything else is tried as CP949 with glibc's iconv.
public enum SpreadsheetText {
    /// The text encodings a spreadsheet may arrive in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 with BOM"
        case cp949 = "CP949"
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
