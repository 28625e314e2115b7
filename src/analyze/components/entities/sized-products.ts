// "the 16-inch MacBook Pro", "a 12-inch MacBook would struggle": a name written right after a size
// in inches is a device's (a laptop, a tablet, a screen), none of the entity types, unless a common
// noun follows it, which it then names the maker of ("a 55-inch Samsung television"), or a name of
// its own does ("the 16-inch Apple MacBook": "MacBook" is the device). One name is one thing in a
// document: the device's mentions go wherever they are ("across the MacBook lineup"), the sized
// writing being a mention or not, whatever the type it was read as. No list: the size says it. A size in a headline ("13-Inch
// MacBook Pro") counts as well.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { isLexiconWord } from '../tokens.js';
import { isCapitalised } from '../../../text/letters.js';

/** A size in inches ending right before a name: "16-inch ", "6.1-inch ", "13-Inch ", "27 inch ". */
const SIZE_BEFORE = /(?:^|[^\p{L}\p{Nd}.,])\p{Nd}{1,3}(?:[.,]\p{Nd})?[- ]?inch[ \u00a0]$/iu;
/** Longest text a size is looked for in, right before a name. */
const SIZE_REACH = 16;
/** The word that ends a name: no letter or digit goes on right after it. */
const NAME_END = /^(?:$|[^\p{L}\p{Nd}])/u;

/** Whether the name is written somewhere in the document right after a size, naming the sized thing itself. */
function sizedDevice(doc: Doc, name: string): boolean {
  const { text, tokens } = doc;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (!NAME_END.test(text.slice(end, end + 1))) continue;
    if (!SIZE_BEFORE.test(text.slice(Math.max(0, at - SIZE_REACH), at))) continue;
    const k = tokens.findIndex((t) => t.span[0] >= end);
    const next = tokens[k];
    const last = tokens[k - 1];
    if (!next || !last || next.sentence !== last.sentence) return true;
    // "a 55-inch Samsung television": the name before a common noun is the maker's.
    if (next.text === next.lower && next.pos === 'NOUN') continue;
    // "the 16-inch Apple MacBook": a capitalised word no dictionary knows is the device's own name;
    // one it knows ("Pro", "Air", "Max") is the model's.
    if (isCapitalised(next.text) && !isLexiconWord(next.lower)) continue;
    return true;
  }
  return false;
}

/** Drops every mention of a name that the document writes right after a size in inches (see above). */
export function dropSizedProducts(doc: Doc, mentions: Mention[]): Mention[] {
  if (!/inch/i.test(doc.text)) return mentions;
  // Any type: "across the MacBook range" reads as a mountain range. Not a people ("a 55-inch
  // Japanese TV") nor a place the gazetteer knows.
  const names = new Set(mentions.filter((m) => m.type !== 'NORP' && !m.places?.length).map((m) => m.text));
  const devices = new Set([...names].filter((name) => sizedDevice(doc, name)));
  return devices.size === 0 ? mentions : mentions.filter((m) => !devices.has(m.text));
}
