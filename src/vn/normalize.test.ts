import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { equalsLoose, foldForCompare, normalizeText, slugify } from "./normalize.js";

// Inputs meant to break file names and comparison keys: path parts, control characters, emoji,
// lone surrogates, stray combining marks, exotic spaces, and Vietnamese in both NFC and NFD.
const nastyUnit = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom(
    "..",
    "/",
    "\\",
    ".",
    "-",
    "--",
    " ",
    "\u00a0",
    "\u200b",
    "\u3000",
    "\t",
    "\n",
    "\u0000",
    "\u007f",
    "😀",
    "👨‍👩‍👧",
    "🇻🇳",
    "\u0301",
    "\u0323",
    "\u0300",
    "İ",
    "ẞ",
    "K",
    "Å",
    "Đ",
    "đ",
    "Ư",
    "ơ",
    "Thông tin",
    "Văn Lâm".normalize("NFD"),
    "Hưng Yên",
    "A".repeat(70),
    "CON:",
    "nul",
  ),
);
const nastyString = fc.oneof(
  fc.array(nastyUnit, { maxLength: 40 }).map((units) => units.join("")),
  fc.string({ unit: "binary" }),
);

describe("normalizeText's shortcut (isSurelyNfc)", () => {
  it("passes over NFC only text NFC leaves as it is: every character below U+0300 or in U+1E00–U+1EFF, and every pair of them", () => {
    const chars: string[] = [];
    for (const [from, to] of [
      [0, 0x2ff],
      [0x1e00, 0x1eff],
    ] as const)
      for (let code = from; code <= to; code++) chars.push(String.fromCharCode(code));
    let changed = 0;
    for (const a of chars) for (const b of chars) if ((a + b).normalize("NFC") !== a + b) changed++;
    expect(changed).toBe(0);
    // Outside those, NFC still applies: a combining horn and circumflex, the Ångström sign.
    expect(normalizeText("Hu\u031bng Ye\u0302n")).toBe("Hưng Yên");
    expect(normalizeText("\u212b")).toBe("\u00c5");
  });
});

describe("normalizeText", () => {
  it("trims, collapses whitespace and composes to NFC", () => {
    expect(normalizeText("  Thông\u00a0\u00a0tin \t ")).toBe("Thông tin");
    expect(normalizeText("Văn Lâm".normalize("NFD"))).toBe("Văn Lâm".normalize("NFC"));
  });
});

describe("foldForCompare", () => {
  it("folds accents, case, đ and spacing", () => {
    expect(foldForCompare("Thông tin")).toBe("thong tin");
    expect(foldForCompare("THONG TIN")).toBe("thong tin");
    expect(foldForCompare("thông  tin".normalize("NFD"))).toBe("thong tin");
    expect(foldForCompare("Đông Hưng")).toBe("dong hung");
    expect(equalsLoose("Sở Thông tin và Truyền thông", "SO THONG TIN VA TRUYEN THONG")).toBe(true);
  });

  it("does not leave a double space where a stray combining mark stood", () => {
    expect(foldForCompare("a \u0323 b")).toBe("a b");
    expect(foldForCompare("\u0323\t\u0000")).toBe("\u0000");
  });

  it("is idempotent (property)", () => {
    fc.assert(
      fc.property(nastyString, (text) => {
        const key = foldForCompare(text);
        expect(foldForCompare(key)).toBe(key);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives NFC and NFD inputs the same key (property)", () => {
    fc.assert(
      fc.property(nastyString, (text) => {
        expect(foldForCompare(text.normalize("NFD"))).toBe(foldForCompare(text.normalize("NFC")));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("slugify", () => {
  it("makes ASCII slugs of Vietnamese names", () => {
    expect(slugify("Văn Lâm")).toBe("van-lam");
    expect(slugify("Văn Lâm".normalize("NFD"))).toBe("van-lam");
    expect(slugify("Đông Hưng")).toBe("dong-hung");
    expect(slugify("Đội 1/ĐN")).toBe("doi-1-dn");
    expect(slugify("../../etc/passwd")).toBe("etc-passwd");
    expect(slugify("..")).toBe("x");
    expect(slugify("")).toBe("x");
    expect(slugify("😀", "khac")).toBe("khac");
  });

  it("caps the length at 60 without a trailing hyphen", () => {
    const slug = slugify(`${"a".repeat(59)} b`);
    expect(slug).toBe("a".repeat(59));
  });

  it("always gives a safe slug of at most 60 characters (property)", () => {
    fc.assert(
      fc.property(nastyString, (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(60);
      }),
      { numRuns: 2000 },
    );
  });
});
