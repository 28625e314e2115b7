// The words that may be part of a person's name, for the scripts that leave such words out of a
// word list (build-company-words.mjs, build-role-nouns.mjs): the given names of
// models/given-names.txt and every word of the surnames of each locale of @faker-js/faker (MIT, a
// devDependency, read only by these scripts), lower-cased.
import { readFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';

const GIVEN = new URL('../models/given-names.txt', import.meta.url);

/** Lower-cased given names and surname words. */
export function personNameWords() {
  const words = new Set(
    readFileSync(GIVEN, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((n) => n.toLowerCase()),
  );
  for (const locale of Object.keys(allLocales).sort()) {
    const last = allLocales[locale].person?.last_name;
    if (!last) continue;
    const lists = Array.isArray(last) ? [last] : Object.values(last);
    for (const list of lists)
      for (const entry of list ?? []) {
        const text = typeof entry === 'string' ? entry : entry.value;
        for (const word of String(text).normalize('NFC').split(/\s+/)) words.add(word.toLowerCase());
      }
  }
  return words;
}
