// The terminal's width and whether colours are allowed, in a module of its own: the help and the start of the
// program read them without loading string-width or chalk.

/** Columns of the terminal, or 100 when the output is not one (a pipe, a file). */
export function terminalColumns(stream: { isTTY?: boolean; columns?: number }): number {
  return stream.isTTY === true && typeof stream.columns === "number" && stream.columns > 0 ? stream.columns : 100;
}

/** Colour is off when NO_COLOR is set to anything non-empty (no-color.org) or --no-color is given. */
export function colorAllowed(env: NodeJS.ProcessEnv, noColorFlag: boolean): boolean {
  return !noColorFlag && (env.NO_COLOR === undefined || env.NO_COLOR === "");
}
