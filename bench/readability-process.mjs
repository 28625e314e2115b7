// The Readability.js side of bench:extract's whole-process comparison: one process that reads
// every page of a folder (gunzipping .gz), parses it with linkedom, runs Readability and prints
// the result as one JSON line, as `dateline extract --json <folder>` does for its records.
// Plain JavaScript, like the bundled CLI it is compared with, so neither pays for a TypeScript loader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const folder = process.argv[2];
const decoder = new TextDecoder();
for (const name of readdirSync(folder).sort()) {
  const raw = readFileSync(join(folder, name));
  const { document } = parseHTML(decoder.decode(name.endsWith('.gz') ? gunzipSync(raw) : raw));
  process.stdout.write(`${JSON.stringify({ input: name, ...new Readability(document).parse() })}\n`);
}
