import Foundation

/// Every entry under a folder (files with their bytes, links with their targets, folders), to
/// assert that a refused or read-only command wrote nothing at all.
public struct FolderSnapshot: Equatable, CustomStringConvertible {
    public let entries: [String: String]

    public init(_ root: String) {
        var entries: [String: String] = [:]
        let manager = FileManager.default
        for relative in (manager.subpaths(atPath: root) ?? []).sorted() {
            let path = "\(root)/\(relative)"
            if let target = try? manager.destinationOfSymbolicLink(atPath: path) {
                entries[relative] = "link → \(target)"
            } else {
                var isFolder: ObjCBool = false
                let exists = manager.fileExists(atPath: path, isDirectory: &isFolder)
                entries[relative] = exists && isFolder.boolValue ? "folder" : (manager.contents(atPath: path)?.base64EncodedString() ?? "unreadable")
            }
        }
        self.entries = entries
    }

    public var description: String {
        entries.keys.sorted().joined(separator: "\n")
    }
}
