// `baocao lock --period P [--note "…"]`: freeze a period's accepted submissions (src/app/lock.ts).
import { lockPeriod } from "../../../app/lock.js";
import type { LockResult } from "../../../app/lock.js";
import { messages } from "../../../messages/index.js";
import { vietnamTime } from "../../../store/index.js";
import type { Output } from "../../output.js";
import { loadWorkspace, requirePeriodOption } from "../../options.js";

export interface LockCommandOptions {
  cwd: string;
  workspace?: string;
  period: string;
  note?: string;
  now?: Date;
}

export async function lock(options: LockCommandOptions): Promise<LockResult> {
  const period = requirePeriodOption(options.period);
  return lockPeriod(await loadWorkspace(options.workspace, options.cwd), period, {
    now: options.now ?? new Date(),
    ...(options.note === undefined ? {} : { note: options.note }),
  });
}

export function printLock(result: LockResult, output: Output): void {
  if (output.settings.json) {
    output.json(result);
    return;
  }
  const m = messages(output.settings.lang).review;
  if (result.alreadyLocked) {
    output.result(m.alreadyLocked({ period: result.period, by: result.by, time: vietnamTime(result.time) }));
    return;
  }
  const lines = [m.locked({ period: result.period, count: result.units.length })];
  for (const unit of result.units) lines.push(m.lockedUnit(unit));
  output.result(lines.join("\n"));
}
