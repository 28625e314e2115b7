// Words that open an English noun phrase before its modifiers, read where a past participle right
// after one is an adjective ("the besieged city", "their projected 180-day cruise"): by the events'
// filters (no event of its own) and by the times' tense (no past for the clause).

/** Possessive determiners. */
export const POSSESSIVE_DETERMINERS: readonly string[] = ['his', 'her', 'its', 'their', 'our', 'my', 'your'];

/**
 * Articles, demonstratives and possessives; not "that", which is also a relative pronoun ("the
 * company that improved its sales").
 */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'these',
  'those',
  ...POSSESSIVE_DETERMINERS,
]);
