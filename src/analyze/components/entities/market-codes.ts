// Reuters' instrument codes in market reports: ".DXY", ".SPX" (an index, a full stop glued before
// it), "EUR=", "XAU=" (a currency or a metal, an equals sign glued after it). They are written in
// capitals and read as organisations' acronyms, but name a quote, not an organisation.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';

const CAPITALS = /^[A-Z0-9]+$/;

/** Whether a mention in capitals is written as an instrument code: ".ABC" after a space, or "ABC=". */
function isInstrumentCode(doc: Doc, m: Mention): boolean {
  if (!CAPITALS.test(m.text)) return false;
  const [s, e] = m.span;
  if (doc.text[e] === '=') return true;
  return doc.text[s - 1] === '.' && (s < 2 || /\s/.test(doc.text[s - 2]));
}

/** Drops the mentions written as instrument codes. */
export function dropInstrumentCodes(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => !isInstrumentCode(doc, m));
}
