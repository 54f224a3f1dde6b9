import Foundation

/// How hard the fault-injection and stress tests push: a short run inside `make test`, the full
/// one (`DANGOL_STRESS=long`, which `make stress` sets) with the counts the issue asks for.
public enum StressScale {
    public static let isLong = ProcessInfo.processInfo.environment["DANGOL_STRESS"] == "long"

    /// `short` in `make test`, `long` in `make stress`.
    public static func count(short: Int, long: Int) -> Int {
        isLong ? long : short
    }
}
