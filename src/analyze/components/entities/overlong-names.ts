// A "name" longer than any real one is a run of capitals in a broken or hostile page (one
// 3,000-letter capitalised word read as an organisation). Besides being no name, it could not be
// stored: PostgreSQL's btree indexes on entity names hold at most ~2,700 bytes an entry, and the
// whole record failed there (h389). The longest real names (a UN body, a law's full title) run to
// about 150 characters; 200 leaves room.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';

/** The longest entity name kept, in UTF-16 code units. */
export const MAX_NAME_LENGTH = 200;

/** Drops mentions whose text is longer than any name (see above). */
export function dropOverlongNames(_doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.some((m) => m.text.length > MAX_NAME_LENGTH)
    ? mentions.filter((m) => m.text.length <= MAX_NAME_LENGTH)
    : mentions;
}
