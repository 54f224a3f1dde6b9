import Foundation
import Glibc

/// `team.json` as it is now, for the rights of one session's member: one `stat` on every
/// question, a read only when the file changed since the last one.
///
/// Rights are decided from the file as it is at the moment of each read and write, as gitolite
/// and Soft Serve decide access per operation, so a removal or a narrowed market list bites at
/// once in a session that was opened before it. A team.json that cannot be read grants nothing.
final class TeamFile: @unchecked Sendable {
    private let folder: String
    private let lock = NSLock()
    private var stamp: FileStamp?
    private var team: Team?

    init(folder: String) {
        self.folder = folder
    }

    /// The rights of member `id` now: none when team.json does not list them (or cannot be read).
    func rights(of id: String) -> Rights {
        lock.lock()
        defer { lock.unlock() }
        var info = stat()
        let current = lstat("\(folder)/team.json", &info) == 0 ? FileStamp(info) : nil
        if current != stamp || current == nil {
            stamp = current
            team = try? DataFolder(path: folder).readTeam()
        }
        return team?.member(id).map { Rights(member: $0) } ?? .removed(id)
    }
}
