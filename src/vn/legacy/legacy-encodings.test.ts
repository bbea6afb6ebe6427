// The reference vectors (146 letters, test/fixtures/legacy-encodings.tsv, kept in the repository so the
// test runs in any clone) against the decoders, the converter and the detector.
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../package-root.js";
import { convertLegacyText } from "./convert.js";
import { detectLegacyEncoding } from "./detect.js";
import { decodeTcvn3 } from "./tcvn3.js";
import { decodeVni } from "./vni.js";

interface Vector {
  readonly unicode: string;
  readonly tcvn3Text: string;
  readonly tcvn3Font: string;
  readonly vniText: string;
  readonly vniFont: string;
}

const VECTORS_URL = new URL("test/fixtures/legacy-encodings.tsv", pathToFileURL(PACKAGE_ROOT));

function readVectors(): Vector[] {
  // Fail loudly: a missing file must not turn into zero test cases.
  if (!existsSync(VECTORS_URL)) throw new Error(`Legacy encoding test vectors not found at ${VECTORS_URL.pathname}`);
  const [header, ...lines] = readFileSync(VECTORS_URL, "utf8")
    .split(/\r?\n/)
    .filter((line) => line !== "");
  if (header !== "unicode\ttcvn3_text\ttcvn3_font\tvni_text\tvni_font") throw new Error(`Unexpected header: ${header}`);
  return lines.map((line) => {
    const [unicode, tcvn3Text, tcvn3Font, vniText, vniFont, ...rest] = line.split("\t");
    if (
      unicode === undefined ||
      tcvn3Text === undefined ||
      tcvn3Font === undefined ||
      vniText === undefined ||
      vniFont === undefined ||
      rest.length > 0
    ) {
      throw new Error(`Malformed vector line: ${JSON.stringify(line)}`);
    }
    return { unicode, tcvn3Text, tcvn3Font, vniText, vniFont };
  });
}

const VECTORS = readVectors();
const isCapitalsFont = (font: string): boolean => /h$/i.test(font);

it("has one vector for each of the 146 letters", () => {
  expect(VECTORS).toHaveLength(146);
  expect(new Set(VECTORS.map((vector) => vector.unicode)).size).toBe(146);
});

describe.each(VECTORS)("$unicode", ({ unicode, tcvn3Text, tcvn3Font, vniText, vniFont }) => {
  it(`TCVN3 ${JSON.stringify(tcvn3Text)} in ${tcvn3Font}`, () => {
    expect(decodeTcvn3(tcvn3Text, { capitals: isCapitalsFont(tcvn3Font) })).toBe(unicode);
    expect(convertLegacyText(tcvn3Text, tcvn3Font).text).toBe(unicode);
  });

  it(`VNI ${JSON.stringify(vniText)} in ${vniFont}`, () => {
    expect(decodeVni(vniText)).toBe(unicode);
    expect(convertLegacyText(vniText, vniFont).text).toBe(unicode);
  });
});

// Test-only encoders built from the vectors, to check the decoders as their inverse.
const LETTERS = VECTORS.map((vector) => vector.unicode);
const LOWER_CASE = VECTORS.filter((vector) => !isCapitalsFont(vector.tcvn3Font)); // lower case + Ă Â Ê Ô Ơ Ư Đ
const UPPER_CASE = VECTORS.filter((vector) => vector.unicode === vector.unicode.toUpperCase());
const toTcvn3 = new Map(VECTORS.map((vector) => [vector.unicode, vector.tcvn3Text]));
const toVni = new Map(VECTORS.map((vector) => [vector.unicode, vector.vniText]));
const encode = (letters: readonly string[], table: ReadonlyMap<string, string>): string =>
  letters.map((letter) => table.get(letter) ?? letter).join("");

const ASCII_FILLER = [..." ,.;:-/()0123456789bcdghklmnpqrstvx"];
const lettersFrom = (pool: readonly string[]) =>
  fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...pool) },
      { weight: 1, arbitrary: fc.constantFrom(...ASCII_FILLER) },
    ),
    {
      maxLength: 40,
    },
  );

describe("round trip through a test-only encoder", () => {
  it("VNI: any Vietnamese letters", () => {
    fc.assert(
      fc.property(lettersFrom(LETTERS), (letters) => {
        expect(decodeVni(encode(letters, toVni))).toBe(letters.join(""));
      }),
      { numRuns: 2000 },
    );
  });

  it("TCVN3 .VnTime: lower case and the seven own capitals", () => {
    fc.assert(
      fc.property(lettersFrom(LOWER_CASE.map((vector) => vector.unicode)), (letters) => {
        expect(decodeTcvn3(encode(letters, toTcvn3))).toBe(letters.join(""));
      }),
      { numRuns: 2000 },
    );
  });

  it("TCVN3 .VnTimeH: capitals", () => {
    const filler = ASCII_FILLER.map((character) => character.toUpperCase());
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...UPPER_CASE.map((vector) => vector.unicode), ...filler), { maxLength: 40 }),
        (letters) => {
          expect(decodeTcvn3(encode(letters, toTcvn3), { capitals: true })).toBe(letters.join(""));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("the detector and the 146 Unicode letters", () => {
  const corpus = [
    LETTERS.join(" "),
    LETTERS.join(""),
    ...LETTERS,
    ...LETTERS.map((letter) => `T${letter}n`),
    ...LETTERS.map((letter) => `Ngh${letter}ng`),
  ];

  it.each(corpus.flatMap((text) => [text, text.normalize("NFD")]))("%s is not legacy", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it("never reads arbitrary Unicode letters and ASCII as TCVN3 (property)", () => {
    // Guaranteed by construction: TCVN3 proof needs a byte outside the Latin-1 letters Vietnamese uses.
    // VNI is left to the realistic-word property in detect.test.ts: a random non-word like "yeân" is VNI.
    const ascii = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...LETTERS), ascii), { maxLength: 30 }),
        fc.boolean(),
        (parts, decompose) => {
          const text = parts.join("");
          expect(detectLegacyEncoding(decompose ? text.normalize("NFD") : text)).not.toBe("tcvn3");
        },
      ),
      { numRuns: 3000 },
    );
  });
});

// Real words from agency spreadsheets, encoded with the test-only encoders, for the detector.
const WORDS = (
  "Sở Thông tin và Truyền thông tỉnh Hưng Yên Hà Nội Nguyễn Văn An Trường Cộng hòa xã hội chủ nghĩa Việt Nam " +
  "Độc lập Tự do Hạnh phúc báo cáo kết quả công tác phối hợp phòng chống tội phạm tháng đầu năm Ủy ban nhân " +
  "dân huyện Khoái Châu Lâm Mỹ Hào Ân Thi Phù Cừ Tiên Lữ Kim Động Giang Đông Ứng người được những điều kiện " +
  "ứng dụng thuê bao di động viễn mạng lưới an toàn lừa đảo Quyết định số ngày"
).split(" ");
const VNTIME_ENCODABLE = new Set(LOWER_CASE.map((vector) => vector.unicode));
const fitsVnTime = (word: string): boolean =>
  [...word].every((letter) => /[\x00-\x7f]/.test(letter) || VNTIME_ENCODABLE.has(letter));
const sentenceOf = (pool: readonly string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom(" ", ", ", ". ", " - ", ": ")), {
      minLength: 1,
      maxLength: 10,
    })
    .map((parts) =>
      parts
        .map(([word, gap]) => word + gap)
        .join("")
        .trim(),
    );

describe("detecting the encoded reference words without a font", () => {
  const vnTimeWords = WORDS.filter(fitsVnTime);

  it("converts whole sentences", () => {
    const tcvn3 = encode([...vnTimeWords.join(" ")], toTcvn3);
    expect(detectLegacyEncoding(tcvn3)).toBe("tcvn3");
    expect(convertLegacyText(tcvn3).text).toBe(vnTimeWords.join(" "));
    const vni = encode([...WORDS.join(" ")], toVni);
    expect(detectLegacyEncoding(vni)).toBe("vni");
    expect(convertLegacyText(vni).text).toBe(WORDS.join(" "));
  });

  it("never picks the wrong table, and converts exactly when it picks one (property)", () => {
    fc.assert(
      fc.property(sentenceOf(vnTimeWords), sentenceOf(WORDS), (forTcvn3, forVni) => {
        const tcvn3 = encode([...forTcvn3], toTcvn3);
        expect(detectLegacyEncoding(tcvn3)).not.toBe("vni");
        if (detectLegacyEncoding(tcvn3) === "tcvn3") expect(convertLegacyText(tcvn3).text).toBe(forTcvn3);
        const vni = encode([...forVni], toVni);
        expect(detectLegacyEncoding(vni)).not.toBe("tcvn3");
        if (detectLegacyEncoding(vni) === "vni") expect(convertLegacyText(vni).text).toBe(forVni);
      }),
      { numRuns: 2000 },
    );
  });
});
