import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Whether `url` is a worker module Node can start as it is: a .js file that exists. Run from the
 * TypeScript sources (tests), a worker's .js file does not exist: the callers then work in-process.
 */
export function isRunnableWorker(url: URL): boolean {
  if (url.protocol !== "file:" || !/\.(c|m)?js$/.test(url.pathname)) return false;
  try {
    return existsSync(fileURLToPath(url));
  } catch {
    return false;
  }
}
