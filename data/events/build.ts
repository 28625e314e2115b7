// Builds data/events/passages.jsonl from the hand-written passages-*.txt files (see README.md).
// Usage: npx tsx data/events/build.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { GoldEvent } from '../../eval/events-score.js';

const DIR = fileURLToPath(new URL('.', import.meta.url));
/** Every TEST_EVERY-th passage (1-based: 4, 8, 12, ...) is the test split, fixed before any tuning. */
const TEST_EVERY = 4;
/** Characters of context kept on each side of the trigger in `sentenceIncludes`. */
const CONTEXT_CHARS = 25;

function parseEvent(line: string, text: string, id: string): GoldEvent {
  const [head, ...fields] = line.replace(/^-\s*/, '').split('|').map((s) => s.trim());
  const [type, modality] = head.split(/\s+/);
  const f = Object.fromEntries(fields.map((x) => { const i = x.indexOf(':'); return [x.slice(0, i).trim(), x.slice(i + 1).trim()]; }));
  const [word, nth] = (f.trigger ?? '').split('#');
  let at = -1;
  for (let n = 0; n < Number(nth ?? 1); n++) at = text.indexOf(word, at + 1);
  if (!word || at < 0) throw new Error(`${id}: trigger "${f.trigger}" not in text`);
  const end = at + word.length;
  const sStart = Math.max(text.lastIndexOf('. ', at) + 2, 0);
  const sEndDot = text.indexOf('. ', end);
  const sEnd = sEndDot < 0 ? text.length : sEndDot;
  const from = Math.max(sStart, text.lastIndexOf(' ', Math.max(at - CONTEXT_CHARS, sStart)) + 1);
  const toSpace = text.indexOf(' ', Math.min(end + CONTEXT_CHARS, sEnd));
  const to = Math.min(sEnd, toSpace < 0 ? text.length : toSpace);
  const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
  return {
    type, modality, trigger: word, triggerSpan: [at, end], sentenceIncludes: text.slice(from, to).trim(),
    ...(list(f.actors)?.length ? { actors: list(f.actors) } : {}),
    ...(list(f.targets)?.length ? { targets: list(f.targets) } : {}),
    ...(f.place ? { place: f.place } : {}),
  };
}

const files = readdirSync(DIR).filter((f) => /^passages-\d+\.txt$/.test(f)).sort();
const out: string[] = [];
for (const file of files) {
  const blocks = readFileSync(join(DIR, file), 'utf8').split(/^## /m).slice(1);
  for (const block of blocks) {
    const lines = block.split('\n');
    const published = lines[0].trim();
    const textLines = lines.slice(1).filter((l) => l.trim() && !l.startsWith('- '));
    const text = textLines.join('\n\n');
    const n = out.length + 1;
    const id = `p${String(n).padStart(3, '0')}`;
    const events = lines.filter((l) => l.startsWith('- ')).map((l) => parseEvent(l, text, id));
    out.push(JSON.stringify({ id, split: n % TEST_EVERY === 0 ? 'test' : 'dev', published, text, events }));
  }
}
writeFileSync(join(DIR, 'passages.jsonl'), out.join('\n') + '\n');
console.log(`${out.length} passages written to data/events/passages.jsonl`);
