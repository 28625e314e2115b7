// A word list holds nouns in the singular; a word of the text may be their plural in -s.

/** Whether `words` holds `low` (lower case) as written or as the singular of its plural in -s ("Heights", "editors"). */
export function hasNounOrSingular(words: ReadonlySet<string>, low: string): boolean {
  return words.has(low) || (low.endsWith('s') && words.has(low.slice(0, -1)));
}
