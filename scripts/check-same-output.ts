// npm run check:same-output [-- --save] [--dir <folder>] [--only samples,zyte,polnear,pathological]
// Does a change to the analysis leave its output exactly as it was? Speed work must not change a
// single record. With --save it analyses a fixed set of inputs and writes every record (JSON, one
// line each) to a baseline folder (default: <tmpdir>/dateline-same-output); without it, it analyses
// the same inputs again and compares record by record, printing the first differing field of each
// record that changed. Exit 1 when any record differs or is missing.
//
// Inputs: the bundled samples/; when ../shared is beside the checkout, the Zyte pages
// (data/extraction/zyte/pages, real pages through the whole extractor) and the PolNeAR development
// texts (what bench:analyze times), each said on stderr when skipped; and the pathological texts
// of bench:scaling at a size that exercises the sentence cap.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { localEntries } from '../src/sources/files.js';
import { extract, type InputFormat } from '../src/extract/index.js';
import { analyze } from '../src/analyze/pipeline.js';
import { newDoc } from '../src/analyze/doc.js';
import { tokens } from '../src/analyze/components/tokens.js';
import type { Article } from '../src/record/types.js';
import { jsonText } from '../src/record/json-line.js';
import { PATHOLOGICAL_KINDS, pathologicalText, type PathologicalKind } from '../bench/pathological.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SHARED = join(ROOT, '..', 'shared');
const PATHOLOGICAL_WORDS = 3000;

const { values: args } = parseArgs({
  options: {
    save: { type: 'boolean', default: false },
    dir: { type: 'string', default: join(tmpdir(), 'dateline-same-output') },
    only: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  console.log(
    'usage: npm run check:same-output [-- --save] [--dir <folder>] [--only samples,zyte,polnear,pathological]\n' +
      'With --save, writes every record of a fixed input set to the baseline folder; without it, compares\n' +
      'against that baseline and exits 1 when any record differs or is missing.',
  );
  process.exit(0);
}

interface Saved {
  input: string;
  tokens: string;
  record: unknown;
}

interface Input {
  key: string;
  content: () => Promise<string | Uint8Array>;
  format: InputFormat;
}

async function folderInputs(folder: string, format: InputFormat): Promise<Input[]> {
  const out: Input[] = [];
  for await (const entry of localEntries([folder])) {
    if (!('item' in entry)) continue;
    const { item } = entry;
    out.push({ key: item.path ? relative(folder, item.path) : item.key, content: () => item.read(), format });
  }
  return out;
}

/**
 * Whether a set from ../shared can be read. A missing one is said on stderr, so a baseline saved
 * where ../shared is absent is not taken for the whole check; with DATELINE_REQUIRE_SHARED=1 it
 * ends the run instead (as the tests that need ../shared fail there).
 */
function sharedSetPresent(name: string, folder: string): boolean {
  if (existsSync(folder)) return true;
  const message = `check:same-output: the ${name} set is skipped: ${folder} not found (../shared is not beside the checkout)`;
  if (process.env.DATELINE_REQUIRE_SHARED === '1') {
    console.error(`${message}; DATELINE_REQUIRE_SHARED=1 requires it`);
    process.exit(2);
  }
  console.error(message);
  return false;
}

async function inputSets(): Promise<Map<string, Input[]>> {
  const sets = new Map<string, Input[]>();
  sets.set('samples', await folderInputs(join(ROOT, 'samples'), 'auto'));
  const zyte = join(SHARED, 'data', 'extraction', 'zyte', 'pages');
  if (sharedSetPresent('zyte', zyte)) sets.set('zyte', await folderInputs(zyte, 'auto'));
  const polnear = join(SHARED, 'data', 'quotes', 'polnear-dev');
  if (sharedSetPresent('polnear', polnear)) {
    sets.set(
      'polnear',
      readdirSync(polnear)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ key: f, content: async () => readFileSync(join(polnear, f), 'utf8'), format: 'body' as const })),
    );
  }
  sets.set(
    'pathological',
    (Object.keys(PATHOLOGICAL_KINDS) as PathologicalKind[]).map((kind) => ({
      key: `${kind}-${PATHOLOGICAL_WORDS}`,
      content: async () => pathologicalText(kind, PATHOLOGICAL_WORDS),
      format: 'body' as const,
    })),
  );
  const only = args.only?.split(',');
  if (only) for (const name of [...sets.keys()]) if (!only.includes(name)) sets.delete(name);
  return sets;
}

/**
 * A digest of the tokens and sentences layers, which the record does not hold but the learned
 * models read as features: a change there calls for retraining even when no record changed.
 */
function tokenDigest(article: Article): string {
  const doc = newDoc(article);
  tokens.run(doc);
  return (
    createHash('sha256')
      // The fields of a token that wink gives; `lower` is made from the text.
      .update(
        JSON.stringify([
          doc.tokens.map(({ text, span, pos, lemma, sentence }) => ({ text, span, pos, lemma, sentence })),
          doc.sentences,
        ]),
      )
      .digest('hex')
      .slice(0, 16)
  );
}

/** The first path at which two JSON values differ, with both sides, or null when equal. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return `${path || '(record)'}: ${short(a)} -> ${short(b)}`;
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
    const common = Math.min(a.length, b.length);
    for (let i = 0; i < common; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return `${path}: length ${a.length} -> ${b.length}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
}

async function main(): Promise<void> {
  mkdirSync(args.dir, { recursive: true });
  let changed = 0;
  let total = 0;
  for (const [name, inputs] of await inputSets()) {
    const lines: string[] = [];
    for (const input of inputs) {
      let record: unknown;
      let layers = '';
      try {
        const article = extract({ content: await input.content(), path: input.key, format: input.format });
        record = analyze(article);
        layers = tokenDigest(article);
      } catch (err) {
        record = { failed: (err as Error).message };
      }
      lines.push(jsonText({ input: input.key, tokens: layers, record }));
    }
    const file = join(args.dir, `${name}.jsonl`);
    if (args.save) {
      writeFileSync(file, lines.join('\n') + '\n');
      console.log(`${name}: ${lines.length} records saved to ${file}`);
      continue;
    }
    if (!existsSync(file)) {
      console.error(`${name}: no baseline at ${file} (run with --save first)`);
      changed++;
      continue;
    }
    const baseline = new Map<string, Saved>();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      const saved = JSON.parse(line) as Saved;
      baseline.set(saved.input, saved);
    }
    let differ = 0;
    for (const line of lines) {
      const now = JSON.parse(line) as Saved;
      total++;
      const before = baseline.get(now.input);
      const d =
        before === undefined
          ? '(no baseline record)'
          : before.tokens !== now.tokens
            ? `tokens or sentences changed (digest ${before.tokens} -> ${now.tokens})`
            : firstDifference(before.record, now.record);
      if (d) {
        differ++;
        console.log(`  ${now.input}: ${d}`);
      }
    }
    changed += differ;
    console.log(`${name}: ${lines.length - differ}/${lines.length} records identical`);
  }
  if (!args.save) console.log(changed === 0 ? `same output (${total} records)` : `${changed} records differ`);
  process.exitCode = changed === 0 ? 0 : 1;
}

await main();
