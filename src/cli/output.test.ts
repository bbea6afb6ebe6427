import { describe, expect, it } from "vitest";
import { colorAllowed, Output } from "./output.js";

function capture(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (text: string) => chunks.push(text) } };
}

const settings = { lang: "vi" as const, json: false, quiet: false, color: true, debug: false };

describe("Output", () => {
  it("colours only on a terminal", () => {
    expect(new Output(settings, capture(true).stream, capture(true).stream).out.red("x")).toBe("\u001b[31mx\u001b[39m");
    expect(new Output(settings, capture(false).stream, capture(false).stream).out.red("x")).toBe("x");
    expect(new Output({ ...settings, color: false }, capture(true).stream, capture(true).stream).out.red("x")).toBe(
      "x",
    );
  });

  it("keeps stdout to the JSON alone with --json, and silences info with --quiet", () => {
    const stdout = capture(true);
    const stderr = capture(true);
    const output = new Output({ ...settings, json: true }, stdout.stream, stderr.stream);
    output.result("human");
    output.info("progress");
    output.json({ a: 1 });
    expect(stdout.chunks.join("")).toBe('{\n  "a": 1\n}\n');
    expect(output.out.red("x")).toBe("x");
    const quiet = capture(false);
    new Output({ ...settings, quiet: true }, capture(false).stream, quiet.stream).info("progress");
    expect(quiet.chunks).toEqual([]);
  });

  it("honours NO_COLOR (any non-empty value) and --no-color", () => {
    expect(colorAllowed({}, false)).toBe(true);
    expect(colorAllowed({ NO_COLOR: "1" }, false)).toBe(false);
    expect(colorAllowed({ NO_COLOR: "" }, false)).toBe(true);
    expect(colorAllowed({}, true)).toBe(false);
  });
});
