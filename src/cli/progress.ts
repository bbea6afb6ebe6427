// Feedback while a command works, on stderr only (stdout stays clean for the result and --json), and only on
// a terminal, without --quiet or --json: a progress bar for batches (forms, validating files, letters) and a
// line before a slow step (converting to PDF).
import { createRequire } from "node:module";
import type cliProgressModule from "cli-progress";
import type { Lang } from "../messages/index.js";

// cli-progress (CommonJS) is required only when a bar is drawn: a command off a terminal, or --help, never loads it.
const require = createRequire(import.meta.url);
const loadCliProgress = () => require("cli-progress") as typeof cliProgressModule;

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export interface FeedbackSettings {
  lang: Lang;
  quiet: boolean;
  json: boolean;
}

const shown = (settings: FeedbackSettings | undefined, stream: NodeJS.WriteStream) =>
  settings !== undefined && !settings.quiet && !settings.json && stream.isTTY === true;

/** A bar "label [====    ] 3/22", drawn from the first update, cleared when stopped; none off a terminal. */
export function createProgress(
  settings: FeedbackSettings | undefined,
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): Progress | undefined {
  if (!shown(settings, stream)) return undefined;
  const cliProgress = loadCliProgress();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {value}/{total}`,
      clearOnComplete: true,
      // The cursor stays: a Ctrl+C exits without stopping the bar, and must not leave the terminal without one.
      hideCursor: false,
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

/**
 * Runs `work` with a bar fed by the callback it is given (undefined off a terminal or without settings, so the
 * use case does not even count); the bar is cleared whether the work succeeds or fails.
 */
export async function withProgress<T>(
  settings: FeedbackSettings | undefined,
  label: string,
  work: (onProgress: ((done: number, total: number) => void) | undefined) => Promise<T>,
  stream: NodeJS.WriteStream = process.stderr,
): Promise<T> {
  const progress = createProgress(settings, label, stream);
  try {
    return await work(progress === undefined ? undefined : (done, total) => progress.update(done, total));
  } finally {
    progress?.stop();
  }
}

/** A callback that says `text` on the terminal when called (before a step that takes seconds); undefined off it. */
export function stepNotice(
  settings: FeedbackSettings,
  text: string,
  stream: NodeJS.WriteStream = process.stderr,
): (() => void) | undefined {
  if (!shown(settings, stream)) return undefined;
  return () => {
    stream.write(`${text}\n`);
  };
}
