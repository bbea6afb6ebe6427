import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { UserError } from "../errors.js";
import { WorkspaceConfigError } from "./config-error.js";
import { formatConfigIssue } from "./format-issue.js";
import { readWorkspace } from "./read.js";

const SAMPLE = new URL("../../samples/hung-yen-2023-h1/", import.meta.url).pathname;

/** A copy of the sample workspace with baocao.yaml edited by `edit`. */
function sampleWith(edit: (yaml: string) => string): string {
  const dir = tempDir();
  cpSync(SAMPLE, dir, { recursive: true });
  const file = join(dir, "baocao.yaml");
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  return dir;
}

function issuesOf(dir: string, lang: "vi" | "en" = "vi"): string[] {
  try {
    readWorkspace(dir);
  } catch (error) {
    if (error instanceof WorkspaceConfigError) return error.issues.map((issue) => formatConfigIssue(issue, lang));
    throw error;
  }
  return [];
}

function lineOf(dir: string, needle: string): number {
  const lines = readFileSync(join(dir, "baocao.yaml"), "utf8").split("\n");
  return lines.findIndex((line) => line.includes(needle)) + 1;
}

describe("readWorkspace", () => {
  it("reads the sample workspace with its included catalogue", () => {
    const workspace = readWorkspace(SAMPLE);
    expect(workspace.files).toEqual(["baocao.yaml", "chi-tieu.yaml"]);
    expect(workspace.config.units).toHaveLength(22);
    expect(workspace.config.units.filter((u) => u.kind === "district")).toHaveLength(10);
    expect(workspace.config.indicators.map((i) => i.code)).toContain("TT05");
    expect(workspace.config.periods.rule).toBe("decree-09");
    expect(workspace.config.issuers.ubnd?.signers[0]?.authority).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]);
  });

  it("names the file, line and path of a wrong unit kind, in Vietnamese and English", () => {
    const dir = sampleWith((yaml) =>
      yaml.replace("code: SCT, name: Sở Công Thương, kind: agency", "code: SCT, name: Sở Công Thương, kind: agencyy"),
    );
    const line = lineOf(dir, "kind: agencyy");
    expect(issuesOf(dir)).toEqual([
      `baocao.yaml:${line} units[3].kind: phải là một trong agency, district, enterprise`,
    ]);
    expect(issuesOf(dir, "en")).toEqual([
      `baocao.yaml:${line} units[3].kind: must be one of agency, district, enterprise`,
    ]);
  });

  it("rejects a mistyped key and points at its line", () => {
    const dir = sampleWith((yaml) => yaml.replace("  place: Hưng Yên", "  plcae: Hưng Yên"));
    const line = lineOf(dir, "plcae");
    // The missing key is reported at its parent's line, the typo at its own.
    expect(issuesOf(dir)).toEqual([
      `baocao.yaml:${lineOf(dir, "organisation:")} organisation.place: thiếu, bắt buộc phải có`,
      `baocao.yaml:${line} organisation.plcae: khóa không được phép (gõ sai tên?)`,
    ]);
  });

  it("locates issues inside an included file", () => {
    const dir = sampleWith((yaml) => yaml);
    const catalogue = join(dir, "chi-tieu.yaml");
    writeFileSync(catalogue, readFileSync(catalogue, "utf8").replace("if: TT05, then: TT04", "if: TT05, then: TT99"));
    const line =
      readFileSync(catalogue, "utf8")
        .split("\n")
        .findIndex((l) => l.includes("TT99")) + 1;
    expect(issuesOf(dir)).toEqual([`chi-tieu.yaml:${line} rules[0].then: "TT99" không có trong indicators`]);
  });

  it("reports duplicate codes, unknown signers and bad authority prefixes together", () => {
    const dir = sampleWith((yaml) =>
      yaml
        .replace("code: SCT,", "code: CAT,")
        .replace("    signer: pct", "    signer: ct")
        .replace("authority: [KT. GIÁM ĐỐC]", "authority: [GIÁM ĐỐC]"),
    );
    const issues = issuesOf(dir);
    expect(issues).toHaveLength(1); // schema errors stop before the reference checks
    expect(issues[0]).toMatch(/issuers\.sotttt\.signers\[1\]\.authority\[0\]: phải bắt đầu bằng TM\., KT\./);
    const fixed = sampleWith((yaml) =>
      yaml.replace("code: SCT,", "code: CAT,").replace("    signer: pct", "    signer: ct"),
    );
    expect(issuesOf(fixed)).toEqual([
      `baocao.yaml:${lineOf(fixed, "signer: ct")} documents.directive.signer: "ct" không có trong issuers.ubnd.signers`,
      `baocao.yaml:${lineOf(fixed, "code: CAT, name: Sở Công Thương")} units[3].code: mã "CAT" bị trùng (đã có ở units[1])`,
    ]);
  });

  it("refuses includes that leave the workspace and reports YAML syntax errors with their line", () => {
    const escaping = sampleWith((yaml) => yaml.replace("  - chi-tieu.yaml", "  - ../chi-tieu.yaml"));
    expect(issuesOf(escaping)[0]).toMatch(
      /^baocao\.yaml:\d+ include\[0\]: tệp include phải nằm trong thư mục làm việc/,
    );
    const broken = sampleWith((yaml) => yaml.replace("  province: Hưng Yên", "  province: [Hưng Yên"));
    // In our words, not the yaml library's English ("Flow sequence in block collection must be …").
    expect(issuesOf(broken)).toEqual([
      `baocao.yaml:${lineOf(broken, "province:") + 1}: lỗi cú pháp YAML: thụt lề không đúng (các khóa cùng cấp phải thẳng cột)`,
    ]);
    expect(issuesOf(broken, "en")).toEqual([
      `baocao.yaml:${lineOf(broken, "province:") + 1}: YAML syntax error: wrong indentation (keys of the same level must line up)`,
    ]);
  });

  it("rejects an unsupported configuration version", () => {
    const dir = sampleWith((yaml) => yaml.replace("version: 1", "version: 2"));
    expect(issuesOf(dir)).toEqual([
      `baocao.yaml:${lineOf(dir, "version: 2")} version: phiên bản cấu hình 2 không được hỗ trợ (chỉ có 1)`,
    ]);
  });

  it("refuses a baocao.yaml or an include saved as Windows-1258 (ANSI), naming the file and line", () => {
    /** "Hưng Yên" as Notepad's ANSI on a Vietnamese Windows saves it: ư = 0xFD, ê = 0xEA. */
    const HUNG_YEN_1258 = Buffer.from([0x48, 0xfd, 0x6e, 0x67, 0x20, 0x59, 0xea, 0x6e]);
    const ansi = (text: string) => {
      const parts = text.split("Hưng Yên").map((part) => Buffer.from(part, "utf8"));
      return Buffer.concat(parts.flatMap((part, index) => (index === 0 ? [part] : [HUNG_YEN_1258, part])));
    };
    const refusal = (dir: string) => {
      try {
        readWorkspace(dir);
      } catch (error) {
        if (error instanceof UserError) return { code: error.code, params: error.params };
        throw error;
      }
      return null;
    };
    const main = sampleWith((yaml) => yaml);
    const mainFile = join(main, "baocao.yaml");
    const line = lineOf(main, "Hưng Yên");
    writeFileSync(mainFile, ansi(readFileSync(mainFile, "utf8")));
    expect(refusal(main)).toEqual({ code: "input/not-utf8", params: { file: mainFile, line } });

    const included = sampleWith((yaml) => yaml);
    writeFileSync(join(included, "chi-tieu.yaml"), Buffer.from("# Hung Y\xEAn\n", "latin1"));
    expect(refusal(included)).toEqual({ code: "input/not-utf8", params: { file: "chi-tieu.yaml", line: 1 } });
  });
});
