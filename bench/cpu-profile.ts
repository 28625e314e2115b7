// A CPU profile of part of a benchmark's run: V8's sampling profiler through node:inspector,
// started and stopped around the passes to be profiled, written as a .cpuprofile (Chrome DevTools
// and speedscope read it) and summarised by self time. `node --cpu-prof` profiles the whole
// process instead: start-up, the gazetteer's load, the warm-up pass and bench:analyze's peer
// (wink-nlp's own pipeline, whose functions the analysis shares), which blurred the analysis's
// own shares.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/** Microseconds between samples: 200 µs, as the earlier rounds' profiles (docs/audits/analysis-speed-*.md). */
const SAMPLING_INTERVAL_US = 200;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export class CpuProfile {
  private readonly session = new Session();

  /** Starts sampling. */
  async start(): Promise<void> {
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await this.session.post('Profiler.start');
  }

  /** Stops sampling, writes the profile to `path` and returns the `top` functions by self time, one
   * line each, then, when `stages` names functions, each one's share with what it calls. */
  async stop(path: string, top: number, stages: readonly string[] = []): Promise<string[]> {
    const { profile } = (await this.session.post('Profiler.stop')) as unknown as { profile: Profile };
    this.session.disconnect();
    writeFileSync(path, JSON.stringify(profile));
    const lines = selfTimes(profile, top);
    return stages.length === 0 ? lines : [...lines, 'with what they call:', ...inclusiveTimes(profile, stages)];
  }
}

/** The `top` functions by self time, as "share% name file:line" (the file's path from dist/, src/ or node_modules/ on). */
export function selfTimes(profile: Profile, top: number): string[] {
  const labelOf = new Map<number, string>();
  for (const { id, callFrame: f } of profile.nodes) {
    const file = f.url.replace(/^.*?\/(?=(?:dist|src|node_modules)\/)/, '');
    labelOf.set(id, `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`);
  }
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const label = labelOf.get(id)!;
    self.set(label, (self.get(label) ?? 0) + profile.timeDeltas[i]);
    total += profile.timeDeltas[i];
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([label, t]) => `${((100 * t) / total).toFixed(2).padStart(6)}%  ${label}`);
}

/** Each named function's share of the samples with everything it calls (a recursive call counted
 * once), as "share% name", in the order given. */
export function inclusiveTimes(profile: Profile, names: readonly string[]): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const wanted = new Set(names);
  const within = new Map<string, number>(names.map((name) => [name, 0]));
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i];
    total += dt;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (wanted.has(name) && !seen.has(name)) {
        seen.add(name);
        within.set(name, within.get(name)! + dt);
      }
    }
  });
  return names.map((name) => `${((100 * within.get(name)!) / total).toFixed(2).padStart(6)}%  ${name}`);
}
