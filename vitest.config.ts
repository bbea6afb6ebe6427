import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: ["test/setup/fail-on-console.ts", "test/setup/english-output.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // vitest's default is one worker fewer than the cores: one worker on a 2-core machine, which ran the
    // whole suite file after file. The test processes do most of the work (the main process only collects
    // results), so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
    // Test files share each worker's module cache instead of loading exceljs, docx and the program again for
    // each of ~90 files (about half a second each). No test mocks a module another file imports unmocked;
    // a test that needs fresh module state calls vi.resetModules() first.
    isolate: false,
  },
});
