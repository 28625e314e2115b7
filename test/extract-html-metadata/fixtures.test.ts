// One folder per case under test/fixtures/html-meta/<slug>/: page.html and expected.json
// ({context?, expected}); every field named in `expected` is asserted on its own. `warnings`
// lists warning codes that must be present.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { extractMetadata } from '../../src/extract/html/metadata/index.js';
import type { ExtractContext } from '../../src/extract/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/html-meta', import.meta.url));

interface Case {
  context?: ExtractContext;
  expected: Record<string, unknown>;
}

for (const slug of readdirSync(FIXTURES).sort()) {
  const dir = join(FIXTURES, slug);
  const spec = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Case;
  const html = readFileSync(join(dir, 'page.html'), 'utf8');
  describe(`html metadata: ${slug}`, () => {
    const result = extractMetadata(parseDocument(html), spec.context ?? {});
    for (const [field, want] of Object.entries(spec.expected)) {
      it(field, () => {
        if (field === 'warnings') {
          expect(result.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(want as string[]));
        } else {
          expect((result as unknown as Record<string, unknown>)[field] ?? null).toEqual(want);
        }
      });
    }
  });
}
