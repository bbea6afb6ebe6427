// Pure: the report's narrative (sections III–V) synthesised from the units' texts the way a clerk writes it.
// Each unit's text is cut into sentences; a sentence that begins with the unit's own name loses it (the
// synthesis names the units itself); identical or near-identical sentences (same numbers, a normalised
// character similarity of at least SIMILARITY) are merged into one item whose subject names the units only
// where that adds information: "Các doanh nghiệp viễn thông (VNPT, Viettel) đề nghị …", "Các cơ quan, đơn vị,
// doanh nghiệp tiếp tục …" when every unit that reported wrote it. Items come grouped by kind of unit (shared
// across kinds first, then sở/ngành, UBND cấp huyện/xã, doanh nghiệp), the most widely shared first. Nothing
// a unit wrote is dropped: every sentence is either an item's text or near-identical to it.
import { distance } from "fastest-levenshtein";
import { foldForCompare, normalizeText } from "../vn/normalize.js";
import type { UnitKind } from "./unit.js";
import { UNIT_KINDS } from "./unit.js";

/** Two sentences at least this similar (1 − edit distance / longer length, on folded text) are one. */
export const SIMILARITY = 0.85;

export interface NarrativeSource {
  /** The unit's code. */
  readonly unit: string;
  readonly text: string;
}

export interface NarrativeUnit {
  readonly code: string;
  /** Full name, as a sentence may begin with it. */
  readonly name: string;
  /** Name the synthesis writes (short name, or the name). */
  readonly label: string;
  readonly kind: UnitKind;
  /** The units' group as letters address it: "Các doanh nghiệp viễn thông, CNTT". */
  readonly group: string;
}

export interface SynthesisItem {
  /** The sentence as the report prints it, subject included, ending in a full stop. */
  readonly text: string;
  /** The units whose sentences it carries (codes), in configuration order. */
  readonly units: readonly string[];
  /** The kind of unit it is grouped under; null when units of several kinds wrote it. */
  readonly kind: UnitKind | null;
}

/** How the report names all the units of a kind that reported, when they all wrote the same. */
const KIND_PLURAL: Readonly<Record<UnitKind, string>> = {
  agency: "Các sở, ban, ngành",
  district: "UBND các huyện, thị xã, thành phố",
  enterprise: "Các doanh nghiệp",
};

/** Up to this many units, a sentence all units of a kind wrote still names them. */
const NAMED_GROUP_LIMIT = 5;

/** The subject when units of several kinds wrote a sentence. */
const ALL_UNITS = "Các cơ quan, đơn vị, doanh nghiệp";

// Words a sentence without a subject begins with (the unit is its implied subject): "Tiếp tục tuyên truyền …",
// "Đề nghị UBND tỉnh …", "Đã phối hợp …". Such a sentence takes the units as its subject; any other sentence
// has its own subject and names the units after it, in parentheses.
const PREDICATE_STARTS = [
  "bảo đảm",
  "bố trí",
  "cần",
  "chỉ đạo",
  "chủ động",
  "chưa",
  "còn",
  "cung cấp",
  "duy trì",
  "đã",
  "đang",
  "đảm bảo",
  "đẩy mạnh",
  "đề nghị",
  "đề xuất",
  "điều tra",
  "đôn đốc",
  "gặp",
  "gỡ",
  "hướng dẫn",
  "hỗ trợ",
  "khởi tố",
  "kiến nghị",
  "kiểm tra",
  "kịp thời",
  "mong",
  "nâng cao",
  "ngăn chặn",
  "nghiên cứu",
  "phát hiện",
  "phối hợp",
  "rà soát",
  "sẽ",
  "tạm dừng",
  "tăng cường",
  "tập trung",
  "tham mưu",
  "thanh tra",
  "thường xuyên",
  "thực hiện",
  "thu hồi",
  "tiếp nhận",
  "tiếp tục",
  "tổ chức",
  "triển khai",
  "tuyên truyền",
  "vẫn",
  "xây dựng",
  "xử lý",
  "xử phạt",
  "ban hành",
  "bước đầu",
  "cơ bản",
  "chấp hành",
  "hoàn thành",
  "luôn",
  "nghiêm túc",
  "quan tâm",
  "sớm",
  "ứng dụng",
].map(foldForCompare);

// "Không", "Không có.", "Không có kiến nghị": a unit saying it has nothing to say adds nothing to the report.
const NOTHING =
  /^(khong|khong co|chua co|khong co gi|khong co y kien|khong co (kien nghi|de xuat|de nghi)( gi)?)[\s.;!]*$/u;

interface Sentence {
  readonly unit: NarrativeUnit;
  /** Without the unit's name in front; first letter as written. */
  readonly text: string;
  /** The unit's name stood before it (or it starts with a predicate): the units are its subject. */
  readonly subjectless: boolean;
  readonly key: string;
  readonly numbers: string;
}

interface Cluster {
  readonly sentences: Sentence[];
}

/** The sentences of one section of the report, synthesised from the units' texts. */
export function synthesizeNarrative(
  sources: readonly NarrativeSource[],
  units: readonly NarrativeUnit[],
  /** The codes of the units whose reports are counted (the submitted ones). */
  reporting: readonly string[],
): SynthesisItem[] {
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const order = new Map(units.map((unit, index) => [unit.code, index]));
  const clusters: Cluster[] = [];
  for (const source of sources) {
    const unit = byCode.get(source.unit) ?? {
      code: source.unit,
      name: source.unit,
      label: source.unit,
      kind: "agency" as const,
      group: KIND_PLURAL.agency,
    };
    for (const raw of splitSentences(source.text)) {
      const sentence = readSentence(raw, unit);
      if (sentence === null) continue;
      const home = clusters.find((cluster) => cluster.sentences.some((other) => similar(other, sentence)));
      if (home === undefined) clusters.push({ sentences: [sentence] });
      else if (!home.sentences.some((other) => other.unit.code === unit.code)) home.sentences.push(sentence);
    }
  }
  const reportingOfKind = (kind: UnitKind) => reporting.filter((code) => byCode.get(code)?.kind === kind);
  const items = clusters.map((cluster, index) => {
    const members = [...new Set(cluster.sentences.map((s) => s.unit))].sort(
      (a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0),
    );
    const kinds = new Set(members.map((unit) => unit.kind));
    const kind = kinds.size === 1 ? members[0]!.kind : null;
    const chosen = representative(cluster.sentences);
    const all = reporting.length >= 2 && reporting.every((code) => members.some((unit) => unit.code === code));
    const allOfKind =
      kind !== null &&
      members.length >= 2 &&
      reportingOfKind(kind).length > 0 &&
      reportingOfKind(kind).every((code) => members.some((unit) => unit.code === code));
    const subject = subjectOf(members, kind, all, allOfKind);
    return { item: { text: compose(chosen, subject), units: members.map((unit) => unit.code), kind }, index };
  });
  const rank = (kind: UnitKind | null) => (kind === null ? -1 : UNIT_KINDS.indexOf(kind));
  return items
    .sort(
      (a, b) => rank(a.item.kind) - rank(b.item.kind) || b.item.units.length - a.item.units.length || a.index - b.index,
    )
    .map(({ item }) => item);
}

interface Subject {
  /** "Sở Tư pháp", "Các doanh nghiệp viễn thông (VNPT, Viettel)". */
  readonly lead: string;
  /** "(Sở Tư pháp, Sở Công Thương)" after a sentence with its own subject; "" when all units wrote it. */
  readonly tail: string;
}

function subjectOf(
  members: readonly NarrativeUnit[],
  kind: UnitKind | null,
  all: boolean,
  allOfKind: boolean,
): Subject {
  const names = members.map((unit) => unit.label).join(", ");
  if (all) return { lead: ALL_UNITS, tail: "" };
  if (members.length === 1) return { lead: members[0]!.label, tail: `(${names})` };
  const groups = new Set(members.map((unit) => unit.group));
  const plural = kind === null ? "Các cơ quan, đơn vị" : groups.size === 1 ? [...groups][0]! : KIND_PLURAL[kind];
  const lead = pluralise(plural);
  // All of a kind: a short list still tells the reader who they are; a long one would only say "all".
  if (allOfKind && members.length > NAMED_GROUP_LIMIT) return { lead, tail: "" };
  return { lead: `${lead} (${names})`, tail: `(${names})` };
}

/** "UBND huyện, thị xã, thành phố" → "UBND các huyện, thị xã, thành phố"; a group already plural stays. */
function pluralise(group: string): string {
  const folded = foldForCompare(group);
  if (folded.startsWith("cac ") || folded.includes(" cac ")) return group;
  const ubnd = /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu.exec(group);
  if (ubnd !== null) return `${ubnd[0]}các ${group.slice(ubnd[0].length)}`;
  return `Các ${lowerFirst(group)}`;
}

function compose(sentence: Sentence, subject: Subject): string {
  const body = sentence.text.replace(/[\s.;,:]+$/u, "");
  if (sentence.subjectless) return `${subject.lead} ${lowerFirst(body)}.`;
  return subject.tail === "" ? `${upperFirst(body)}.` : `${upperFirst(body)} ${subject.tail}.`;
}

/** The variant most units wrote; among equals, the longest (it carries the most). */
function representative(sentences: readonly Sentence[]): Sentence {
  const counts = new Map<string, number>();
  for (const s of sentences) counts.set(s.key, (counts.get(s.key) ?? 0) + 1);
  return [...sentences].sort(
    (a, b) => (counts.get(b.key) ?? 0) - (counts.get(a.key) ?? 0) || b.text.length - a.text.length,
  )[0]!;
}

/** Sentences: at ". " (or "!", "?") before a capital letter, at line breaks and list dashes. */
export function splitSentences(text: string): string[] {
  return normalizeText(text.replace(/\r?\n/g, "\u2029"))
    .split(/\u2029|(?<=[.!?])\s+(?=[-–•+]?\s*\p{Lu})/u)
    .reduce<string[]>((parts, part) => {
      // "TP. Hưng Yên", "Tx. Mỹ Hào": an abbreviation's full stop does not end the sentence.
      const last = parts.at(-1);
      if (last !== undefined && /(^|\s)\p{Lu}\p{L}?\.$/u.test(last)) parts[parts.length - 1] = `${last} ${part}`;
      else parts.push(part);
      return parts;
    }, [])
    .map((part) => part.replace(/^\s*[-–•+*]\s*/u, "").trim())
    .filter((part) => /\p{L}/u.test(part));
}

function readSentence(raw: string, unit: NarrativeUnit): Sentence | null {
  let text = raw;
  let subjectless = false;
  for (const name of [unit.name, unit.label, unit.code]) {
    const prefix = text.slice(0, name.length);
    const next = text.slice(name.length, name.length + 1);
    if (name !== "" && foldForCompare(prefix) === foldForCompare(name) && /^[\s:,]$/u.test(next)) {
      text = text.slice(name.length).replace(/^[\s:,]+/u, "");
      subjectless = true;
      break;
    }
  }
  if (!/\p{L}/u.test(text)) return null;
  const folded = foldForCompare(text);
  if (NOTHING.test(folded)) return null;
  if (!subjectless) subjectless = PREDICATE_STARTS.some((word) => folded === word || folded.startsWith(`${word} `));
  return {
    unit,
    text,
    subjectless,
    key: folded.replace(/[^\p{L}\p{N}]+/gu, " ").trim(),
    numbers: (text.match(/\d+(?:[.,]\d+)*/gu) ?? []).join(" "),
  };
}

function similar(a: Sentence, b: Sentence): boolean {
  if (a.numbers !== b.numbers || a.subjectless !== b.subjectless) return false;
  if (a.key === b.key) return true;
  const longer = Math.max(a.key.length, b.key.length);
  return longer > 0 && 1 - distance(a.key, b.key) / longer >= SIMILARITY;
}

function lowerFirst(text: string): string {
  // An acronym or a proper noun in capitals ("UBND", "VNPT") keeps its case.
  const word = /^\p{L}+/u.exec(text)?.[0] ?? "";
  if (word.length > 1 && word === word.toUpperCase()) return text;
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
