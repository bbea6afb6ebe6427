// End-to-end: the built binary, its help in both languages, exit codes and error lines.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBaocao, runCli } from "./helpers/run-cli.js";
import { tempDir } from "./helpers/temp-dir.js";

const SAMPLE = new URL("../samples/hung-yen-2023-h1/", import.meta.url).pathname;

describe("baocao CLI", () => {
  it("lists its commands in Vietnamese by default and in English with --lang en or BAOCAO_LANG", () => {
    const vi = runCli(["--help"]);
    expect(vi.status).toBe(0);
    expect(vi.stdout).toContain("Cách dùng: baocao");
    expect(vi.stdout).toContain("Cách dùng: baocao [tùy chọn] [lệnh]");
    expect(vi.stdout).toMatch(/Lệnh:\n\s+init \[tùy chọn\] \[thư mục\]\s+tạo một thư mục làm việc mới/);
    expect(vi.stdout).toMatch(/doctor \[tùy chọn\]\s+kiểm tra thư mục làm việc/);
    const en = runCli(["--lang", "en", "--help"]);
    expect(en.stdout).toMatch(/Commands:\n\s+init \[options\] \[dir\]\s+create a new workspace/);
    expect(runCli(["--help"], { env: { BAOCAO_LANG: "en" } }).stdout).toContain("Usage: baocao");
    expect(runCli(["doctor", "--help"]).stdout).toContain("Tùy chọn chung:");
  });

  it("prints its version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    const run = runCli(["--version"]);
    expect(run).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
    // -V alone is answered by bin/baocao.js before the program loads; with other flags, by commander: the same line.
    expect(runCli(["-V"])).toMatchObject({ status: 0, stdout: `${pkg.version}\n`, stderr: "" });
    expect(runCli(["--lang", "en", "--version"])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
  });

  it("answers a usage error with one translated line, a hint and exit code 2", () => {
    const run = runCli(["doctr"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('Lỗi: không có lệnh "doctr"; có phải doctor?\nXem `baocao --help`.\n');
    const en = runCli(["--lang", "en", "--bogus"]);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe("Error: unknown option --bogus.\nSee `baocao --help`.\n");
  });

  it("says where no workspace was found, without a stack trace", () => {
    const dir = tempDir();
    const run = runCli(["doctor"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Không tìm thấy baocao.yaml trong ${dir}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const debug = runCli(["doctor", "--debug"], { cwd: dir });
    expect(debug.stderr).toMatch(/\n\s+at /); // --debug shows the stack
  });

  it("finds the workspace upward from a subfolder", async () => {
    const dir = tempDir();
    expect((await runBaocao(["init", dir, "--preset", "hung-yen-2023", "--no-input"])).status).toBe(0);
    const run = await runBaocao(["doctor", "--json"], { cwd: join(dir, "inbox") });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).workspace.dir).toBe(dir);
  });

  it("init → doctor: a new workspace is accepted, doctor --json prints only JSON", async () => {
    const dir = join(tempDir(), "x");
    const init = await runBaocao(["init", dir, "--preset", "hung-yen-2023", "--no-input"]);
    expect(init.status).toBe(0);
    expect(init.stdout).toBe(`Đã tạo thư mục làm việc ${dir} theo cấu hình mẫu hung-yen-2023.\n`);
    const doctor = await runBaocao(["-w", dir, "doctor", "--json"]);
    expect(doctor.status).toBe(0);
    const report = JSON.parse(doctor.stdout);
    expect(report.workspace).toMatchObject({
      valid: true,
      province: "Hưng Yên",
      units: { total: 22, byKind: { agency: 8, district: 10, enterprise: 4 } },
      indicators: { total: 20, groups: 4 },
    });
    expect(typeof report.machine.node.ok).toBe("boolean");
    const human = await runBaocao(["-w", dir, "doctor"]);
    expect(human.stdout).toContain("Thư mục làm việc hợp lệ.");
    expect(human.stdout).not.toContain("\u001b["); // NO_COLOR: no escape codes
  });

  it("never overwrites an existing workspace", async () => {
    const dir = tempDir();
    expect((await runBaocao(["init", dir, "--no-input"])).status).toBe(0);
    const before = readFileSync(join(dir, "baocao.yaml"), "utf8");
    writeFileSync(join(dir, "baocao.yaml"), `${before}# my edit\n`);
    const again = await runBaocao(["init", dir, "--preset", "hung-yen-2025", "--no-input"]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("baocao không ghi đè thư mục làm việc đã có");
    expect(readFileSync(join(dir, "baocao.yaml"), "utf8")).toBe(`${before}# my edit\n`);
  });

  it("a mistyped key gives exit 2 and one line naming the file, line and key", async () => {
    const dir = tempDir();
    await runBaocao(["init", dir, "--preset", "hung-yen-2023", "--no-input"]);
    const file = join(dir, "baocao.yaml");
    const text = readFileSync(file, "utf8").replace("    draftingUnit: KGVX", "    draftingUnti: KGVX");
    writeFileSync(file, text);
    const line = text.split("\n").findIndex((l) => l.includes("draftingUnti")) + 1;
    const run = await runBaocao(["-w", dir, "doctor"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `Lỗi: Cấu hình baocao.yaml không hợp lệ (1 lỗi):\n  baocao.yaml:${line} issuers.ubnd.draftingUnti: khóa không được phép (gõ sai tên?)\n`,
    );
    const json = await runBaocao(["-w", dir, "doctor", "--json"]);
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout).workspace).toMatchObject({ valid: false, issues: [{ file: "baocao.yaml", line }] });
  });

  it("doctor reads the bundled sample workspace and the 2025 preset", async () => {
    expect((await runBaocao(["-w", SAMPLE, "doctor", "--json"])).status).toBe(0);
    const dir = tempDir();
    expect((await runBaocao(["init", dir, "--preset", "hung-yen-2025", "--no-input", "--quiet"])).status).toBe(0);
    const report = JSON.parse((await runBaocao(["-w", dir, "doctor", "--json"])).stdout);
    expect(report.workspace.areas).toBe(104);
    expect(report.workspace.issuers.map((i: { name: string }) => i.name)).toContain(
      "Sở Khoa học và Công nghệ tỉnh Hưng Yên",
    );
  });
});
