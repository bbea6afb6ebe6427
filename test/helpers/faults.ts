// Fault injection for the fault-injection suite (test/fault-injection.test.ts): node:fs functions that write
// are replaced for the length of one run, and fail at a chosen write the way a disk, a locked file or a
// crash would. The program's own modules import `node:fs` by name; Node keeps those bindings in step with
// the module object through syncBuiltinESMExports, so no seam is needed in the program itself.
//
// Under the watched folder, a "write point" is a file opened for writing (openSync or open with w/a/x, writeFileSync),
// an "open point" the same or a folder made, a "commit point" a rename or link into place. Faults:
// - ENOSPC: the disk fills during the n-th write point's writes (half of the bytes are written first);
// - EACCES: the n-th open point cannot be opened or made;
// - EBUSY, EXDEV: the n-th commit point's rename fails (a file open in Word on Windows; another file system);
// - EPERM: the same (Windows' answer for a file open in Excel or Word; elsewhere, a permission problem). Not in
//   FAULT_KINDS: the fault-injection suite does not run it; test/file-in-use.test.ts does;
// - crash: the process dies at the n-th commit point, before the rename. Nothing runs after a crash, so every
//   later change to the disk (removing the temporary file, writing, renaming) fails too.
import { createRequire, syncBuiltinESMExports } from "node:module";
import { resolve, sep } from "node:path";

// The modules' objects (their named ESM exports are read-only views of these).
const require = createRequire(import.meta.url);
const fs = require("node:fs") as typeof import("node:fs");
const fsp = require("node:fs/promises") as typeof import("node:fs/promises");

export type FaultKind = "ENOSPC" | "EACCES" | "EBUSY" | "EXDEV" | "EPERM" | "crash";

export const FAULT_KINDS: readonly FaultKind[] = ["ENOSPC", "EACCES", "EBUSY", "EXDEV", "crash"];

/** Which points a fault of this kind is injected at: files written, files and folders made, or renames. */
export function pointKind(kind: FaultKind): "writes" | "opens" | "commits" {
  return kind === "ENOSPC" ? "writes" : kind === "EACCES" ? "opens" : "commits";
}

export interface FaultPlan {
  /** Only files under this folder are touched. */
  readonly under: string;
  readonly kind: FaultKind;
  /** The index (0-based) of the write or commit point to fail at; -1 to only count them. */
  readonly at: number;
  /** Paths never faulted (the store's lock file: its failures are another matter). */
  readonly spare?: (path: string) => boolean;
}

export interface FaultRecord {
  /** The files opened for writing, in order (temporary files included). */
  readonly writes: string[];
  /** The same, and the folders made, in order. */
  readonly opens: string[];
  /** The targets of renames and links, in order. */
  readonly commits: string[];
  /** The file the fault hit (the target for a commit point; the opened file for a write point). */
  faulted: string | null;
  crashed: boolean;
}

export class SimulatedCrash extends Error {
  constructor() {
    super("simulated crash");
    this.name = "SimulatedCrash";
  }
}

function errno(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${syscall} '${path}'`), { code, syscall, path });
}

type AnyFunction = (...args: never[]) => unknown;

/** Runs `body` with the plan's fault in place, and restores node:fs afterwards (also when body throws). */
export async function withFault<T>(
  plan: FaultPlan,
  body: () => Promise<T>,
): Promise<{ value: T; record: FaultRecord }> {
  const under = resolve(plan.under) + sep;
  const watched = (path: unknown): path is string =>
    (typeof path === "string" || path instanceof URL) &&
    resolve(String(path)).startsWith(under) &&
    !(plan.spare?.(resolve(String(path))) ?? false);
  const record: FaultRecord = { writes: [], opens: [], commits: [], faulted: null, crashed: false };
  const faultyFds = new Set<number>();

  const originals = new Map<object, Map<string, AnyFunction>>();
  const replace = (target: object, name: string, make: (original: AnyFunction) => AnyFunction) => {
    const table = originals.get(target) ?? new Map<string, AnyFunction>();
    originals.set(target, table);
    const original = (target as Record<string, AnyFunction>)[name]!;
    table.set(name, original);
    (target as Record<string, AnyFunction>)[name] = make(original.bind(target));
  };
  const dead = () => {
    if (record.crashed) throw new SimulatedCrash();
  };
  /** Records a file (or folder) about to be written (made); true when the fault is to hit it. */
  const writePoint = (path: string, folder = false): boolean => {
    if (!folder) record.writes.push(resolve(path));
    record.opens.push(resolve(path));
    const points = record[pointKind(plan.kind)];
    const hit = (plan.kind === "EACCES" || (plan.kind === "ENOSPC" && !folder)) && points.length - 1 === plan.at;
    if (hit) record.faulted = resolve(path);
    return hit;
  };
  const commitPoint = (syscall: string, target: string): void => {
    record.commits.push(resolve(target));
    if (pointKind(plan.kind) !== "commits" || record.commits.length - 1 !== plan.at) return;
    record.faulted = resolve(target);
    if (plan.kind === "crash") {
      record.crashed = true;
      throw new SimulatedCrash();
    }
    throw errno(plan.kind, syscall, target);
  };
  const opensForWriting = (flags: unknown) => typeof flags === "string" && /[wax+]/.test(flags);

  replace(fs, "openSync", (original) => (...args: never[]) => {
    const [path, flags] = args as unknown as [string, unknown];
    if (!watched(path) || !opensForWriting(flags)) return original(...args);
    dead();
    const hit = writePoint(path);
    if (hit && plan.kind === "EACCES") throw errno("EACCES", "open", path);
    const fd = original(...args) as number;
    if (hit) faultyFds.add(fd);
    return fd;
  });
  replace(fs, "writeSync", (original) => (...args: never[]) => {
    const [fd, buffer, offset = 0, length] = args as unknown as [number, unknown, number?, number?];
    if (faultyFds.has(fd) || record.crashed) {
      if (record.crashed) throw new SimulatedCrash();
      if (buffer instanceof Uint8Array) {
        const size = length ?? buffer.length - offset;
        if (size > 1) original(...([fd, buffer, offset, Math.floor(size / 2)] as unknown as never[]));
      }
      throw errno("ENOSPC", "write", `fd ${fd}`);
    }
    return original(...args);
  });
  // The same through the callback API (the ingest's staged files are written on libuv's thread pool).
  type Callback = (error: NodeJS.ErrnoException | null, value?: number) => void;
  replace(fs, "open", (original) => (...args: never[]) => {
    const [path, flags] = args as unknown as [string, unknown];
    const callback = args.at(-1) as unknown as Callback;
    if (!watched(path) || !opensForWriting(flags)) return original(...args);
    if (record.crashed) return process.nextTick(callback, new SimulatedCrash());
    const hit = writePoint(path);
    if (hit && plan.kind === "EACCES") return process.nextTick(callback, errno("EACCES", "open", path));
    const opened: Callback = (error, fd) => {
      if (error === null && hit) faultyFds.add(fd!);
      callback(error, fd);
    };
    return original(...([...args.slice(0, -1), opened] as unknown as never[]));
  });
  replace(fs, "write", (original) => (...args: never[]) => {
    const [fd, buffer, offset = 0, length] = args as unknown as [number, unknown, number?, number?];
    const callback = args.at(-1) as unknown as Callback;
    if (!(faultyFds.has(fd) || record.crashed)) return original(...args);
    if (record.crashed) return process.nextTick(callback, new SimulatedCrash());
    const fail = () => callback(errno("ENOSPC", "write", `fd ${fd}`));
    const size = buffer instanceof Uint8Array ? (typeof length === "number" ? length : buffer.length - offset) : 0;
    if (size <= 1) return process.nextTick(fail);
    // Half of the bytes are written first, as with writeSync.
    return original(...([fd, buffer, offset, Math.floor(size / 2), null, () => fail()] as unknown as never[]));
  });
  replace(fs, "close", (original) => (...args: never[]) => {
    faultyFds.delete(args[0] as unknown as number);
    return original(...args);
  });
  replace(fs, "closeSync", (original) => (...args: never[]) => {
    faultyFds.delete(args[0] as unknown as number);
    return original(...args);
  });
  replace(fs, "writeFileSync", (original) => (...args: never[]) => {
    const [path] = args as unknown as [string];
    if (!watched(path)) return original(...args);
    dead();
    if (writePoint(path)) throw errno(plan.kind, plan.kind === "EACCES" ? "open" : "write", path);
    return original(...args);
  });
  for (const name of ["renameSync", "linkSync", "copyFileSync"]) {
    replace(fs, name, (original) => (...args: never[]) => {
      const [, target] = args as unknown as [string, string];
      if (!watched(target)) return original(...args);
      dead();
      commitPoint(name.replace(/Sync$/, ""), target);
      return original(...args);
    });
  }
  replace(fsp, "rename", (original) => async (...args: never[]) => {
    const [, target] = args as unknown as [string, string];
    if (watched(target)) {
      dead();
      commitPoint("rename", target);
    }
    return original(...args);
  });
  // After a crash nothing cleans up: a dead process removes no temporary file.
  for (const name of ["rmSync", "unlinkSync", "truncateSync", "ftruncateSync"]) {
    replace(fs, name, (original) => (...args: never[]) => {
      dead();
      return original(...args);
    });
  }
  // Making a folder that is not there yet is a write point too (EACCES: no permission in its parent).
  const makesFolder = (path: unknown) => watched(path) && !fs.existsSync(path);
  replace(fs, "mkdirSync", (original) => (...args: never[]) => {
    dead();
    const [path] = args as unknown as [string];
    if (makesFolder(path) && writePoint(path, true)) throw errno("EACCES", "mkdir", path);
    return original(...args);
  });
  replace(fsp, "mkdir", (original) => async (...args: never[]) => {
    dead();
    const [path] = args as unknown as [string];
    if (makesFolder(path) && writePoint(path, true)) throw errno("EACCES", "mkdir", path);
    return original(...args);
  });
  for (const name of ["rm", "unlink"]) {
    replace(fsp, name, (original) => async (...args: never[]) => {
      dead();
      return original(...args);
    });
  }
  syncBuiltinESMExports();
  try {
    const value = await body();
    return { value, record };
  } finally {
    for (const [target, table] of originals) {
      for (const [name, original] of table) (target as Record<string, AnyFunction>)[name] = original;
    }
    syncBuiltinESMExports();
  }
}
