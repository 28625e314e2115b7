// The seed post end to end: extract + analyze, scored by the shared gold scorer's `article` section.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/pipeline.js';
import { extract } from '../../src/extract/index.js';
import type { ArticleRecord } from '../../src/record/types.js';
import { hasShared, sharedPath } from '../helpers/shared.js';

// Items this test does not own: the dateline's country comes from the geocode component
// (Doc.datelineGeo); the gold's "9 paragraphs" disagrees with the dump, whose body has 8
// blank-line-separated paragraphs (asserted separately below).
const NOT_OURS = [/^dateline country$/u, /^\d+ paragraphs$/u];

interface ScoredItem {
  ok: boolean;
  label: string;
  why: string;
}

describe.runIf(hasShared('examples', 'seed-tajikistan.txt'))('seed-tajikistan.txt', () => {
  // Read and scored before the tests, not while the suite is collected: without ../shared the
  // suite is skipped, and a skipped suite's body still runs at collection.
  let record: ArticleRecord;
  let scored: SpawnSyncReturns<string>;
  let items: ScoredItem[] = [];
  let ours: ScoredItem[] = [];
  beforeAll(() => {
    const article = extract({
      content: readFileSync(sharedPath('examples', 'seed-tajikistan.txt')),
      path: 'seed-tajikistan.txt',
    });
    record = analyze(article);
    scored = spawnSync(
      process.execPath,
      [sharedPath('eval', 'score-record.mjs'), sharedPath('examples', 'seed-tajikistan.gold.json'), '-'],
      {
        input: JSON.stringify(record),
        encoding: 'utf8',
      },
    );
    items = scored.stdout
      .split('\n')
      .map((l) => l.match(/^(ok {2}|MISS) article: (.*?)(?: {2}\((.*)\))?$/u))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => ({ ok: m[1] === 'ok  ', label: m[2], why: m[3] ?? '' }));
    ours = items.filter((i) => !NOT_OURS.some((re) => re.test(i.label)));
  });

  it('the scorer ran and listed the article items', () => {
    expect(scored.status).toBe(0);
    expect(items).toHaveLength(16);
    expect(ours).toHaveLength(14);
  });
  for (const label of [
    'title',
    'author Paul Goble',
    'published',
    'dateline place',
    'dateline date',
    'text start',
    'text end',
    'text excludes "No comments"',
    'text excludes "Post a Comment"',
    'text excludes "Thursday, February 17, 2022"',
    'text excludes "Paul Goble"',
    'text excludes "Staunton, Dec. 26"',
    '0 comments',
    'a warning mentions dateline',
  ]) {
    it(`article: ${label}`, () => {
      const item = ours.find((i) => i.label === label);
      expect(item, `scorer printed no item ${label}`).toBeDefined();
      expect(item!.ok, item!.why).toBe(true);
    });
  }
  it('keeps the 8 body paragraphs of the dump, indentation trimmed', () => {
    expect(record.paragraphs).toHaveLength(8);
    expect(record.text.split('\n\n').every((p) => p === p.trim())).toBe(true);
  });
  it('warns about the stripped link and the 53-day-old dateline', () => {
    expect(record.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['stripped-link', 'dateline-far-from-published']),
    );
    expect(record.warnings.find((w) => w.code === 'dateline-far-from-published')!.message).toContain('53 days');
  });
  it('says where the link to the Russian source was lost: the "(" ending paragraph 2, and only there', () => {
    const lost = record.warnings.filter((w) => w.code === 'stripped-link');
    expect(lost.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^link lost in the saved text: paragraph 2 \("….*Russian military base in that country \(…"\)$/u,
      ),
    ]);
  });
});
