// "Orange County", "Donetsk Oblast": a name ending in a political division's head word is a GPE
// (OntoNotes lists counties and provinces among geo-political entities), whatever type the tagger
// gave it: it learnt from GUM's gold as eval/gum.ts derives it, which types every place ending in
// a LOC_CUES word LOC (four county and province names in GUM train). Retyping those in the gold
// was measured and not kept (docs/audits/entities-zyte-100-round20.md).
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { ADMIN_AREA_HEADS } from './lexicon.js';

export function adminAreasAsGpe(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'LOC' || m.tok[1] - m.tok[0] < 2) return m;
    return ADMIN_AREA_HEADS.has(doc.tokens[m.tok[1] - 1].text.toLowerCase()) ? { ...m, type: 'GPE' } : m;
  });
}
