// `baocao … --json | head -c 10`: the reader goes away before baocao has written everything, and every
// later write to the pipe fails with EPIPE. Node reports that as an unhandled 'error' event (a stack trace
// on stderr, exit 1) in the middle of the command. A closed pipe is the reader's choice, not a failure: the
// rest of that stream's output is dropped, the command finishes its work (files, the store) as it would have,
// and ends with its own exit code, quietly.

/** The errors of a stream whose reader has gone: the broken pipe, and writes after it. */
const GONE = new Set(["EPIPE", "ERR_STREAM_DESTROYED"]);

/** From now on, output to `stream` after its reader closed is dropped; any other error is thrown as before. */
export function dropOutputAfterBrokenPipe(stream: NodeJS.WritableStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (GONE.has(error.code ?? "")) return;
    throw error;
  });
}
