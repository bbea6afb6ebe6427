// Ingest's writes to the store, begun while the files are still being validated. Why: each accepted file
// costs two files flushed to disk (its archive and its values record), ~200 flushes for 100 files; done
// one after the other once validation is over, ingest waited for the disk about as long as it validated.
// Here each file's archive and values record are written to temporary files in their final folders as soon
// as the file is validated, and flushed on libuv's thread pool while the main thread validates the next
// files; the values' JSON goes straight from the validation's result to the disk (no second copy, no
// spool read back).
//
// Nothing is in place until ingest has planned under the store lock: a file staged and not accepted is
// removed (discard). Durability keeps the order of writeFileAtomic and the ledger (store/ingest.ts):
//   1. each temporary file is written and fsync'd (settle waits for every flush),
//   2. the accepted ones are renamed into place (place), then their folders are fsync'd (syncFolders),
//   3. only then is the ledger line appended:
// a ledger line never names a file that is not whole and durably on disk.
// The temporary files are created and filled synchronously (only the flush is on the thread pool), so that
// a Ctrl+C handler, which runs between two tasks of this thread, knows every one of them and removes it.
import { closeSync, fsync, mkdirSync, openSync, renameSync, rmdirSync, rmSync, writeSync } from "node:fs";
import { close, open } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { onInterrupt } from "../io/interrupt.js";
import { temporaryFor, unwritable } from "../io/write-atomic.js";
import { archivePath, isSha256 } from "./archive-path.js";
import { intactArchive } from "./archive.js";
import { hasRecord, valuesPath, valuesRecord } from "./values.js";
import type { ValuesKey } from "./values.js";

const fsyncAsync = promisify(fsync);
const openAsync = promisify(open);
const closeAsync = promisify(close);

interface Staged {
  readonly temporary: string;
  /** Settles when the temporary file is flushed (or failed: `failure` says why). */
  readonly flushed: Promise<void>;
}

export class IngestStaging {
  /** Temporary files not yet placed or removed, by their target path. */
  private readonly staged = new Map<string, Staged>();
  /** Targets put in place in this run. */
  private readonly placed = new Set<string>();
  /** Folders this run made (removed again when nothing was put in them). */
  private readonly made = new Set<string>();
  private readonly folders = new Set<string>();
  /** The first write that failed: no file is staged after it, and settle throws it. */
  private failure: { readonly target: string; readonly error: unknown } | null = null;
  private readonly forget: () => void;

  constructor(
    private readonly storeDir: string,
    private readonly key: Omit<ValuesKey, "sha256">,
  ) {
    this.forget = onInterrupt(() => this.removeStaged());
  }

  /** Stages the archive of a validated file and its values record (the submission's UTF-8 JSON). */
  stage(sha256: string, bytes: Uint8Array, values: Uint8Array | null): void {
    if (!isSha256(sha256)) return;
    this.write(join(this.storeDir, archivePath(sha256)), [bytes]);
    if (values !== null)
      this.write(join(this.storeDir, valuesPath(sha256)), valuesRecord({ ...this.key, sha256 }, values));
  }

  private write(target: string, pieces: readonly Uint8Array[]): void {
    if (this.failure !== null || this.staged.has(target) || this.placed.has(target)) return;
    const temporary = temporaryFor(target);
    let fd: number | null = null;
    try {
      this.folder(dirname(target));
      fd = openSync(temporary, "wx");
      for (const bytes of pieces) {
        let written = 0;
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      }
    } catch (error) {
      this.failure = { target, error };
      // The temporary file exists only once opened (a folder that could not be made has none).
      if (fd !== null) {
        closeSync(fd);
        rmSync(temporary, { force: true });
      }
      return;
    }
    const handle = fd;
    const flushed = fsyncAsync(handle).then(
      () => closeSync(handle),
      (error: unknown) => {
        closeSync(handle);
        this.failure ??= { target, error };
      },
    );
    this.staged.set(target, { temporary, flushed });
  }

  private folder(dir: string): void {
    if (this.folders.has(dir)) return;
    const first = mkdirSync(dir, { recursive: true });
    if (first !== undefined) this.made.add(dir);
    this.folders.add(dir);
  }

  /** Waits for every flush; the first write that failed is thrown as writeFileAtomic would (naming its file). */
  async settle(): Promise<void> {
    await Promise.all([...this.staged.values()].map((staged) => staged.flushed));
    if (this.failure !== null) throw unwritable(this.failure.target, this.failure.error);
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
    try {
      renameSync(staged.temporary, target);
    } catch (error) {
      rmSync(staged.temporary, { force: true });
      throw unwritable(target, error, { replacing: true });
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
    await Promise.all(
      [...folders].map(async (dir) => {
        let fd: number | null = null;
        try {
          fd = await openAsync(dir, "r");
          await fsyncAsync(fd);
        } catch {
          // best effort: see sync-directory.ts
        } finally {
          if (fd !== null) await closeAsync(fd).catch(() => {});
        }
      }),
    );
  }

  /** Removes what was staged and not put in place (after the flushes), and the folders made for nothing. */
  async discard(): Promise<void> {
    await Promise.all([...this.staged.values()].map((staged) => staged.flushed));
    this.removeStaged();
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

  private removeStaged(): void {
    for (const [target, staged] of this.staged) {
      this.staged.delete(target);
      rmSync(staged.temporary, { force: true });
    }
  }
}
