// End to end: the clerk's review (accept with a note, reject with a reason) and the period lock, through the
// built CLI on the sample workspace; the decisions survive a re-run of ingest and aggregate.
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { docxParts, paragraphsOf } from "./helpers/docx-inspect.js";
import { runBaocao } from "./helpers/run-cli.js";
import { SAMPLE_DIR } from "./helpers/sample.js";
import { suiteTempDir } from "./helpers/temp-dir.js";

interface StatusJson {
  rows: { unit: string; status: string; review: { action: string; by: string; note: string } | null }[];
  lock: { by: string } | null;
}
interface AggregateJson {
  units: { submitted: string[]; rejected: string[] };
  reviews: { unit: string; action: string; note: string; by: string }[];
}

describe("review and lock (CLI)", () => {
  let ws: string;
  const suiteDir = suiteTempDir();
  const run = (...args: string[]) => runBaocao(["-w", ws, ...args]);
  const statusJson = async () =>
    JSON.parse((await run("status", "--period", "2023-H1", "--json")).stdout) as StatusJson;
  const aggregateJson = async () => {
    const result = await run("aggregate", "--period", "2023-H1", "--json");
    expect(result.status).toBe(0);
    return JSON.parse(result.stdout) as AggregateJson;
  };

  beforeAll(async () => {
    ws = join(suiteDir(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    await run("ingest", join(ws, "inbox"), "--period", "2023-H1", "--received", "16/06/2023");
  });

  it("records who decided, when and why; status, aggregate and the ledger show it", async () => {
    const reject = await run(
      "review",
      "VIETTEL",
      "--period",
      "2023-H1",
      "--reject",
      "--note",
      "Số liệu mục 2 chưa khớp",
    );
    expect(reject.status).toBe(0);
    expect(reject.stdout).toContain("Đã từ chối báo cáo của VIETTEL");
    const accept = await run("review", "stttt", "--period", "2023-H1", "--accept", "--note", "Đã gọi điện xác nhận");
    expect(accept.status).toBe(0);

    const status = await statusJson();
    expect(status.rows.find((row) => row.unit === "VIETTEL")).toMatchObject({
      status: "rejected",
      review: { action: "reject", note: "Số liệu mục 2 chưa khớp" },
    });
    expect(status.rows.find((row) => row.unit === "STTTT")).toMatchObject({
      status: expect.stringMatching(/^accepted/),
      review: { action: "accept", note: "Đã gọi điện xác nhận" },
    });
    expect(status.rows.find((row) => row.unit === "STTTT")!.review!.by).not.toBe("");
    const text = (await run("status", "--period", "2023-H1")).stdout;
    expect(text).toContain("từ chối");
    expect(text).toContain("Số liệu mục 2 chưa khớp");

    const aggregate = await aggregateJson();
    expect(aggregate.units.rejected).toContain("VIETTEL");
    expect(aggregate.units.submitted).not.toContain("VIETTEL");
    expect(aggregate.units.submitted).toContain("STTTT");
    expect(aggregate.reviews.map((r) => [r.unit, r.action, r.note])).toEqual([
      ["STTTT", "accept", "Đã gọi điện xác nhận"],
      ["VIETTEL", "reject", "Số liệu mục 2 chưa khớp"],
    ]);

    const lines = readFileSync(join(ws, "store", "ledger.jsonl"), "utf8")
      .trimEnd()
      .split("\n");
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    // Ingest lines carry the form's contract version and the file's sha256; every line its chain link.
    expect(
      parsed.filter((l) => l.decision === "accepted" && !l.review).every((l) => typeof l.formVersion === "string"),
    ).toBe(true);
    expect(
      parsed.every((l) => typeof l.prev === "string" && /^[0-9a-f]{64}$/.test(String(l.sha256 ?? "0".repeat(64)))),
    ).toBe(true);
  });

  it("quotes the rejection's reason in the feedback letter, and asks for a corrected file", async () => {
    const letters = await run(
      "letters",
      "ket-qua-kiem-tra",
      "--rejected",
      "--period",
      "2023-H1",
      "--draft",
      "--unit",
      "VIETTEL",
    );
    expect(letters.status).toBe(0);
    const dir = join(ws, "out", "2023-H1", "thu", "ket-qua-kiem-tra");
    const file = readdirSync(dir).find((name) => name.endsWith(".docx") && name.includes("VIETTEL"))!;
    const text = paragraphsOf(docxParts(readFileSync(join(dir, file))).get("word/document.xml")!)
      .map((p) => p.text.normalize("NFC").replace(/\s+/g, " ").trim())
      .join("\n");
    expect(text).toContain("không chấp nhận báo cáo này. Lý do: Số liệu mục 2 chưa khớp.");
    expect(text).toContain("điều chỉnh báo cáo theo lý do nêu trên và gửi lại");
    expect(text).not.toContain("đã đạt yêu cầu");
    expect(text).toContain("nhận ngày 16/6/2023"); // when the file came, not when it was reviewed
  });

  it("refuses ingest into a locked period unless --unlock, and the decisions survive a re-run", async () => {
    const before = await aggregateJson();
    const lock = await run("lock", "--period", "2023-H1");
    expect(lock.status).toBe(0);
    expect(lock.stdout).toContain("Đã khóa kỳ 2023-H1");
    expect((await statusJson()).lock).not.toBeNull();

    const refused = await run("ingest", join(ws, "inbox"), "--period", "2023-H1");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("Kỳ 2023-H1 đã bị khóa");
    expect(refused.stderr).toContain("--unlock");
    const refusedReview = await run("review", "CAT", "--period", "2023-H1", "--accept", "--note", "x");
    expect(refusedReview.status).toBe(2);

    const unlocked = await run(
      "ingest",
      join(ws, "inbox"),
      "--period",
      "2023-H1",
      "--unlock",
      "Đơn vị gửi lại bản sửa",
    );
    expect(unlocked.status).toBe(1); // the three rejected sample files
    expect(unlocked.stderr).toContain("đã mở khóa với lý do “Đơn vị gửi lại bản sửa”");
    const ledger = readFileSync(join(ws, "store", "ledger.jsonl"), "utf8");
    expect(ledger).toContain('"kind":"unlock"');
    expect(ledger).toContain("Đơn vị gửi lại bản sửa");
    // The same aggregate (only its basis, the ledger's hash, differs: the lock and unlock lines were added).
    const { basis: _after, ...after } = (await aggregateJson()) as AggregateJson & { basis: unknown };
    const { basis: _before, ...same } = before as AggregateJson & { basis: unknown };
    expect(after).toEqual(same);
    expect((await statusJson()).rows.find((row) => row.unit === "VIETTEL")).toMatchObject({ status: "rejected" });

    const doctor = await run("doctor", "--store");
    expect(doctor.status).toBe(0);
  });

  it("says what to do when the decision, the note or the unit is missing", async () => {
    const neither = await run("review", "CAT", "--period", "2023-H1", "--note", "x");
    expect(neither.status).toBe(2);
    expect(neither.stderr).toContain("--accept");
    const noNote = await run("review", "CAT", "--period", "2023-H1", "--accept");
    expect(noNote.status).toBe(2);
    expect(noNote.stderr).toContain("--note");
    const unknown = await run("review", "KHONGCO", "--period", "2023-H1", "--accept", "--note", "x", "--lang", "en");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("No unit with code KHONGCO");
  });
});
