/// How eagerly the C heap hands freed memory back to the kernel.
enum HeapTrim {
    /// glibc's own threshold (`DEFAULT_TRIM_THRESHOLD`): the top of a heap is returned once
    /// this much of it is free.
    private static let usual: Int32 = 128 * 1024
    /// Above the memory one market file costs while it is read.
    private static let whileReading: Int32 = 64 * 1024 * 1024

    /// Runs `body` with freed heap memory kept for reuse, then restores the usual trimming.
    ///
    /// Each worker reading market files frees what one file cost before it reads the next.
    /// With the usual threshold its heap was handed back and taken again, file after file: on
    /// the national data 14,000 page faults and 2,200 `madvise`/`mprotect` calls, a third of
    /// `summary --no-cache`'s system time. Scoped to the reading, so that a long-lived
    /// dashboard keeps returning what it no longer uses.
    static func deferred<Result>(_ body: () throws -> Result) rethrows -> Result {
        _ = mallopt(trimThreshold, whileReading)
        defer { _ = mallopt(trimThreshold, usual) }
        return try body()
    }

    /// `M_TRIM_THRESHOLD` of `<malloc.h>`, which the Glibc module does not export.
    private static let trimThreshold: Int32 = -1
}

/// glibc's `int mallopt(int param, int value)`, declared here for the same reason.
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
