// Record schema 6: an event's sides named by words and no entity (actorWords, targetWords). A record
// that has them validates against the published schema and survives a JSON round trip; a record
// of version 5 is upgraded to 6 with its events as they were.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { RECORD_SCHEMA_VERSION } from '../../src/record/types.js';
import { upgradeRecord } from '../../src/record/upgrade.js';
import { recordFrom, textSpans } from '../helpers/records.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/record.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const RECORD = recordFrom('Riot police fired tear gas at protesters in the capital on Monday.', {
  published: '2024-03-10',
});

describe('record schema 6: event sides as words', () => {
  it('a record with actor words validates, its spans exact, and comes back the same from JSON', () => {
    expect(RECORD.schemaVersion).toBe(6);
    expect(RECORD.events.some((e) => e.actorWords?.some((w) => w.text === 'Riot police'))).toBe(true);
    expect(validate(RECORD), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    for (const t of textSpans(RECORD)) expect(RECORD.text.slice(...t.span), t.label).toBe(t.text);
    expect(JSON.parse(JSON.stringify(RECORD))).toEqual(RECORD);
  });

  it('the schema refuses actor words that are not text spans', () => {
    const bad = { ...RECORD, events: RECORD.events.map((e) => ({ ...e, actorWords: ['police'] })) };
    expect(validate(bad)).toBe(false);
  });

  it('upgrades a version-5 record: the version only, its events unchanged', () => {
    const v5 = {
      ...RECORD,
      schemaVersion: 5,
      events: RECORD.events.map(({ actorWords: _a, targetWords: _t, ...e }) => e),
    };
    const up = upgradeRecord(JSON.parse(JSON.stringify(v5)));
    expect(up.schemaVersion).toBe(RECORD_SCHEMA_VERSION);
    expect(up.events).toEqual(v5.events);
    expect(up.events.every((e) => !('actorWords' in e))).toBe(true);
    expect(validate(up)).toBe(true);
  });

  it('leaves a current record as it is', () => {
    expect(upgradeRecord(JSON.parse(JSON.stringify(RECORD)))).toEqual(RECORD);
  });
});
