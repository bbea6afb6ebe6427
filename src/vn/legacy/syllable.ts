// Is a word one well-formed Vietnamese syllable? The legacy detector asks this of a word read both ways
// (as Unicode and as decoded legacy text), so it must accept every real syllable, in old ("hòa") and new
// ("hoà") tone placement and in any case, and should reject foreign words ("Müller", "Köln", "Haïti").
// It checks spelling shape only (onset, vowel cluster, final consonant, where the tone mark sits),
// not whether the syllable is in the dictionary.

const ONSETS = [
  "ngh",
  "ng",
  "nh",
  "ch",
  "gh",
  "gi",
  "kh",
  "ph",
  "qu",
  "th",
  "tr",
  "b",
  "c",
  "d",
  "đ",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "x",
  "",
] as const;

const VOWELS = new Set(["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]);

// Vowel cluster → allowed final consonants ("" = none) and the positions the tone mark may take.
interface Rime {
  readonly finals: readonly string[];
  readonly tone: readonly number[];
}
const OPEN: Rime = { finals: [""], tone: [0] };
const rime = (finals: string, tone: readonly number[] = [0]): Rime => ({ finals: finals.split(" "), tone });
const MIDDLE = { finals: [""], tone: [1] } as const satisfies Rime;

const RIMES: Readonly<Record<string, Rime>> = {
  a: rime(" c ch m n ng nh p t"),
  ai: OPEN,
  ao: OPEN,
  au: OPEN,
  ay: OPEN,
  ă: rime("c m n ng p t"),
  â: rime("c m n ng p t"),
  âu: OPEN,
  ây: OPEN,
  e: rime(" c m n ng p t"),
  eo: OPEN,
  ê: rime(" ch m n nh p t"),
  êu: OPEN,
  i: rime(" ch m n nh p t"),
  ia: OPEN,
  iu: OPEN,
  iê: rime("c m n ng p t", [1]),
  iêu: MIDDLE,
  o: rime(" c m n ng p t"),
  oi: OPEN,
  oo: rime("c ng", [0, 1]),
  oa: rime(" c ch m n ng nh p t", [0, 1]),
  oai: MIDDLE,
  oay: MIDDLE,
  oă: rime("c m n ng t", [1]),
  oe: rime(" n t", [0, 1]),
  oeo: MIDDLE,
  ô: rime(" c m n ng p t"),
  ôi: OPEN,
  ơ: rime(" m n p t"),
  ơi: OPEN,
  u: rime(" c m n ng p t"),
  ua: OPEN,
  ui: OPEN,
  uâ: rime("n ng t", [1]),
  uây: MIDDLE,
  uê: rime(" ch n nh", [1]),
  uơ: rime("", [1]),
  uô: rime("c m n ng t", [1]),
  uôi: MIDDLE,
  uy: rime(" ch n nh t", [0, 1]),
  uya: MIDDLE,
  uyu: MIDDLE,
  uyê: rime("n t", [2]),
  ư: rime(" c m n ng t"),
  ưa: OPEN,
  ưi: OPEN,
  ưu: OPEN,
  ươ: rime("c m n ng p t", [1]),
  ươi: MIDDLE,
  ươu: MIDDLE,
  y: OPEN,
  yê: rime("m n ng t", [1]),
  yêu: MIDDLE,
};

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Letters without tone, and the index of the letter carrying the tone mark (-1 when none). */
function splitTone(word: string): { letters: string[]; toneAt: number } | null {
  const letters: string[] = [];
  let toneAt = -1;
  for (const character of word.toLowerCase().normalize("NFC")) {
    const decomposed = character.normalize("NFD");
    const marks = decomposed.match(TONE_MARKS)?.length ?? 0;
    const letter = decomposed.replace(TONE_MARKS, "").normalize("NFC");
    if (marks > 1 || (marks === 1 && (toneAt >= 0 || !VOWELS.has(letter)))) return null;
    if (marks === 1) toneAt = letters.length;
    letters.push(letter);
  }
  return { letters, toneAt };
}

function isRime(letters: readonly string[], toneAt: number): boolean {
  let clusterLength = 0;
  while (clusterLength < letters.length && VOWELS.has(letters[clusterLength] ?? "")) clusterLength++;
  const rimeEntry = RIMES[letters.slice(0, clusterLength).join("")];
  if (clusterLength === 0 || rimeEntry === undefined) return false;
  if (!rimeEntry.finals.includes(letters.slice(clusterLength).join(""))) return false;
  return toneAt < 0 || rimeEntry.tone.includes(toneAt);
}

/** "Trường", "HOÀ", "hòa", "quýt", "giữa" → true; "Mỹller", "hạti", "cơng", "ĐT" → false. */
export function isVietnameseSyllable(word: string): boolean {
  const split = splitTone(word);
  if (split === null) return false;
  const { letters, toneAt } = split;
  const text = letters.join("");
  return ONSETS.some((onset) => {
    // Every onset letter is one UTF-16 unit, so string length counts letters.
    if (!text.startsWith(onset) || (toneAt >= 0 && toneAt < onset.length)) return false;
    const rest = letters.slice(onset.length);
    const restToneAt = toneAt < 0 ? -1 : toneAt - onset.length;
    if (isRime(rest, restToneAt)) return true;
    // In "qua", "quý", "quỳnh" the u belongs to the onset; the rime may still be read with it ("uynh").
    return onset === "qu" && rest.length > 0 && isRime(["u", ...rest], restToneAt < 0 ? -1 : restToneAt + 1);
  });
}
