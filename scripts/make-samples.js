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
import { assessmentFor } from "./sample-narratives.js";

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
const OPERATORS = ["VNPT", "Viettel", "MobiFone"];

/** What was stolen or broken, in the words of an incident log; `draw` ∈ [0, 1) chooses among them. */
function theftDescription(behavior, draw, metres, unit) {
  const owner = unit.kind === "enterprise" ? "" : ` của ${OPERATORS[metres % OPERATORS.length]}`;
  const batteries = 4 + 2 * (metres % 5);
  const stolen = [
    `Cắt trộm ${metres} m cáp quang treo${owner}`,
    `Cắt trộm ${metres} m cáp đồng thuê bao${owner}`,
    `Trộm ${batteries} bình ắc quy tại trạm phát sóng${owner}`,
    `Trộm cáp nguồn, dây tiếp đất tại trạm phát sóng${owner}`,
  ];
  const broken = [
    `Phá khóa tủ cáp thuê bao${owner}, cắt đứt dây nhảy`,
    `Cố ý cắt đứt ${metres} m cáp quang treo${owner}, gây mất liên lạc`,
    `Đập phá cửa, thiết bị nhà trạm phát sóng${owner}`,
    `Chặt đổ cột treo cáp${owner}, làm đứt ${metres} m cáp`,
  ];
  // FPT runs a fixed network: cables and street cabinets, no base stations.
  const fixed = [
    `Cắt trộm ${metres} m cáp quang treo`,
    `Cắt trộm ${metres} m cáp quang thuê bao`,
    "Phá tủ cáp, trộm thiết bị chuyển mạch quang",
    `Cắt trộm ${metres} m cáp quang trục`,
  ];
  const choices = behavior !== THEFT[0] ? broken : unit.code === "FPT" ? fixed : stolen;
  return choices[Math.floor(draw * choices.length)];
}

// Administrative violations: the behaviours in the order of the first generator's draw; each with the
// descriptions that fit it and the fields each description belongs to.
const SANCTIONED = [
  "Đăng tải, chia sẻ thông tin sai sự thật, xấu độc",
  "SIM rác, SIM kích hoạt sẵn",
  "Kinh doanh dịch vụ không phép",
  "Tin nhắn, cuộc gọi rác",
];
const SOCIAL = ["Internet, mạng xã hội"];
const SANCTIONED_KINDS = {
  [SANCTIONED[0]]: [
    {
      fields: SOCIAL,
      text: (area) => `Chia sẻ trên Facebook thông tin sai sự thật về vụ tai nạn giao thông tại ${area}`,
    },
    { fields: SOCIAL, text: () => "Đăng bài xuyên tạc, xúc phạm cán bộ chính quyền địa phương trên mạng xã hội" },
    { fields: SOCIAL, text: () => "Đăng tải thông tin sai sự thật về việc bắt cóc trẻ em trên TikTok" },
    {
      fields: SOCIAL,
      text: () => "Phát trực tiếp trên mạng xã hội nội dung sai sự thật về việc bồi thường, giải phóng mặt bằng",
    },
  ],
  [SANCTIONED[1]]: [
    { fields: ["Viễn thông"], text: () => "Cửa hàng điện thoại bán SIM di động đã kích hoạt sẵn" },
    { fields: ["Viễn thông"], text: () => "Điểm bán lẻ đăng ký thông tin thuê bao bằng giấy tờ của người khác" },
    { fields: ["Viễn thông"], text: () => "Tàng trữ, bán SIM đã đăng ký sẵn thông tin thuê bao qua mạng xã hội" },
  ],
  [SANCTIONED[2]]: [
    { fields: ["Bưu chính"], text: () => "Cung cấp dịch vụ chuyển phát không có giấy phép bưu chính" },
    { fields: SOCIAL, text: () => "Thiết lập trang thông tin điện tử tổng hợp không có giấy phép" },
    {
      fields: ["Viễn thông"],
      text: () => "Kéo cáp, cung cấp dịch vụ Internet cho khu nhà trọ không có giấy phép viễn thông",
    },
  ],
  [SANCTIONED[3]]: [
    { fields: ["Viễn thông"], text: () => "Gửi tin nhắn quảng cáo bất động sản khi người nhận chưa đồng ý" },
    { fields: ["Viễn thông"], text: () => "Thực hiện cuộc gọi quảng cáo hàng loạt từ nhiều thuê bao di động" },
    { fields: ["Viễn thông"], text: () => "Phát tán tin nhắn quảng cáo bằng trạm phát sóng giả gắn trên ô tô" },
  ],
};

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
    // The draws stay in the order of the first generator (date, area, behaviour, description, length,
    // damage, handling), so every figure and date is unchanged; the description now follows the behaviour.
    const detectedOn = windowDate();
    const area = areaFor();
    const behavior = pick(THEFT);
    const draw = random();
    const metres = between(50, 400);
    const damage = round(between(3_000_000, 45_000_000), 100_000);
    incidents.push({
      detectedOn,
      area,
      field: "Viễn thông",
      behavior,
      description: theftDescription(behavior, draw, metres, unit),
      damage,
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
    // Same draws as before (date, area, field, behaviour, description, fine, decision); the field and the
    // description are now chosen among those that fit the behaviour.
    const detectedOn = windowDate();
    const area = areaFor();
    const fieldDraw = random();
    const behavior = pick(SANCTIONED);
    const descriptionDraw = random();
    const fine = pick([5_000_000, 7_500_000, 10_000_000, 12_500_000, 15_000_000]);
    const decision = `${between(10, 250)}/QĐ-XPVPHC`;
    const kind = SANCTIONED_KINDS[behavior];
    const variant = kind[Math.floor(descriptionDraw * kind.length)];
    incidents.push({
      detectedOn,
      area,
      field: variant.fields[Math.floor(fieldDraw * variant.fields.length)],
      behavior,
      description: variant.text(area),
      handling: "Xử phạt vi phạm hành chính",
      fine,
      decision,
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
          "Giả danh cán bộ công an gọi điện đe dọa, yêu cầu chuyển tiền vào tài khoản để xác minh",
          "Dụ dỗ đầu tư tiền ảo qua sàn giao dịch giả mạo, chiếm đoạt tiền nạp",
          "Tuyển cộng tác viên làm nhiệm vụ trên ứng dụng mua sắm giả, chiếm đoạt tiền đặt cọc",
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
  const thefts2022 = Array.from({ length: lastYear.TH01 }, () => {
    const detectedOn = windowDate(2022);
    const area = unit.area ? config.areas.find((a) => a.code === unit.area).name : pick(config.areas).name;
    const behavior = pick(THEFT);
    const damage = round(between(2_000_000, 30_000_000), 100_000);
    // No extra draw: the description comes from the damage, so last year's figures stay as they were.
    const metres = 60 + ((damage / 100_000) % 300);
    const description = theftDescription(behavior, ((damage / 100_000) % 4) / 4, metres, unit);
    return { detectedOn, area, field: "Viễn thông", behavior, description, damage, handling: "Chuyển cơ quan Công an" };
  });
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
  // The narratives state each period's own figures: this year's, and last year's in last year's form.
  const figuresOf = (which) =>
    Object.fromEntries(Object.entries(figures.indicators).map(([code, values]) => [code, values[which]]));
  const assessmentOf = (year) =>
    assessmentFor(unit, config, year, year === 2023 ? figuresOf("current") : figuresOf("previous"));
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
        description: "Giả danh nhân viên điện lực gọi điện, yêu cầu thanh toán tiền điện qua đường dẫn lạ",
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
