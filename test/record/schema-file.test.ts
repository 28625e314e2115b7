// schema/record.schema.json is generated from the record's TypeBox schemas (src/record/schema.ts)
// by `npm run schema`; this fails when the committed file is not what they generate, so the
// published schema cannot drift from the types.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordSchemaText } from '../../src/record/schema.js';

describe('schema/record.schema.json', () => {
  it('is exactly what `npm run schema` generates from src/record/schema.ts', () => {
    const committed = readFileSync(new URL('../../schema/record.schema.json', import.meta.url), 'utf8');
    expect(committed, 'schema/record.schema.json is stale: run `npm run schema`').toBe(recordSchemaText());
  });
});
