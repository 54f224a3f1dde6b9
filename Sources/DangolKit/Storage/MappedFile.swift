import Glibc

/// A regular file mapped read-only into memory, unmapped when the last reference goes.
///
/// The pages are the page cache's own, so every process that maps the same file shares one
/// copy of it; none of it counts as the process's private memory. dangol replaces the files it
/// maps by renaming a new file into place, never by writing into them, so a mapping keeps
/// seeing the whole version it mapped for as long as it is held.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    /// Maps `length` bytes of the open file `descriptor`; the descriptor may be closed afterwards.
    /// - Returns: nil for an empty file or when the system refuses the mapping.
    init?(descriptor: Int32, length: Int) {
        guard length > 0 else { return nil }
        let start = mmap(nil, length, PROT_READ, MAP_SHARED, descriptor, 0)
        guard let start, start != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: start, count: length)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}

extension OpenFolder {
    /// Regular file `name` mapped read-only, and the stamp of exactly the version mapped.
    /// - Throws: as `read` does for a missing file, a link, anything but a regular file, or one
    ///   over `limit`; `io` when the file is empty or cannot be mapped.
    func map(_ name: String, limit: FileLimit) throws -> (file: MappedFile, stamp: FileStamp) {
        let (descriptor, info) = try openRegular(name, flags: O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | O_NOFOLLOW)
        defer { close(descriptor) }
        guard Int(info.st_size) <= limit.bytes else { throw tooLarge(name, limit: limit) }
        guard let mapped = MappedFile(descriptor: descriptor, length: Int(info.st_size)) else {
            throw DangolError.io(path: file(name), KitText.cannot(KitText.read, systemErrorText()))
        }
        return (mapped, FileStamp(info))
    }
}
