// Preloaded into each process bench/cli.ts times (node --import): at exit, writes the process's
// CPU time and peak RSS as JSON to the file named by DATELINE_BENCH_USAGE.
import { writeFileSync } from 'node:fs';

const out = process.env.DATELINE_BENCH_USAGE;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 }));
  });
}
