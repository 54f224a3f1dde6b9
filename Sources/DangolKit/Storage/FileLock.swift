import Glibc

/// An exclusive kernel lock (`flock`) on a lock file that is never replaced.
///
/// The lock lives on its own file rather than the data file because saves rename a new file
/// over the data file: a lock on the data file would guard an inode that is about to vanish.
/// The kernel drops the lock when its holder dies, even by SIGKILL, so a crashed writer never
/// blocks the next one. flock over NFS is emulated: keep data folders on local disks.
struct FileLock {
    let path: String

    /// Runs `body` while holding the lock, waiting for another holder to finish first.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DangolError.io(path: path, "cannot open the lock file: \(systemErrorText())")
        }
        defer { close(descriptor) }
        guard retryingInterrupted({ flock(descriptor, LOCK_EX) }) == 0 else {
            throw DangolError.io(path: path, "cannot lock: \(systemErrorText())")
        }
        return try body()
    }
}
