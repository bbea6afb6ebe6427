// Temporary folders for tests, removed when the test finishes (changesets' test-utils pattern).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, onTestFinished } from "vitest";

/** A fresh folder with the given files (path → content). */
export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "baocao-test-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Like tempDir, for a whole describe block: call it at the top of the block (it registers afterAll). */
export function suiteTempDir(): () => string {
  const dir = mkdtempSync(join(tmpdir(), "baocao-suite-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}
