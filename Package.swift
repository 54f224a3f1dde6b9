// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "dangol",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dangol", targets: ["dangol"]),
        .executable(name: "dangol-bench", targets: ["DangolBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        /// The system ncursesw library, with inline wrappers for the macros Swift cannot import.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        /// Terminal-column width of text (Hangul is two columns), truncation and number formatting.
        .target(name: "TerminalText"),
        /// Domain model, metric definitions, the JSON-file store and CSV and workbook exchange. No terminal code.
        .target(name: "DangolKit", dependencies: [
            "TerminalText",
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        /// The results report as Markdown or self-contained HTML with SVG charts.
        .target(name: "DangolReport", dependencies: ["DangolKit", "TerminalText"]),
        /// The dashboard: a pure core (an update function returning effects), the runner that
        /// carries them out through the `DashboardData` seam, layout, and views drawing into a
        /// cell grid. No curses.
        .target(name: "DangolDashboard", dependencies: ["DangolKit", "TerminalText"]),
        /// The thin ncursesw backend: copies cell grids to the terminal and turns keys into events.
        .target(name: "DangolCurses", dependencies: ["DangolDashboard", "DangolKit", "CNcursesw"]),
        /// The command line: every `dangol` subcommand, testable in-process.
        .target(name: "DangolCLI", dependencies: [
            "DangolKit",
            "DangolDashboard",
            "DangolReport",
            "TerminalText",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        /// The `dangol` executable: hands the arguments to DangolCLI and the dashboard to DangolCurses.
        .executableTarget(name: "dangol", dependencies: ["DangolCLI", "DangolCurses"]),
        /// posix_openpt and clean posix_spawn attributes, for the benchmark's pseudo-terminal and the tests.
        .target(name: "CPseudoTerminal"),
        /// `make bench`: times dangol against jq and Python, and the dashboard through a pseudo-terminal.
        .executableTarget(name: "DangolBench", dependencies: [
            "DangolKit",
            "CPseudoTerminal",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        /// Helpers shared by the test targets: scratch folders, the repository's paths, running dangol.
        .target(name: "TestSupport", dependencies: ["CPseudoTerminal", "DangolKit"], path: "Tests/TestSupport"),
        .testTarget(name: "TerminalTextTests", dependencies: ["TerminalText"]),
        .testTarget(name: "DangolKitTests", dependencies: ["DangolKit", "TestSupport"]),
        .testTarget(name: "DangolDashboardTests", dependencies: ["DangolDashboard", "DangolKit", "TerminalText", "TestSupport"]),
        .testTarget(name: "DangolCLITests", dependencies: ["DangolKit", "TestSupport"]),
        .testTarget(name: "DashboardEndToEndTests", dependencies: ["DangolKit", "TestSupport"]),
        /// Fault injection: concurrent writers, SIGKILL, a full disk, corrupted files (`make stress`: the long run).
        .testTarget(name: "StressTests", dependencies: ["DangolKit", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
