// The bench's synthetic workspace: the sample configuration (samples/hung-yen-2023-h1) with its units
// replaced by N generated units of mixed kinds, and one filled form per unit with R incident rows.
// Deterministic: a seeded generator per unit, no clock, so two runs measure the same bytes.
// All names and figures are SYNTHETIC.
import { indicatorsForKind } from "../../dist/domain/catalogue.js";

export const PERIOD = { kind: "half", year: 2023, half: 1 };
export const PERIOD_CODE = "2023-H1";
/** The H1 2023 data window (Decree 09): 15/12/2022 … 14/06/2023. */
const WINDOW_START = Date.UTC(2022, 11, 15);
const WINDOW_DAYS = 182;

const THEFT = ["Trộm cắp hạ tầng viễn thông", "Phá hoại hạ tầng viễn thông"];
const PEOPLE = ["Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Minh Tuấn", "Phạm Thu Trang", "Vũ Đức Long", "Đỗ Thị Mai"];
const DESCRIPTIONS = [
  "Cắt trộm cáp quang treo",
  "Trộm ắc quy trạm BTS",
  "Giả danh công an gọi điện chiếm đoạt tiền",
  "Chia sẻ thông tin sai sự thật trên mạng xã hội",
  "Bán SIM kích hoạt sẵn",
  "Phát tán tin nhắn quảng cáo rác",
  "Lừa đảo đầu tư tiền ảo",
  "Cung cấp dịch vụ không có giấy phép",
];

/** mulberry32: a small seeded generator, the same numbers on every machine. */
export function generator(seed) {
  let state = seed | 0;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const between = (low, high) => low + Math.floor(random() * (high - low + 1));
  const pick = (items) => items[Math.floor(random() * items.length)];
  return { random, between, pick };
}

/** N units: 3 in 10 provincial agencies, 5 in 10 district committees, 2 in 10 companies. */
export function syntheticUnits(count, areas) {
  const units = [];
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(3, "0");
    const slot = i % 10;
    if (slot < 3)
      units.push({ code: `SO-${n}`, name: `Sở Thử nghiệm số ${i}`, kind: "agency", group: "Các sở, ban, ngành tỉnh" });
    else if (slot < 8) {
      const area = areas[i % areas.length];
      units.push({
        code: `UBND-${n}`,
        name: `UBND huyện Thử nghiệm số ${i}`,
        kind: "district",
        group: "UBND huyện, thị xã, thành phố",
        area: area.code,
      });
    } else
      units.push({
        code: `DN-${n}`,
        name: `Công ty Viễn thông Thử nghiệm số ${i}`,
        kind: "enterprise",
        group: "Các doanh nghiệp viễn thông, CNTT",
      });
  }
  return units;
}

/** A filled form's data (FormData of test/helpers/fill-form.ts) for one unit: consistent with every rule of the sample catalogue. */
export function formData(config, unit, rows, seed) {
  const { between, pick } = generator(seed);
  const areaName = (code) => config.areas.find((area) => area.code === code).name;
  const incidents = [];
  for (let i = 0; i < rows; i++) {
    const day = new Date(WINDOW_START + between(0, WINDOW_DAYS - 1) * 86_400_000);
    const theft = between(0, 9) < 2;
    const handling = theft ? pick(["Chuyển cơ quan Công an", "Đang xác minh, xử lý"]) : pick(config.codeLists.handling);
    const fined = handling === "Xử phạt vi phạm hành chính";
    incidents.push({
      number: i + 1,
      detectedOn: { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() },
      area: unit.area ? areaName(unit.area) : pick(config.areas).name,
      field: theft ? "Viễn thông" : pick(config.codeLists.fields),
      behavior: theft ? pick(THEFT) : pick(config.codeLists.behaviors.filter((b) => !THEFT.includes(b))),
      description: `${pick(DESCRIPTIONS)} (vụ ${i + 1})`,
      ...(theft || between(0, 3) === 0 ? { damage: between(10, 900) * 100_000 } : {}),
      handling,
      ...(fined
        ? { fine: pick([5_000_000, 7_500_000, 10_000_000, 12_500_000]), decision: `${between(10, 999)}/QĐ-XPVPHC` }
        : {}),
    });
  }
  const thefts = incidents.filter((incident) => THEFT.includes(incident.behavior));
  const fines = incidents.reduce((sum, incident) => sum + (incident.fine ?? 0), 0);
  const fined = incidents.filter((incident) => incident.fine !== undefined).length;
  const inspected = fined + between(0, 50);
  const removed = between(0, 200);
  const cases = between(0, 20);
  const current = {
    TH01: thefts.length,
    TH02: thefts.reduce((sum, incident) => sum + (incident.damage ?? 0), 0),
    TH03: between(0, 300),
    TH04: between(0, 20),
    TH05: between(0, 500),
    TT01: between(1, 30),
    TT02: inspected,
    TT03: Math.min(inspected, fined + between(0, 10)),
    TT04: fined,
    TT05: fines,
    TT06: between(0, 5),
    PH01: removed + between(0, 50),
    PH02: removed,
    PH03: between(0, 3_500),
    PH04: cases,
    PH05: cases + between(0, cases),
    TU01: between(4, 120),
    TU02: between(1, 15),
    TU03: between(60, 2_500),
    TU04: between(0, 4_000) * 100,
  };
  const indicators = {};
  for (const indicator of indicatorsForKind(config, unit.kind)) {
    const value = current[indicator.code] ?? between(0, 50);
    indicators[indicator.code] = { current: value, previous: Math.round(value * (0.6 + between(0, 80) / 100)) };
  }
  return {
    info: {
      preparedBy: pick(PEOPLE),
      phone: `0221 38${between(10, 99)} ${between(100, 999)}`,
      email: `vanthu.${unit.code.toLowerCase()}@example.vn`,
      preparedOn: { year: 2023, month: 6, day: 16 },
      head: pick(PEOPLE),
    },
    indicators,
    incidents,
    assessment: {
      highlights: `${unit.name} đã phối hợp chặt chẽ trong phát hiện, xử lý vi phạm; kịp thời tuyên truyền cảnh báo các thủ đoạn lừa đảo qua mạng.`,
      shortcomings:
        "Việc phát hiện, xử lý trộm cắp hạ tầng viễn thông còn chậm; lực lượng làm công tác an toàn thông tin còn mỏng.",
      causes: "Thủ đoạn vi phạm ngày càng tinh vi; nhận thức của một bộ phận người dân chưa cao.",
      directions:
        "Tiếp tục tuyên truyền, tăng cường kiểm tra, phối hợp xử lý nghiêm các vi phạm trong 6 tháng cuối năm 2023.",
      proposals: "Không",
    },
  };
}

/** The recipients of the letters benchmark: a CSV the clerk might keep (UTF-8, header row). */
export function recipientsCsv(count) {
  const lines = ["Mã đơn vị,Tên đơn vị,Kính gửi,Email"];
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(4, "0");
    lines.push(`NN-${n},Trường Thử nghiệm số ${i},Ban Giám hiệu Trường Thử nghiệm số ${i},vanthu${n}@example.vn`);
  }
  return `${lines.join("\n")}\n`;
}
