// One name, one type in one document: a name written the same way names the same thing throughout
// an article ("one sense per discourse"), so its mentions take the type most of them were given.
// The tagger types each mention from its own window; a team named eleven times ("the Lakers",
// "Lakers coach", "the Lakers' 5-2 start") came out NORP, ORG and PERSON on one page, and so
// three entities. Voting over the document is the label-consistency step of non-local NER
// (Krishnan & Manning 2006, "An Effective Two-Stage Model for Exploiting Non-Local Dependencies
// in Named Entity Recognition"), here as a plain majority.
import type { Doc, Token } from '../../doc.js';
import type { Mention } from './classify.js';
import { COMPANY_HEADS, ORG_CUES } from './lexicon.js';
import { knownPlaces, lookupPlaces } from '../../resources/gazetteer.js';
import { foldName } from '../../../text/fold.js';
import { isCapitalised } from '../../../text/letters.js';
import { roleNouns } from './role-words.js';
import { hasNounOrSingular } from '../../../text/plural.js';
import { companyClassBefore, companyCueAfter } from './corporate-cues.js';

/**
 * A vote from a mention whose type rests on little (a capital at a sentence's start or in a
 * headline, or PERSON for want of other evidence) counts half: it breaks ties, never outvotes a
 * mention typed by the tagger or a cue.
 */
const WEAK_VOTE = 0.5;

const weight = (m: Mention) => (m.weak || m.guessed ? WEAK_VOTE : 1);

/**
 * Gives every mention of a name the type more than half of its votes have; with no such majority
 * (one mention GPE, one ORG) each keeps its own: which reading is wrong is not known. A name the
 * article describes as an organisation ("Stratfor, the Texas-based intelligence organization",
 * "the gas company Burisma"), named elsewhere with a company's head word ("McClatchy" beside
 * "McClatchy Co.") or said to have what only companies have ("WeWork's founder", "Apple shares")
 * or to employ the person named after it ("Wells Fargo analyst Zachary Fadem"), or a person
 * written after a company's class ("financial firm JP Morgan", corporate-cues.ts)
 * is ORG throughout, whatever the votes. Mentions nested in a longer
 * mention (the town in "Tulsa Police Department") neither vote nor change: their type comes from
 * their place in the name.
 */
export function oneTypePerName(doc: Doc, mentions: Mention[]): Mention[] {
  const nested = nestedMentions(mentions);
  const votes = new Map<string, Map<NonNullable<Mention['type']>, number>>();
  const winner = new Map<string, NonNullable<Mention['type']>>();
  const companies = companyShortNames(mentions);
  const fullNameWords = personWords(mentions);
  const people = mentions.filter((m) => m.type === 'PERSON');
  const personStarts = new Set(people.map((m) => m.tok[0]));
  for (const m of mentions) {
    if (m.type === null || nested.has(m)) continue;
    const key = foldName(m.text);
    if (
      m.type !== 'ORG' &&
      !m.title &&
      ((companies.has(key) && !m.places?.length) ||
        describedAsOrganisation(doc, m) ||
        (m.type === 'PERSON' && companyClassBefore(doc, m.tok[0])) ||
        ownsCompanyThings(doc, m, fullNameWords) ||
        workplaceOfPerson(doc, m) ||
        affiliationBeforeRole(doc, m, personStarts, people))
    )
      winner.set(key, 'ORG');
    const tally = votes.get(key) ?? new Map();
    tally.set(m.type, (tally.get(m.type) ?? 0) + weight(m));
    votes.set(key, tally);
  }
  for (const [key, tally] of votes) {
    if (tally.size < 2 || winner.has(key)) continue;
    let total = 0;
    for (const n of tally.values()) total += n;
    for (const [type, n] of tally) if (n > total / 2) winner.set(key, type);
  }
  if (winner.size === 0) return mentions;
  return mentions.map((m) => {
    const type = nested.has(m) ? undefined : winner.get(foldName(m.text));
    return type === undefined || type === m.type ? m : retype(m, type);
  });
}

function retype(m: Mention, type: NonNullable<Mention['type']>): Mention {
  if (type !== 'GPE' && type !== 'LOC') return { ...m, type, cc: type === 'NORP' ? m.cc : undefined };
  const places = m.places?.length ? m.places : lookupPlaces(m.text);
  return { ...m, type, places, cc: places.find((p) => p.kind === 'country')?.cc };
}

/** Mentions lying inside another mention's span (mentions come sorted by start, longest first). */
function nestedMentions(mentions: readonly Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  let reach = -1;
  for (const m of mentions) {
    if (m.span[1] <= reach) out.add(m);
    reach = Math.max(reach, m.span[1]);
  }
  return out;
}

/** Determiners that open a description of a name ("Huawei, the ... company", "the gas company Burisma"). */
const DESCRIPTION_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Most words between the determiner and the head noun of an apposition ("the Texas-based geopolitical intelligence organization"). */
const MAX_DESCRIPTION_WORDS = 6;

const isHead = (t: Token | undefined) => !!t && t.pos === 'NOUN' && ORG_CUES.has(t.text);
/** What may follow a description's head: the phrase ends there ("a marketing company, which", "the gas company."). */
const PHRASE_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', 'which', 'that', 'whose']);
/** Word classes inside a description's noun phrase (a possessive "'s" is a PART). */
const PHRASE_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADV']);

/**
 * Whether a mention is described as an organisation right beside it: an apposition after a comma
 * whose head noun is an organisation word ("Hipcricket, a mobile marketing company"), or that
 * word just before it after a determiner ("the ad agency Broadhead Co."). The head is the
 * phrase's last noun, so "X, the company's chief operating officer" is no description of X as a
 * company. Organisation words are
 * the ORG cues of lexicon.ts, in lower case, as common nouns.
 */
function describedAsOrganisation(doc: Doc, m: Mention): boolean {
  const t = doc.tokens;
  const [from, to] = m.tok;
  const sentence = t[from].sentence;
  const same = (i: number) => i >= 0 && i < t.length && t[i].sentence === sentence;
  if (same(to + 1) && t[to].text === ',' && DESCRIPTION_DETERMINERS.has(t[to + 1].text.toLowerCase())) {
    // The phrase's head is its last noun ("the company's chief operating officer" is a person),
    // and the phrase ends after it.
    let head = -1;
    for (let i = to + 2; i < to + 2 + MAX_DESCRIPTION_WORDS && same(i) && PHRASE_POS.has(t[i].pos); i++)
      if (t[i].pos === 'NOUN' || t[i].pos === 'PROPN') head = i;
    if (head >= 0 && isHead(t[head]) && (!same(head + 1) || PHRASE_ENDS.has(t[head + 1].text.toLowerCase())))
      return true;
  }
  return (
    same(from - 2) &&
    isHead(t[from - 1]) &&
    (DESCRIPTION_DETERMINERS.has(t[from - 2].text.toLowerCase()) ||
      (same(from - 3) && DESCRIPTION_DETERMINERS.has(t[from - 3].text.toLowerCase()) && t[from - 2].pos !== 'VERB'))
  );
}

/** The names of companies written with their head word ("McClatchy Co.", "Sierra Nevada Corp."), without it, folded. */
function companyShortNames(mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    const cut = m.text.lastIndexOf(' ');
    if (cut > 0 && COMPANY_HEADS.has(m.text.slice(cut + 1).toLowerCase())) out.add(foldName(m.text.slice(0, cut)));
  }
  return out;
}

/**
 * The capitalised words of people named in full ("Marcel", "Ciolacu" of "Marcel Ciolacu"). Here:
 * "Musk" of "Elon Musk" stays a person whatever "Musk's shares" says.
 */
export function personWords(mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions)
    if (m.type === 'PERSON' && m.text.includes(' '))
      for (const w of m.text.split(' ')) if (isCapitalised(w)) out.add(w);
  return out;
}

/**
 * Whether a one-word name, no part of a person named in full, is followed by what only a company
 * has or does (corporate-cues.ts). Not a people's name: "European stocks" are Europe's.
 */
function ownsCompanyThings(doc: Doc, m: Mention, personWords: ReadonlySet<string>): boolean {
  const [from, to] = m.tok;
  if (to - from !== 1 || m.type === 'NORP' || personWords.has(m.text) || m.places?.length) return false;
  return companyCueAfter(doc, from, to);
}

/** The smallest town whose name a workplace's name may be: smaller ones are the organisation's namesakes. */
const MIN_WORKPLACE_TOWN_POP = 100_000;

/**
 * "-ologist(s)": a specialist in a field, a person, where WordNet lacks the word ("pulmonologist";
 * it lists 117 others, "cardiologist", "oncologist").
 */
const SPECIALIST = /\p{Ll}ologists?$/u;

/**
 * Whether a name stands right after "at" and a noun for a kind of person, where that person works
 * ("one of his editors at Tor", "a trade professor at Cornell", "portfolio manager at
 * Tocqueville"): an organisation. The noun is one whose most frequent sense is a person
 * (WordNet's noun.person, models/role-nouns.txt), singular or plural. A name typed PERSON is
 * the organisation; one typed as a place only when every place of its name is a town of fewer than
 * 100,000 (Cornell, Wisconsin): countries, regions and cities stay ("a reporter at Washington").
 */
function workplaceOfPerson(doc: Doc, m: Mention): boolean {
  if (m.type !== 'PERSON' && m.type !== 'GPE' && m.type !== 'LOC') return false;
  const t = doc.tokens;
  const from = m.tok[0];
  if (from < 2 || t[from - 1].lower !== 'at' || t[from - 2].pos !== 'NOUN') return false;
  if (t[from - 2].sentence !== t[from].sentence) return false;
  if (!hasNounOrSingular(roleNouns(), t[from - 2].lower) && !SPECIALIST.test(t[from - 2].lower)) return false;
  if (m.type === 'PERSON') return true;
  const places = m.places?.length ? m.places : knownPlaces(m.text);
  return places.every((p) => p.kind === 'city' && p.pop < MIN_WORKPLACE_TOWN_POP);
}

/** Lower-case words that may stand between an affiliation and its role noun ("planetary", "senior"). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * Whether a name typed PERSON, of two words or more, stands right before a noun for a kind of
 * person (WordNet's noun.person, models/role-nouns.txt; at most two lower-case words between) that
 * a person's name follows: "Wells Fargo analyst Zachary Fadem", "Morgan Stanley economist Ellen
 * Zentner". The name is that person's employer, an organisation. Given names cannot tell it from
 * a person named before an aide ("Wells" and "Morgan" are in the English lists), so the document
 * does: a name any other mention of which is a person, or whose last word another person's
 * mention ends with ("Joe Biden adviser Ron Klain ... Biden said"), stays a person; a one-word
 * name ("Trump adviser Stephen Miller") is not read, a surname being as likely there as an
 * employer.
 */
function affiliationBeforeRole(
  doc: Doc,
  m: Mention,
  personStarts: ReadonlySet<number>,
  people: readonly Mention[],
): boolean {
  if (m.type !== 'PERSON' || m.title) return false;
  const words = m.text.split(' ');
  if (words.length < 2 || !words.every((w) => isCapitalised(w))) return false;
  const t = doc.tokens;
  const sentence = t[m.tok[0]].sentence;
  let role = -1;
  for (let k = m.tok[1]; k < m.tok[1] + 3 && k + 1 < t.length; k++) {
    const w = t[k];
    if (w.sentence !== sentence || !LOWER_WORD.test(w.text)) return false;
    if (w.pos === 'NOUN' && hasNounOrSingular(roleNouns(), w.lower)) {
      role = k;
      break;
    }
  }
  if (role < 0 || t[role + 1].sentence !== sentence || !personStarts.has(role + 1)) return false;
  const last = words[words.length - 1];
  return !people.some((p) => p !== m && (p.text === m.text || p.text.split(' ').at(-1) === last));
}
