import Foundation
import Glibc
import Testing
import TestSupport
@testable import DangolKit

/// A tiny tmpfs holding the data folder, or why there cannot be one here.
private final class TinyDisk {
    let mountPoint: String

    /// Why this machine cannot mount one (not root, or a container without the right), or nil.
    static let unavailable: String? = {
        guard getuid() == 0 else { return "not running as root, so no tmpfs can be mounted" }
        guard let disk = try? TinyDisk(kilobytes: 64) else {
            return "mount -t tmpfs failed (a container without CAP_SYS_ADMIN?)"
        }
        _ = disk
        return nil
    }()

    init(kilobytes: Int) throws {
        mountPoint = NSTemporaryDirectory() + "dangol-tinydisk-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        let status = try Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", mountPoint])
        guard status == 0 else {
            rmdir(mountPoint)
            throw DangolError.io(path: mountPoint, Localized(verbatim: "mount failed"))
        }
    }

    deinit {
        _ = try? Self.run("/bin/umount", [mountPoint])
        rmdir(mountPoint)
    }

    /// Writes a filler file until the disk is full.
    func fill() {
        let descriptor = open("\(mountPoint)/filler", O_WRONLY | O_CREAT, 0o600)
        let block = [UInt8](repeating: 0x2E, count: 4096)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, 1) }) == 1 {}
        close(descriptor)
    }

    private static func run(_ program: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

@Suite("Stress: a full disk")
struct DiskFullTests {
    @Test("A save on a full disk fails with a clear message, and the old file is intact",
          .enabled(if: TinyDisk.unavailable == nil, Comment(rawValue: TinyDisk.unavailable ?? "")))
    func fullDisk() throws {
        let disk = try TinyDisk(kilobytes: 1024)
        let data = "\(disk.mountPoint)/data"
        try FileManager.default.createDirectory(atPath: "\(data)/markets", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(Repository.data)/program.json", toPath: "\(data)/program.json")
        try FileManager.default.copyItem(atPath: "\(Repository.data)/markets/\(Pilot.market).json",
                                         toPath: "\(data)/markets/\(Pilot.market).json")
        let folder = DataFolder(path: data)
        let store = try #require(try Pilot.openStores(in: folder).first).id
        // Locks and the cache folder exist before the disk fills, as in a folder in daily use.
        _ = try DangolProcess.run(["record", "note", "--data", data, "--market", Pilot.market, "--store", store, "--text", "전"])
        let before = fileBytes(folder.marketPath(Pilot.market))
        disk.fill()

        let result = try DangolProcess.run(["record", "note", "--data", data, "--market", Pilot.market, "--store", store,
                                            "--text", "디스크가 가득 찼을 때"])
        print("disk full: exit \(result.status), said: \(result.errors.trimmingCharacters(in: .whitespacesAndNewlines))")
        #expect(result.status != 0)
        #expect(result.errors.contains("No space left on device"))
        #expect(result.errors.contains(folder.marketPath(Pilot.market)))
        #expect(fileBytes(folder.marketPath(Pilot.market)) == before, "the old file is intact")
        #expect(Pilot.problems(folder) == nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.marketsPath).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "the half-written temp file is removed")
    }
}
