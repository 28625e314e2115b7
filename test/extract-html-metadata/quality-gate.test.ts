// Quality floors on WCXB-dev (793 article pages with gold title, author, published): fails when
// title / author / date accuracy drops below the pinned floors, set a little under the figures
// measured when they were pinned (title 0.847, author 0.838, date 0.850). Raise them as the
// extractor improves; lowering one needs a reason in the commit message.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { decode } from '../../src/extract/decode.js';
import { extractMetadata } from '../../src/extract/html/metadata/index.js';
import {
  ratio,
  summarizeMetadata,
  type MetadataGold,
  type MetadataOutput,
} from '../../eval/extract-metadata-metrics.js';
import { hasShared, sharedPath } from '../helpers/shared.js';

const FLOORS = { title: 0.84, author: 0.83, date: 0.84 } as const;
/** A page without a gold author or date may still get one (a site's user name, a visible date);
 * this bounds how often, so precision cannot be traded away silently. */
const MAX_SPURIOUS_AUTHOR = 0.25;

describe.runIf(hasShared('data', 'extraction', 'wcxb-dev'))('html metadata quality gate (WCXB-dev)', () => {
  it('title, author and date accuracy stay above the pinned floors', () => {
    const dir = sharedPath('data', 'extraction', 'wcxb-dev');
    const golds = readFileSync(`${dir}/gold.jsonl`, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as MetadataGold & { url: string; page: string; body: string });
    const outs: MetadataOutput[] = golds.map((g) => {
      const bytes = gunzipSync(readFileSync(`${dir}/${g.page}`));
      const m = extractMetadata(parseDocument(decode(bytes).text), { url: g.url });
      return { title: m.title, authors: m.authors, published: m.published, text: g.body };
    });
    const { summary } = summarizeMetadata(golds, outs);
    expect(ratio(summary.title)).toBeGreaterThanOrEqual(FLOORS.title);
    expect(ratio(summary.author)).toBeGreaterThanOrEqual(FLOORS.author);
    expect(ratio(summary.date)).toBeGreaterThanOrEqual(FLOORS.date);
    expect(ratio(summary.spuriousAuthor)).toBeLessThanOrEqual(MAX_SPURIOUS_AUTHOR);
  });
});
