// Preloaded into every measured child process (node --import): when the process exits, write its peak
// resident set size (getrusage ru_maxrss: the kernel's high-water mark for the whole process, worker
// threads included) and its CPU time to the file named by BENCH_PROBE_OUT.
import { writeFileSync } from "node:fs";

const out = process.env.BENCH_PROBE_OUT;
if (out) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({ maxRssKB: usage.maxRSS, userCpuUs: usage.userCPUTime, systemCpuUs: usage.systemCPUTime }),
    );
  });
}
