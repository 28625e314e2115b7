#!/usr/bin/env node
// Entry point of the `dateline` command: runs the bundled CLI (dist/bundle, built by `npm run
// build`, which `npm ci` runs via `prepare`). From this checkout: `node bin/dateline.js <command>`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setProductV8Flags } from './v8-flags.js';

setProductV8Flags();

const bundled = new URL('../dist/bundle/main.js', import.meta.url);
if (!existsSync(fileURLToPath(bundled))) {
  console.error('dateline: not built yet; run `npm run build` in the dateline folder');
  process.exit(2);
}
await import(bundled.href);
