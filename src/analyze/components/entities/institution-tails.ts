// "the [Council on Energy], Environment and Water", "the [National Society] for the Prevention of
// Cruelty to Children": an organisation's name goes on past its head word and "on", "for" or "of"
// with the subjects the body deals with, capitalised common nouns joined by "of", "to", "for",
// "the", one "and" and the commas of a list. The tagger and the capitalised runs (runs.ts) stop
// at the comma or at the lower-case "for the"; the name is taken to the end of such a tail.
// No list: the words are common nouns wink's lexicon knows, written with capitals. Left as they
// are: a tail holding a word the lexicon does not know ("on Energy, Reuters and AP"), a weekday
// or a month ("the Council on Monday"), a place ("on Wisconsin", "on Long Island"); a tail that
// goes on past a link word into capitals it cannot read ("for the District of Columbia") or is
// followed by another capitalised word; a second body's head after "and" ("Office of University
// Relations and Division of ..."); and any name in a title-case headline.
import type { Doc, Token } from '../../doc.js';
import { isLexiconWord } from '../tokens.js';
import { isCapitalised } from '../../../text/letters.js';
import { CAPITALISED_MONTH_NAMES, WEEKDAY_NAMES } from '../../../text/calendar-words.js';
import { newMention, type Mention } from './classify.js';
import { LOC_CUES, ORG_CUES } from './lexicon.js';
import { knownPlaces } from '../../resources/gazetteer.js';
import { titleCaseSentences } from './runs.js';

/** The words after the head word that open a tail. */
const OPENERS: ReadonlySet<string> = new Set(['on', 'for', 'of']);
/** The small words a tail may hold between its capitalised words. */
const LINKS: ReadonlySet<string> = new Set(['of', 'to', 'for', 'the']);
const AND: ReadonlySet<string> = new Set(['and', '&']);
/** Most tokens a tail may hold ("for the Prevention of Cruelty to Children" is 7). */
const MAX_TAIL = 12;

const CALENDAR: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES.map((w) => w.toLowerCase()),
  ...CAPITALISED_MONTH_NAMES.map((m) => m.toLowerCase()),
]);

/** A capitalised common noun (or adjective) of a subject: "Energy", "Prevention", "Children". */
const subjectWord = (t: Token): boolean =>
  isCapitalised(t.text) &&
  t.text !== t.text.toUpperCase() &&
  isLexiconWord(t.lower) &&
  !CALENDAR.has(t.lower) &&
  !LOC_CUES.has(t.lower) &&
  !knownPlaces(t.text).some((p) => p.kind === 'country' || p.kind === 'admin1' || p.kind === 'region');

/**
 * The end (exclusive token index) of the tail that starts at `from` (the token after "on", "for"
 * or "of"), or -1 when the words there are no such tail. A comma is taken only in a list that ends
 * with "and" ("Energy, Environment and Water"); a link word must be followed by a subject word.
 */
function tailEnd(doc: Doc, from: number): number {
  const t = doc.tokens;
  const sentence = t[from - 1].sentence;
  let k = from;
  let end = -1;
  let commas = 0;
  let ands = 0;
  const limit = Math.min(t.length, from + MAX_TAIL);
  while (k < limit && t[k].sentence === sentence) {
    const w = t[k];
    if (subjectWord(w)) {
      end = ++k;
      continue;
    }
    if (end < 0 && w.lower !== 'the') return -1;
    const comma = w.text === ',';
    let and = AND.has(w.lower);
    if (!comma && !and && !LINKS.has(w.lower)) break;
    // After the list's "and" the name ends with its last subject: "Office of University Relations
    // and [Division] of Student Affairs" is a second body's name.
    if (ands > 0) break;
    // The words after a link must be the tail's: "and the" or ", and" may run on to a subject word.
    let n = k + 1;
    while (n < limit && n - k < 3 && (t[n].lower === 'the' || (!and && AND.has(t[n].lower)))) {
      if (AND.has(t[n].lower)) and = true;
      n++;
    }
    // A link before a capitalised word the tail cannot read: the name goes on unread ("Court of
    // Appeals for the [District] of Columbia"), so none of the tail is taken.
    if (n < limit && !subjectWord(t[n]) && LINKS.has(w.lower) && isCapitalised(t[n].text)) return -1;
    if (n >= limit || !subjectWord(t[n])) break;
    // Nor a body's head word after "and": "Office of University Relations and Division of ...".
    if (and && ORG_CUES.has(t[n].lower)) break;
    if (comma) commas++;
    if (and) ands++;
    k = n;
  }
  if (end < 0 || (commas > 0 && ands === 0)) return -1;
  // A list's commas must all lie before its "and": "on Energy, Environment and Water".
  // And the name must end where the capitals do: not "... Water and Power Authority".
  const next = t[end];
  if (next && next.sentence === sentence && isCapitalised(next.text)) return -1;
  return end;
}

/** Takes an organisation's name to the end of the tail its head word opens (see the file comment). */
export function institutionTails(doc: Doc, mentions: Mention[]): Mention[] {
  const t = doc.tokens;
  let out = mentions;
  let titleCase: boolean[] | undefined;
  for (const m of mentions) {
    // Until a name is taken whole, every mention is still in `out`: no search for it.
    if (m.type !== 'ORG' || (out !== mentions && !out.includes(m))) continue;
    const [from, to] = m.tok;
    let head = -1;
    for (let k = to - 1; k >= from && head < 0; k--)
      if (ORG_CUES.has(t[k].lower) && isCapitalised(t[k].text) && OPENERS.has(t[k + 1]?.lower ?? '')) head = k;
    if (head < 0) continue;
    const end = tailEnd(doc, head + 2);
    if (end <= to) continue;
    // In a headline in title case every word has a capital ("Why the Division of Labor Increases").
    if ((titleCase ??= titleCaseSentences(doc))[t[head].sentence]) continue;
    const span: [number, number] = [m.span[0], t[end - 1].span[1]];
    const whole = newMention('ORG', span, [from, end], doc.text.slice(span[0], span[1]));
    out = out.filter((n) => n !== m && !(n.tok[0] >= to && n.tok[1] <= end));
    const at = out.findIndex((n) => n.span[0] > span[0]);
    out.splice(at < 0 ? out.length : at, 0, whole);
  }
  return out;
}
