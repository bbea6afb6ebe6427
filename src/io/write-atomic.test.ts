import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { UserError } from "../errors.js";
import { messages } from "../messages/index.js";
import { runInterruptCleanups } from "./interrupt.js";
import { fileInUse, unwritable, writeFileAtomic, writeFileAtomicAsync, writeFileAtomicPieces } from "./write-atomic.js";

describe("writeFileAtomic", () => {
  it("writes bytes, text and a text in pieces, making the folder, and leaves no temporary file", () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, "a", "bytes.bin"), Uint8Array.from([1, 2, 3]));
    writeFileAtomic(join(dir, "a", "text.txt"), "Hưng Yên");
    writeFileAtomic(
      join(dir, "a", "pieces.json"),
      (function* () {
        yield "[";
        for (let n = 0; n < 300_000; n++) yield n === 0 ? "0" : `,${n}`;
        yield "]";
      })(),
    );
    expect([...readFileSync(join(dir, "a", "bytes.bin"))]).toEqual([1, 2, 3]);
    expect(readFileSync(join(dir, "a", "text.txt"), "utf8")).toBe("Hưng Yên");
    expect(JSON.parse(readFileSync(join(dir, "a", "pieces.json"), "utf8"))).toHaveLength(300_000);
    expect(readdirSync(join(dir, "a")).sort()).toEqual(["bytes.bin", "pieces.json", "text.txt"]);
  });

  it("replaces a file whole", () => {
    const dir = tempDir({ "out.txt": "old text, longer than the new" });
    writeFileAtomic(join(dir, "out.txt"), "new");
    expect(readFileSync(join(dir, "out.txt"), "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["out.txt"]);
  });

  it("refuses a target that is a folder as the clerk's problem (output/unwritable), leaving nothing behind", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "out.docx"));
    let error: unknown;
    try {
      writeFileAtomic(join(dir, "out.docx"), "x");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ code: "output/unwritable", params: { code: "EISDIR" } });
    expect(readdirSync(dir)).toEqual(["out.docx"]);
  });
});

describe("writeFileAtomicPieces", () => {
  const pieces = function* (): Generator<string> {
    yield "[";
    for (let n = 0; n < 300_000; n++) yield n === 0 ? '"Hưng Yên"' : `,${n}`;
    yield "]";
  };

  it("writes the same bytes as writeFileAtomic, its temporary file made before it first waits", async () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, "sync.json"), pieces());
    const written = writeFileAtomicPieces(join(dir, "a", "async.json"), pieces());
    // The temporary file is there before the first wait (a Ctrl+C removes it).
    expect(readdirSync(join(dir, "a"))).toHaveLength(1);
    await written;
    expect(readFileSync(join(dir, "a", "async.json"))).toEqual(readFileSync(join(dir, "sync.json")));
    expect(readdirSync(join(dir, "a"))).toEqual(["async.json"]);
  });

  it("lets other work of the thread run while it writes a large text (about 10 MB)", async () => {
    const dir = tempDir();
    const line = `${"Hưng Yên ".repeat(1_000)}\n`;
    let ran = 0;
    const timer = setInterval(() => (ran += 1), 0);
    await writeFileAtomicPieces(
      join(dir, "big.txt"),
      (function* () {
        for (let n = 0; n < 1_100; n++) yield line;
      })(),
    );
    clearInterval(timer);
    expect(ran).toBeGreaterThan(0);
    expect(readFileSync(join(dir, "big.txt"), "utf8")).toBe(line.repeat(1_100));
  });

  it("refuses a target that is a folder as output/unwritable, as writeFileAtomic does", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "aggregate.json"));
    await expect(writeFileAtomicPieces(join(dir, "aggregate.json"), pieces())).rejects.toMatchObject({
      code: "output/unwritable",
      params: { code: "EISDIR" },
    });
    expect(readdirSync(dir)).toEqual(["aggregate.json"]);
  });
});

describe("writeFileAtomicAsync", () => {
  it("writes bytes and text, making the folder unless told it exists, and leaves no temporary file", async () => {
    const dir = tempDir();
    await writeFileAtomicAsync(join(dir, "thu", "a.docx"), Buffer.from("PK…"));
    await writeFileAtomicAsync(join(dir, "thu", "b.txt"), "Kính gửi", { dirExists: true });
    expect(readFileSync(join(dir, "thu", "a.docx"), "utf8")).toBe("PK…");
    expect(readFileSync(join(dir, "thu", "b.txt"), "utf8")).toBe("Kính gửi");
    expect(readdirSync(join(dir, "thu")).sort()).toEqual(["a.docx", "b.txt"]);
    await expect(writeFileAtomicAsync(join(dir, "missing", "c.txt"), "x", { dirExists: true })).rejects.toMatchObject({
      code: "ENOENT",
    });
  });

  it("fills a hidden temporary file beside the target before it yields, then renames it over the target", async () => {
    const dir = tempDir({ "a.docx": "old" });
    const writing = writeFileAtomicAsync(join(dir, "a.docx"), "new", { dirExists: true });
    // Created and filled synchronously: already there when the call returns.
    const temporary = readdirSync(dir).filter((name) => name !== "a.docx");
    expect(temporary).toEqual([expect.stringMatching(new RegExp(`^\\.a\\.docx\\.${process.pid}-[0-9a-f]{8}\\.tmp$`))]);
    expect(readFileSync(join(dir, temporary[0]!), "utf8")).toBe("new");
    expect(readFileSync(join(dir, "a.docx"), "utf8")).toBe("old");
    await writing;
    expect(readdirSync(dir)).toEqual(["a.docx"]);
    expect(readFileSync(join(dir, "a.docx"), "utf8")).toBe("new");
  });

  it("has its temporary file removed by the Ctrl+C cleanup while the disk is flushed; the target is untouched", async () => {
    const dir = tempDir({ "a.docx": "old" });
    const writing = writeFileAtomicAsync(join(dir, "a.docx"), "new", { dirExists: true });
    runInterruptCleanups();
    expect(readdirSync(dir)).toEqual(["a.docx"]);
    // (The real handler exits the process here; without it, the rename finds no file.)
    await expect(writing).rejects.toMatchObject({ code: "ENOENT" });
    expect(readdirSync(dir)).toEqual(["a.docx"]);
    expect(readFileSync(join(dir, "a.docx"), "utf8")).toBe("old");
  });

  it("throws the file system's error for a target that is a folder, and removes its temporary file", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "a.docx"));
    writeFileSync(join(dir, "b.docx"), "b");
    await expect(writeFileAtomicAsync(join(dir, "a.docx"), "x", { dirExists: true })).rejects.toMatchObject({
      code: "EISDIR",
    });
    expect(readdirSync(dir).sort()).toEqual(["a.docx", "b.docx"]);
  });
});

describe("fileInUse", () => {
  const errno = (code: string) => Object.assign(new Error(code), { code });

  it("EBUSY is a file in use anywhere; EPERM/EACCES only when replacing an existing file on Windows", () => {
    const dir = tempDir({ "tong-hop.xlsx": "old" });
    const target = join(dir, "tong-hop.xlsx");
    const missing = join(dir, "moi.xlsx");
    expect(fileInUse(errno("EBUSY"), { target, platform: "linux" })).toBe(true);
    expect(fileInUse(errno("EBUSY"), { target: missing, replacing: true, platform: "win32" })).toBe(true);
    for (const code of ["EPERM", "EACCES"]) {
      expect(fileInUse(errno(code), { target, replacing: true, platform: "win32" }), code).toBe(true);
      expect(fileInUse(errno(code), { target, replacing: true, platform: "linux" }), code).toBe(false);
      expect(fileInUse(errno(code), { target, replacing: false, platform: "win32" }), code).toBe(false);
      expect(fileInUse(errno(code), { target: missing, replacing: true, platform: "win32" }), code).toBe(false);
    }
    expect(fileInUse(errno("ENOSPC"), { target, replacing: true, platform: "win32" })).toBe(false);
  });

  it("unwritable: a file in use is output/in-use; a permission problem stays output/unwritable", () => {
    const dir = tempDir({ "bao-cao.docx": "old" });
    const target = join(dir, "bao-cao.docx");
    expect(unwritable(target, errno("EBUSY"))).toMatchObject({ code: "output/in-use", params: { file: target } });
    expect(unwritable(target, errno("EPERM"), { replacing: true, platform: "win32" })).toMatchObject({
      code: "output/in-use",
    });
    expect(unwritable(target, errno("EPERM"), { replacing: true, platform: "linux" })).toMatchObject({
      code: "output/unwritable",
      params: { code: "EPERM" },
    });
  });

  it("a file marked read-only is not in use: output/unwritable READONLY, on Windows and elsewhere", () => {
    const dir = tempDir({ "tong-hop.xlsx": "old" });
    const target = join(dir, "tong-hop.xlsx");
    chmodSync(target, 0o444);
    for (const platform of ["win32", "linux"] as const) {
      expect(fileInUse(errno("EPERM"), { target, replacing: true, platform }), platform).toBe(false);
      expect(unwritable(target, errno("EPERM"), { replacing: true, platform }), platform).toMatchObject({
        code: "output/unwritable",
        params: { code: "READONLY" },
      });
    }
    expect(messages("vi").errors["output/unwritable"]!({ file: "tong-hop.xlsx", code: "READONLY" })).toBe(
      'Không ghi được tong-hop.xlsx: tệp được đánh dấu chỉ đọc. Bỏ chọn ô "Chỉ đọc" ("Read-only") trong "Thuộc tính" ("Properties") của tệp rồi chạy lại.',
    );
  });
});
