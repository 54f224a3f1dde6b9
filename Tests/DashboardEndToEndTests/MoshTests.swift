import DangolKit
import Foundation
import Testing
import TestSupport

/// mosh on loopback, as a tutor on a market's flaky mobile link uses it: the ssh key still
/// decides who the person is, and a session whose client is gone ends by itself.
@Suite("mosh sessions", .serialized,
       .enabled(if: SSHServer.isAvailable && FileManager.default.isExecutableFile(atPath: "/usr/bin/mosh"), "mosh is not installed (.ci/run installs it)"))
struct MoshTests {
    /// mosh-server gives up on a silent client after this long here (an hour by default).
    static let idleSeconds = 3
    let server: SSHServer

    init() throws {
        server = try SSHServer(sessionOptions: ["--mosh-idle-timeout", String(MoshTests.idleSeconds)])
    }

    /// The mosh client's command line for `member`, its ssh the tests' own.
    private func mosh(_ member: String, _ command: [String] = []) -> String {
        let arguments = server.sshArguments(member)
        let ssh = ([SSHServer.ssh] + arguments.dropLast()).joined(separator: " ")
        return (["env", "LANG=C.UTF-8", "/usr/bin/mosh", "--ssh=\(ssh)", arguments.last!] + (command.isEmpty ? [] : ["--"] + command))
            .map { "'\($0)'" }.joined(separator: " ")
    }

    /// The processes still running a session on this server's data (mosh-server's child).
    private func sessionsRunning() -> [String] {
        let data = server.data.path
        return ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { pid in
            guard pid.allSatisfy(\.isNumber), let bytes = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            let words = bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return words.contains(data) && words.contains("--mosh-idle-timeout") ? words.joined(separator: " ") : nil
        }
    }

    @Test("A mosh client gets the member's own dashboard, with options; once the client is gone the session ends by itself")
    func moshSession() throws {
        let tmux = try TmuxSession(width: 80, height: 24, command: mosh("kim", ["--lang", "en"]))
        try tmux.waitFor("kim's dashboard over mosh, in English", seconds: 20) { lines in
            lines.first?.contains("김튜터 tutor") == true && lines.last?.contains("? Help") == true
        }
        #expect(!sessionsRunning().isEmpty, "the session runs under mosh-server")
        // The client killed, as a phone's battery dies: nothing tells the server.
        try tmux.hangUp()
        let deadline = Date().addingTimeInterval(Double(MoshTests.idleSeconds) + 15)
        while Date() < deadline, !sessionsRunning().isEmpty { usleep(200_000) }
        #expect(sessionsRunning().isEmpty, "still running: \(sessionsRunning())")
    }

    @Test("What a mosh client may not ask for is refused with 77 before mosh-server starts",
          arguments: ["mosh-server new -v", "mosh-server new -c 256 -s -- --tutor 누구", "mosh-server new -l 'LANG=x;id'",
                      "mosh-server new -p 60001 -- bash", "mosh-server new -- dangol --data /tmp summary"])
    func refused(_ command: String) throws {
        let result = try server.ssh("kim", command)
        #expect(result.status == 77, "\(command): \(result.output)\(result.errors)")
        #expect(result.errors.hasPrefix("dangol: ") && !result.output.contains("MOSH CONNECT"), "\(command): \(result.errors)")
    }
}
