#!/usr/bin/env node
// Regenerates the sample submissions in samples/hung-yen-2023-h1/inbox/ and last year's in
// samples/hung-yen-2023-h1/previous-2022-h1/ (committed with their output).
// Deterministic: a fixed seed, no clock. All figures are SYNTHETIC, invented for testing, sized like
// the real ones quoted in ../shared/reference/domain.md. Run after `npm run build`:
//   node scripts/make-samples.js [out-dir]
// Four files carry planted problems that `baocao validate` must find (listed in PLANTED below).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { indicatorsForKind } from "../dist/domain/catalogue.js";
import { writeFilledForm } from "../dist-test/test/helpers/fill-form.js";
import { withFixedZipTimestamps } from "../dist/zip/index.js";
import { readWorkspace } from "../dist/workspace/read.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const sampleDir = join(root, "samples", "hung-yen-2023-h1");
// An optional folder argument writes there instead (the tests regenerate and compare).
const out = process.argv[2];
const inbox = out === undefined ? join(sampleDir, "inbox") : join(out, "inbox");
// Last year's submissions, ingested with --period 2022-H1 so that the comparison comes from the store.
const previousDir = out === undefined ? join(sampleDir, "previous-2022-h1") : join(out, "previous-2022-h1");
const { config } = readWorkspace(sampleDir);
const H1_2023 = { kind: "half", year: 2023, half: 1 };
const H2_2022 = { kind: "half", year: 2022, half: 2 };
const H1_2022 = { kind: "half", year: 2022, half: 1 };

// A small seeded generator (mulberry32): the same samples on every machine.
let seed = 20230703;
function random() {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const between = (low, high) => low + Math.floor(random() * (high - low + 1));
const pick = (items) => items[Math.floor(random() * items.length)];
const round = (value, step) => Math.round(value / step) * step;

const THEFT = ["Trộm cắp hạ tầng viễn thông", "Phá hoại hạ tầng viễn thông"];
const PEOPLE = [
  "Nguyễn Thị Hoa",
  "Trần Văn Nam",
  "Lê Minh Tuấn",
  "Phạm Thu Trang",
  "Vũ Đức Long",
  "Đỗ Thị Mai",
  "Hoàng Văn Hải",
  "Bùi Thị Lan",
];
const HEADS = ["Nguyễn Văn Thắng", "Trần Quốc Toản", "Lê Thị Hằng", "Phạm Văn Đông", "Đặng Minh Châu", "Ngô Văn Sơn"];

/** A date in the H1 data window of `year` (15/12 of the year before … 14/06). */
function windowDate(year = 2023) {
  const day = between(0, 181);
  const d = new Date(Date.UTC(year - 1, 11, 15 + day));
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
}

function incidentsFor(unit) {
  const areaFor = () => (unit.area ? config.areas.find((a) => a.code === unit.area).name : pick(config.areas).name);
  const incidents = [];
  const thefts = unit.kind === "enterprise" ? between(2, 6) : unit.kind === "district" ? between(0, 2) : 0;
  for (let i = 0; i < thefts; i++) {
    incidents.push({
      detectedOn: windowDate(),
      area: areaFor(),
      field: "Viễn thông",
      behavior: pick(THEFT),
      description:
        pick(["Cắt trộm cáp quang treo", "Trộm ắc quy trạm BTS", "Cắt trộm cáp đồng", "Phá tủ cáp thuê bao"]) +
        ` (${between(50, 400)} m)`,
      damage: round(between(3_000_000, 45_000_000), 100_000),
      handling: pick(["Chuyển cơ quan Công an", "Đang xác minh, xử lý"]),
    });
  }
  const sanctioned =
    unit.code === "STTTT"
      ? between(4, 7)
      : unit.kind === "district"
        ? between(0, 2)
        : unit.code === "CAT"
          ? between(3, 6)
          : 0;
  for (let i = 0; i < sanctioned; i++) {
    incidents.push({
      detectedOn: windowDate(),
      area: areaFor(),
      field: pick(["Internet, mạng xã hội", "Viễn thông", "Báo chí", "Bưu chính"]),
      behavior: pick([
        "Đăng tải, chia sẻ thông tin sai sự thật, xấu độc",
        "SIM rác, SIM kích hoạt sẵn",
        "Kinh doanh dịch vụ không phép",
        "Tin nhắn, cuộc gọi rác",
      ]),
      description: pick([
        "Chia sẻ thông tin sai sự thật trên Facebook",
        "Bán SIM kích hoạt sẵn",
        "Cung cấp dịch vụ không có giấy phép",
        "Phát tán tin nhắn quảng cáo rác",
      ]),
      handling: "Xử phạt vi phạm hành chính",
      fine: pick([5_000_000, 7_500_000, 10_000_000, 12_500_000, 15_000_000]),
      decision: `${between(10, 250)}/QĐ-XPVPHC`,
    });
  }
  if (unit.code === "CAT") {
    for (let i = 0; i < 4; i++) {
      incidents.push({
        detectedOn: windowDate(),
        area: areaFor(),
        field: "Internet, mạng xã hội",
        behavior: "Lừa đảo qua mạng",
        description: pick([
          "Giả danh công an gọi điện chiếm đoạt tiền",
          "Lừa đảo đầu tư tiền ảo",
          "Lừa đảo tuyển cộng tác viên online",
        ]),
        damage: round(between(50_000_000, 900_000_000), 1_000_000),
        handling: "Khởi tố vụ án",
      });
    }
  }
  return incidents
    .map((incident, index) => ({ number: index + 1, ...incident }))
    .sort((a, b) =>
      a.detectedOn.split("/").reverse().join("").localeCompare(b.detectedOn.split("/").reverse().join("")),
    )
    .map((incident, index) => ({ ...incident, number: index + 1 }));
}

function figuresFor(unit, incidents) {
  const thefts = incidents.filter((i) => THEFT.includes(i.behavior));
  const fines = incidents.reduce((sum, i) => sum + (i.fine ?? 0), 0);
  const fined = incidents.filter((i) => i.fine).length;
  const agency = unit.kind === "agency";
  const district = unit.kind === "district";
  const big = unit.code === "CAT" || unit.code === "STTTT";
  const inspections = big ? between(3, 7) : district ? between(0, 2) : between(0, 1);
  const inspected = inspections * between(2, 5);
  const removed = big ? between(20, 60) : between(0, 6);
  const cases = unit.code === "CAT" ? between(4, 9) : 0;
  const current = {
    TH01: thefts.length,
    TH02: thefts.reduce((sum, i) => sum + i.damage, 0),
    TH03: unit.code === "CAT" ? between(30, 60) : district ? between(1, 12) : agency ? between(0, 3) : 0,
    TH04: unit.kind === "enterprise" ? between(0, 4) : big ? between(2, 8) : between(0, 1),
    TH05: big ? between(40, 120) : between(0, 10),
    TT01: inspections,
    TT02: Math.max(inspected, fined),
    TT03: Math.max(fined, Math.min(inspected, between(0, inspections * 2))),
    TT04: fined,
    TT05: fines,
    TT06: big ? between(1, 4) : 0,
    PH01: removed + between(0, 10),
    PH02: removed,
    PH03: unit.kind === "enterprise" ? between(150, 3_500) : unit.code === "STTTT" ? between(100, 400) : 0,
    PH04: cases,
    PH05: cases + between(0, cases),
    TU01: big ? between(40, 120) : between(4, 35),
    TU02: big ? between(5, 15) : between(1, 6),
    TU03: big ? between(600, 2_500) : between(60, 600),
    TU04:
      unit.kind === "enterprise"
        ? round(between(20_000, 400_000), 100)
        : unit.code === "STTTT"
          ? round(between(100_000, 900_000), 1000)
          : 0,
  };
  // Last year's figures: one factor per unit, so that every consistency rule that holds this year
  // (TT03 ≤ TT02, PH05 ≥ PH04 …) still holds after rounding, which is monotone.
  const factor = 0.6 + random() * 0.8;
  const lastYear = {};
  for (const [code, value] of Object.entries(current)) lastYear[code] = Math.round(value * factor);
  lastYear.TT05 = round(current.TT05 * factor, 100_000);
  if (current.TT05 > 0 && lastYear.TT05 === 0) lastYear.TT05 = 100_000;
  // Last year's infrastructure incidents, which TH01 and TH02 must match.
  const thefts2022 = Array.from({ length: lastYear.TH01 }, () => ({
    detectedOn: windowDate(2022),
    area: unit.area ? config.areas.find((a) => a.code === unit.area).name : pick(config.areas).name,
    field: "Viễn thông",
    behavior: pick(THEFT),
    description: "Cắt trộm cáp viễn thông",
    damage: round(between(2_000_000, 30_000_000), 100_000),
    handling: "Chuyển cơ quan Công an",
  }));
  lastYear.TH02 = thefts2022.reduce((sum, i) => sum + i.damage, 0);
  const indicators = {};
  const previousIndicators = {};
  for (const indicator of indicatorsForKind(config, unit.kind)) {
    indicators[indicator.code] = { current: current[indicator.code], previous: lastYear[indicator.code] };
    previousIndicators[indicator.code] = { current: lastYear[indicator.code] };
  }
  return {
    indicators,
    previous: { indicators: previousIndicators, incidents: thefts2022.map((i, n) => ({ number: n + 1, ...i })) },
  };
}

function dataFor(unit) {
  const incidents = incidentsFor(unit);
  const figures = figuresFor(unit, incidents);
  const info = {
    preparedBy: pick(PEOPLE),
    phone: `0221 38${between(10, 99)} ${between(100, 999)}`,
    email: `vanthu.${unit.code.toLowerCase().replace(/[^a-z0-9]/g, "")}@example.vn`,
    preparedOn: "16/06/2023",
    head: pick(HEADS),
  };
  const assessmentOf = (year) => ({
    highlights: `${unit.name} đã phối hợp chặt chẽ với Sở Thông tin và Truyền thông, Công an tỉnh trong phát hiện, xử lý vi phạm; kịp thời tuyên truyền cảnh báo các thủ đoạn lừa đảo qua mạng.`,
    shortcomings:
      "Việc phát hiện, xử lý trộm cắp, phá hoại hạ tầng viễn thông còn chậm; lực lượng làm công tác an toàn thông tin còn mỏng.",
    causes:
      "Thủ đoạn vi phạm ngày càng tinh vi; nhận thức của một bộ phận người dân về bảo vệ hạ tầng viễn thông chưa cao.",
    directions: `Tiếp tục tuyên truyền, tăng cường kiểm tra, phối hợp xử lý nghiêm các vi phạm trong 6 tháng cuối năm ${year}.`,
    proposals:
      unit.kind === "enterprise" ? "Đề nghị Công an các địa phương tăng cường tuần tra bảo vệ tuyến cáp." : "Không",
  });
  const previous = { info: { ...info, preparedOn: "16/06/2022" }, ...figures.previous, assessment: assessmentOf(2022) };
  return {
    previous,
    info,
    indicators: figures.indicators,
    incidents,
    assessment: assessmentOf(2023),
  };
}

// What goes wrong in the four planted files (the tests check that validate finds exactly these).
const PLANTED = {
  SGDDT: "wrong period: last half-year's form sent again",
  "UBND-ANTHI": "text in a number cell",
  STP: "the preparer's name typed in TCVN3 (.VnTime)",
  "UBND-TIENLU": "an incident in a district that is not in the list",
};
// Units without a 2022-H1 submission in the store: their comparison comes from the forms' column.
const NO_2022 = ["DPTTH", "FPT"];
// A unit whose 2023 form states last year's PH03 differently from what it reported in 2022.
const DISAGREES = { unit: "VIETTEL", indicator: "PH03" };
const FILE_NAMES = {
  VNPT: "VNPT HY - bao cao 6 thang dau nam 2023.xlsx",
  "UBND-VANGIANG": "Van Giang_BC 6T 2023.xlsx",
};

async function main() {
  rmSync(inbox, { recursive: true, force: true });
  rmSync(previousDir, { recursive: true, force: true });
  mkdirSync(inbox, { recursive: true });
  mkdirSync(previousDir, { recursive: true });
  for (const unit of config.units) {
    const data = dataFor(unit);
    if (!NO_2022.includes(unit.code)) {
      const bytes = await writeFilledForm({ config, unit, period: H1_2022 }, data.previous);
      writeFileSync(join(previousDir, `2022-H1-${unit.code}.xlsx`), bytes);
    }
    if (unit.code === DISAGREES.unit) data.indicators[DISAGREES.indicator].previous += 120;
    let period = H1_2023;
    if (unit.code === "SGDDT") period = H2_2022;
    if (unit.code === "UBND-ANTHI") data.indicators.TU01 = { current: "khoảng 20 tin", previous: 18 };
    if (unit.code === "UBND-TIENLU") {
      data.incidents.push({
        number: data.incidents.length + 1,
        detectedOn: "02/04/2023",
        area: "Tiên Lãng",
        field: "Viễn thông",
        behavior: "Lừa đảo qua mạng",
        description: "Lừa đảo qua điện thoại",
        handling: "Đang xác minh, xử lý",
      });
    }
    let bytes = await writeFilledForm({ config, unit, period }, data);
    if (unit.code === "STP") {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes);
      const cell = workbook.getWorksheet("Thông tin").getCell("B4");
      cell.value = "NguyÔn V¨n An";
      cell.font = { name: ".VnTime", size: 13 };
      bytes = withFixedZipTimestamps(new Uint8Array(await workbook.xlsx.writeBuffer()), {
        year: 2023,
        month: 6,
        day: 16,
      });
    }
    writeFileSync(join(inbox, FILE_NAMES[unit.code] ?? `2023-H1-${unit.code}.xlsx`), bytes);
  }
  if (process.argv[2] === undefined)
    console.log(`${readdirSync(inbox).length} files in ${inbox}; planted problems:`, PLANTED);
}

await main();
