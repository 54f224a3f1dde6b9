import Foundation

/// A fresh folder under the system's temporary directory, removed when the value is released.
public final class ScratchFolder: @unchecked Sendable {
    public let path: String

    public init() {
        path = NSTemporaryDirectory() + "dangol-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A path inside the folder.
    public func file(_ name: String) -> String {
        "\(path)/\(name)"
    }

    /// A copy of the repository's sample programme (Data/), without its machine state.
    public static func sampleCopy() -> ScratchFolder {
        let folder = ScratchFolder()
        for item in ["program.json", "markets"] {
            try! FileManager.default.copyItem(atPath: "\(Repository.data)/\(item)", toPath: folder.file(item))
        }
        return folder
    }
}

/// Paths inside this repository, found from this source file's place in it.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    public static let data = "\(root)/Data"
}

/// The bytes of a file, for asserting that something left it untouched.
public func fileBytes(_ path: String) -> Data {
    FileManager.default.contents(atPath: path) ?? Data()
}
