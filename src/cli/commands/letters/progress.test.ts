import { describe, expect, it } from "vitest";
import { createProgress } from "./progress.js";

/** Just enough of a terminal stream for cli-progress. */
function fakeTerminal(isTTY: boolean) {
  const written: string[] = [];
  const stream = {
    isTTY,
    columns: 80,
    write: (text: string) => written.push(text) > 0,
    cursorTo: () => true,
    clearLine: () => true,
    clearScreenDown: () => true,
    moveCursor: () => true,
    on: () => stream,
    removeListener: () => stream,
  };
  return { stream: stream as unknown as NodeJS.WriteStream, written };
}

describe("createProgress", () => {
  it("draws a bar on a terminal, in the user's language", () => {
    const { stream, written } = fakeTerminal(true);
    const progress = createProgress({ lang: "vi", quiet: false, json: false }, stream);
    expect(progress).toBeDefined();
    progress!.update(1, 4);
    progress!.update(4, 4);
    progress!.stop();
    expect(written.join("")).toContain("Đang soạn công văn");
    expect(written.join("")).toContain("4/4");
  });

  it("stays silent off a terminal, with --quiet and with --json", () => {
    expect(createProgress({ lang: "vi", quiet: false, json: false }, fakeTerminal(false).stream)).toBeUndefined();
    expect(createProgress({ lang: "vi", quiet: true, json: false }, fakeTerminal(true).stream)).toBeUndefined();
    expect(createProgress({ lang: "en", quiet: false, json: true }, fakeTerminal(true).stream)).toBeUndefined();
  });
});
