// Everything the CLI prints goes through here, so that --json keeps stdout machine-clean, --quiet
// silences chatter, and colours appear only on a terminal and never with NO_COLOR or --no-color.
import { Chalk } from "chalk";
import type { ChalkInstance } from "chalk";
import type { Lang } from "../messages/index.js";
import { terminalColumns } from "./terminal.js";

export { colorAllowed } from "./terminal.js";

export interface Stream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface OutputSettings {
  lang: Lang;
  json: boolean;
  quiet: boolean;
  /** false with --no-color or NO_COLOR; true means "if the stream is a terminal". */
  color: boolean;
  debug: boolean;
}

export class Output {
  /** Colours for stdout and stderr, each decided by its own stream. */
  readonly out: ChalkInstance;
  readonly err: ChalkInstance;

  constructor(
    readonly settings: OutputSettings,
    private readonly stdout: Stream = process.stdout,
    private readonly stderr: Stream = process.stderr,
  ) {
    const level = (stream: Stream) => (settings.color && stream.isTTY === true ? 1 : 0);
    this.out = new Chalk({ level: settings.json ? 0 : level(stdout) });
    this.err = new Chalk({ level: level(stderr) });
  }

  /** How many columns a line of the result may take: the terminal's, or 100 in a pipe or a file. */
  get columns(): number {
    return terminalColumns(this.stdout);
  }

  /** The command's main human-readable result (not shown with --json). */
  result(text: string): void {
    if (!this.settings.json) this.stdout.write(`${text}\n`);
  }

  /** Progress and hints: not shown with --quiet or --json (so stdout stays clean). */
  info(text: string): void {
    if (!this.settings.quiet && !this.settings.json) this.stderr.write(`${text}\n`);
  }

  json(value: unknown): void {
    this.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** A JSON text given in pieces (a large aggregate), written in batches of about a million characters. */
  jsonPieces(pieces: Iterable<string>): void {
    let batch: string[] = [];
    let length = 0;
    for (const piece of pieces) {
      batch.push(piece);
      length += piece.length;
      if (length >= 1 << 20) {
        this.stdout.write(batch.join(""));
        batch = [];
        length = 0;
      }
    }
    if (batch.length > 0) this.stdout.write(batch.join(""));
  }

  warn(text: string): void {
    this.stderr.write(`${text}\n`);
  }

  error(text: string): void {
    this.stderr.write(`${text}\n`);
  }
}
