// Build steps after `tsc`: the gazetteer index and the language detector's n-gram table (from data in
// npm packages) and the web workbench.
// Each step runs when its source exists, so a partial checkout still builds.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gazetteerIsCurrent, writeGazetteerStamp } from './gazetteer-stamp.mjs';

const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit' });

// The gazetteer only when its inputs changed since the last build (gazetteer-stamp.mjs).
if (existsSync('scripts/build-gazetteer.mjs')) {
  if (gazetteerIsCurrent())
    console.log('build/gazetteer.bin is up to date with its inputs (build/gazetteer.bin.stamp)');
  else {
    run(['scripts/build-gazetteer.mjs']);
    writeGazetteerStamp();
  }
}
if (existsSync('scripts/build-language-table.mjs')) run(['scripts/build-language-table.mjs']);
if (existsSync('web/vite.config.ts'))
  run(['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
