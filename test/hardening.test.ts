// Whatever arrives in the inbox: no crash, a clear finding per file, exit codes per DESIGN §6, no
// change to the inputs, no half-written file, and a ledger that stays whole — even after Ctrl+C.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runBaocao, runCli } from "./helpers/run-cli.js";
import { filledForm, goodData, SAMPLE_DIR } from "./helpers/sample.js";
import { tempDir } from "./helpers/temp-dir.js";
import { makeZip, readZipEntries } from "./helpers/zip.js";

const BIN = new URL("../bin/baocao.js", import.meta.url).pathname;

function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    const path = join(dir, name);
    try {
      result[name] = createHash("sha256").update(readFileSync(path)).digest("hex");
    } catch {
      // a folder
    }
  }
  return result;
}

const leftovers = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => /\.tmp$|\.tmp-|\.baocao-init-/.test(name));

async function hostileInbox(dir: string): Promise<string[]> {
  const form = await filledForm("CAT", goodData("CAT"));
  const flipped = Buffer.from(form);
  for (let i = 200; i < flipped.length; i += 997) flipped[i] = flipped[i]! ^ 0x5a;
  const long = "Vụ việc kéo dài ".repeat(7_000); // about 100.000 characters
  const nfdName = "Công an tỉnh Hưng Yên".normalize("NFD");
  const noisy = await filledForm(
    "UBND-VANLAM",
    goodData("UBND-VANLAM", {
      incidents: [
        {
          detectedOn: "05/03/2023",
          area: "Văn Lâm",
          field: "Viễn thông",
          behavior: "Lừa đảo qua mạng",
          description: `=HYPERLINK("http://x","bấm")\u0000\u0007${long}`,
          note: "+cmd|' /C calc'!A0",
          handling: "Nhắc nhở, cảnh cáo",
        },
      ],
    }),
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(form as unknown as ArrayBuffer);
  workbook.getWorksheet("Thông tin")!.getCell("B2").value = nfdName;
  const legacy = workbook.getWorksheet("Thông tin")!.getCell("B8");
  legacy.value = "TrÇn V¨n B×nh";
  legacy.font = { name: ".VnTime" };
  const files: Record<string, Buffer> = {
    "random.xlsx": Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
    "truncated.xlsx": form.subarray(0, 4000),
    "bitflipped.xlsx": flipped,
    "bomb.xlsx": makeZip([{ name: "xl/workbook.xml", data: Buffer.alloc(48 * 1024 * 1024) }]),
    "huge.xlsx": Buffer.alloc(51 * 1024 * 1024, 1),
    "x..weird..name..xlsx": noisy,
    "CON.xlsx": Buffer.from(await workbook.xlsx.writeBuffer()),
    "a#b&c;d 'e'.xlsx": form,
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return Object.keys(files);
}

/**
 * A real form of about 45 MB (under the 50 MB limit): its incident sheet goes on for 30.000 rows of
 * incompressible text, so the sheet part is some 60 MB of XML.
 */
async function bigForm(): Promise<Buffer> {
  const entries = readZipEntries(await filledForm("CAT", goodData("CAT")));
  const workbook = entries.find((entry) => entry.name === "xl/workbook.xml")!.data.toString("utf8");
  const rels = entries.find((entry) => entry.name === "xl/_rels/workbook.xml.rels")!.data.toString("utf8");
  const id = /<sheet [^>]*name="Vụ việc"[^>]*r:id="([^"]+)"/.exec(workbook)![1];
  const target =
    new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
  const part = `xl/${target.replace(/^\/?xl\//, "")}`;
  const original = entries.find((entry) => entry.name === part)!.data.toString("utf8");
  const head = original.slice(0, original.indexOf("<sheetData>") + "<sheetData>".length);
  const header = /<row r="1"[\s\S]*?<\/row>/.exec(original)![0];
  const noise = randomBytes(1_600 * 30_000).toString("base64");
  const rows: string[] = [header];
  for (let r = 2; r <= 30_001; r++)
    rows.push(
      `<row r="${r}"><c r="F${r}" t="inlineStr"><is><t>${noise.slice((r - 2) * 2_000, (r - 1) * 2_000)}</t></is></c></row>`,
    );
  const sheet = `${head}${rows.join("")}</sheetData></worksheet>`;
  return makeZip(
    entries.map((entry) =>
      entry.name === part ? { name: part, data: Buffer.from(sheet) } : { name: entry.name, data: entry.data },
    ),
  );
}

describe("hostile input", () => {
  it("a real 45 MB workbook whose incident sheet runs to 30.000 rows: read as far as the limit, one clear finding", async () => {
    const ws = join(tempDir(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    const inbox = tempDir();
    const bytes = await bigForm();
    expect(bytes.length).toBeGreaterThan(40 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(50 * 1024 * 1024);
    const path = join(inbox, "cat-big.xlsx");
    writeFileSync(path, bytes);
    const run = runCli(["-w", ws, "validate", path, "--period", "2023-H1", "--json", "--max-issues", "5"]);
    expect(run.status, run.stderr).toBe(1);
    const [file] = (
      JSON.parse(run.stdout) as { files: { status: string; issues: { code: string; row: number | null }[] }[] }
    ).files;
    expect(file!.status).toBe("rejected");
    const cut = file!.issues.find((issue) => issue.code === "sheet/too-many-rows");
    expect(cut?.row).toBe(20_001);
    expect(createHash("sha256").update(readFileSync(path)).digest("hex")).toBe(
      createHash("sha256").update(bytes).digest("hex"),
    );
  });

  it("validate and ingest: one clear result per file, inputs untouched, ledger whole", async () => {
    const ws = join(tempDir(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    const inbox = join(tempDir(), "inbox");
    cpSync(join(ws, "inbox"), inbox, { recursive: true }); // an existing folder to add to
    const names = await hostileInbox(inbox);
    const before = snapshot(inbox);

    const run = runCli(["-w", ws, "validate", inbox, "--period", "2023-H1", "--json"]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at |Lỗi nội bộ/);
    const report = JSON.parse(run.stdout) as {
      files: { file: string; status: string; issues: { code: string; value: unknown }[] }[];
    };
    const by = (name: string) => report.files.find((f) => f.file.endsWith(`/${name}`))!;
    for (const name of names) expect(by(name), name).toBeDefined();
    expect(by("random.xlsx").issues.map((i) => i.code)).toEqual(["file/not-xlsx"]);
    expect(by("truncated.xlsx").issues.map((i) => i.code)).toEqual(["file/corrupt"]);
    expect(by("bomb.xlsx").issues.map((i) => i.code)).toEqual(["file/zip-bomb"]);
    expect(by("huge.xlsx").issues.map((i) => i.code)).toEqual(["file/too-large"]);
    expect(["accepted", "rejected", "unreadable"]).toContain(by("bitflipped.xlsx").status);
    expect(by("x..weird..name..xlsx").status).toBe("accepted");
    expect(by("CON.xlsx").issues.map((i) => i.code)).toEqual(["text/legacy-encoding"]); // the NFD name matches once normalised
    expect(by("CON.xlsx").issues[0]!.value).toBe("Trần Văn Bình");
    expect(snapshot(inbox)).toEqual(before);

    const ingest = runCli(["-w", ws, "ingest", inbox, "--period", "2023-H1", "--json"]);
    expect(ingest.status, ingest.stderr).toBe(1);
    const ledger = readFileSync(join(ws, "store", "ledger.jsonl"), "utf8");
    const lines = ledger.trim().split("\n");
    expect(lines.every((line) => JSON.parse(line).v === 1)).toBe(true);
    expect(leftovers(join(ws, "store"))).toEqual([]);
    expect(existsSync(join(ws, "store", ".lock"))).toBe(false);
    expect(snapshot(inbox)).toEqual(before);
    // The formula-like description goes through aggregation as text.
    expect((await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1"])).status).toBe(0);
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(join(ws, "out", "2023-H1", "tong-hop.xlsx"));
    const cells: unknown[] = [];
    summary.getWorksheet("Vụ việc")!.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    const injected = cells.find((value) => typeof value === "string" && value.startsWith("=HYPERLINK"));
    expect(typeof injected).toBe("string");
  });

  it("Ctrl+C during ingest leaves no temporary file, no lock and a ledger of whole lines", async () => {
    const ws = join(tempDir(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    for (let round = 0; round < 3; round++) {
      const child = spawn(
        process.execPath,
        [BIN, "-w", ws, "ingest", join(ws, "inbox"), join(ws, "previous-2022-h1"), "--period", "2023-H1"],
        {
          stdio: "ignore",
          env: { ...process.env, NO_COLOR: "1" },
        },
      );
      // Listened for from the start: a fast run may end before the signal is sent.
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on("exit", (code, signal) => resolve({ code, signal })),
      );
      await new Promise((resolve) => setTimeout(resolve, 900 + round * 700));
      child.kill("SIGINT");
      const { code, signal } = await exited;
      // On a busy machine the signal may come while Node is still starting, before baocao listens for
      // it: then the process ends by the signal itself, having written nothing.
      if (signal === null) expect([0, 1, 130]).toContain(code);
      else expect(signal).toBe("SIGINT");
      expect(leftovers(ws)).toEqual([]);
      expect(existsSync(join(ws, "store", ".lock"))).toBe(false);
      const ledger = join(ws, "store", "ledger.jsonl");
      if (existsSync(ledger)) {
        for (const line of readFileSync(ledger, "utf8").split("\n").filter(Boolean))
          expect(() => JSON.parse(line)).not.toThrow();
      }
    }
    // After the interruptions, a normal run completes the store.
    expect([0, 1]).toContain((await runBaocao(["-w", ws, "ingest", join(ws, "inbox"), "--period", "2023-H1"])).status);
    expect((await runBaocao(["-w", ws, "status", "--period", "2023-H1", "--json"])).status).toBe(0);
  });
});
