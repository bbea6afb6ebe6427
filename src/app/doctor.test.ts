import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleWorkspace } from "../../test/helpers/sample-workspace.js";
import { tempDir } from "../../test/helpers/temp-dir.js";
import type { MachineReport } from "../machine/check.js";
import { doctor } from "./doctor.js";

const machine = (): MachineReport => ({
  platform: "linux",
  node: { ok: true, version: "20.0.0" },
  libreoffice: { found: false, command: null, version: null, source: null, problem: "not-found", given: null },
  font: { checked: false, found: false, name: null, metricCompatible: false },
});

describe("doctor (use case)", () => {
  it("summarises a valid workspace with the example period's window and deadline", () => {
    const workspace = sampleWorkspace(tempDir());
    const result = doctor(workspace.dir, { today: { year: 2023, month: 6, day: 20 }, machine });
    expect(result.workspace).toMatchObject({ valid: true, province: "Hưng Yên", units: { total: 22 } });
    if (!result.workspace.valid) return;
    // 20/06/2023 is in the window of 2023-H2 (15/06–14/12); three working days after 14/12/2023.
    expect(result.workspace.periods.example).toEqual({
      period: "2023-H2",
      label: "6 tháng cuối năm 2023",
      from: "2023-06-15",
      to: "2023-12-14",
      deadline: "2023-12-19",
    });
  });

  it("reports an invalid configuration instead of throwing", () => {
    const workspace = sampleWorkspace(tempDir());
    writeFileSync(join(workspace.dir, "baocao.yaml"), "organisation: [\n");
    const result = doctor(workspace.dir, { today: { year: 2023, month: 6, day: 20 }, machine });
    expect(result.workspace.valid).toBe(false);
  });
});
