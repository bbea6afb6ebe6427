import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { UserError } from "../errors.js";
import { WorkspaceConfigError } from "../workspace/config-error.js";
import { readWorkspace } from "../workspace/read.js";
import type { Prompter } from "./prompter.js";
import { init } from "./init.js";

/** Answers questions from a table (by a word of the question), else accepts the default. */
function scriptedPrompter(answers: Record<string, string>): Prompter & { asked: string[] } {
  const asked: string[] = [];
  const answer = (message: string, fallback: string) => {
    asked.push(message);
    const key = Object.keys(answers).find((k) => message.includes(k));
    return Promise.resolve(key === undefined ? fallback : answers[key]!);
  };
  return { asked, input: answer, select: (message, _choices, fallback) => answer(message, fallback) };
}

describe("init", () => {
  it("asks for the province, issuers and signers on a terminal and writes the answers", async () => {
    const dir = tempDir();
    const prompter = scriptedPrompter({
      "cấu hình mẫu": "hung-yen-2023",
      "Tên tỉnh": "Thái Bình",
      "Họ và tên người ký với chức vụ PHÓ CHỦ TỊCH": "Lại Văn Hoàn",
      "Chức vụ người ký thứ 1 của Sở Thông tin và Truyền thông": "GIÁM ĐỐC",
    });
    const result = await init({ cwd: dir, dir: "ws", lang: "vi", prompter });
    expect(result).toMatchObject({
      preset: "hung-yen-2023",
      presetChosenByDefault: false,
      files: ["chi-tieu.yaml", "baocao.yaml"],
      // The renaming does not reach the units and areas: the clerk is told to edit them, and where.
      provinceChanged: { from: "Hưng Yên", to: "Thái Bình", files: [join(dir, "ws", "baocao.yaml")] },
    });
    const config = readWorkspace(join(dir, "ws")).config;
    expect(config.organisation).toEqual({ province: "Thái Bình", place: "Thái Bình" });
    expect(config.issuers.ubnd?.name).toBe("Ủy ban nhân dân tỉnh Thái Bình");
    expect(config.issuers.ubnd?.header).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH THÁI BÌNH"]);
    expect(config.issuers.ubnd?.signers[0]?.name).toBe("Lại Văn Hoàn");
    expect(config.units.find((u) => u.code === "VNPT")?.name).toBe("VNPT Thái Bình");
    // Comments of the preset survive the edit.
    expect(readFileSync(join(dir, "ws", "baocao.yaml"), "utf8")).toContain("# Cơ quan ban hành văn bản và người ký");
    expect(prompter.asked.length).toBeGreaterThanOrEqual(8);
    // No internal ids (ubnd, sotttt) and no default repeated in the question ("(hiện là X) (X)").
    for (const question of prompter.asked) {
      expect(question).not.toMatch(/\bubnd\b|\bsotttt\b|hiện là/);
    }
    expect(prompter.asked).toContain("Tên đầy đủ của cơ quan ban hành công văn chỉ đạo");
    expect(prompter.asked).toContain("Tên đầy đủ của cơ quan ban hành báo cáo");
  });

  it("says nothing about units when the province stays the preset's", async () => {
    const dir = tempDir();
    const result = await init({ cwd: dir, dir: "ws", lang: "vi", prompter: scriptedPrompter({}) });
    expect(result.provinceChanged).toBeNull();
  });

  it("asks again an empty answer instead of writing an invalid configuration", async () => {
    const dir = tempDir();
    const asked: string[] = [];
    const refused: string[] = [];
    let first = true;
    const prompter: Prompter = {
      input: (message, fallback, check) => {
        asked.push(message);
        // The first answer to the province is blank: the check refuses it and the question comes again.
        if (first && message.includes("Tên tỉnh")) {
          first = false;
          const verdict = check?.("   ") ?? true;
          if (verdict !== true) {
            refused.push(verdict);
            return prompter.input(message, fallback, check);
          }
        }
        return Promise.resolve(fallback);
      },
      select: (_message, _choices, fallback) => Promise.resolve(fallback),
    };
    await init({ cwd: dir, dir: "ws", lang: "vi", prompter });
    expect(refused).toEqual(["Cần nhập nội dung. Nhập lại."]);
    expect(asked.filter((question) => question.includes("Tên tỉnh"))).toHaveLength(2);
  });

  it("asks nothing without a prompter (no terminal) and uses the default preset", async () => {
    const dir = tempDir();
    const result = await init({ cwd: dir, lang: "vi" });
    expect(result).toMatchObject({ dir, preset: "hung-yen-2023", presetChosenByDefault: true });
    expect(readdirSync(dir).sort()).toEqual([
      "baocao.yaml",
      "chi-tieu.yaml",
      "forms",
      "inbox",
      "out",
      "store",
      "templates",
    ]);
  });

  it("leaves nothing behind when it refuses (an existing included file)", async () => {
    const dir = tempDir({ "chi-tieu.yaml": "# mine\n" });
    await expect(init({ cwd: dir, lang: "vi" })).rejects.toBeInstanceOf(UserError);
    expect(readdirSync(dir)).toEqual(["chi-tieu.yaml"]);
    expect(readFileSync(join(dir, "chi-tieu.yaml"), "utf8")).toBe("# mine\n");
  });

  it("refuses an answer that would make the configuration invalid, writing nothing", async () => {
    const dir = tempDir();
    // The terminal prompter turns an empty answer into the default; a scripted one can give "".
    const prompter = scriptedPrompter({ "Chức vụ người ký của UBND tỉnh": "" });
    await expect(init({ cwd: dir, dir: "a", lang: "vi", prompter })).rejects.toBeInstanceOf(WorkspaceConfigError);
    expect(existsSync(join(dir, "a"))).toBe(false);
  });

  it("refuses a file named like a workspace folder before making anything (exit 2, naming it)", async () => {
    const dir = tempDir({ inbox: "not a folder\n" });
    const error = await init({ cwd: dir, lang: "vi" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ code: "init/not-a-folder", params: { file: join(dir, "inbox") }, exitCode: 2 });
    expect(readdirSync(dir)).toEqual(["inbox"]);
    expect(readFileSync(join(dir, "inbox"), "utf8")).toBe("not a folder\n");
  });

  it("refuses a dangling symlink named baocao.yaml, leaving no chi-tieu.yaml behind", async () => {
    const dir = tempDir();
    symlinkSync(join(dir, "nowhere.yaml"), join(dir, "baocao.yaml"));
    const error = await init({ cwd: dir, lang: "vi" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "init/exists", params: { file: join(dir, "baocao.yaml") } });
    expect(readdirSync(dir)).toEqual(["baocao.yaml"]);
  });

  it("keeps an existing folder's content and makes only what is missing", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "inbox"));
    writeFileSync(join(dir, "inbox", "a.xlsx"), "x");
    await init({ cwd: dir, lang: "vi" });
    expect(readFileSync(join(dir, "inbox", "a.xlsx"), "utf8")).toBe("x");
    expect(existsSync(join(dir, "store"))).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)("a folder it may not write into is exit 2 naming it, nothing made", async () => {
    const dir = tempDir();
    chmodSync(dir, 0o555);
    try {
      const error = await init({ cwd: dir, lang: "vi" }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "init/unusable", params: { file: dir, code: "EACCES" } });
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it("a path through a file is exit 2 naming it", async () => {
    const dir = tempDir({ "a-file": "x" });
    const error = await init({ cwd: dir, dir: "a-file/ws", lang: "vi" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(readdirSync(dir)).toEqual(["a-file"]);
  });
});
