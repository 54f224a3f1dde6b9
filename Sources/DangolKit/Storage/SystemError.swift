import Glibc

/// The text of the C library's `errno`, for error messages.
func systemErrorText(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
}

/// Calls a system function again while it fails with EINTR (a signal arrived mid-call).
func retryingInterrupted(_ call: () -> Int32) -> Int32 {
    while true {
        let result = call()
        if result != -1 || errno != EINTR { return result }
    }
}
