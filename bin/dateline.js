#!/usr/bin/env node
// Entry point of the `dateline` command: runs the bundled CLI (dist/bundle, built by `npm run
// build`, which `npm ci` runs via `prepare`). From this checkout: `node bin/dateline.js <command>`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// Each regex goes straight to machine code on its first use. By default V8 first compiles a regex
// to bytecode, interprets it once, then compiles it again to machine code: twice the work for the
// large date and dateline patterns, which a short process runs only a few times. Matching is the
// same either way. A one-page `dateline extract` took 249 -> 216 ms CPU with it (least of 3 runs,
// 3 pairs, load 24); the whole Zyte set no differently.
setFlagsFromString('--no-regexp-tier-up');

// Scavenges, compaction and sweeping on this thread, without helper threads: the heap of a CLI
// process is small, and splitting each collection across threads (which must then synchronise)
// costs more CPU in all than it saves, most of all on a busy machine. These flags are read at each
// collection, so setting them here applies them to the whole run. (Concurrent marking cannot be
// switched off this way: V8 fails a check at its next full collection.) `dateline extract --json`
// over the 181 Zyte pages: 4.30 -> 4.09 CPU s (mean of 6 alternating pairs, least 3.82 -> 3.68,
// load 19-25), output byte for byte the same.
for (const flag of [
  '--no-parallel-scavenge',
  '--no-parallel-compaction',
  '--no-parallel-pointer-update',
  '--no-concurrent-sweeping',
])
  setFlagsFromString(flag);

const bundled = new URL('../dist/bundle/main.js', import.meta.url);
if (!existsSync(fileURLToPath(bundled))) {
  console.error('dateline: not built yet; run `npm run build` in the dateline folder');
  process.exit(2);
}
await import(bundled.href);
