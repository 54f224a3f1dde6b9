/// A place in a file, written `PATH:LINE:COLUMN` as compilers and editors expect.
public struct FileLocation: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// The location of the value at `path` in a JSON file's bytes.
    init(of jsonPath: JSONPath, in bytes: [UInt8], file: String) {
        self.init(offset: JSONLocator.offset(of: jsonPath, in: bytes), in: bytes, file: file)
    }

    /// The location of a byte offset in a file's bytes.
    init(offset: Int, in bytes: [UInt8], file: String) {
        let (line, column) = JSONLocator.lineAndColumn(ofOffset: offset, in: bytes)
        self.init(path: file, line: line, column: column)
    }

    public var description: String {
        "\(path):\(line):\(column)"
    }
}
