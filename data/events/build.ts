// Builds data/events/passages.jsonl from the hand-written passages-*.txt files (see README.md).
// Usage: npx tsx data/events/build.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parsePassageFile } from '../../eval/events-gold.js';

const DIR = fileURLToPath(new URL('.', import.meta.url));
/** Every TEST_EVERY-th passage (1-based: 4, 8, 12, ...) is the test split, fixed before any tuning. */
const TEST_EVERY = 4;
/** A file opening with `# split: <name>` puts all its passages in that split (written apart from dev and test). */
const SPLIT_LINE = /^# split: (\S+)$/m;

const files = readdirSync(DIR).filter((f) => /^passages-\d+\.txt$/.test(f)).sort();
const out: string[] = [];
/** Passages of the dev and test splits, counted apart so that a file with its own split moves none of theirs. */
let numbered = 0;
for (const file of files) {
  const content = readFileSync(join(DIR, file), 'utf8');
  const own = SPLIT_LINE.exec(content.slice(0, content.indexOf('\n## ')))?.[1];
  parsePassageFile(content, file).forEach((p, i) => {
    const id = own ? `${own}-${String(i + 1).padStart(3, '0')}` : `p${String(++numbered).padStart(3, '0')}`;
    const split = own ?? (numbered % TEST_EVERY === 0 ? 'test' : 'dev');
    out.push(JSON.stringify({ id, split, ...p }));
  });
}
writeFileSync(join(DIR, 'passages.jsonl'), out.join('\n') + '\n');
console.log(`${out.length} passages written to data/events/passages.jsonl`);
