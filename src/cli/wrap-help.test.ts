import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wrapHelp } from "./wrap-help.js";

const width = (line: string) => [...line].length;
const words = (text: string) => text.split(/\s+/).filter((word) => word !== "");

describe("wrapHelp", () => {
  it("puts an item's description on under its first column, and a paragraph under its indentation", () => {
    const help = [
      "Cách dùng: baocao [tùy chọn] [lệnh]",
      "",
      "baocao — tổng hợp báo cáo công tác phối hợp phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông",
      "  -w, --workspace <thư mục>     thư mục làm việc (mặc định: thư mục gần nhất, từ thư mục hiện tại trở lên, có baocao.yaml)",
    ].join("\n");
    expect(wrapHelp(help, 80).split("\n")).toEqual([
      "Cách dùng: baocao [tùy chọn] [lệnh]",
      "",
      "baocao — tổng hợp báo cáo công tác phối hợp phòng, chống tội phạm trong lĩnh vực",
      "thông tin và truyền thông",
      "  -w, --workspace <thư mục>     thư mục làm việc (mặc định: thư mục gần nhất, từ",
      "                                thư mục hiện tại trở lên, có baocao.yaml)",
    ]);
  });

  it("leaves a line whose description would have fewer than 40 columns as it is", () => {
    const line = `  baocao init bao-cao-2023${" ".repeat(33)}# tạo thư mục làm việc (hỏi tên tỉnh, người ký …)`;
    expect(wrapHelp(line, 80)).toBe(line);
    expect(wrapHelp(line, 110)).toBe(line);
  });

  it("keeps every word in order, and every line it wraps within the width", () => {
    const word = fc.stringMatching(/^[a-zà-ỹđ0-9().,:…-]{1,12}$/u);
    const line = fc.tuple(
      fc.constantFrom("", "  ", "  -x, --thu <y>   ", "  lệnh [tùy chọn]            "),
      fc.array(word, { minLength: 1, maxLength: 40 }),
    );
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 20, max: 200 }),
        (lines, columns) => {
          const help = lines.map(([lead, text]) => lead + text.join(" ")).join("\n");
          const wrapped = wrapHelp(help, columns);
          expect(words(wrapped)).toEqual(words(help));
          const original = new Set(help.split("\n"));
          for (const out of wrapped.split("\n"))
            if (!original.has(out)) expect(width(out)).toBeLessThanOrEqual(columns);
          // Only too-long lines change; a help already narrow enough comes back as it is.
          expect(wrapHelp(help, 10_000)).toBe(help);
        },
      ),
    );
  });
});
