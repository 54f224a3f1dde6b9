import Glibc

/// The identity of one version of a file: inode, size, modification time and change time.
///
/// Every save renames a new inode into place and advances the modification time, so a changed
/// stamp means changed contents, the test git's index uses to skip unchanged files. The change
/// time (ctime) is there for edits that are not saves: an editor that writes in place and puts
/// the modification time back (`touch -d`) keeps inode, size and mtime, but the kernel moves the
/// ctime to the moment of the edit, and nothing can set it back.
public struct FileStamp: Hashable, Sendable {
    public var inode: UInt64
    public var size: Int64
    public var modifiedNanoseconds: Int64
    public var changedNanoseconds: Int64

    init(inode: UInt64, size: Int64, modifiedNanoseconds: Int64, changedNanoseconds: Int64) {
        self.inode = inode
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedNanoseconds = changedNanoseconds
    }

    init(_ info: stat) {
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changedNanoseconds = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }

    /// Whether both stamps name the same inode, size and modification time (a rename keeps these
    /// three, but moves the change time).
    func sameVersion(as other: FileStamp) -> Bool {
        inode == other.inode && size == other.size && modifiedNanoseconds == other.modifiedNanoseconds
    }
}
