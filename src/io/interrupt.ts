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
