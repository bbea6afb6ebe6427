import { describe, expect, it } from "vitest";
import { filledForm, goodData } from "../../test/helpers/sample.js";
import { makeZip } from "../../test/helpers/zip.js";
import { DEFAULT_LIMITS, inspectFile } from "./inspect-file.js";

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const code = async (bytes: Buffer, limits = DEFAULT_LIMITS) => {
  const result = await inspectFile(bytes, limits);
  return result.ok ? "ok" : result.code;
};

describe("inspectFile", () => {
  it("accepts a real form", async () => {
    expect(await code(await filledForm("CAT", goodData("CAT")))).toBe("ok");
  });

  it("names each kind of file that is not a readable workbook", async () => {
    const form = await filledForm("CAT", goodData("CAT"));
    expect(await code(Buffer.alloc(0))).toBe("file/empty");
    expect(await code(Buffer.from("Mã đơn vị;Kỳ này\nCAT;5\n"))).toBe("file/not-xlsx");
    expect(await code(Buffer.concat([OLE, Buffer.alloc(2000, 1)]))).toBe("file/legacy-xls");
    expect(
      await code(
        Buffer.concat([OLE, Buffer.alloc(500), Buffer.from("EncryptedPackage", "utf16le"), Buffer.alloc(500)]),
      ),
    ).toBe("file/encrypted");
    expect(await code(form.subarray(0, Math.floor(form.length / 2)))).toBe("file/corrupt");
    expect(await code(makeZip([{ name: "word/document.xml", data: Buffer.from("<w:document/>") }]))).toBe(
      "file/not-xlsx",
    );
    expect(await code(form, { ...DEFAULT_LIMITS, maxFileBytes: 1000 })).toBe("file/too-large");
  });

  it("tells an .ods or .xlsb spreadsheet from any other zip, for the hint on saving it as .xlsx", async () => {
    const ods = makeZip([
      { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
      { name: "content.xml", data: Buffer.from("<office:document-content/>") },
    ]);
    expect(await inspectFile(ods)).toEqual({ ok: false, code: "file/not-xlsx", params: { format: "ods" } });
    const xlsb = makeZip([{ name: "xl/workbook.bin", data: Buffer.from([0, 1, 2]) }]);
    expect(await inspectFile(xlsb)).toEqual({ ok: false, code: "file/not-xlsx", params: { format: "xlsb" } });
    expect(await inspectFile(makeZip([{ name: "word/document.xml", data: Buffer.from("<w:document/>") }]))).toEqual({
      ok: false,
      code: "file/not-xlsx",
      params: {},
    });
  });

  it("refuses a zip bomb by its central directory, without expanding it", async () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    const bomb = makeZip([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/worksheets/sheet1.xml", data: zeros },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await code(bomb)).toBe("file/zip-bomb");
    expect(await code(bomb, { ...DEFAULT_LIMITS, maxRatio: 1e9, maxExpandedBytes: 10 * 1024 * 1024 })).toBe(
      "file/zip-bomb",
    );
  });

  it("survives random bytes and bit flips without throwing", async () => {
    const form = await filledForm("VNPT", goodData("VNPT"));
    let state = 42;
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let i = 0; i < 30; i++) {
      const flipped = Buffer.from(form);
      for (let j = 0; j < 20; j++) {
        const at = next() % flipped.length;
        flipped[at] = flipped[at]! ^ (1 << (next() % 8));
      }
      const random = Buffer.from(Array.from({ length: 1 + (next() % 5000) }, () => next() % 256));
      await expect(inspectFile(flipped)).resolves.toBeDefined();
      await expect(inspectFile(random)).resolves.toMatchObject({ ok: false });
    }
  });
});
