import Glibc

/// A folder held open by descriptor: the one way dangol reaches a file, to read or to write it.
///
/// The folder a person names (`--data DIR`, an `--output` file's folder) is opened as given, links
/// and all. Every step below it, and every file in it, is opened with `O_NOFOLLOW` relative to its
/// parent's descriptor and checked with `fstat` after opening, so a symbolic link, FIFO or device
/// planted inside the data folder is refused with a sentence that names it: nothing is ever read
/// from, written through or created outside the folder by way of a link.
final class OpenFolder: Sendable {
    let descriptor: Int32
    /// The folder's path as the person knows it, for messages.
    let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        close(descriptor)
    }

    /// Opens `root` (following links, since a person named it) and then each of `components`
    /// below it without following any; with `creating`, missing folders are made on the way.
    /// - Throws: `DangolError.notFound` when a folder is missing and not to be created; `io` otherwise.
    convenience init(_ root: String, below components: [String] = [], creating: Bool = false) throws {
        if creating { try OpenFolder.createFolders(root) }
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OpenFolder.failure(errno, path: root, opening: "the folder") }
        try self.init(descending: components, from: descriptor, path: root, creating: creating)
    }

    /// Opens each of `components` below `parent`, which stays open, without following any link.
    convenience init(_ parent: OpenFolder, below components: [String]) throws {
        let descriptor = dup(parent.descriptor)
        guard descriptor >= 0 else { throw OpenFolder.failure(errno, path: parent.path, opening: "the folder") }
        try self.init(descending: components, from: descriptor, path: parent.path, creating: false)
    }

    /// Walks `components` down from `descriptor` (which it takes over and closes on the way).
    private convenience init(descending components: [String], from descriptor: Int32, path root: String, creating: Bool) throws {
        var descriptor = descriptor
        var path = root
        for component in components {
            path += "/" + component
            if creating, mkdirat(descriptor, component, 0o755) != 0, errno != EEXIST {
                let code = errno
                close(descriptor)
                throw DangolError.io(path: path, KitText.cannot(KitText.createFolder, systemErrorText(code)))
            }
            let next = openat(descriptor, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            // Linux answers a link where a folder is expected with ENOTDIR: name the link as such.
            let code = next < 0 && errno == ENOTDIR && OpenFolder.isLink(component, in: descriptor) ? ELOOP : errno
            close(descriptor)
            guard next >= 0 else { throw OpenFolder.failure(code, path: path, opening: "the folder") }
            descriptor = next
        }
        self.init(descriptor: descriptor, path: path)
    }

    /// The path of `name` in this folder, for messages.
    func file(_ name: String) -> String {
        "\(path)/\(name)"
    }

    // MARK: Reading

    /// The bytes of regular file `name` and the stamp of exactly the version read.
    /// - Parameter followingLink: true only for a file a person named on the command line.
    func read(_ name: String, limit: FileLimit, followingLink: Bool = false) throws -> (bytes: [UInt8], stamp: FileStamp) {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; a regular file ignores it.
        let flags = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (followingLink ? 0 : O_NOFOLLOW)
        let (descriptor, info) = try openRegular(name, flags: flags)
        defer { close(descriptor) }
        guard Int(info.st_size) <= limit.bytes else { throw tooLarge(name, limit: limit) }
        // The size the file had when opened is read straight into the array, neither zeroed
        // first nor copied from a buffer; the file may grow while it is read, so reading goes
        // on in chunks until its end, the limit holding all the same.
        var bytes = try [UInt8](unsafeUninitializedCapacity: Int(info.st_size)) { buffer, count in
            count = try readFully(descriptor, into: UnsafeMutableRawBufferPointer(buffer), name)
        }
        guard bytes.count == Int(info.st_size) else { return (bytes, FileStamp(info)) }
        // Nearly always this read finds the end at once: the chunk is on the stack, not zeroed.
        try withUnsafeTemporaryAllocation(byteCount: 1 << 12, alignment: 1) { chunk in
            while true {
                let count = try readFully(descriptor, into: chunk, name)
                guard count > 0 else { return }
                bytes.append(contentsOf: chunk[..<count])
                guard bytes.count <= limit.bytes else { throw tooLarge(name, limit: limit) }
            }
        }
        return (bytes, FileStamp(info))
    }

    /// Reads from `descriptor` until `buffer` is full or the file ends, retrying an interrupted
    /// read. - Returns: how many bytes were read, fewer than fit only at the end of the file.
    private func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, _ name: String) throws -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw DangolError.io(path: file(name), KitText.cannot(KitText.read, systemErrorText()))
            }
            filled += count
        }
        return filled
    }

    /// The stamp of regular file `name`, or nil when there is none (or it is a link or anything else).
    func stamp(of name: String) -> FileStamp? {
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStamp(info)
    }

    /// Whether anything (a file, a folder, a link) is called `name` here.
    func contains(_ name: String) -> Bool {
        var info = stat()
        return fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0
    }

    /// The names in this folder, without `.` and `..`.
    func names() throws -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0, let directory = fdopendir(copy) else {
            throw DangolError.io(path: path, KitText.cannot(KitText.listFolder, systemErrorText()))
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    // MARK: Writing

    /// Opens regular file `name` for writing with `flags` (never through a link), creating it when
    /// `O_CREAT` is among them. The caller closes the descriptor.
    func openForWriting(_ name: String, flags: Int32) throws -> Int32 {
        try openRegular(name, flags: flags | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC | O_NONBLOCK).descriptor
    }

    /// Replaces file `name` with `bytes` so that a crash at any instant leaves either the old or
    /// the new file, never a torn one.
    ///
    /// Writes a temp file in this folder (created exclusively, every byte written, short writes
    /// retried), fsyncs it, renames it over `name` (which replaces a link rather than writing
    /// through it) and, when `durable`, fsyncs the folder so the rename itself survives a power
    /// loss. On any failure the temp file is removed and `name` is untouched.
    ///
    /// `beforeRename` is told the stamp the new file will have once in place (a rename keeps the
    /// inode and the modification time), so what is derived from it can be ready before anyone
    /// can see the new file; when it throws, nothing is renamed. The new file keeps the old one's
    /// permissions unless `mode` says otherwise.
    ///
    /// The temp file is written in `staging` when given (a folder on the same file system), so
    /// that those watching this folder hear of the new file once, when it is renamed in.
    func replace(_ name: String, with bytes: [UInt8], durable: Bool = true, mode: mode_t? = nil, staging: OpenFolder? = nil,
                 beforeRename: (FileStamp) throws -> Void = { _ in }) throws {
        let temporary = "\(OpenFolder.temporaryPrefix(for: name))\(getpid())-\(UInt32.random(in: .min ... .max))"
        let workFolder = (staging ?? self).descriptor
        let output = openat(workFolder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode ?? modeToKeep(for: name))
        guard output >= 0 else {
            throw DangolError.io(path: file(name), KitText.cannot(KitText.createTemporary, systemErrorText()))
        }
        var isOpen = true
        do {
            try OpenFolder.writeAll(bytes, to: output, path: file(name))
            if durable, retryingInterrupted({ fsync(output) }) != 0 {
                throw DangolError.io(path: file(name), KitText.cannot(KitText.flush, systemErrorText()))
            }
            var info = stat()
            guard fstat(output, &info) == 0 else {
                throw DangolError.io(path: file(name), KitText.cannot(KitText.examine, systemErrorText()))
            }
            isOpen = false
            guard close(output) == 0 else {
                throw DangolError.io(path: file(name), KitText.cannot(KitText.finishWriting, systemErrorText()))
            }
            try beforeRename(FileStamp(info))
            guard renameat(workFolder, temporary, descriptor, name) == 0 else {
                throw DangolError.io(path: file(name), KitText.cannot(KitText.replace, systemErrorText()))
            }
        } catch {
            if isOpen { close(output) }
            unlinkat(workFolder, temporary, 0)
            throw error
        }
        if durable, retryingInterrupted({ fsync(descriptor) }) != 0 {
            throw DangolError.io(path: path, KitText.cannot(KitText.flushFolder, systemErrorText()))
        }
    }

    /// Removes file `name` if it is there; best effort, for files nobody needs any more.
    func remove(_ name: String) {
        unlinkat(descriptor, name, 0)
    }

    /// Removes temp files that a writer killed mid-save left next to `name`. Under the lock that
    /// every writer of `name` takes, all of them are orphans; where writers take no lock (the
    /// digest cache), `onlyOfDeadWriters` keeps those of processes still running, since the
    /// process id is part of a temp file's name.
    func sweepOrphans(of name: String, onlyOfDeadWriters: Bool = false) {
        let prefix = OpenFolder.temporaryPrefix(for: name)
        for entry in (try? names()) ?? [] where entry.hasPrefix(prefix) {
            if onlyOfDeadWriters, let writer = pid_t(entry.dropFirst(prefix.count).prefix { $0 != "-" }),
               kill(writer, 0) == 0 || errno != ESRCH { continue }
            remove(entry)
        }
    }

    /// Writes every byte, retrying short writes and interruptions.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw DangolError.io(path: path, KitText.cannot(KitText.save, systemErrorText()))
                }
                offset += written
            }
        }
    }

    // MARK: Private

    /// Opens `name` with `flags` and refuses anything but a regular file, naming what it found.
    func openRegular(_ name: String, flags: Int32) throws -> (descriptor: Int32, info: stat) {
        let opened = openat(descriptor, name, flags, 0o644)
        guard opened >= 0 else { throw OpenFolder.failure(errno, path: file(name), opening: "the file") }
        var info = stat()
        guard fstat(opened, &info) == 0 else {
            let code = errno
            close(opened)
            throw DangolError.io(path: file(name), KitText.cannot(KitText.examine, systemErrorText(code)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(opened)
            throw DangolError.io(path: file(name), KitText.notARegularFile(OpenFolder.kind(of: info.st_mode)))
        }
        return (opened, info)
    }

    private static func isLink(_ name: String, in folder: Int32) -> Bool {
        var info = stat()
        return fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    func tooLarge(_ name: String, limit: FileLimit) -> DangolError {
        .io(path: file(name), limit.tooLarge)
    }

    /// The permissions of the file being replaced, so a save never widens or narrows access.
    private func modeToKeep(for name: String) -> mode_t {
        var info = stat()
        return fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? info.st_mode & 0o7777 : 0o644
    }

    /// Temp files start with a dot, so every listing of data files passes them over.
    private static func temporaryPrefix(for name: String) -> String {
        ".\(name).tmp-"
    }

    private static func kind(of mode: mode_t) -> Localized {
        switch mode & S_IFMT {
        case S_IFDIR: return KitText.folder
        case S_IFIFO: return KitText.fifo
        case S_IFCHR, S_IFBLK: return KitText.device
        case S_IFSOCK: return KitText.socket
        default: return KitText.otherFile
        }
    }

    /// The sentence for a failed open: links and non-folders get their own, clearer than errno's.
    private static func failure(_ code: Int32, path: String, opening what: String) -> DangolError {
        switch code {
        case ENOENT: return .notFound(KitText.doesNotExist(path))
        case ELOOP: return .io(path: path, KitText.symbolicLink)
        case ENOTDIR: return .io(path: path, KitText.notAFolder)
        case EISDIR: return .io(path: path, KitText.notARegularFile(KitText.folder))
        case ENXIO: return .io(path: path, KitText.noReader)
        default: return .io(path: path, KitText.cannot(KitText.open(what), systemErrorText(code)))
        }
    }

    /// `mkdir -p` for a folder a person named, with the system's reason when it cannot be made.
    private static func createFolders(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix == "/" ? "" : "/") + component
            if mkdir(prefix, 0o755) != 0, errno != EEXIST {
                throw DangolError.io(path: prefix, KitText.cannot(KitText.createFolder, systemErrorText()))
            }
        }
    }
}
