// The seed article's seven gold events, scored by the shared scorer on the real pipeline's record.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import { hasShared, sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

describe.runIf(hasShared('examples', 'seed-tajikistan.txt'))('seed article events', () => {
  const dir = tempDir('dateline-seed-events-');

  it('finds all 7 events with their modalities and roles', () => {
    const input = sharedPath('examples', 'seed-tajikistan.txt');
    const record = analyze(extract({ content: readFileSync(input), path: input }));
    const out = join(dir, 'record.json');
    writeFileSync(out, JSON.stringify(record));
    const report = execFileSync(
      process.execPath,
      [sharedPath('eval', 'score-record.mjs'), sharedPath('examples', 'seed-tajikistan.gold.json'), out],
      { encoding: 'utf8' },
    );
    const section = (name: string) => new RegExp(`^${name}\\s+(\\d+)/(\\d+)$`, 'm').exec(report);
    for (const name of ['events', 'event modality', 'event roles']) {
      const m = section(name);
      expect(m, `${name} missing from the scorer's report`).not.toBeNull();
      expect(
        Number(m![1]),
        report
          .split('\n')
          .filter((l) => l.startsWith('MISS') && l.includes('event'))
          .join('\n'),
      ).toBe(Number(m![2]));
    }
    expect(section('events')![2]).toBe('7');
  });
});
