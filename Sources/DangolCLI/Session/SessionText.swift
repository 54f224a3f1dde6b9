import DangolKit

/// What `dangol session` says when it refuses a command line, in Korean and English.
enum SessionText {
    static let unclosedQuote = Localized("따옴표가 닫히지 않았습니다", "a quote is never closed")
    static let trailingBackslash = Localized("명령 끝에 역슬래시가 있습니다", "the command ends in a backslash")

    static func shellSyntax(_ character: Character) -> Localized {
        let shown = character.isNewline ? Localized("줄바꿈", "a line break") : Localized(verbatim: "'\(character)'")
        return Localized("\(shown.ko)은(는) 셸 문법입니다: 이 서버는 셸을 열지 않고 dangol 명령만 받습니다 (글자로 쓰려면 따옴표로 감싸세요)",
                         "\(shown.en) is shell syntax: this server runs no shell, only dangol commands (quote it to mean the character)")
    }

    static func notDangol(_ program: String) -> Localized {
        Localized("'\(TextRules.printable(program))'은(는) 이 서버에서 실행할 수 없습니다: dangol 명령만 받습니다 (summary, check, export, report, record, store, round, market, import)",
                  "'\(TextRules.printable(program))' cannot run on this server: it takes dangol commands only (summary, check, export, report, record, store, round, market, import)")
    }

    static func notOverSSH(_ command: String) -> Localized {
        Localized("'dangol \(TextRules.printable(command))'은(는) SSH 세션에서 쓸 수 없습니다: 서버 계정의 셸에서 관리자가 실행합니다",
                  "'dangol \(TextRules.printable(command))' is not available over SSH; the server's own account runs it")
    }

    static func optionNotOverSSH(_ option: String) -> Localized {
        Localized("\(TextRules.printable(option))은(는) SSH 세션에서 쓸 수 없습니다: 자료 폴더와 작성자는 서버가 정하고, 결과는 표준 출력으로 받습니다",
                  "\(TextRules.printable(option)) is not available over SSH: the server decides the data folder and who you are, and output goes to standard output")
    }

    static func keyOnStandardInput(_ file: String) -> Localized {
        Localized("SSH 세션에서는 서버의 파일(\(TextRules.printable(file)))을 읽지 않습니다: --key - 로 주고 키는 표준 입력으로 보내세요 (< kim.pub)",
                  "a session reads no file on the server (\(TextRules.printable(file))): give --key - and send the key on standard input (< kim.pub)")
    }

    static func notADashboardOption(_ option: String) -> Localized {
        Localized("대시보드는 SSH 세션에서 \(TextRules.printable(option))을(를) 받지 않습니다: --round, --as-of, --lang, --ambiguous, --no-color만 받습니다 (ssh -t dangol@server -- --round 2024)",
                  "the dashboard takes no \(TextRules.printable(option)) in a session, only --round, --as-of, --lang, --ambiguous and --no-color (ssh -t dangol@server -- --round 2024)")
    }

    static func notAMoshOption(_ option: String) -> Localized {
        Localized("mosh-server의 \(TextRules.printable(option))은(는) 이 서버에서 받지 않습니다: -s, -c, -p, -i, -l과 -- 뒤의 대시보드 옵션만 받습니다",
                  "this server passes no \(TextRules.printable(option)) to mosh-server, only -s, -c, -p, -i, -l and the dashboard's options after --")
    }

    static let noMoshServer = Localized("이 서버에는 mosh-server가 없습니다: 관리자가 mosh를 설치해야 합니다 (apt-get install mosh)",
                                        "mosh-server is not installed on this server; its administrator installs mosh (apt-get install mosh)")

    static func sheetOnStandardInput(_ file: String) -> Localized {
        Localized("SSH 세션에서는 서버의 파일(\(TextRules.printable(file)))을 읽지 않습니다: 파일 자리에 - 를 쓰고 시트는 표준 입력으로 보내세요 (import --market ID - < 명단.csv)",
                  "a session reads no file on the server (\(TextRules.printable(file))): write - for the file and send the sheet on standard input (import --market ID - < stores.csv)")
    }

    static func commandLineTooLong(bytes: Int) -> Localized {
        Localized("명령이 너무 깁니다 (\(bytes)바이트): 세션은 \(Bounds.commandLineBytes)바이트까지 받습니다",
                  "the command line is too long (\(bytes) bytes); a session takes at most \(Bounds.commandLineBytes)")
    }

    static func tooManyWords(_ count: Int) -> Localized {
        Localized("명령의 낱말이 너무 많습니다 (\(count)개): 세션은 \(Bounds.commandLineWords)개까지 받습니다",
                  "the command line has too many words (\(count)); a session takes at most \(Bounds.commandLineWords)")
    }
}
