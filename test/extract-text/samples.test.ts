// The demo corpus's text dumps (samples/*.txt) extract cleanly: headline, byline, date, body.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const DIR = fileURLToPath(new URL('../../samples', import.meta.url));
const dumps = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe.each(dumps)('samples/%s', (file) => {
  const a = extract({ content: readFileSync(`${DIR}/${file}`), path: file });
  it('has a headline, authors and a date', () => {
    expect(a.title).toBeTruthy();
    expect(a.authors.length).toBeGreaterThan(0);
    expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });
  it('has a body of several paragraphs without page furniture', () => {
    expect(a.paragraphs.length).toBeGreaterThanOrEqual(4);
    expect(a.text).not.toMatch(/Post a Comment|Share this|Advertisement|Related articles|Subscribe to|Reporting by/);
  });
});
