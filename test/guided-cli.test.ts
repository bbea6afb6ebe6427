// `baocao` with no command: without a terminal, the help (exit 0); on a real pseudo-terminal (util-linux
// `script`, no native module), the guided round's menus in Vietnamese, keys and all, driven by keystrokes.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runBaocao } from "./helpers/run-cli.js";
import { tempDir } from "./helpers/temp-dir.js";

const BIN = fileURLToPath(new URL("../bin/baocao.js", import.meta.url));
const hasScript = process.platform === "linux" && spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

describe("baocao with no command", () => {
  it("prints the help and exits 0 without a terminal", async () => {
    const cwd = tempDir();
    const run = await runBaocao([], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Cách dùng:");
    expect(run.stdout).toContain("ingest");
    expect(run.stderr).toBe("");
    const english = await runBaocao(["--lang", "en", "--no-input"], { cwd });
    expect(english.status).toBe(0);
    expect(english.stdout).toContain("Usage:");
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("still reports an unknown command and a mistyped --lang as usage errors", async () => {
    expect((await runBaocao(["nosuch"])).status).toBe(2);
    expect((await runBaocao(["--lang", "fr"])).status).toBe(2);
  });

  it.skipIf(!hasScript)(
    "on a terminal walks from an empty folder through init to the forms, all in Vietnamese",
    async () => {
      const cwd = tempDir();
      const child = spawn("script", ["-qfec", `"${process.execPath}" "${BIN}"`, "/dev/null"], {
        cwd,
        env: { ...process.env, NO_COLOR: "1", TERM: "xterm", BAOCAO_LANG: "", COLUMNS: "120", LINES: "40" },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let screen = "";
      child.stdout.on("data", (chunk: Buffer) => (screen += chunk.toString("utf8")));
      const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
      /** Waits until `text` has been shown (after what was seen so far), then types `keys`. */
      let seen = 0;
      const when = async (text: string, keys: string) => {
        const deadline = Date.now() + 30_000;
        for (;;) {
          const at = screen.indexOf(text, seen);
          if (at >= 0) {
            seen = at + text.length;
            break;
          }
          if (Date.now() > deadline) throw new Error(`"${text}" never shown; the screen:\n${screen.slice(-2000)}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        child.stdin.write(keys);
      };
      const ENTER = "\r";
      const UP = "\x1b[A";
      try {
        await when("Bắt đầu thế nào?", ENTER); // Tạo thư mục làm việc mới
        await when("Tạo thư mục làm việc ở đâu", ENTER); // here
        await when("Chọn cấu hình mẫu", ENTER);
        // init's questions, each with its default: province, place, bodies and signers.
        for (const question of [
          "Tên tỉnh/thành phố",
          "Địa danh",
          "Tên đầy đủ của cơ quan ban hành công văn chỉ đạo",
          "Chức vụ người ký của UBND tỉnh",
          "Họ và tên người ký với chức vụ PHÓ CHỦ TỊCH",
          "Tên đầy đủ của cơ quan ban hành báo cáo",
          "Chức vụ người ký thứ 1",
          "Họ và tên người ký với chức vụ GIÁM ĐỐC",
          "Chức vụ người ký thứ 2",
          "Họ và tên người ký với chức vụ PHÓ GIÁM ĐỐC",
        ])
          await when(question, ENTER);
        await when("Kỳ báo cáo", ENTER); // the current period
        await when("làm bước nào?", ENTER); // 1. Gửi biểu mẫu
        await when("Đã ghi 22 biểu mẫu", "");
        // The menu comes back on step 2; up twice (the list wraps) is "Thoát".
        await when("làm bước nào?", UP + UP);
        await new Promise((resolve) => setTimeout(resolve, 300));
        child.stdin.write(ENTER);
        const code = await Promise.race([
          exited,
          new Promise<null>((resolve) => setTimeout(() => resolve(null), 20_000)),
        ]);
        expect(code).toBe(0);
      } finally {
        child.kill();
      }
      expect(screen).toContain("di chuyển");
      expect(screen).toContain("chọn");
      expect(screen).not.toMatch(/navigate|Use arrow|You must|\(disabled\)/);
      expect(screen).toContain("Kết thúc.");
      expect(existsSync(join(cwd, "baocao.yaml"))).toBe(true);
      const forms = readdirSync(join(cwd, "forms"));
      expect(forms).toHaveLength(1);
      expect(readdirSync(join(cwd, "forms", forms[0]!))).toHaveLength(22);
    },
    90_000,
  );
});
