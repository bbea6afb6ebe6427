import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../../test/helpers/temp-dir.js";
import { UserError } from "../../errors.js";
import { compileTemplate } from "./compile.js";
import type { CompiledTemplate } from "./compile.js";
import { createTemplateCache, getCompiledTemplate, loadTemplate, resolveTemplateFile } from "./load-template.js";

function tempDirFile(file: string, bytes: Buffer): void {
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, bytes);
}

function userErrorOf(action: () => unknown): UserError {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("loadTemplate", () => {
  it('refuses a template saved as Windows-1258 (ANSI) instead of printing "H�ng Y�n"', () => {
    const workspaceDir = tempDir();
    const file = join(workspaceDir, "templates", "report.hbs");
    tempDirFile(file, Buffer.concat([Buffer.from("Kính gửi UBND tỉnh\n"), Buffer.from([0x48, 0xfd, 0x6e, 0x67])]));
    const error = userErrorOf(() => loadTemplate("report", { workspaceDir, packageRoot: tempDir() }));
    expect(error.code).toBe("input/not-utf8");
    expect(error.params).toEqual({ file, line: 2 });
  });

  it("prefers the workspace's templates/<name>.hbs over the built-in one", () => {
    const packageRoot = tempDir({
      "templates/report.hbs": "built-in report",
      "templates/letter.hbs": "built-in letter",
    });
    const workspaceDir = tempDir({ "templates/report.hbs": "workspace report" });
    const report = loadTemplate("report", { workspaceDir, packageRoot });
    expect(report).toEqual({
      name: "report",
      source: "workspace report",
      file: join(workspaceDir, "templates", "report.hbs"),
      builtIn: false,
    });
    const letter = loadTemplate("letter", { workspaceDir, packageRoot });
    expect(letter).toMatchObject({
      source: "built-in letter",
      file: join(packageRoot, "templates", "letter.hbs"),
      builtIn: true,
    });
    expect(loadTemplate("report", { packageRoot }).source).toBe("built-in report");
  });

  it("ignores a folder named like a template", () => {
    const packageRoot = tempDir({ "templates/report.hbs": "built-in" });
    const workspaceDir = tempDir({ "templates/report.hbs/x": "" });
    expect(loadTemplate("report", { workspaceDir, packageRoot }).builtIn).toBe(true);
  });

  it.each(["../x", "a/b", "a\\b", "..", "", "Report", "report.hbs", "/etc/passwd", "a b", "bá-cáo"])(
    "refuses the name %j",
    (name) => {
      const error = userErrorOf(() => loadTemplate(name, { workspaceDir: tempDir() }));
      expect(error.code).toBe("template/bad-name");
      expect(error.params).toEqual({ name });
    },
  );

  it("says where it looked when the template does not exist", () => {
    const packageRoot = tempDir();
    const workspaceDir = tempDir();
    const error = userErrorOf(() => resolveTemplateFile("missing", { workspaceDir, packageRoot }));
    expect(error.code).toBe("template/not-found");
    expect(error.params.searched).toBe(
      `${join(workspaceDir, "templates", "missing.hbs")}, ${join(packageRoot, "templates", "missing.hbs")}`,
    );
  });
});

describe("compiled template cache", () => {
  it("compiles each file once, however many letters render it", () => {
    const packageRoot = tempDir({ "templates/reminder.hbs": "---\nkind: letter\n---\nKính gửi {{name}}." });
    const workspaceDir = tempDir({ "templates/reminder.hbs": "---\nkind: letter\n---\nKính gửi đồng chí {{name}}." });
    let compiles = 0;
    const cache = createTemplateCache((source, file) => {
      compiles += 1;
      return compileTemplate(source, file);
    });
    const texts: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const template = cache.get("reminder", { workspaceDir, packageRoot });
      const block = template.render({ name: `Đơn vị ${i}` }).blocks[0];
      texts.push(block?.type === "paragraph" ? (block.content[0]?.text ?? "") : "");
    }
    expect(compiles).toBe(1);
    expect(texts[0]).toBe("Kính gửi đồng chí Đơn vị 0.");
    expect(texts[999]).toBe("Kính gửi đồng chí Đơn vị 999.");

    cache.get("reminder", { packageRoot });
    expect(compiles).toBe(2); // another file: the built-in one
    cache.get("reminder", { packageRoot });
    expect(compiles).toBe(2);
    cache.clear();
    cache.get("reminder", { packageRoot });
    expect(compiles).toBe(3);
  });

  it("the process-wide cache returns the same compiled template", () => {
    const packageRoot = tempDir({ "templates/note.hbs": "Ghi chú {{x}}." });
    const first: CompiledTemplate = getCompiledTemplate("note", { packageRoot });
    expect(getCompiledTemplate("note", { packageRoot })).toBe(first);
    expect(first.file).toBe(join(packageRoot, "templates", "note.hbs"));
  });

  it("a template error names the file that was read", () => {
    const workspaceDir = tempDir({ "templates/bad.hbs": "---\nkind: letter\n---\n{{#if x}}\n" });
    expect(() => getCompiledTemplate("bad", { workspaceDir, packageRoot: tempDir() })).toThrow(
      `${join(workspaceDir, "templates", "bad.hbs")}:5: unexpected end of template`,
    );
  });
});
