import Foundation

/// dangol's JSON as people read it, in its files and on the command line: two-space indents,
/// keys in a fixed order, Hangul and slashes as they are.
public enum JSONText {
    static func prettyEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `value` as pretty JSON text, without a final newline.
    public static func pretty<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try prettyEncoder().encode(value), as: UTF8.self)
    }
}

/// How dangol files are written and read: pretty JSON with sorted keys, and decode failures
/// turned into `PATH:LINE:COLUMN: message`.
enum FileCodec {
    /// Encodes a value as the file text: two-space indents, keys in a fixed order, Hangul as is,
    /// and a final newline, so that diffs of edited files stay small and readable.
    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        var bytes = [UInt8](try JSONText.prettyEncoder().encode(value))
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// Encodes a value on one line, as journal entries are written.
    static func encodeCompact<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value))
    }

    /// Decodes the bytes of the file at `path`, or throws a `DangolError` naming the place.
    ///
    /// Types that can be read by `JSONReader` take that fast path first; whatever it leaves
    /// is checked against the file's shape (unknown or repeated keys, numbers, encodings, each
    /// refused at its place) and then goes through Foundation's decoder.
    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8], path: String) throws -> Value {
        if let readable = type as? JSONReadable.Type, let value = JSONReader.read(readable, from: bytes) {
            return value as! Value
        }
        if let shaped = type as? JSONShaped.Type, let problem = JSONLocator.shapeError(in: bytes, shape: shaped.jsonShape) {
            throw DangolError.invalidFile(FileLocation(offset: problem.offset, in: bytes, file: path), problem.message)
        }
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch let tooNew as SchemaVersion.TooNew {
            let location = FileLocation(of: JSONPath([.key("schemaVersion")]), in: bytes, file: path)
            throw DangolError.newerSchema(location, found: tooNew.found, supported: tooNew.supported)
        } catch let problem as FileProblem {
            throw DangolError.invalidFile(FileLocation(of: problem.path, in: bytes, file: path), placed(problem.message, at: problem.path))
        } catch let error as DecodingError {
            throw located(error, in: bytes, path: path)
        }
    }

    /// The broken rules of a decoded file, each at its line and column.
    static func locate(_ problems: [Problem], in bytes: [UInt8], path: String) -> [DangolError] {
        problems.map { problem in
            .invalidFile(FileLocation(of: problem.path, in: bytes, file: path), problem.localized)
        }
    }

    private static func located(_ error: DecodingError, in bytes: [UInt8], path: String) -> DangolError {
        if let syntax = JSONLocator.syntaxError(in: bytes) {
            return .invalidFile(FileLocation(offset: syntax.offset, in: bytes, file: path), syntax.message)
        }
        let (jsonPath, message) = describe(error)
        return .invalidFile(FileLocation(of: jsonPath, in: bytes, file: path), placed(message, at: jsonPath))
    }

    /// `stores[3].friends[0].on: message`, or the message alone at the top of the file.
    private static func placed(_ message: Localized, at path: JSONPath) -> Localized {
        path.components.isEmpty ? message : Localized("\(path): \(message.ko)", "\(path): \(message.en)")
    }

    private static func describe(_ error: DecodingError) -> (JSONPath, Localized) {
        switch error {
        case .keyNotFound(let key, let context):
            return (JSONPath(codingPath: context.codingPath),
                    Localized("꼭 있어야 하는 \"\(key.stringValue)\"가 없습니다", "the required field \"\(key.stringValue)\" is missing"))
        case .typeMismatch(let type, let context):
            let expected = describe(type)
            return (JSONPath(codingPath: context.codingPath), Localized("여기에는 \(expected.ko)이(가) 와야 합니다", "expected \(expected.en) here"))
        case .valueNotFound(let type, let context):
            let expected = describe(type)
            return (JSONPath(codingPath: context.codingPath), Localized("\(expected.ko)이(가) 와야 하는데 null입니다", "expected \(expected.en), found null"))
        case .dataCorrupted(let context):
            return (JSONPath(codingPath: context.codingPath), Localized(verbatim: context.debugDescription))
        @unknown default:
            return (JSONPath(), Localized(verbatim: "\(error)"))
        }
    }

    private static func describe(_ type: Any.Type) -> Localized {
        switch type {
        case is Int.Type: return Localized("정수", "a whole number")
        case is String.Type: return Localized("따옴표 안의 글", "text in quotes")
        case is Bool.Type: return Localized("true나 false", "true or false")
        case is Double.Type: return Localized("수", "a number")
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return Localized("목록 [ … ]", "a list [ … ]") }
            if name.hasPrefix("Dictionary") || name.hasPrefix("KeyedDecodingContainer") { return Localized("객체 { … }", "an object { … }") }
            return Localized("\(name) 값", "a value of type \(name)")
        }
    }
}
