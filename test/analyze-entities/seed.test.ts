// The seed article: every item of the gold's `entities` and `geo` sections, scored by the shared
// scorer. The body goes in as `format: 'body'` (the article paragraphs of the text dump) so this
// test does not depend on the text-dump extractor; its dateline place is given as the extractor
// reports it.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import { hasShared, sharedPath } from '../helpers/shared.js';
import { ensureGazetteer } from './helpers.js';
import { tempDir } from '../helpers/tmp.js';

/** Article paragraphs of the dump are the long ones; the header, byline and footer are short. */
const MIN_BODY_PARAGRAPH_WORDS = 40;

describe.runIf(hasShared('examples', 'seed-tajikistan.gold.json'))('seed article', () => {
  const dir = tempDir();
  it('finds every gold entity and geocodes every gold place', () => {
    ensureGazetteer();
    const dump = readFileSync(sharedPath('examples', 'seed-tajikistan.txt'), 'utf8');
    const body = dump
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.split(/\s+/).length >= MIN_BODY_PARAGRAPH_WORDS)
      .join('\n\n');
    const article = {
      ...extract({ content: body, format: 'body' }),
      dateline: { raw: 'Staunton, Dec. 26 –', place: 'Staunton', date: '2021-12-26' },
    };
    const record = analyze(article);
    expect(record.dateline?.geo?.country).toBe('US');
    expectAllFound(score(record, 'body'));
  });

  it('does the same on the record made from the raw text dump', () => {
    const record = analyze(
      extract({ content: readFileSync(sharedPath('examples', 'seed-tajikistan.txt')), path: 'seed-tajikistan.txt' }),
    );
    expect(record.dateline?.geo).toMatchObject({ country: 'US', admin1: 'Virginia' });
    expectAllFound(score(record, 'dump'));
  });

  function score(record: unknown, name: string): string {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(record));
    return execFileSync(
      process.execPath,
      [sharedPath('eval', 'score-record.mjs'), sharedPath('examples', 'seed-tajikistan.gold.json'), file],
      { encoding: 'utf8' },
    );
  }

  function expectAllFound(report: string): void {
    const misses = report.split('\n').filter((l) => l.startsWith('MISS entities') || l.startsWith('MISS geo'));
    expect(misses).toEqual([]);
    for (const section of ['entities', 'geo']) {
      const [, found, total] = new RegExp(`^${section}\\s+(\\d+)/(\\d+)`, 'm').exec(report) ?? [];
      expect(Number(total)).toBeGreaterThan(0);
      expect(found).toBe(total);
    }
  }
});
