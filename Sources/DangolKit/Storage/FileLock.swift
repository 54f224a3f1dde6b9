import Glibc

/// An exclusive kernel lock (`flock`) on a lock file that is never replaced.
///
/// The lock lives on its own file rather than the data file because saves rename a new file
/// over the data file: a lock on the data file would guard an inode that is about to vanish.
/// The kernel drops the lock when its holder dies, even by SIGKILL, so a crashed writer never
/// blocks the next one. flock over NFS is emulated: keep data folders on local disks.
struct FileLock {
    let folder: OpenFolder
    let name: String

    /// Runs `body` while holding the lock, waiting for another holder to finish first. The lock
    /// file is opened like every other file: never through a link, only a regular file.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        let descriptor = try folder.openForWriting(name, flags: O_RDWR | O_CREAT)
        defer { close(descriptor) }
        guard retryingInterrupted({ flock(descriptor, LOCK_EX) }) == 0 else {
            throw DangolError.io(path: folder.file(name), KitText.cannot(KitText.lock, systemErrorText()))
        }
        return try body()
    }
}
