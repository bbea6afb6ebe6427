// What must be undone if the clerk presses Ctrl+C (SIGINT) or the process is told to stop (SIGTERM)
// in the middle of a write: temporary files removed, the store lock released. The CLI entry installs
// the handler; writers register their cleanup only for the moment they need it.
const cleanups = new Set<() => void>();

/** Registers `cleanup` until the returned function is called. */
export function onInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

export function runInterruptCleanups(): void {
  for (const cleanup of [...cleanups]) {
    try {
      cleanup();
    } catch {
      // Best effort: the next cleanup must still run.
    }
  }
  cleanups.clear();
}

/**
 * Lets a pending Ctrl+C (or SIGTERM) be handled now. A signal is delivered through the event loop: during a
 * long synchronous step (laying out a report) it waits, and were the command to finish without another turn
 * of the loop, it would be lost and the command would exit 0. Awaited between the steps of a command, it
 * stops the command there (the handler exits 130 or 143), before the next file is written.
 */
export async function interruptCheckpoint(): Promise<void> {
  // Two turns of the loop: a signal that came during the synchronous step is read from libuv's signal pipe
  // in one turn's poll phase, but (measured on Node 20) not always in the very turn that follows the step.
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}

let installed = false;

/** Exit codes 130 and 143 are the shell's convention for SIGINT and SIGTERM. */
export function installInterruptHandler(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.once(signal, () => {
      runInterruptCleanups();
      process.exit(code);
    });
  }
}
