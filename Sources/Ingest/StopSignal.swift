#if canImport(Glibc)
import Glibc
#endif

/// SIGINT and SIGTERM ask the run to stop after the documents in progress
/// are written (whole lines, files synced); a second signal ends it at once.
/// Handlers are installed without SA_RESTART so a read blocked on a pipe
/// returns and sees the request.
public enum StopSignal {
    nonisolated(unsafe) private static var received: Int32 = 0

    public static func install() {
        for sig in [SIGINT, SIGTERM] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                StopSignal.received = sig
                signal(sig, SIG_DFL)  // a second one is not caught
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
    }

    /// The signal that asked the run to stop, or 0.
    public static var requested: Int32 { received }
}
