#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// SIGINT and SIGTERM ask the run to stop after the documents in progress
/// are written (whole lines, files synced); a second signal ends it at once.
/// Handlers are installed without SA_RESTART so a read blocked on a pipe
/// returns and sees the request.
public enum StopSignal {
    /// The signal received, or 0. An atomic: the handler may interrupt any
    /// thread anywhere (inside malloc, or mid-read of this very value), so it
    /// only stores a word; a plain static `var` went through the runtime's
    /// exclusivity checks there and now and then crashed the process.
    private static let received = Atomic<Int32>(0)

    public static func install() {
        // First use here, not in the handler: a global's lazy initialization is not async-signal-safe.
        _ = received.load(ordering: .relaxed)
        for sig in [SIGINT, SIGTERM] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                StopSignal.received.store(sig, ordering: .relaxed)
                signal(sig, SIG_DFL)  // a second one is not caught
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
        // A parent may start us with these signals blocked (a test runner's
        // or job runner's threads often block them, and a child inherits the
        // mask): then a stop request would wait, pending, until the run
        // ended. Unblocked here, before the workers start, which inherit it.
        var stops = sigset_t()
        sigemptyset(&stops)
        sigaddset(&stops, SIGINT)
        sigaddset(&stops, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &stops, nil)
    }

    /// The signal that asked the run to stop, or 0.
    public static var requested: Int32 { received.load(ordering: .relaxed) }
}
