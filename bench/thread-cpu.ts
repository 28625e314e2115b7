// CPU time of this process split by thread: the main thread (where the analysis, its scavenges and
// compactions run under the product's V8 flags) against all the others (V8's optimising compiler,
// its concurrent marking, node's own threads). `process.cpuUsage()` sums them, so a pass that is
// still compiling looks slower than the code it runs. Read from /proc/self/task (Linux); null
// elsewhere, and the split is then left out.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second in /proc's utime and stime (USER_HZ: 100 on every Linux architecture node runs on). */
const TICKS_PER_SECOND = 100;
/** 0-based fields 13 and 14 of /proc/<pid>/task/<tid>/stat: user and system time in ticks. */
const UTIME = 13;
const STIME = 14;

export interface ThreadCpu {
  /** CPU seconds of the main thread. */
  main: number;
  /** CPU seconds of every other thread, finished threads not counted. */
  other: number;
}

/** CPU seconds so far of every live thread, by thread id; null where /proc is not there. */
function perThread(): Map<string, number> | null {
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  const out = new Map<string, number>();
  for (const tid of tids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended between the listing and the read
    }
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(tid, (Number(fields[UTIME - 2]) + Number(fields[STIME - 2])) / TICKS_PER_SECOND);
  }
  return out;
}

/** A stopwatch of CPU seconds per thread kind: `lap()` gives the split since the last lap (or since it was made). */
export class ThreadStopwatch {
  private last = perThread();

  /** The split since the last call, or null where threads cannot be read. */
  lap(): ThreadCpu | null {
    const now = perThread();
    const last = this.last;
    this.last = now;
    if (!now || !last) return null;
    const mainTid = String(process.pid);
    let main = 0;
    let other = 0;
    for (const [tid, seconds] of now) {
      const used = seconds - (last.get(tid) ?? 0);
      if (tid === mainTid) main += used;
      else other += used;
    }
    return { main, other };
  }
}
