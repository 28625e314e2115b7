// "northern Afghanistan": a compass word before a place makes a region of it (LOC), located
// where the place is. The compass word is lower case, so the name run does not hold it.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { COMPASS } from '../../resources/compass.js';

export function regionMentions(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'GPE' && m.type !== 'LOC') return m;
    const before = doc.tokens[m.tok[0] - 1];
    if (!before || before.sentence !== doc.tokens[m.tok[0]].sentence || !COMPASS.has(before.text)) return m;
    const span: [number, number] = [before.span[0], m.span[1]];
    return {
      ...m,
      type: 'LOC',
      span,
      tok: [m.tok[0] - 1, m.tok[1]],
      text: doc.text.slice(span[0], span[1]),
      cc: undefined,
    };
  });
}
