import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { UserError } from "../errors.js";
import { decodeUtf8, firstInvalidUtf8Line, readTextFile } from "./read-text.js";

/** "Hưng Yên" as Windows-1258 (ANSI Notepad in Vietnam): ư = 0xFD, ê = 0xEA. */
const HUNG_YEN_1258 = Buffer.from([0x48, 0xfd, 0x6e, 0x67, 0x20, 0x59, 0xea, 0x6e]);
/** "Hưng Yên" with Latin-1 bytes where it could: ê = 0xEA (ư has none). */
const LATIN1 = Buffer.from("tinh: Hung Y\xEAn\n", "latin1");

describe("decodeUtf8", () => {
  it("decodes UTF-8 and drops a byte-order mark", () => {
    expect(decodeUtf8(Buffer.from("\uFEFFHưng Yên", "utf8"), "a.yaml")).toBe("Hưng Yên");
  });

  it("refuses Windows-1258 and Latin-1 text, naming the file and the line", () => {
    const text = Buffer.concat([Buffer.from("a: 1\nb: 2\ntinh: "), HUNG_YEN_1258, Buffer.from("\n")]);
    let refused: unknown;
    try {
      decodeUtf8(text, "baocao.yaml");
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).code).toBe("input/not-utf8");
    expect((refused as UserError).params).toEqual({ file: "baocao.yaml", line: 3 });
    expect(firstInvalidUtf8Line(LATIN1)).toBe(1);
  });

  it("finds the line of a character cut short at the very end", () => {
    const cut = Buffer.from("ok\nHư", "utf8").subarray(0, -1);
    expect(firstInvalidUtf8Line(cut)).toBe(2);
    expect(firstInvalidUtf8Line(Buffer.from("ok\nHưng\n", "utf8"))).toBeNull();
  });
});

describe("readTextFile", () => {
  it("reads a UTF-8 file, refuses a Windows-1258 one", () => {
    const dir = tempDir({ "ok.hbs": "Hưng Yên" });
    writeFileSync(join(dir, "ansi.hbs"), HUNG_YEN_1258);
    expect(readTextFile(join(dir, "ok.hbs"), "ok.hbs")).toBe("Hưng Yên");
    expect(() => readTextFile(join(dir, "ansi.hbs"), "ansi.hbs")).toThrow(/input\/not-utf8/);
  });
});
