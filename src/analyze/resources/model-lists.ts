// Word lists that scripts/build-*.mjs write into models/ from outside sources (WordNet, cspell's
// companies, faker), one entry a line. Each is read on its first use, not at import: most runs
// need only some of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.js';

/** A getter for the set of non-empty lines of models/<file>, read on the first call and kept. */
export function modelWordList(file: string): () => ReadonlySet<string> {
  let words: ReadonlySet<string> | null = null;
  return () =>
    (words ??= new Set(
      readFileSync(join(PACKAGE_ROOT, 'models', file), 'utf8')
        .split('\n')
        .filter(Boolean),
    ));
}
