// The package's root folder, where build/ (the gazetteer) and dist/web (the workbench) live. Found
// by walking up from this module to the first folder with a package.json, so it is the same from
// src/ (tsx, tests), dist/ (tsc output) and dist/bundle/ (the bundled CLI), whose depths differ.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PACKAGE_ROOT = findRoot(fileURLToPath(import.meta.url));
