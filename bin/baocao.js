#!/usr/bin/env node
try {
  await import("../dist/cli/index.js");
} catch (error) {
  // A clone of the repository before its first build: say how to build instead of a stack trace.
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !/dist[\\/]cli[\\/]index\.js/.test(String(error.message))) throw error;
  console.error("baocao: chưa build — chạy `npm run build` trong thư mục mã nguồn (not built: run `npm run build`).");
  process.exitCode = 2;
}
