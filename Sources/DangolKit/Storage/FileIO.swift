import Glibc

/// Whole-file reads and crash-safe replacement of files.
public enum FileIO {
    /// The bytes of the file at `path` and the stamp of exactly the version that was read.
    public static func read(path: String) throws -> (bytes: [UInt8], stamp: FileStamp) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw DangolError.notFound("\(path) does not exist") }
            throw DangolError.io(path: path, "cannot open: \(systemErrorText(code))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw DangolError.io(path: path, "cannot examine: \(systemErrorText())")
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw DangolError.io(path: path, "cannot read: \(systemErrorText())")
            }
            bytes.append(contentsOf: chunk[..<count])
        }
        return (bytes, FileStamp(info))
    }

    /// Replaces the file at `path` with `bytes` so that a crash at any instant leaves either
    /// the old or the new file, never a torn one.
    ///
    /// Writes a temp file in the same folder (every byte, retrying short writes), fsyncs it,
    /// renames it over the target and, when `durable`, fsyncs the folder so the rename itself
    /// survives a power loss. On any failure the temp file is removed and the target is untouched.
    /// Callers hold the target's lock, which is what makes `sweepOrphans` safe.
    public static func replace(path: String, with bytes: [UInt8], durable: Bool = true) throws {
        let (folder, name) = split(path)
        let temporary = "\(folder)/\(temporaryPrefix(for: name))\(getpid())-\(UInt32.random(in: .min ... .max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, modeToKeep(at: path))
        guard descriptor >= 0 else {
            throw DangolError.io(path: path, "cannot create a temporary file to save into: \(systemErrorText())")
        }
        var isOpen = true
        do {
            try writeAll(bytes, to: descriptor, path: path)
            if durable, retryingInterrupted({ fsync(descriptor) }) != 0 {
                throw DangolError.io(path: path, "cannot flush to disk: \(systemErrorText())")
            }
            isOpen = false
            guard close(descriptor) == 0 else {
                throw DangolError.io(path: path, "cannot finish writing: \(systemErrorText())")
            }
            guard rename(temporary, path) == 0 else {
                throw DangolError.io(path: path, "cannot replace the file: \(systemErrorText())")
            }
        } catch {
            if isOpen { close(descriptor) }
            unlink(temporary)
            throw error
        }
        if durable { try syncFolder(folder) }
    }

    /// Removes temp files that a writer killed mid-save left next to `path`.
    static func sweepOrphans(of path: String) {
        let (folder, name) = split(path)
        let prefix = temporaryPrefix(for: name)
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let entryName = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if entryName.hasPrefix(prefix) { unlink("\(folder)/\(entryName)") }
        }
    }

    /// Temp files start with a dot, so every listing of data files passes them over.
    private static func temporaryPrefix(for name: String) -> String {
        ".\(name).tmp-"
    }

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        return (String(path[..<slash]).isEmpty ? "/" : String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// The permissions of the file being replaced, so a save never widens or narrows access.
    private static func modeToKeep(at path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw DangolError.io(path: path, "cannot save: \(systemErrorText())")
                }
                offset += written
            }
        }
    }

    private static func syncFolder(_ folder: String) throws {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw DangolError.io(path: folder, "cannot open the folder to flush it: \(systemErrorText())")
        }
        defer { close(descriptor) }
        guard retryingInterrupted({ fsync(descriptor) }) == 0 else {
            throw DangolError.io(path: folder, "cannot flush the folder to disk: \(systemErrorText())")
        }
    }
}
