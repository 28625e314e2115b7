// Builds data/events/passages.jsonl from the hand-written passages-*.txt files (see README.md).
// Usage: npx tsx data/events/build.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parsePassageFile } from '../../eval/events-gold.js';

const DIR = fileURLToPath(new URL('.', import.meta.url));
/** Every TEST_EVERY-th passage (1-based: 4, 8, 12, ...) is the test split, fixed before any tuning. */
const TEST_EVERY = 4;

const files = readdirSync(DIR).filter((f) => /^passages-\d+\.txt$/.test(f)).sort();
const out: string[] = [];
for (const file of files) {
  for (const p of parsePassageFile(readFileSync(join(DIR, file), 'utf8'), file)) {
    const n = out.length + 1;
    const id = `p${String(n).padStart(3, '0')}`;
    out.push(JSON.stringify({ id, split: n % TEST_EVERY === 0 ? 'test' : 'dev', ...p }));
  }
}
writeFileSync(join(DIR, 'passages.jsonl'), out.join('\n') + '\n');
console.log(`${out.length} passages written to data/events/passages.jsonl`);
