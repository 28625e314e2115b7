#!/usr/bin/env node
// Entry point for `npx dateline`: runs the compiled CLI (built by `npm run build`, which `npm ci` runs via `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  console.error('dateline: not built yet; run `npm run build` in the dateline folder');
  process.exit(2);
}
await import(compiled.href);
