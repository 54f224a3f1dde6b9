import Foundation
import Glibc

/// `markets/` and `.dangol/cache/`, held open from one read of digests to the next for as long
/// as each is still the folder its path names.
///
/// Every session watches the data folder and `markets/`, and closing a descriptor of a watched
/// folder makes the kernel walk all of that folder's watches (dnotify's flush). Opening the
/// folders afresh for each read therefore cost every session in proportion to the number of
/// sessions. A `stat` of each path, which no watch sees, now tells whether a held folder is still
/// the one named there; a folder that was replaced, or is a link now, is opened anew, and a missing
/// one is looked for again at the next read. The held descriptor keeps its folder's inode alive,
/// so a new folder at the same path can never share its number.
final class HeldFolders: @unchecked Sendable {
    /// A folder opened, and the device and inode it was opened as.
    private struct Held {
        let folder: OpenFolder
        let device: dev_t
        let inode: ino_t
    }

    private let root: String
    private let lock = NSLock()
    private var held: [String: Held] = [:]

    init(root: String) {
        self.root = root
    }

    /// `markets/` and `.dangol/cache/` as their paths name them now; nil for one that is missing
    /// or cannot be opened.
    func current() -> (markets: OpenFolder?, cache: OpenFolder?) {
        lock.withLock { (folder(below: ["markets"]), folder(below: [".dangol", "cache"])) }
    }

    /// The folder at `components` below the root: the held one while its path still names it.
    private func folder(below components: [String]) -> OpenFolder? {
        let key = components.joined(separator: "/")
        var named = stat()
        guard lstat("\(root)/\(key)", &named) == 0 else {
            held[key] = nil
            return nil
        }
        if let kept = held[key], kept.device == named.st_dev, kept.inode == named.st_ino { return kept.folder }
        var opened = stat()
        guard let folder = try? OpenFolder(root, below: components), fstat(folder.descriptor, &opened) == 0 else {
            held[key] = nil
            return nil
        }
        held[key] = Held(folder: folder, device: opened.st_dev, inode: opened.st_ino)
        return folder
    }
}
