// "Flos Showroom corso [Monforte], 15, Milan", "at via [Tortona] 31": Italian, French, Spanish and
// Portuguese addresses put the street word first and in lower case, and the name after it is a
// person's or a town's; the tagger read that name as the person or the town. A name right after a
// street word is the street, a facility, with the street word in its span. Street words:
// libpostal's street-type dictionaries of every language but English (models/street-types.txt,
// written by scripts/build-street-types.mjs). One that is also an English word (wink's lexicon:
// "via", "rue", "piazza") counts only before a house number after the name ("via Tortona
// 31, Milan", "corso Monforte, 15") that ends the address's line, and when the word is no verb,
// adjective, adverb, conjunction, determiner or pronoun there: "reached Mexico via Moscow", "via
// USA Today" keep their place and outlet. A particle of another language between the street word
// and the name ("rue de Rivoli", "via del Corso", "avenida de la Constitución": libpostal's
// stopwords of the languages other than English, less English's, models/street-particles.txt,
// written by scripts/build-street-particles.mjs) says as much as a house number. Read once, on
// first use.
import type { Doc } from '../../doc.js';
import { isLexiconWord } from '../tokens.js';
import { modelWordList } from '../../resources/model-lists.js';
import { newMention, type Mention } from './classify.js';
import type { Run } from './runs.js';

const streetTypes = modelWordList('street-types.txt');
const streetParticles = modelWordList('street-particles.txt');
/** Particles read back from a name at most ("de la", "de los"). */
const MAX_PARTICLES = 3;

/** Parts of speech of an English word that is no street's word before a name ("have", "put", "most"). */
const NOT_STREET_POS: ReadonlySet<string> = new Set([
  'CCONJ',
  'SCONJ',
  'DET',
  'PRON',
  'AUX',
  'PART',
  'VERB',
  'ADJ',
  'ADV',
]);
/** A house number: up to four digits, a letter after them at most ("15", "31", "12b"). */
const HOUSE_NUMBER = /^\p{Nd}{1,4}\p{Ll}?$/u;
/** A postcode or another number of the address after the house number ("via Tortona 31 20144 Milano"). */
const DIGITS = /^\p{Nd}+$/u;

export function streetsAfterStreetWords(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.type === 'FAC' || m.type === 'NORP') return m;
    const [from, to] = m.tok;
    const t = doc.tokens;
    const at = particlesBefore(doc, from);
    const particles = from - 1 - at;
    const word = t[at];
    if (!word || word.sentence !== t[from].sentence || word.text !== word.lower || !streetTypes().has(word.lower))
      return m;
    if (isLexiconWord(word.lower) && (NOT_STREET_POS.has(word.pos) || (particles === 0 && !houseNumberAfter(doc, to))))
      return m;
    return {
      ...m,
      type: 'FAC',
      span: [word.span[0], m.span[1]],
      tok: [at, to],
      text: doc.text.slice(word.span[0], m.span[1]),
      places: undefined,
      cc: undefined,
      guessed: false,
      weak: false,
    };
  });
}

/** The token before the particles right before token `from` (from - 1 when there are none). */
function particlesBefore(doc: Doc, from: number): number {
  const t = doc.tokens;
  let at = from - 1;
  while (
    at >= 0 &&
    from - 1 - at < MAX_PARTICLES &&
    t[at].sentence === t[from].sentence &&
    t[at].text === t[at].lower &&
    streetParticles().has(t[at].lower)
  )
    at--;
  return at;
}

/**
 * A street the tagger passed over whole ("on the via del Corso"): a capitalised run no mention
 * covers, after a street word and a particle of another language, is the street, a facility.
 */
export function streetOfRun(doc: Doc, run: Run): Mention | undefined {
  const t = doc.tokens;
  const to = run.tok[1];
  // A run may open on the particle ("del Corso"): the name starts after it.
  let from = run.tok[0];
  while (from < to - 1 && t[from].text === t[from].lower && streetParticles().has(t[from].lower)) from++;
  const at = particlesBefore(doc, from);
  const word = t[at];
  if (at === from - 1 || !word || word.sentence !== t[from].sentence || word.text !== word.lower) return undefined;
  if (!streetTypes().has(word.lower) || (isLexiconWord(word.lower) && NOT_STREET_POS.has(word.pos))) return undefined;
  const span: [number, number] = [word.span[0], t[to - 1].span[1]];
  return newMention('FAC', span, [at, to], doc.text.slice(span[0], span[1]));
}

/**
 * Whether a house number follows token `to` in its sentence, after a comma at most ("Monforte,
 * 15"), and ends the address's line: the sentence or the line ends, or a comma or a postcode
 * follows ("via Tortona 31, Milan"; not "2 for Larry Ogunjobi, 3 for Myles Garrett", a count).
 */
function houseNumberAfter(doc: Doc, to: number): boolean {
  const t = doc.tokens;
  let k = to;
  if (t[k]?.text === ',') k++;
  const n = t[k];
  if (!n || n.sentence !== t[to - 1].sentence || !HOUSE_NUMBER.test(n.text)) return false;
  const after = t[k + 1];
  if (!after || after.sentence !== n.sentence || after.text === ',' || DIGITS.test(after.text)) return true;
  return doc.text.slice(n.span[1], after.span[0]).includes('\n');
}
