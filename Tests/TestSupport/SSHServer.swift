import Foundation
import Glibc

/// A throwaway OpenSSH server on 127.0.0.1 that serves a copy of the sample data to a team, as
/// a programme office would: its own host key, a free port, everything in a temporary folder,
/// and the service account's `authorized_keys` written by `dangol team authorized-keys --install`.
///
/// It runs as the user running the tests (sshd can only log that user in unless it is root),
/// with a configuration that allows nothing but the forced commands.
public final class SSHServer: @unchecked Sendable {
    /// A member of the test team: their id, and the private key that proves it.
    public struct Member: Sendable {
        public let id: String
        public let key: String
    }

    public static let sshd = "/usr/sbin/sshd"
    public static let ssh = "/usr/bin/ssh"

    public let folder = ScratchFolder()
    public let data: ScratchFolder
    public let port: Int
    public let members: [String: Member]
    private let server: pid_t

    /// Whether this machine can run the tests: sshd and ssh installed (CI installs both).
    public static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: sshd) && FileManager.default.isExecutableFile(atPath: ssh)
    }

    /// Starts the server with three members: `kim`, tutor of 신영시장; `lee`, staff of
    /// 자양전통시장; `park`, an admin.
    /// - Parameters:
    ///   - dataFolderName: the data folder's own name (any characters a folder may have).
    ///   - forcedOptions: dangol options written into every forced command, before `--data`,
    ///     as an admin adds them by hand (`--read-only --lang en`).
    ///   - sessionOptions: options of `dangol session` itself, written after the member
    ///     (`--mosh-idle-timeout 3`).
    public init(dataFolderName: String? = nil, forcedOptions: [String] = [], sessionOptions: [String] = []) throws {
        data = dataFolderName.map { ScratchFolder.sampleCopy(named: $0) } ?? ScratchFolder.sampleCopy()
        var members: [String: Member] = [:]
        let team: [(id: String, name: String, role: String, markets: [String])] = [
            ("kim", "김튜터", "tutor", ["sinyoung"]), ("lee", "이상인", "staff", ["jayang"]), ("park", "박관리", "admin", []),
        ]
        for person in team {
            let key = folder.file("\(person.id)_key")
            try SSHServer.check(Spawn.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "\(person.id)@test", "-f", key]), "ssh-keygen")
            try SSHServer.check(DangolProcess.run(["team", "add", person.id, "--name", person.name, "--role", person.role, "--key", key + ".pub",
                                                   "--data", data.path] + person.markets.flatMap { ["--market", $0] }), "team add")
            members[person.id] = Member(id: person.id, key: key)
        }
        self.members = members
        let authorized = folder.file("authorized_keys")
        try SSHServer.check(DangolProcess.run(["team", "authorized-keys", "--install", authorized, "--data", data.path]), "authorized-keys")
        if !forcedOptions.isEmpty || !sessionOptions.isEmpty {
            var lines = try String(contentsOfFile: authorized, encoding: .utf8)
            if !forcedOptions.isEmpty {
                lines = lines.replacingOccurrences(of: " --data ", with: " \(forcedOptions.joined(separator: " ")) --data ")
            }
            for person in team where !sessionOptions.isEmpty {
                lines = lines.replacingOccurrences(of: " session \(person.id)\"", with: " session \(person.id) \(sessionOptions.joined(separator: " "))\"")
            }
            try lines.write(toFile: authorized, atomically: true, encoding: .utf8)
        }
        let hostKey = folder.file("host_key")
        try SSHServer.check(Spawn.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", hostKey]), "host key")
        port = try SSHServer.freePort()
        let config = folder.file("sshd_config")
        try SSHServer.configuration(port: port, hostKey: hostKey, authorizedKeys: authorized, pidFile: folder.file("sshd.pid"))
            .write(toFile: config, atomically: true, encoding: .utf8)
        // Privilege separation needs its empty directory when sshd runs as root.
        if getuid() == 0 { try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true) }
        server = try Spawn.start(SSHServer.sshd, ["-D", "-e", "-f", config], errors: folder.file("sshd.log"))
        do {
            try waitUntilListening()
        } catch {
            stop()
            throw error
        }
    }

    deinit {
        stop()
    }

    private func stop() {
        kill(server, SIGTERM)
        Spawn.wait(server)
    }

    /// `Tests/sshd_config.template` (shared with `make demo-server`) filled in.
    static func configuration(port: Int, hostKey: String, authorizedKeys: String, pidFile: String) throws -> String {
        try String(contentsOfFile: "\(Repository.root)/Tests/sshd_config.template", encoding: .utf8)
            .replacingOccurrences(of: "@PORT@", with: String(port)).replacingOccurrences(of: "@HOST_KEY@", with: hostKey)
            .replacingOccurrences(of: "@PID_FILE@", with: pidFile).replacingOccurrences(of: "@AUTHORIZED_KEYS@", with: authorizedKeys)
    }

    /// Runs `ssh` as `member` with `command` (none: an interactive login), `input` on its stdin,
    /// and `environment` for the client (sent on to the server with `SendEnv` for LANG and LC_*).
    public func ssh(_ member: String, _ command: String?, arguments: [String] = [], input: String = "/dev/null",
                    environment: [String: String] = [:]) throws -> Spawn.Result {
        let sent = environment.keys.sorted().flatMap { ["-o", "SendEnv=\($0)"] }
        return try Spawn.runCapturing(SSHServer.ssh, sshArguments(member, arguments + sent) + (command.map { [$0] } ?? []),
                                      input: input, environment: environment)
    }

    /// The service account's authorized_keys file, as sshd reads it.
    public var authorizedKeys: String { folder.file("authorized_keys") }

    /// The ssh command line for `member` (without the remote command), for tmux and for the README.
    public func sshArguments(_ member: String, _ extra: [String] = []) -> [String] {
        ["-i", members[member]!.key, "-p", String(port), "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
         "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-o", "IdentitiesOnly=yes"] + extra + ["\(NSUserName())@127.0.0.1"]
    }

    private func waitUntilListening() throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if SSHServer.isListening(port) { return }
            var status: Int32 = 0
            if waitpid(server, &status, WNOHANG) == server {
                let log = (try? String(contentsOfFile: folder.file("sshd.log"), encoding: .utf8)) ?? ""
                throw Failure(description: "sshd exited: \(log)")
            }
            usleep(20_000)
        }
        throw Failure(description: "sshd did not listen on 127.0.0.1:\(port) within 10 s")
    }

    private static func check(_ result: (status: Int32, output: String), _ what: String) throws {
        guard result.status == 0 else { throw Failure(description: "\(what) failed with status \(result.status)") }
    }

    private static func check(_ result: DangolProcess.Result, _ what: String) throws {
        guard result.status == 0 else { throw Failure(description: "\(what) failed: \(result.errors)") }
    }

    /// A port nobody listens on now: bind to port 0 and read back what the kernel chose.
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw Failure(description: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func isListening(_ port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }
}
