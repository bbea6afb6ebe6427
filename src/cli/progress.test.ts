import { describe, expect, it } from "vitest";
import { createProgress, stepNotice, withProgress } from "./progress.js";

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

const vi = { lang: "vi", quiet: false, json: false } as const;

describe("createProgress", () => {
  it("draws a bar on a terminal, with its label", () => {
    const { stream, written } = fakeTerminal(true);
    const progress = createProgress(vi, "Đang soạn công văn", stream);
    expect(progress).toBeDefined();
    progress!.update(1, 4);
    progress!.update(4, 4);
    progress!.stop();
    expect(written.join("")).toContain("Đang soạn công văn");
    expect(written.join("")).toContain("4/4");
  });

  it("stays silent off a terminal, with --quiet and with --json", () => {
    expect(createProgress(vi, "x", fakeTerminal(false).stream)).toBeUndefined();
    expect(createProgress({ ...vi, quiet: true }, "x", fakeTerminal(true).stream)).toBeUndefined();
    expect(createProgress({ lang: "en", quiet: false, json: true }, "x", fakeTerminal(true).stream)).toBeUndefined();
  });
});

describe("withProgress", () => {
  it("feeds the bar on a terminal and gives the work no callback off it", async () => {
    const terminal = fakeTerminal(true);
    const result = await withProgress(
      vi,
      "Đang kiểm tra",
      async (onProgress) => {
        onProgress?.(1, 2);
        onProgress?.(2, 2);
        return 7;
      },
      terminal.stream,
    );
    expect(result).toBe(7);
    expect(terminal.written.join("")).toContain("Đang kiểm tra");
    expect(terminal.written.join("")).toContain("2/2");
    let given: unknown = "unset";
    await withProgress(vi, "x", async (onProgress) => (given = onProgress), fakeTerminal(false).stream);
    expect(given).toBeUndefined();
  });

  it("stops the bar when the work fails", async () => {
    const terminal = fakeTerminal(true);
    await expect(
      withProgress(
        vi,
        "x",
        async (onProgress) => {
          onProgress?.(1, 3);
          throw new Error("boom");
        },
        terminal.stream,
      ),
    ).rejects.toThrow("boom");
    // Stopped: the bar's line is cleared (clearOnComplete), and nothing is drawn after.
    const text = terminal.written.join("");
    expect(text).toContain("1/3");
    expect(text.endsWith("\u001b[1G\u001b[2K")).toBe(true);
  });
});

describe("stepNotice", () => {
  it("says the step on a terminal only", () => {
    const terminal = fakeTerminal(true);
    stepNotice(vi, "Đang chuyển sang PDF…", terminal.stream)?.();
    expect(terminal.written).toEqual(["Đang chuyển sang PDF…\n"]);
    expect(stepNotice(vi, "x", fakeTerminal(false).stream)).toBeUndefined();
    expect(stepNotice({ ...vi, json: true }, "x", fakeTerminal(true).stream)).toBeUndefined();
  });
});
