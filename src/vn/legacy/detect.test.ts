import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLegacyEncoding, encodingOfFont, guessTcvn3Capitals, isPlainlyUnicode } from "./detect.js";

describe("encodingOfFont", () => {
  it.each([
    [".VnTime", { encoding: "tcvn3", capitals: false }],
    [".VnTimeH", { encoding: "tcvn3", capitals: true }],
    [".VnArial", { encoding: "tcvn3", capitals: false }],
    [".VnArialH", { encoding: "tcvn3", capitals: true }],
    [".vnarial narrowh", { encoding: "tcvn3", capitals: true }],
    ["VnTime", { encoding: "tcvn3", capitals: false }],
    ["VNTIMEH", { encoding: "tcvn3", capitals: true }],
    [" .VnTime ", { encoding: "tcvn3", capitals: false }],
    ["VNI-Times", { encoding: "vni", capitals: false }],
    ["VNI-Helve", { encoding: "vni", capitals: false }],
    ["vni-times", { encoding: "vni", capitals: false }],
  ] as const)("%s", (font, expected) => {
    expect(encodingOfFont(font)).toEqual(expected);
  });

  it.each([undefined, "", "Times New Roman", "Arial", "Calibri", "VNtimes new roman", "Vni", "Vinhan"])(
    "%s is not a legacy font",
    (font) => {
      expect(encodingOfFont(font)).toBeNull();
    },
  );
});

describe("detectLegacyEncoding: legacy text", () => {
  it.each([
    "Hµ Néi",
    "H\u00adng Yªn",
    "NguyÔn V¨n An",
    "Së Th«ng tin vµ TruyÒn th«ng",
    "UBND TØNH H¦NG Y£N",
    "Q§-UBND",
    "Trung t©m Y tÕ huyÖn Kho¸i Ch©u, tØnh H\u00adng Yªn.",
    "Céng hoµ x· héi chñ nghÜa ViÖt Nam",
  ])("TCVN3: %s", (text) => {
    expect(detectLegacyEncoding(text)).toBe("tcvn3");
  });

  it.each([
    "Tröôøng",
    "Höng Yeân",
    "Yeân",
    "Vieät Nam",
    "Sôû Thoâng tin vaø Truyeàn thoâng",
    "UÛY BAN NHAÂN DAÂN TÆNH HÖNG YEÂN",
    "Ñoäc laäp - Töï do - Haïnh phuùc",
    "QÑ-UBND",
  ])("VNI: %s", (text) => {
    expect(detectLegacyEncoding(text)).toBe("vni");
  });

  it("tolerates an odd word in a long legacy text", () => {
    expect(detectLegacyEncoding("Hµ Néi, H¶i Phßng, §µ N½ng vµ Müller")).toBe("tcvn3");
  });
});

const UNICODE_SENTENCES = [
  "Hà Nội",
  "Hưng Yên",
  "Nguyễn Văn An",
  "Trường",
  "Sở Thông tin và Truyền thông tỉnh Hưng Yên",
  "Cộng hòa xã hội chủ nghĩa Việt Nam",
  "Độc lập - Tự do - Hạnh phúc",
  "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
  "Báo cáo kết quả công tác phối hợp phòng, chống tội phạm 6 tháng đầu năm 2023.",
  "Khoái Châu, Văn Lâm, Mỹ Hào, Ân Thi, Phù Cừ, Tiên Lữ, Kim Động, Yên Mỹ, Văn Giang.",
  "Số: 841/BC-STTTT",
  "Kính gửi: Sở Khoa học và Công nghệ",
  "Hoà bình, hòa bình, khoẻ, khỏe, thuý, thúy",
  "Tôi là ai",
  "Cô ấy có ý tốt",
  "Bà Hà ở Huế",
  "Ông Tú",
  "Cá",
  "Ý kiến",
  "Hoàng Anh",
  "HOÀ",
  "Hoàn",
  "ÐINH VĂN ÐÔNG",
  "Ðào",
  "ðồng",
  "Bộ Thông tin và Truyền thông; Cục An toàn thông tin (Bộ TT&TT).",
  "Hello world",
  "The quick brown fox jumps over the lazy dog.",
  "Annual report, H1 2023",
  "N/A",
  "TBD",
  "1.234.567",
  "12,5%",
  "03/7/2023",
  "2023-07-03",
  "0912.345.678",
  "+84 221 3863 118",
  "sotttt@hungyen.gov.vn",
  "https://hungyen.gov.vn/van-ban?id=841",
  "1.250.000 đồng",
  "100 €",
  "25°C",
  "½ ngày",
  "© 2023 Sở TT&TT",
  "Coca-Cola®",
  "HP®",
  "§ 5",
  "2 × 3 = 6",
  "µm",
  "«Trích»",
  "Müller",
  "Köln",
  "Zürich",
  "Noël",
  "naïve",
  "Haïti",
  "España",
  "São Paulo",
  "Björk",
  "Øresund",
  "Citroën",
  "café",
  "Ångström",
];

describe("detectLegacyEncoding: not legacy", () => {
  it.each(UNICODE_SENTENCES.flatMap((text) => [text, text.normalize("NFD")]))("%s", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });
});

// Realistic Vietnamese words, built independently of syllable.ts: onset + rime with the tone mark placed
// by the usual rules (old or new style for oa, oe, uy).
const ONSETS = [
  "",
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "gh",
  "gi",
  "h",
  "k",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "ngh",
  "nh",
  "ph",
  "qu",
  "r",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x",
];
const RIMES = (
  "a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây " +
  "e eo ec em en eng ep et ê êu êch êm ên ênh êp êt i ia iu ich im in inh ip it iêc iêm iên iêng iêp iêt iêu " +
  "o oi oc om on ong op ot oa oai oay oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăt oe oeo oen oet " +
  "oong ooc ô ôi ôc ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt u ua ui uc um un ung up ut uân uâng uât uây uê uêch uênh " +
  "uôc uôi uôm uôn uông uôt uơ uy uya uyu uych uyn uynh uyt uyên uyêt ư ưa ưi ưu ưc ưng ưn ưt ươc ươi ươm ươn " +
  "ương ươp ươt ươu y yêm yên yêt yêu"
).split(" ");
const TONE_MARKS = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
const VOWEL = /[aăâeêioôơuưy]/u;

function tonePosition(rime: string, newStyle: boolean): number {
  const letters = [...rime];
  const vowels = letters.flatMap((letter, index) => (VOWEL.test(letter) ? [index] : []));
  const marked = vowels.filter((index) => "ăâêôơư".includes(letters[index] ?? ""));
  if (marked.length > 0) return marked[marked.length - 1] ?? 0;
  if (!VOWEL.test(letters[letters.length - 1] ?? "")) return vowels[vowels.length - 1] ?? 0;
  if (vowels.length === 3) return vowels[1] ?? 0;
  if (["oa", "oe", "uy"].includes(rime)) return (newStyle ? vowels[1] : vowels[0]) ?? 0;
  return vowels[0] ?? 0;
}

const syllable = fc
  .record({
    onset: fc.constantFrom(...ONSETS),
    rime: fc.constantFrom(...RIMES),
    tone: fc.constantFrom(...TONE_MARKS),
    newStyle: fc.boolean(),
    letterCase: fc.constantFrom("lower", "title", "upper"),
  })
  .filter(({ onset, rime }) => !(onset === "qu" && /^[uo]/.test(rime)) && !(onset === "gi" && rime.startsWith("i")))
  .map(({ onset, rime, tone, newStyle, letterCase }) => {
    const letters = [...rime];
    const at = tonePosition(rime, newStyle);
    letters[at] = `${letters[at] ?? ""}${tone}`;
    const word = (onset + letters.join("")).normalize("NFC");
    if (letterCase === "upper") return word.toUpperCase();
    if (letterCase === "title") return word.charAt(0).toUpperCase() + word.slice(1);
    return word;
  });
const asciiWord = fc.constantFrom(
  "UBND",
  "TT&TT",
  "BC-STTTT",
  "2023",
  "1.234.567",
  "12,5%",
  "03/7/2023",
  "report",
  "ID",
  "e-mail",
  "a@b.vn",
);
const separator = fc.constantFrom(
  " ",
  " ",
  " ",
  ", ",
  ". ",
  "; ",
  ": ",
  " - ",
  " (",
  ") ",
  "/",
  "\n",
  "\t",
  " “",
  "” ",
  " … ",
);

const vietnameseSentence = fc
  .array(fc.tuple(fc.oneof({ weight: 5, arbitrary: syllable }, { weight: 1, arbitrary: asciiWord }), separator), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) =>
    parts
      .map(([word, gap]) => word + gap)
      .join("")
      .trim(),
  );

describe("detectLegacyEncoding: properties", () => {
  it("never detects realistic Unicode Vietnamese text, NFC or NFD", () => {
    fc.assert(
      fc.property(vietnameseSentence, fc.boolean(), (sentence, decompose) => {
        expect(detectLegacyEncoding(decompose ? sentence.normalize("NFD") : sentence)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it("never detects text holding a Vietnamese letter beyond Latin-1", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.constantFrom(..."ăĂđĐơƠưƯạẠếẾờỜỹỸ\u0301\u0323"), (text, letter) => {
        expect(detectLegacyEncoding(text + letter)).toBeNull();
      }),
    );
  });
});

describe("guessTcvn3Capitals", () => {
  it("sees capitals-only text by ASCII capitals around lower-case codes", () => {
    expect(guessTcvn3Capitals("UBND TØNH H¦NG Y£N")).toBe(true);
    expect(guessTcvn3Capitals("Céng hoµ")).toBe(false);
    expect(guessTcvn3Capitals("Hµ")).toBe(false);
    expect(guessTcvn3Capitals("TØNH H\u00adng Yªn")).toBe(false);
  });
});

describe("isPlainlyUnicode", () => {
  it("recognises Unicode text under a legacy font", () => {
    expect(isPlainlyUnicode("Hưng Yên", "tcvn3")).toBe(true);
    expect(isPlainlyUnicode("Tôi là Hà", "tcvn3")).toBe(true);
    expect(isPlainlyUnicode("Tôi là Hà", "vni")).toBe(true);
    expect(isPlainlyUnicode("Hµ Néi", "tcvn3")).toBe(false);
    expect(isPlainlyUnicode("Sè 12", "tcvn3")).toBe(false);
    expect(isPlainlyUnicode("Höng Yeân", "vni")).toBe(false);
  });
});
