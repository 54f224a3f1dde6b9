import Foundation
import Glibc

/// Files a person names on the command line: a spreadsheet to import, a report to write.
///
/// Both go through `OpenFolder`, like every file of the data folder, so they get the same
/// checks (regular files only, a size limit, atomic replacement).
public enum FileIO {
    /// The bytes of the regular file at `path` (a link a person named is followed).
    public static func read(path: String, limit: FileLimit) throws -> (bytes: [UInt8], stamp: FileStamp) {
        let (folder, name) = split(path)
        return try OpenFolder(folder).read(name, limit: limit, followingLink: true)
    }

    /// Replaces the file at `path` with `bytes` atomically (see `OpenFolder.replace`); a link at
    /// `path` is replaced, not written through.
    public static func replace(path: String, with bytes: [UInt8], mode: mode_t? = nil) throws {
        let (folder, name) = split(path)
        try OpenFolder(folder).replace(name, with: bytes, mode: mode)
    }

    /// What `dangol import … -` reads: standard input up to `limit`, refused past it (the rest
    /// is never read, so a sender cannot fill the server's memory).
    public static func readStandardInput(limit: FileLimit) throws -> [UInt8] {
        let bytes = [UInt8](FileHandle.standardInput.readData(ofLength: limit.bytes + 1))
        guard bytes.count <= limit.bytes else {
            throw DangolError.refused(Localized("표준 입력: \(limit.tooLarge.ko)", "standard input \(limit.tooLarge.en)"))
        }
        return bytes
    }

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }
}
