// "May" is both a month and a modal. Capitalised after a preposition or a determiner ("since May",
// "until May", "last May") or before a day or year ("May 5", "May 2025") it is the month, and the
// reader of modals (events' modality) must not take it for "may".
import type { Token } from './doc.js';
import { DETERMINERS } from '../text/determiners.js';

/** Tags after which a capitalised "May" is the month's name: prepositions and subordinators ("since"), determiners. */
const BEFORE_MONTH_TAGS: ReadonlySet<string> = new Set(['ADP', 'SCONJ', 'DET']);
/** Words the tagger may tag otherwise that take a month as a determiner does ("last May", "next May"). */
const MONTH_DETERMINERS: ReadonlySet<string> = new Set([...DETERMINERS, 'last', 'next', 'every', 'each']);

/** Whether token `i` is the month "May", not the modal: capitalised, after a preposition or determiner or before a number. */
export function isMonthMay(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.text !== 'May') return false;
  const prev = tokens[i - 1];
  if (prev !== undefined && (BEFORE_MONTH_TAGS.has(prev.pos) || MONTH_DETERMINERS.has(prev.lower))) return true;
  return tokens[i + 1]?.pos === 'NUM';
}
