import Glibc

extension Array where Element: Sendable {
    /// `map` spread over every core, results in the order of the elements.
    ///
    /// Reading 1,400 market files is parsing, not waiting, so two cores read them in about
    /// half the time. `transform` must be safe to run on several threads at once.
    ///
    /// Plain threads, started and joined here, rather than Dispatch: once its global queues
    /// are used, libdispatch on Linux keeps a thread that wakes every second to watch its pool,
    /// and an idle dashboard must not wake at all.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let workers = Swift.min(count, Swift.max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        guard workers > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let slots = results
        HeapTrim.deferred {
            withoutActuallyEscaping(transform) { work in
                // Worker w takes elements w, w + workers, …: files of similar size interleave.
                let threads = (0..<workers).map { worker in
                    WorkerThread {
                        for index in stride(from: worker, to: count, by: workers) {
                            slots[index] = work(self[index])
                        }
                    }
                }
                threads.forEach { $0.join() }
            }
        }
        return results.map { $0! }
    }
}

/// One POSIX thread running one closure, joined by its owner.
private final class WorkerThread {
    private var thread = pthread_t()
    private let body: () -> Void

    init(_ body: @escaping () -> Void) {
        self.body = body
        let context = Unmanaged.passRetained(self).toOpaque()
        let created = pthread_create(&thread, nil, { context in
            let worker = Unmanaged<WorkerThread>.fromOpaque(context!).takeRetainedValue()
            worker.body()
            return nil
        }, context)
        if created != 0 {
            // No thread to spare: do the work here, in order.
            Unmanaged<WorkerThread>.fromOpaque(context).release()
            body()
            thread = pthread_t()
        }
    }

    func join() {
        if thread != pthread_t() { pthread_join(thread, nil) }
    }
}
