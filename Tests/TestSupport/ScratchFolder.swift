import Foundation

/// A fresh folder under the system's temporary directory, removed when the value is released.
public final class ScratchFolder: @unchecked Sendable {
    public let path: String

    /// Keeps the folder this one lies in for as long as this one lives.
    private let parent: ScratchFolder?

    public init() {
        path = NSTemporaryDirectory() + "dangol-test-" + UUID().uuidString
        parent = nil
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    private init(path: String, keeping parent: ScratchFolder) {
        self.path = path
        self.parent = parent
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
        folder.copySample(into: folder.path)
        return folder
    }

    /// A copy of the sample in a folder called `name` (quotes, backslashes, `$` and all) inside a fresh one.
    public static func sampleCopy(named name: String) -> ScratchFolder {
        let parent = ScratchFolder()
        let folder = ScratchFolder(path: parent.file(name), keeping: parent)
        try! FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        folder.copySample(into: folder.path)
        return folder
    }

    private func copySample(into path: String) {
        for item in ["program.json", "markets"] {
            try! FileManager.default.copyItem(atPath: "\(Repository.data)/\(item)", toPath: "\(path)/\(item)")
        }
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
