// Moons: a name the text itself calls a moon ("Saturn's moon Titan", "the icy moons Rhea and
// Dione", "Callisto, one of Jupiter's moons") is a location off Earth, LOC as the planets are
// (unknown-places.ts), in every mention of the document: never the person or organisation the
// tagger reads in an unknown capitalised word, and no town of the gazetteer (geocode skips it).
// Read from the text, not from a list of moons. So is a planet the text gives moons ("Jupiter's
// icy moon Europa"): LOC in every one-word mention, with no point.
import type { Doc, Token } from '../../doc.js';
import { newMention, type Mention } from './classify.js';
import { isCapitalised } from '../../../text/letters.js';
import { isPlanet } from './unknown-places.js';

const MOON_WORDS: ReadonlySet<string> = new Set(['moon', 'moons']);
/** The letters of "moon" in any case: no token's lower-case form is a MOON_WORDS word where the text has none. */
const MOON_IN_TEXT_RE = /moon/i;
/** Words that open an apposition calling the name before it a moon ("Callisto, one of Jupiter's moons"). */
const APPOSITION_STARTS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one']);
/** Most tokens from an apposition's start to its "moon". */
const APPOSITION_REACH = 7;

const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s']);

/** A one-word name: capitalised, letters only. */
const isName = (t: Token | undefined) => !!t && isCapitalised(t.text) && /^\p{L}+$/u.test(t.text);

/**
 * Whether token k is the word "moon(s)" used as a common noun: in lower case, or capitalised after
 * a planet or a possessive ("Jupiter Moon", "Saturn's Moon" in a title); not "President Moon".
 */
function moonWord(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || !MOON_WORDS.has(t.lower)) return false;
  if (t.text === t.lower) return true;
  const before = doc.tokens[k - 1];
  return !!before && before.sentence === t.sentence && (POSSESSIVE.has(before.text) || isPlanet(before.text));
}

/** The one-word names the document calls moons, and the planets it gives moons. */
export function moonNames(doc: Doc): Set<string> {
  const out = new Set<string>();
  const t = doc.tokens;
  // Every reading below needs the word "moon(s)" somewhere: most documents have none, and the
  // name tests per token of the loops below were some 0.5% of the analysis's CPU time. A token's
  // text is the document's text at its span, so one search of the text answers for most
  // documents without a look-up per token.
  if (!MOON_IN_TEXT_RE.test(doc.text) || !t.some((token) => MOON_WORDS.has(token.lower))) return out;
  for (let k = 0; k < t.length; k++) {
    if (!moonWord(doc, k)) continue;
    // "moon Titan", "moons Rhea and Dione", "moons Io, Europa and Ganymede".
    let i = k + 1;
    while (isName(t[i]) && t[i].sentence === t[k].sentence) {
      out.add(t[i].text);
      const next = t[i + 1]?.text;
      if ((next === ',' || next === 'and') && isName(t[i + 2])) i += 2;
      else if (next === ',' && t[i + 2]?.text === 'and' && isName(t[i + 3])) i += 3;
      else break;
    }
  }
  // "Callisto, one of Jupiter's moons", "Mimas, a moon of Saturn": a moon of a planet, in a
  // one-word name (not the end of a title: "Growing Up Weightless, a story ...").
  for (let k = 0; k + 2 < t.length; k++) {
    if (!isName(t[k]) || t[k + 1].text !== ',' || !APPOSITION_STARTS.has(t[k + 2].lower)) continue;
    if (k > 0 && t[k - 1].sentence === t[k].sentence && isCapitalised(t[k - 1].text)) continue;
    let planet = false;
    for (let j = k + 3; j < Math.min(t.length, k + 3 + APPOSITION_REACH) && t[j].sentence === t[k].sentence; j++) {
      if (t[j].text === ',' || t[j].text === '.') break;
      planet ||= isPlanet(t[j].text);
      if (MOON_WORDS.has(t[j].text) && (planet || isPlanet(t[j + 2]?.text ?? ''))) {
        out.add(t[k].text);
        break;
      }
    }
  }
  for (const name of out) if (isPlanet(name)) out.delete(name);
  // "Jupiter's icy moon Europa", "one of Jupiter's 79 moons": a planet the text gives moons is the
  // planet in every one-word mention, never the person the tagger reads in it (a planet's name is
  // also a given name or a stage name: "Venus Williams", "Bruno Mars").
  for (let k = 0; k + 2 < t.length; k++) {
    if (!isPlanet(t[k].text) || !POSSESSIVE.has(t[k + 1].text)) continue;
    // "the second-biggest moon behind Jupiter's Ganymede": a one-word name after the possessive,
    // in a sentence that speaks of moons, is the planet's moon.
    if (isName(t[k + 2]) && t[k + 2].sentence === t[k].sentence && !isName(t[k + 3]) && sentenceHasMoon(doc, k)) {
      out.add(t[k].text);
      continue;
    }
    for (let j = k + 2; j < Math.min(t.length, k + 2 + PLANET_MOON_REACH) && t[j].sentence === t[k].sentence; j++) {
      if (!/^[\p{Ll}\d]/u.test(t[j].text) && !MOON_WORDS.has(t[j].lower)) break;
      if (MOON_WORDS.has(t[j].lower)) {
        out.add(t[k].text);
        break;
      }
    }
  }
  return out;
}

/** Whether the sentence of token k holds the word "moon(s)" as a common noun. */
function sentenceHasMoon(doc: Doc, k: number): boolean {
  const [a, b] = doc.sentences[doc.tokens[k].sentence].tokens;
  for (let i = a; i < b; i++) if (moonWord(doc, i)) return true;
  return false;
}

/** Most tokens from a planet's possessive to its "moon(s)" ("Jupiter's 79 moons", "Saturn's icy moon"). */
const PLANET_MOON_REACH = 4;

/**
 * Retypes every one-word mention of a moon as LOC with no place, and adds the mentions the tagger
 * passed over. Mentions stay in text order.
 */
export function moonMentions(doc: Doc, mentions: Mention[], names: ReadonlySet<string>): Mention[] {
  if (names.size === 0) return mentions;
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of mentions) covered.fill(1, m.tok[0], m.tok[1]);
  const t = doc.tokens;
  // Not a word of a longer name ("the Europa Clipper mission").
  const inName = (k: number) =>
    (k > 0 && t[k - 1].sentence === t[k].sentence && isCapitalised(t[k - 1].text) && !isSentenceStart(doc, k - 1)) ||
    (k + 1 < t.length && t[k + 1].sentence === t[k].sentence && isCapitalised(t[k + 1].text));
  for (const m of mentions) {
    if (m.tok[1] - m.tok[0] !== 1 || !names.has(m.text) || inName(m.tok[0])) continue;
    m.type = 'LOC';
    m.places = undefined;
    m.cc = undefined;
    m.title = undefined;
    m.affiliation = undefined;
    m.affiliationCC = undefined;
    m.guessed = false;
  }
  const added: Mention[] = [];
  t.forEach((tok, k) => {
    if (!covered[k] && names.has(tok.text) && !inName(k))
      added.push(newMention('LOC', [tok.span[0], tok.span[1]], [k, k + 1], tok.text));
  });
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
}

const isSentenceStart = (doc: Doc, k: number) => doc.sentences[doc.tokens[k].sentence].tokens[0] === k;
