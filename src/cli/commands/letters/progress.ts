// A progress bar for long batches, on stderr only (stdout stays clean for the result and --json), and
// only on a terminal, without --quiet or --json.
import cliProgress from "cli-progress";
import type { Lang } from "../../../messages/index.js";
import { messages } from "../../../messages/index.js";

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function createProgress(
  settings: { lang: Lang; quiet: boolean; json: boolean },
  stream: NodeJS.WriteStream = process.stderr,
): Progress | undefined {
  if (settings.quiet || settings.json || stream.isTTY !== true) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${messages(settings.lang).letters.progress} [{bar}] {value}/{total}`,
      clearOnComplete: true,
      hideCursor: true,
      noTTYOutput: false,
    },
    cliProgress.Presets.legacy,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
