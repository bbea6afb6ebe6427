// Ingest's writes to the store, begun while the files are still being validated. Why: each accepted file
// costs two files flushed to disk (its archive and its values record), ~200 flushes for 100 files; done
// one after the other once validation is over, ingest waited for the disk about as long as it validated.
// Here each file's archive and values record are written to temporary files as soon as the file is
// validated, entirely on libuv's thread pool (open, write, fsync, close: the main thread validates the next
// files meanwhile; made there, even the files' creation waited for the disk's journal, busy with the
// flushes), and the values' JSON goes straight from the validation's result to the disk (no spool).
//
// The temporary files live in one folder of this run, store/.staging-<host>-<pid>-<random>.tmp/, so that a Ctrl+C
// removes them all with that folder (a file whose creation is still under way on the thread pool when the
// handler runs cannot appear in a folder that is gone). Nothing is in place until ingest has planned under
// the store lock; a file staged and not accepted is removed with the folder (discard). Durability keeps the
// order of writeFileAtomic and the ledger (store/ingest.ts):
//   1. each temporary file is written and fsync'd (settle waits for every one),
//   2. the accepted ones are renamed into place (place), then their folders are fsync'd (syncFolders),
//   3. only then is the ledger line appended:
// a ledger line never names a file that is not whole and durably on disk.
import {
  close,
  existsSync,
  fsync,
  mkdirSync,
  open,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  write,
} from "node:fs";
import { hostname } from "node:os";
import { mkdir } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { UserError } from "../errors.js";
import { onInterrupt } from "../io/interrupt.js";
import { fsErrorCode } from "../messages/fs-reason.js";
import { unwritable } from "../io/write-atomic.js";
import { archivePath, isSha256 } from "./archive-path.js";
import { intactArchive } from "./archive.js";
import { isAlive } from "./lock.js";
import { hasRecord, valuesPath, valuesRecord } from "./values.js";
import type { ValuesKey } from "./values.js";

// Called through the module's bindings at each call (not promisified once), so that they stay the ones
// node:fs has now (the fault-injection tests replace them).
const openForWriting = (path: string) =>
  new Promise<number>((resolve, reject) =>
    open(path, "wx", (error, fd) => (error === null ? resolve(fd) : reject(error))),
  );
const writeAll = async (fd: number, bytes: Uint8Array): Promise<void> => {
  let written = 0;
  while (written < bytes.length) {
    written += await new Promise<number>((resolve, reject) =>
      write(fd, bytes, written, bytes.length - written, null, (error, count) =>
        error === null ? resolve(count) : reject(error),
      ),
    );
  }
};
const flush = (fd: number) =>
  new Promise<void>((resolve, reject) => fsync(fd, (error) => (error === null ? resolve() : reject(error))));
const closeFd = (fd: number) => new Promise<void>((resolve) => close(fd, () => resolve()));
const openFolder = (path: string) =>
  new Promise<number>((resolve, reject) =>
    open(path, "r", (error, fd) => (error === null ? resolve(fd) : reject(error))),
  );

interface Staged {
  readonly temporary: string;
  /** Settles when the temporary file is written and flushed (or failed: `failure` says why). */
  readonly flushed: Promise<void>;
}

export class IngestStaging {
  /** Temporary files not yet placed, by their target path. */
  private readonly staged = new Map<string, Staged>();
  /** Targets put in place in this run. */
  private readonly placed = new Set<string>();
  /** This run's folder of temporary files (made with the first one). */
  private readonly folder: string;
  private folderMade = false;
  /** The targets' folders, made (or being made) for the staged files. */
  private readonly targets = new Map<string, Promise<void>>();
  /** Those of them that this run made (removed again when nothing was put in them). */
  private readonly made = new Set<string>();
  /** The first write that failed, as the error to throw (settle): no file is staged after it. */
  private failure: Error | null = null;
  /** Temporary files named so far. */
  private count = 0;
  private readonly forget: () => void;

  constructor(
    private readonly storeDir: string,
    private readonly key: Omit<ValuesKey, "sha256">,
  ) {
    this.folder = join(storeDir, `.staging-${HOST}-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
    this.forget = onInterrupt(() => this.removeFolder());
  }

  /** Stages the archive of a validated file and its values record (the submission's UTF-8 JSON). */
  stage(sha256: string, bytes: Uint8Array, values: Uint8Array | null): void {
    if (!isSha256(sha256)) return;
    this.write(join(this.storeDir, archivePath(sha256)), [bytes]);
    // One piece, one write: each write is a trip to the thread pool (a wake-up that costs the main thread).
    if (values !== null)
      this.write(join(this.storeDir, valuesPath(sha256)), [
        Buffer.concat(valuesRecord({ ...this.key, sha256 }, values)),
      ]);
  }

  private write(target: string, pieces: readonly Uint8Array[]): void {
    if (this.failure !== null || this.staged.has(target) || this.placed.has(target)) return;
    // Named as writeFileAtomic names its temporary files (".<final name>.<pid>-<hex>.tmp"), with a count for
    // the random part: the run's folder is its own.
    const temporary = join(
      this.folder,
      `.${basename(target)}.${process.pid}-${(++this.count).toString(16).padStart(8, "0")}.tmp`,
    );
    if (!this.folderMade) {
      // The store first, said as the store lock says it (store/unwritable), then this run's folder in it.
      try {
        mkdirSync(this.storeDir, { recursive: true });
      } catch (error) {
        this.failure = new UserError("store/unwritable", { file: this.storeDir, code: fsErrorCode(error) });
        return;
      }
      try {
        mkdirSync(this.folder);
      } catch (error) {
        this.failure = unwritable(this.folder, error) as Error;
        return;
      }
      this.folderMade = true;
      removeAbandonedStaging(this.storeDir);
    }
    const flushed = (async () => {
      let fd: number | null = null;
      try {
        // The target's folder is made now too, on the thread pool: under the store lock, ~90 folders made one
        // after the other (and ~200 renames) kept the main thread waiting ~0.05–0.1 s for the disk's journal.
        await this.targetFolder(dirname(target));
        fd = await openForWriting(temporary);
        for (const bytes of pieces) await writeAll(fd, bytes);
        await flush(fd);
      } catch (error) {
        this.failure ??= unwritable(target, error) as Error;
      } finally {
        if (fd !== null) await closeFd(fd);
      }
    })();
    this.staged.set(target, { temporary, flushed });
  }

  private targetFolder(dir: string): Promise<void> {
    let made = this.targets.get(dir);
    if (made === undefined) {
      made = mkdir(dir, { recursive: true }).then((first) => {
        if (first !== undefined) this.made.add(dir);
      });
      this.targets.set(dir, made);
    }
    return made;
  }

  /** Waits for every flush; the first write that failed is thrown as writeFileAtomic would (naming its file). */
  async settle(): Promise<void> {
    await Promise.all([...this.staged.values()].map((staged) => staged.flushed));
    if (this.failure !== null) throw this.failure;
  }

  /**
   * Puts the staged archive of `sha256` in place (after settle): true when it is in place now (or an intact
   * copy was there already, which is left alone); false when it was not staged (write it otherwise).
   */
  placeArchive(sha256: string): boolean {
    const target = join(this.storeDir, archivePath(sha256));
    return this.place(target, () => intactArchive(target, sha256));
  }

  /** The same for its values record (one of the same key already there is left alone). */
  placeValues(sha256: string): boolean {
    const target = join(this.storeDir, valuesPath(sha256));
    return this.place(target, () => hasRecord(target, { ...this.key, sha256 }));
  }

  private place(target: string, alreadyThere: () => boolean): boolean {
    if (this.placed.has(target)) return true;
    const staged = this.staged.get(target);
    if (staged === undefined) return false;
    this.staged.delete(target);
    if (alreadyThere()) {
      rmSync(staged.temporary, { force: true });
      return true;
    }
    // Twice at most: another ingest's discard (not under the lock) may remove an empty folder this one just
    // made, between the two calls.
    for (let attempt = 1; ; attempt++) {
      try {
        mkdirSync(dirname(target), { recursive: true });
      } catch (error) {
        throw unwritable(target, error);
      }
      try {
        renameSync(staged.temporary, target);
        break;
      } catch (error) {
        const folderGone = (error as NodeJS.ErrnoException).code === "ENOENT" && existsSync(staged.temporary);
        if (folderGone && attempt < 2) continue;
        rmSync(staged.temporary, { force: true });
        throw unwritable(target, error, { replacing: true });
      }
    }
    this.placed.add(target);
    return true;
  }

  /**
   * Flushes the folders of the files put in place, so that their new names survive a power cut (as
   * syncDirectory does, best effort), all at once on the thread pool. Call before appending the ledger.
   */
  async syncFolders(): Promise<void> {
    const folders = new Set([...this.placed].map((target) => dirname(target)));
    // A folder made by this run is a new name in the store's folder: flushed too.
    if ([...folders].some((dir) => this.made.has(dir))) folders.add(this.storeDir);
    await Promise.all(
      [...folders].map(async (dir) => {
        let fd: number | null = null;
        try {
          fd = await openFolder(dir);
          await flush(fd);
        } catch {
          // best effort: see sync-directory.ts
        } finally {
          if (fd !== null) await closeFd(fd);
        }
      }),
    );
  }

  /** Removes what was staged and not put in place (once every write is over), with this run's folder. */
  async discard(): Promise<void> {
    await Promise.all([...this.staged.values()].map((staged) => staged.flushed));
    this.staged.clear();
    this.removeFolder();
    this.forget();
    const used = new Set([...this.placed].map((target) => dirname(target)));
    for (const dir of this.made) {
      if (used.has(dir)) continue;
      try {
        rmdirSync(dir);
      } catch {
        // not empty (another ingest's files), or gone: left as it is
      }
    }
  }

  private removeFolder(): void {
    // Retried: a file whose creation was under way on the thread pool (Ctrl+C) may appear while the folder
    // is emptied; once the folder is gone, no file can be made in it.
    if (this.folderMade) rmSync(this.folder, { recursive: true, force: true, maxRetries: 3, retryDelay: 10 });
  }
}

/** This computer in a staging folder's name (a store on a network drive is shared by several). */
const HOST =
  hostname()
    .replace(/[^A-Za-z0-9.]/g, "_")
    .slice(0, 64) || "host";
const STAGING_FOLDER = /^\.staging-(.+)-(\d+)-[0-9a-f]{8}\.tmp$/;
/** A staging folder younger than this is left alone whatever its process (a clock or a process table may lie). */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/**
 * Removes the staging folders of ingests whose process is gone (killed, the power cut): what they staged was
 * never put in place, so it is only garbage — up to the size of an inbox. Only folders of this computer, an
 * hour old or more, whose process is not running: another ingest under way (here or on another computer
 * sharing the store), or an unrelated process that got the same number, keeps its folder.
 */
export function removeAbandonedStaging(
  storeDir: string,
  alive: (pid: number) => boolean = isAlive,
  now: number = Date.now(),
): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(storeDir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = STAGING_FOLDER.exec(name);
    const pid = Number(match?.[2] ?? Number.NaN);
    if (match?.[1] !== HOST || !Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    try {
      if (now - statSync(join(storeDir, name)).mtimeMs < ABANDONED_AFTER_MS) continue;
    } catch {
      continue;
    }
    try {
      rmSync(join(storeDir, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // in use or not ours to remove: tried again by the next ingest
    }
  }
  return removed;
}
