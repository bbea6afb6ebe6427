import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { withStoreLock } from "./lock.js";

const fast = { timeoutMs: 300, retryMs: 20 };

function holdLock(store: string, pid: number, host = hostname()): string {
  const file = join(store, ".lock");
  writeFileSync(file, JSON.stringify({ pid, host, time: "2023-07-03T02:15:00.000Z", token: "someone" }));
  return file;
}

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  if (child.pid === undefined) throw new Error("could not start a child process");
  return child.pid;
}

describe("withStoreLock", () => {
  it("holds .lock with its pid while running and removes it afterwards, even on error", async () => {
    const store = tempDir();
    const seen = await withStoreLock(store, () => JSON.parse(readFileSync(join(store, ".lock"), "utf8")) as unknown);
    expect(seen).toMatchObject({ pid: process.pid, host: hostname() });
    expect(existsSync(join(store, ".lock"))).toBe(false);

    await expect(withStoreLock(store, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(existsSync(join(store, ".lock"))).toBe(false);
  });

  it("gives up with store/locked while a live process holds the lock", async () => {
    const store = tempDir();
    const file = holdLock(store, process.pid);
    let ran = false;
    await expect(withStoreLock(store, () => (ran = true), fast)).rejects.toMatchObject({
      code: "store/locked",
      params: { file, pid: process.pid },
    });
    expect(ran).toBe(false);
    expect(existsSync(file)).toBe(true); // not ours to remove
  });

  it("waits for the holder to finish", async () => {
    const store = tempDir();
    const order: string[] = [];
    let release: () => void = () => {};
    const first = withStoreLock(store, async () => {
      order.push("first in");
      await new Promise<void>((resolve) => (release = resolve));
      order.push("first out");
    });
    const second = withStoreLock(store, () => order.push("second"), { timeoutMs: 5_000, retryMs: 10 });
    setTimeout(() => release(), 100);
    await Promise.all([first, second]);
    expect(order).toEqual(["first in", "first out", "second"]);
  });

  it("takes over a lock left by a process that no longer exists", async () => {
    const store = tempDir();
    holdLock(store, deadPid());
    await expect(withStoreLock(store, () => "done", fast)).resolves.toBe("done");
    expect(existsSync(join(store, ".lock"))).toBe(false);
  });

  it("waits for a lock from another computer, whose process it cannot check", async () => {
    const store = tempDir();
    holdLock(store, deadPid(), "another-computer");
    await expect(withStoreLock(store, () => "done", fast)).rejects.toMatchObject({
      code: "store/locked",
      params: { host: "another-computer" },
    });
  });

  it("takes over a lock file without content only once it is older than the wait", async () => {
    const store = tempDir();
    const file = join(store, ".lock");
    writeFileSync(file, "");
    await expect(withStoreLock(store, () => "done", fast)).rejects.toMatchObject({ params: { pid: "?" } });
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(file, anHourAgo, anHourAgo);
    await expect(withStoreLock(store, () => "done", fast)).resolves.toBe("done");
  });
});
