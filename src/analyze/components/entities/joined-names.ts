// Names the tagger cuts where the name goes on.
// - A person cut before a name particle ("[Fritz Eckart] von Weizsäcker"): the capitalised run
//   holding the name (runs.ts keeps a particle inside a run only before a proper noun) is the
//   whole name, when it goes on past the tagged words with the particle and capitalised words only.
// - Two one-word names joined by "&" ("Frost & Sullivan", "Ernst & Young", "Procter & Gamble"):
//   one firm named after its founders, not two people or places; runs.ts splits a run at a
//   connector with no organisation's head in it, so "Putin and Rakhmon" stays two names, and the
//   tagger reads each half alone. Two names of several words ("Tom Johnston & Patrick Simmons")
//   stay two, so do two countries or first-level regions ("Trinidad & Tobago" is the gazetteer's),
//   and so do words inside a longer name or of one the document names ("Eve Door & Window HomeKit
//   Entry Sensor", a product, then "Door & Window is a capable option").
import type { Doc } from '../../doc.js';
import { newMention, type Mention } from './classify.js';
import type { Run } from './runs.js';
import { NAME_PARTICLES } from '../../../text/name-particles.js';
import { isCapitalised } from '../../../text/letters.js';
import { knownPlaces } from '../../resources/gazetteer.js';

/** The tagged person's tokens, taken to the end of its run when only a particle and names follow. */
export function withParticleSurname(doc: Doc, tok: [number, number], run: Run | undefined): [number, number] {
  const [from, to] = tok;
  if (!run || run.tok[0] > from || run.tok[1] <= to + 1 || !NAME_PARTICLES.has(doc.tokens[to].text)) return tok;
  for (let k = to + 1; k < run.tok[1]; k++) {
    const w = doc.tokens[k].text;
    if (!isCapitalised(w) && !NAME_PARTICLES.has(w)) return tok;
  }
  return [from, run.tok[1]];
}

/** Mentions a country or first-level region may be: their halves are kept. */
const regionName = (text: string) => knownPlaces(text).some((p) => p.kind === 'country' || p.kind === 'admin1');

/** Whether a capitalised word sits just before or after "X & Y" in its sentence ("Eve Door & Window HomeKit"). */
function nameGoesOn(doc: Doc, before: number, after: number): boolean {
  const sentence = doc.tokens[before + 1].sentence;
  return [doc.tokens[before], doc.tokens[after]].some(
    (t) => t !== undefined && t.sentence === sentence && isCapitalised(t.text),
  );
}

/**
 * Joins "X & Y", two one-word capitalised mentions the tagger or the rules typed, with "&" alone
 * between them, no capitalised word on either side and neither a word of a longer mention, into
 * one ORG.
 */
export function joinAmpersandNames(doc: Doc, mentions: Mention[]): Mention[] {
  let longer: Set<string> | undefined;
  const inLongerName = (m: Mention) => {
    longer ??= new Set(mentions.filter((n) => n.tok[1] - n.tok[0] > 1).flatMap((n) => n.text.split(' ')));
    return longer.has(m.text);
  };
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    const amp = doc.tokens[a.tok[1]];
    if (
      b &&
      amp?.text === '&' &&
      b.tok[0] === a.tok[1] + 1 &&
      a.tok[1] - a.tok[0] === 1 &&
      b.tok[1] - b.tok[0] === 1 &&
      a.type !== null &&
      b.type !== null &&
      !nameGoesOn(doc, a.tok[0] - 1, b.tok[1]) &&
      !inLongerName(a) &&
      !inLongerName(b) &&
      isCapitalised(a.text) &&
      isCapitalised(b.text) &&
      !regionName(`${a.text} & ${b.text}`) &&
      !(regionName(a.text) && regionName(b.text))
    ) {
      const span: [number, number] = [a.span[0], b.span[1]];
      out.push(newMention('ORG', span, [a.tok[0], b.tok[1]], doc.text.slice(span[0], span[1])));
      k++;
    } else out.push(a);
  }
  return out;
}
