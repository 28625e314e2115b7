// isWorldGivenName answers from the list's text until the set is built, and must answer as the set does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWorldGivenName, worldGivenNames } from '../../src/text/given-names.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';

const lines = readFileSync(join(PACKAGE_ROOT, 'models', 'given-names.txt'), 'utf8').split('\n');
const asked = [
  ...lines.map((l) => l.toLowerCase()),
  // Not whole lines: parts of names, names run together, blanks, words.
  ...lines.slice(0, 200).flatMap((l) => [l.toLowerCase().slice(1), `${l.toLowerCase()}a`]),
  '',
  '\n',
  'the',
  'harvard',
  'σοφία',
];

describe('isWorldGivenName', () => {
  it('answers as worldGivenNames().has does, before and after the set is built', () => {
    const before = asked.map((w) => isWorldGivenName(w));
    const set = worldGivenNames();
    expect(before).toEqual(asked.map((w) => set.has(w)));
    expect(asked.map((w) => isWorldGivenName(w))).toEqual(before);
  });
});
