// Every record the pipeline makes satisfies the published JSON Schema, and every span points at
// the text it claims (offsets are UTF-16 indices, so text outside the BMP is included).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';
import { recordFrom, textSpans } from '../helpers/records.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/record.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const EMOJI_PASSAGE = [
  'KYIV, March 3 — 🚀 Ukrainian President Volodymyr Zelensky said on Tuesday that 1,200 troops would be deployed near Kharkiv. “We will not retreat 🇺🇦,” he told reporters.',
  'Russian officials in Moscow rejected the claim, according to Interfax. The Kremlin said talks could resume in 2023.',
].join('\n\n');

function checkRecord(r: ArticleRecord): void {
  const ok = validate(r);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  expect(ok).toBe(true);
  for (const [s, e] of r.paragraphs) expect(r.text.slice(s, e).trim()).toBe(r.text.slice(s, e));
  for (const ent of r.entities)
    for (const [s, e] of ent.mentions) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e).toBeLessThanOrEqual(r.text.length);
      expect(e).toBeGreaterThan(s);
    }
  for (const t of textSpans(r)) expect(r.text.slice(t.span[0], t.span[1]), t.label).toBe(t.text);
}

describe('record contract', () => {
  it('a body-text record with emoji validates and its spans are exact', () => {
    checkRecord(recordFrom(EMOJI_PASSAGE, { published: '2022-03-04' }));
  });

  it('sample corpus records validate', () => {
    const dir = new URL('../../samples/', import.meta.url);
    const files = readdirSync(dir).filter((f) => !f.startsWith('.'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const record = analyze(extract({ content: readFileSync(new URL(f, dir)), path: `samples/${f}` }));
      checkRecord(record);
    }
  });

  it('the schema lists every field the pipeline writes', () => {
    const r = recordFrom(EMOJI_PASSAGE, { published: '2022-03-04' });
    for (const key of Object.keys(r)) expect(Object.keys(schema.properties)).toContain(key);
  });
});
