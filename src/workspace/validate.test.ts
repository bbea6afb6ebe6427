import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatConfigIssue } from "./format-issue.js";
import { validateWorkspaceConfig } from "./validate.js";

const SAMPLE = new URL("../../samples/hung-yen-2023-h1/", import.meta.url).pathname;

/** The sample configuration as one object (baocao.yaml with chi-tieu.yaml merged in), edited by `edit`. */
function sampleWith(edit: (config: Record<string, any>) => void): unknown {
  const main = parse(readFileSync(`${SAMPLE}baocao.yaml`, "utf8")) as Record<string, any>;
  const catalogue = parse(readFileSync(`${SAMPLE}chi-tieu.yaml`, "utf8")) as Record<string, any>;
  const config = { ...main, ...catalogue };
  delete config.include;
  edit(config);
  return config;
}

function messagesOf(raw: unknown): { vi: string[]; en: string[] } {
  const { issues } = validateWorkspaceConfig(raw);
  return {
    vi: issues.map((issue) => formatConfigIssue(issue, "vi")),
    en: issues.map((issue) => formatConfigIssue(issue, "en")),
  };
}

// zod's own wording ("Invalid input: expected int, received number", "Too small: expected string to
// have >=1 characters") must never reach a clerk; every issue has a message of ours.
describe("validateWorkspaceConfig messages", () => {
  it("accepts the sample configuration", () => {
    expect(validateWorkspaceConfig(sampleWith(() => {})).issues).toEqual([]);
  });

  it.each([
    {
      name: "an empty text",
      edit: (c: Record<string, any>) => (c.organisation.province = "  "),
      vi: "baocao.yaml organisation.province: không được để trống",
      en: "baocao.yaml organisation.province: must not be empty",
    },
    {
      name: "a value left blank (YAML null)",
      edit: (c: Record<string, any>) => (c.organisation.place = null),
      vi: "baocao.yaml organisation.place: thiếu, bắt buộc phải có",
      en: "baocao.yaml organisation.place: missing, required",
    },
    {
      name: "an empty list",
      edit: (c: Record<string, any>) => (c.codeLists.fields = []),
      vi: "baocao.yaml codeLists.fields: phải có ít nhất một mục",
      en: "baocao.yaml codeLists.fields: must have at least one item",
    },
    {
      name: "a fractional number of days",
      edit: (c: Record<string, any>) => (c.periods = { deadline: { days: 2.5 } }),
      vi: "baocao.yaml periods.deadline.days: phải là một số nguyên",
      en: "baocao.yaml periods.deadline.days: must be a whole number",
    },
    {
      name: "a number above its maximum",
      edit: (c: Record<string, any>) => (c.periods = { deadline: { days: 90 } }),
      vi: "baocao.yaml periods.deadline.days: không được lớn hơn 60",
      en: "baocao.yaml periods.deadline.days: must not be greater than 60",
    },
    {
      name: "a limit that must be positive",
      edit: (c: Record<string, any>) => (c.intake = { maxFileMB: 0 }),
      vi: "baocao.yaml intake.maxFileMB: phải lớn hơn 0",
      en: "baocao.yaml intake.maxFileMB: must be greater than 0",
    },
    {
      name: "a limit above its maximum, written in Vietnamese notation",
      edit: (c: Record<string, any>) => (c.intake = { maxExpandedMB: 10_000 }),
      vi: "baocao.yaml intake.maxExpandedMB: không được lớn hơn 8.192",
      en: "baocao.yaml intake.maxExpandedMB: must not be greater than 8192",
    },
    {
      name: "text where true/false is expected",
      edit: (c: Record<string, any>) => (c.indicators[0].optional = "có"),
      vi: "baocao.yaml indicators[0].optional: phải là true hoặc false",
      en: "baocao.yaml indicators[0].optional: must be true or false",
    },
    {
      name: "an e-mail address without @",
      edit: (c: Record<string, any>) => (c.units[0].email = "vanthu.hungyen.gov.vn"),
      vi: "baocao.yaml units[0].email: phải là một địa chỉ thư điện tử, ví dụ vanthu@hungyen.gov.vn",
      en: "baocao.yaml units[0].email: must be an e-mail address, e.g. vanthu@hungyen.gov.vn",
    },
    {
      name: "an issuer id in capitals",
      edit: (c: Record<string, any>) => {
        c.issuers["So TTTT"] = c.issuers.sotttt;
      },
      vi: "baocao.yaml issuers.So TTTT: mã cơ quan ban hành chỉ gồm chữ thường không dấu, chữ số hoặc '-' (ví dụ sotttt)",
      en: "baocao.yaml issuers.So TTTT: an issuer id has only unaccented lower-case letters, digits or '-' (e.g. sotttt)",
    },
    {
      name: "an abbreviation with a space",
      edit: (c: Record<string, any>) => (c.issuers.sotttt.abbreviation = "S TTTT"),
      vi: "baocao.yaml issuers.sotttt.abbreviation: chỉ gồm chữ cái, chữ số hoặc '&', không có dấu cách (ví dụ STTTT)",
      en: "baocao.yaml issuers.sotttt.abbreviation: only letters, digits or '&', no spaces (e.g. STTTT)",
    },
    {
      name: "a Quy chế date that is not a real day",
      edit: (c: Record<string, any>) => (c.regulation.date = "2021-02-30"),
      vi: "baocao.yaml regulation.date: phải là ngày dạng YYYY-MM-DD",
      en: "baocao.yaml regulation.date: must be a date written YYYY-MM-DD",
    },
    {
      name: "a Quy chế without its number",
      edit: (c: Record<string, any>) => delete c.regulation.number,
      vi: "baocao.yaml regulation.number: thiếu, bắt buộc phải có",
      en: "baocao.yaml regulation.number: missing, required",
    },
    {
      name: "a rule of an unknown type",
      edit: (c: Record<string, any>) => (c.rules[0].type = "require"),
      vi: "baocao.yaml rules[0].type: phải là một trong requires, compare, incident-count, incident-sum",
      en: "baocao.yaml rules[0].type: must be one of requires, compare, incident-count, incident-sum",
    },
    {
      name: "a rule without a type",
      edit: (c: Record<string, any>) => delete c.rules[0].type,
      vi: "baocao.yaml rules[0].type: thiếu, bắt buộc phải có",
      en: "baocao.yaml rules[0].type: missing, required",
    },
    {
      name: "a list where a mapping is expected",
      edit: (c: Record<string, any>) => (c.organisation = ["Hưng Yên"]),
      vi: "baocao.yaml organisation: phải là một nhóm khóa",
      en: "baocao.yaml organisation: must be a mapping of keys",
    },
  ])("says in our words: $name", ({ edit, vi, en }) => {
    expect(messagesOf(sampleWith(edit))).toEqual({ vi: [vi], en: [en] });
  });

  it("never shows zod's text for any issue of a badly broken file", () => {
    const broken = sampleWith((c) => {
      c.units = [{ code: "ab", kind: 3, name: "", group: [], email: 5 }];
      c.areas = "none";
      c.indicators[0] = { code: "X", kinds: [] };
      c.periods = { rule: "lunar", holidays: ["1/1/2023"], deadline: { days: -1, workingDays: "yes" } };
      c.intake = { maxFileMB: "big" };
    });
    const { vi, en } = messagesOf(broken);
    expect(vi.length).toBeGreaterThan(10);
    for (const line of [...vi, ...en]) {
      expect(line).not.toMatch(/Invalid|expected|received|Too (small|big)|characters|>=|<=/);
    }
  });
});
