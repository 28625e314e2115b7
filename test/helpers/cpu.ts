// Bounds on cost in CPU time, not wall-clock time: on a busy machine a test waits for a core, but
// the CPU time it uses stays the same, so the bound catches a quadratic walk or a hang without
// failing at a high load average. Speed targets themselves live in `npm run bench:*`.

/** Runs `fn` and returns its value with the CPU milliseconds (user + system) this process spent meanwhile. */
export function cpuTimed<T>(fn: () => T): { value: T; cpuMs: number } {
  const before = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(before);
  return { value, cpuMs: (used.user + used.system) / 1000 };
}
