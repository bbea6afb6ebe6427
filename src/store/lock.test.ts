import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { withStoreLock } from "./lock.js";

const fast = { timeoutMs: 300, retryMs: 20 };

function holdLock(store: string, pid: number, host = hostname(), more: Record<string, unknown> = {}): string {
  const file = join(store, ".lock");
  writeFileSync(file, JSON.stringify({ pid, host, time: new Date().toISOString(), token: "someone", ...more }));
  return file;
}

const linux = process.platform === "linux";
/** This process's identity as a lock records it (Linux). */
function identity(): { boot: string; started: string } {
  const stat = readFileSync(`/proc/${process.pid}/stat`, "utf8");
  return {
    boot: readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim(),
    started: stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]!,
  };
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
    if (linux) expect(seen).toMatchObject(identity());
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

  it.skipIf(!linux)("waits for the live process that wrote the lock (same boot, same start)", async () => {
    const store = tempDir();
    holdLock(store, process.pid, hostname(), identity());
    await expect(withStoreLock(store, () => "done", fast)).rejects.toMatchObject({ code: "store/locked" });
  });

  it.skipIf(!linux)("takes over a lock whose process id now belongs to a process started later", async () => {
    const store = tempDir();
    holdLock(store, process.pid, hostname(), { ...identity(), started: "1" });
    await expect(withStoreLock(store, () => "done", fast)).resolves.toBe("done");
  });

  it.skipIf(!linux)("takes over a lock written before the computer restarted (another boot id)", async () => {
    const store = tempDir();
    holdLock(store, process.pid, hostname(), { ...identity(), boot: "00000000-0000-0000-0000-000000000000" });
    await expect(withStoreLock(store, () => "done", fast)).resolves.toBe("done");
  });

  it("takes over a lock without a boot id that is older than the computer's start", async () => {
    const store = tempDir();
    holdLock(store, process.pid, hostname(), { time: "2000-01-01T00:00:00.000Z" });
    await expect(withStoreLock(store, () => "done", fast)).resolves.toBe("done");
  });

  it("a .lock that is a folder, or a store that cannot be made, is a user error naming it", async () => {
    const store = tempDir();
    mkdirSync(join(store, ".lock"));
    await expect(withStoreLock(store, () => "done", fast)).rejects.toMatchObject({
      code: "store/lock-not-a-file",
      params: { file: join(store, ".lock") },
    });
    writeFileSync(join(store, "file"), "");
    await expect(withStoreLock(join(store, "file", "store"), () => "done", fast)).rejects.toMatchObject({
      code: "store/unwritable",
      params: { file: join(store, "file", "store"), code: "ENOTDIR" },
    });
  });
});

describe("store/locked", () => {
  it("names the holder and says how to tell and clear a lock left behind", async () => {
    const { messages } = await import("../messages/index.js");
    const params = { file: "store/.lock", pid: 4242, host: "may-van-thu", since: "2026-12-04T08:00:00.000Z" };
    expect(messages("vi").errors["store/locked"]!(params)).toBe(
      "Kho lưu trữ đang được một lệnh khác dùng (store/.lock: tiến trình 4242 trên máy may-van-thu, từ 2026-12-04T08:00:00.000Z). Nếu lệnh đó còn chạy, chờ nó xong rồi chạy lại. Nếu trên máy may-van-thu không còn lệnh baocao nào chạy (xem Task Manager hoặc `ps`), khóa này bị bỏ lại: xóa tệp store/.lock rồi chạy lại.",
    );
    expect(messages("en").errors["store/locked"]!(params)).toContain(
      "If no baocao command is running on may-van-thu (see the Task Manager or `ps`), the lock was left behind: delete store/.lock and run again.",
    );
  });
});
