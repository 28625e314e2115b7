// The seed article through extract and analyze, scored by the shared scorer: every gold item of the
// quote, attribution, quote kind, quote cue, times and quantities sections must be found.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import { hasShared, sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

const SECTIONS = ['quotes', 'attribution', 'quote kind', 'quote cue', 'times', 'quantities'];

describe.runIf(hasShared('examples', 'seed-tajikistan.txt') && hasShared('eval', 'score-record.mjs'))(
  'seed article: who said what, when, how many',
  () => {
    const dir = tempDir();
    it('finds every gold quote, speaker, kind, cue, time and quantity', () => {
      const record = analyze(
        extract({ content: readFileSync(sharedPath('examples', 'seed-tajikistan.txt')), format: 'text' }),
      );
      const out = join(dir, 'seed.json');
      writeFileSync(out, JSON.stringify(record));
      const res = spawnSync(
        process.execPath,
        [sharedPath('eval', 'score-record.mjs'), sharedPath('examples', 'seed-tajikistan.gold.json'), out],
        { encoding: 'utf8' },
      );
      const lines = res.stdout.split('\n');
      for (const section of SECTIONS) {
        const summary = lines.find((l) => l.startsWith(section.padEnd(16)));
        const m = summary ? /(\d+)\/(\d+)$/.exec(summary.trim()) : null;
        expect(m, `no summary for ${section}`).not.toBeNull();
        const misses = lines.filter((l) => l.startsWith(`MISS ${section}:`));
        expect(misses, section).toEqual([]);
        expect(Number(m![1])).toBe(Number(m![2]));
      }
    });
  },
);
