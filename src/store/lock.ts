// One writer at a time in a store: two clerks (or two terminals) ingesting at once would otherwise
// interleave ledger lines and each decide "current" without seeing the other. The lock is a file created
// with O_EXCL ("wx"), which works on every platform and on network shares, unlike advisory flock.
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname, uptime } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { onInterrupt } from "../io/interrupt.js";
import { UserError } from "../errors.js";
import { fileKind, readRegularFile } from "../io/regular-file.js";
import { fsErrorCode } from "../messages/fs-reason.js";

export const LOCK_FILE = ".lock";

/** A lock file still without content after this long was left by a crash right after creating it. */
const UNWRITTEN_LOCK_STALE_MS = 10_000;

/** How far the boot time derived from the clock and the uptime may wander (clock adjustments). */
const BOOT_TIME_SLACK_MS = 5 * 60_000;

export interface LockOptions {
  /** How long to wait for another ingest to finish before giving up. */
  readonly timeoutMs?: number;
  readonly retryMs?: number;
}

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly time: string;
  readonly token: string;
  /** The computer's boot id when the lock was taken (Linux), to tell a lock from before a restart. */
  readonly boot: string | null;
  /** The holder's start time in clock ticks since boot (Linux), to tell a reused process id. */
  readonly started: string | null;
}

/** Runs `fn` holding `<storeDir>/.lock`; throws UserError "store/locked" after waiting in vain. */
export async function withStoreLock<T>(
  storeDir: string,
  fn: () => T | Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const { timeoutMs = 10_000, retryMs = 100 } = options;
  try {
    mkdirSync(storeDir, { recursive: true });
  } catch (error) {
    throw new UserError("store/unwritable", { file: storeDir, code: fsErrorCode(error) });
  }
  const file = join(storeDir, LOCK_FILE);
  const token = await acquire(file, timeoutMs, retryMs);
  const forget = onInterrupt(() => release(file, token));
  try {
    return await fn();
  } finally {
    forget();
    release(file, token);
  }
}

async function acquire(file: string, timeoutMs: number, retryMs: number): Promise<string> {
  const token = randomBytes(8).toString("hex");
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    time: new Date().toISOString(),
    token,
    boot: bootId(),
    started: processStart(process.pid),
  };
  const giveUpAt = Date.now() + timeoutMs;
  for (;;) {
    if (tryCreate(file, owner)) return token;
    const holder = readText(file);
    if (holder === null) continue; // released in the meantime
    if (isStale(file, holder)) {
      // Re-read just before removing, so a lock another process has just taken over is left alone.
      if (readText(file) === holder) rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= giveUpAt) {
      const current = parseOwner(holder);
      throw new UserError("store/locked", {
        file,
        pid: current?.pid ?? "?",
        host: current?.host ?? "?",
        since: current?.time ?? "?",
      });
    }
    await sleep(retryMs);
  }
}

function tryCreate(file: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(file, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new UserError("store/unwritable", { file, code: fsErrorCode(error) });
  }
  try {
    writeSync(fd, `${JSON.stringify(owner)}\n`);
  } catch (error) {
    // A full disk: the lock is not taken; the empty file must not stay behind as a lock.
    closeSync(fd);
    rmSync(file, { force: true });
    throw new UserError("store/unwritable", { file, code: fsErrorCode(error) });
  }
  closeSync(fd);
  return true;
}

/**
 * A lock is stale when the process that wrote it is gone. That can only be checked on the same computer; a
 * lock from another computer (a shared folder) is waited for. A live process with the lock's id is not
 * enough: after a restart the id may belong to an unrelated process. So the lock is also stale when it was
 * written in another boot (the boot id differs, or the lock is older than the computer's start), or when the
 * process with that id started at another time than the one that wrote it. A lock file without readable
 * content (a crash right after creating it) is stale once it is older than UNWRITTEN_LOCK_STALE_MS.
 */
export function isStale(file: string, text: string): boolean {
  const owner = parseOwner(text);
  if (owner === null) {
    const modified = modifiedAt(file);
    return modified !== null && Date.now() - modified > UNWRITTEN_LOCK_STALE_MS;
  }
  if (owner.host !== hostname()) return false;
  if (!isAlive(owner.pid)) return true;
  const boot = bootId();
  if (owner.boot !== null && boot !== null) {
    if (owner.boot !== boot) return true;
    const started = processStart(owner.pid);
    return owner.started !== null && started !== null && owner.started !== started;
  }
  // No boot id to compare (another system, or a lock of an older baocao): written before this boot?
  const written = Date.parse(owner.time);
  return Number.isFinite(written) && written < Date.now() - uptime() * 1000 - BOOT_TIME_SLACK_MS;
}

/** The current boot's id (Linux), or null where there is none to read. */
function bootId(): string | null {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() || null;
  } catch {
    return null;
  }
}

/** When process `pid` started, in clock ticks since boot (field 22 of /proc/<pid>/stat, Linux), or null. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count fields after its closing ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether a process of this number exists (signal 0 checks without signalling). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return null;
    const { pid, host, time, token, boot, started } = value as Record<string, unknown>;
    if (typeof pid !== "number" || !Number.isInteger(pid) || pid <= 0) return null;
    return {
      pid,
      host: typeof host === "string" ? host : hostname(),
      time: typeof time === "string" ? time : "?",
      token: typeof token === "string" ? token : "",
      boot: typeof boot === "string" && boot !== "" ? boot : null,
      started: typeof started === "string" && started !== "" ? started : null,
    };
  } catch {
    return null;
  }
}

function release(file: string, token: string): void {
  const text = readText(file);
  // Only our own lock: if it was judged stale and taken over, it is no longer ours to remove.
  if (text !== null && parseOwner(text)?.token === token) rmSync(file, { force: true });
}

function readText(file: string): string | null {
  const kind = fileKind(file);
  if (kind === "missing") return null;
  // A folder, a FIFO (which would block the read forever) … named .lock is never removed by baocao.
  if (kind !== "file" && kind !== "unreadable") throw new UserError("store/lock-not-a-file", { file });
  try {
    return readRegularFile(file, file, { unreadable: "store/unreadable" }).toString("utf8");
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = fsErrorCode(error);
    if (code === "ENOENT") return null;
    // A folder (or anything else) named .lock is never removed by baocao: someone made it by hand.
    if (code === "EISDIR") throw new UserError("store/lock-not-a-file", { file });
    throw new UserError("store/unreadable", { file, code });
  }
}

function modifiedAt(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

export interface LockInfo {
  readonly file: string;
  /** null when the lock has no readable owner (a crash right after creating it). */
  readonly pid: number | null;
  readonly host: string | null;
  readonly since: string | null;
  /** The next ingest will take it over: its process is gone, or it is from before a restart. */
  readonly stale: boolean;
}

/** Who holds the store's lock, read without touching it; null when there is no lock. */
export function inspectLock(storeDir: string): LockInfo | null {
  const file = join(storeDir, LOCK_FILE);
  const text = readText(file);
  if (text === null) return null;
  const owner = parseOwner(text);
  return {
    file,
    pid: owner?.pid ?? null,
    host: owner?.host ?? null,
    since: owner?.time ?? null,
    stale: isStale(file, text),
  };
}
