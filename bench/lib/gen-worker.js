// Setup only (timed apart from the benchmark): writes the filled forms of some units, on a worker thread.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { writeFilledForm } from "../../dist-test/test/helpers/fill-form.js";
import { formData, PERIOD, PERIOD_CODE } from "./synthetic.js";

const { config, units, rows, inbox } = workerData;
for (const { unit, seed } of units) {
  const bytes = await writeFilledForm({ config, unit, period: PERIOD }, formData(config, unit, rows, seed));
  writeFileSync(join(inbox, `${PERIOD_CODE}-${unit.code}.xlsx`), bytes);
  parentPort.postMessage(unit.code);
}
