// Turns name runs into typed mentions: peels titles and affiliations off person names
// ("Tajik President Emomali Rakhmon"), types the rest by head word, gazetteer, demonym, acronym
// and context, and leaves lone capitalised words undecided for the document-level pass.
import type { EntityType } from '../../../record/types.js';
import type { Doc, Token } from '../../doc.js';
import { demonymCountry, knownPlaces, lookupPlaces, type Place } from '../../resources/gazetteer.js';
import { isCommonPlural } from './common-nouns.js';
import {
  FAC_CUES,
  VENUE_HEADS,
  FEATURE_NEIGHBOURS,
  FEATURE_PREPOSITIONS,
  GROUP_NAMES,
  GROUP_SUFFIXES,
  HONORIFICS,
  ADMIN_AREA_HEADS,
  LOC_CUES,
  NON_ENTITY_HEADS,
  ORG_CUES,
  PUBLICATION_HEADS,
  PARTY_WORDS,
  PERSON_TITLES,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
} from './lexicon.js';
import type { Run } from './runs.js';
import { isCapitalised } from '../../../text/letters.js';
import { englishGivenNames, isGivenName } from '../../../text/given-names.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../text/calendar-words.js';
import { homePlaces, isNoPlaceWord } from './named-after-places.js';
import { roleNouns } from './role-words.js';

export interface Mention {
  /** Null while undecided: a lone capitalised word with no cue (typed later against the document). */
  type: EntityType | null;
  span: [number, number];
  tok: [number, number];
  text: string;
  title?: string;
  /** Surface of the organisation or place the person belongs to. */
  affiliation?: string;
  /** Country of that affiliation, when it is a country, demonym or place. */
  affiliationCC?: string;
  /** Country a GPE names or a NORP belongs to. */
  cc?: string;
  places?: Place[];
  /** A speech verb right before or after it ("Markov says", "says Markov"). */
  speaker?: boolean;
  /** Typed by its last word, an institution's or facility's head ("PPL Center"). */
  headCue?: boolean;
  /** A team or force named after its home ("Los Angeles Lakers"): its type beats the tagger's. */
  home?: boolean;
  /** Preceded by "the": a group or institution rather than a person. */
  afterThe?: boolean;
  /** "the X" beside a river-like cue ("the Danube ports", "over the Panj"): a physical feature. */
  feature?: boolean;
  /** Preceded by a locative preposition ("in Pandi"). */
  locative?: boolean;
  /** Typed (PERSON, or NORP for "the <plural>") only for want of other evidence: the document's other uses of the words win. */
  guessed?: boolean;
  /** Its capital proves nothing (it starts a sentence or sits in a headline): keep it only if the document confirms it. */
  weak?: boolean;
}

/** Prepositions after which a lone capitalised word is more likely a place. */
const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'across',
  'outside',
  'inside',
  'into',
  'around',
  'throughout',
  'via',
  'towards',
]);
/** A lone acronym: two to six capitals of any script, optionally dotted ("CIS", "NATO", "U.N.", "США"). */
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

const lower = (t: Token) => t.lower;

/**
 * A new mention, every field present (the optional ones undefined) in one order: the revisions
 * read mentions in many functions, and objects of one shape keep those reads monomorphic (a field
 * added later, in whatever order, gave each its own hidden class and the reads megamorphic ones).
 * Set optional fields by assignment, and clear them with `= undefined`, never `delete`.
 */
export function newMention(
  type: EntityType | null,
  span: [number, number],
  tok: [number, number],
  text: string,
): Mention {
  return {
    type,
    span,
    tok,
    text,
    title: undefined,
    affiliation: undefined,
    affiliationCC: undefined,
    cc: undefined,
    places: undefined,
    speaker: undefined,
    headCue: undefined,
    home: undefined,
    afterThe: undefined,
    feature: undefined,
    locative: undefined,
    guessed: undefined,
    weak: undefined,
  };
}

function mention(doc: Doc, from: number, to: number, type: EntityType | null): Mention {
  const span: [number, number] = [doc.tokens[from].span[0], doc.tokens[to - 1].span[1]];
  return newMention(type, span, [from, to], doc.text.slice(span[0], span[1]));
}

/** Where the title words start in a run, if a person name follows them: "Tajik [President] Emomali Rakhmon". */
function titleStart(tokens: readonly Token[], from: number, to: number): [number, number] | null {
  for (let k = from; k < to - 1; k++) {
    if (!PERSON_TITLES.has(lower(tokens[k]))) continue;
    let e = k + 1;
    while (e < to - 1 && PERSON_TITLES.has(lower(tokens[e]))) e++;
    for (let n = e; n < to; n++) if (tokens[n].pos !== 'PROPN' || PERSON_TITLES.has(lower(tokens[n]))) return null;
    return [k, e];
  }
  return null;
}

export function headType(last: string): EntityType | null {
  if (ORG_CUES.has(last) || PUBLICATION_HEADS.has(last)) return 'ORG';
  if (FAC_CUES.has(last) || VENUE_HEADS.has(last)) return 'FAC';
  if (ADMIN_AREA_HEADS.has(last)) return 'GPE';
  if (LOC_CUES.has(last)) return 'LOC';
  return null;
}

function placeType(places: readonly Place[]): EntityType {
  return places.some((p) => p.kind !== 'region') ? 'GPE' : 'LOC';
}

function context(doc: Doc, m: Mention): Mention {
  const before = doc.tokens[m.tok[0] - 1];
  const after = doc.tokens[m.tok[1]];
  const sentence = doc.tokens[m.tok[0]].sentence;
  const sameSentence = (t: Token | undefined) => t !== undefined && t.sentence === sentence;
  if (sameSentence(before)) {
    m.afterThe = lower(before) === 'the';
    const beforeThe = doc.tokens[m.tok[0] - 2];
    m.feature =
      m.afterThe &&
      ((after !== undefined && sameSentence(after) && FEATURE_NEIGHBOURS.has(after.text)) ||
        (sameSentence(beforeThe) && FEATURE_PREPOSITIONS.has(lower(beforeThe))));
    m.locative = LOCATIVE_PREPOSITIONS.has(lower(before));
    if (SPEECH_VERBS.has(before.lemma) && before.pos === 'VERB') m.speaker = true;
  }
  if (sameSentence(after) && after.pos === 'VERB' && SPEECH_VERBS.has(after.lemma)) m.speaker = true;
  return m;
}

/** Whether any word of the name is an organisation cue, plural or not ("U.S. Centers for Disease Control"). */
function hasOrgWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = lower(tokens[i]);
    if (ORG_CUES.has(w) || (w.length > 4 && w.endsWith('s') && ORG_CUES.has(w.slice(0, -1)))) return true;
  }
  return false;
}

/** The typed mentions of one run (a person with a title run also yields its affiliation's mention). */
export function classifyRun(doc: Doc, run: Run): Mention[] {
  const { tokens } = doc;
  const [start, to] = run.tok;
  // "Republican Donald Trump": the party is an affiliation (NORP), the rest the name.
  if (to - start >= 3 && PARTY_WORDS.has(lower(tokens[start]))) {
    const party = context(doc, mention(doc, start, start + 1, 'NORP'));
    const rest = classifyRun(doc, { ...run, tok: [start + 1, to], initial: false });
    for (const m of rest) if (m.type === 'PERSON' && !m.affiliation) m.affiliation = party.text;
    return [party, ...rest];
  }
  const from = start;
  const whole = mention(doc, from, to, null);
  // A run in capitals ("NEWPORT NEWS" in a dateline) says nothing about its type beyond the gazetteer.
  if (to - from > 1 && whole.text === whole.text.toUpperCase()) {
    const places = lookupPlaces(whole.text);
    return places.length > 0 ? [context(doc, { ...whole, type: placeType(places), places })] : [];
  }
  if (to - from > 1 && NON_ENTITY_HEADS.has(lower(tokens[to - 1]))) return nestedPlaces(doc, from, to);
  // Head word first ("University of California") or last ("Moscow Institute for Political Research").
  const cueFirst =
    to - from > 2 && ORG_CUES.has(lower(tokens[from])) && NAME_PLACE_PREPOSITIONS.has(tokens[from + 1].text);
  const head = cueFirst ? 'ORG' : headType(lower(tokens[to - 1]));
  if (head && to - from > 1)
    return [context(doc, { ...whole, type: head, headCue: !cueFirst }), ...nestedPlaces(doc, from, to)];
  if (!run.titleCase && namedAfterPlace(doc, from, to)) {
    const team = context(doc, { ...whole, type: 'ORG', home: true });
    if (CAPITALISED_PLURAL.test(tokens[to - 1].text)) return [team];
    // A singular last word ("Oklahoma City Thunder", "China Daily") may name a team, a paper or a
    // firm: its home, all the words before it, stays a place mention, as in an institution's name.
    const home = mention(doc, from, to - 1, 'GPE');
    const places = lookupPlaces(home.text);
    return [team, context(doc, { ...home, places, cc: places.find((p) => p.kind === 'country')?.cc })];
  }
  const titled = titleStart(tokens, from, to);
  if (titled) return titledPerson(doc, run, titled);
  if (to - from > 1 && hasOrgWord(tokens, from, to))
    return [context(doc, { ...whole, type: 'ORG' }), ...nestedPlaces(doc, from, to)];
  const plain = classifyPlain(doc, run, from, to, whole);
  if (plain?.type !== 'PERSON') return plain ? [plain] : [];
  // A person's name never starts with a country: "U.S. Chinook", "the U.S. Jon Prinsell".
  // Only a country: first names are also the names of regions somewhere ("Paul Ryan", "Michael Haltzel").
  const lead = leadingPlace(doc, from, to);
  const regionName = REGION_DIRECTIONS.has(lower(tokens[to - 1]));
  if (!lead || !(regionName || lead.places?.some((p) => p.kind === 'country') || lead.tok[1] - lead.tok[0] > 1))
    return [plain];
  const rest = classifyPlain(doc, { ...run, initial: false }, lead.tok[1], to);
  return rest ? [lead, rest] : [lead];
}

/** A capitalised plural: the last word of a team's name ("Lakers", "Rangers"). */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;

/**
 * "Los Angeles Lakers", "Texas Rangers", "Kansas City Chiefs": a place's name followed by a
 * capitalised plural names a team or a force based there (ORG), not the place. Not when the whole
 * is a place ("New South Wales"), the plural a people ("Texas Democrats", "Kosovo Albanians"), a
 * place's own word ("West Midlands", "Esperance Lakes": the gazetteer knows the word alone), a
 * feature ("Cayman Islands") or an institution's head ("U.S. Centers for Disease Control": the
 * organisation rules keep the place inside), or when a hyphen joins it ("Rhône-Alpes").
 * So for a capitalised English word in the singular ("Oklahoma City Thunder", "Utah Jazz"), unless
 * it is a person's title ("California Governor") or a noun WordNet files as a kind of person
 * ("Westminster Magistrate's Court", "The Hollywood Reporter": role-words.ts), a facility's,
 * venue's, publication's or administrative area's head, a noun WordNet files as a kind of place
 * or a compass word ("Akita Prefecture", "Dresden Zoo", "Yobe North": named-after-places.ts), or
 * a day's or month's name.
 */
export function namedAfterPlace(doc: Doc, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const last = doc.tokens[to - 1].text;
  const low = last.toLowerCase();
  if (
    !(CAPITALISED_PLURAL.test(last) || singularTeamWord(last, low)) ||
    GROUP_NAMES.has(low) ||
    LOC_CUES.has(low) ||
    demonymCountry(last) !== undefined ||
    hasOrgWord(doc.tokens, from, to) ||
    doc.tokens[to - 2].span[1] === doc.tokens[to - 1].span[0] ||
    !isCapitalised(doc.tokens[to - 2].text) ||
    knownPlaces(last).length > 0
  )
    return false;
  const places = homePlaces(doc, from, to);
  if (places.length === 0) return false;
  // "George Soros", "Alicia Keys", "Michael Sims": a given name some place bears is a person's,
  // unless that place is a large one ("Georgia Bulldogs", "Charlotte Hornets").
  // A singular word is weaker evidence than a plural: its home is a country, a first-level region
  // or a town of 100,000 or more, and no given name of any list ("Donald Trump": Donald, Victoria).
  if (!CAPITALISED_PLURAL.test(last))
    return (
      !isGivenName(doc.tokens[from].lower) &&
      places.some((p) => p.kind === 'country' || p.kind === 'admin1' || p.pop >= MIN_SINGULAR_HOME_POPULATION)
    );
  const given = englishGivenNames().has(doc.tokens[from].text.toLowerCase());
  return !given || places.some((p) => p.pop >= MIN_GIVEN_NAME_HOME_POPULATION);
}

/** The smallest town a team named with a singular word is named after (see namedAfterPlace). */
const MIN_SINGULAR_HOME_POPULATION = 100_000;

/** A capitalised singular English word that may end a team's name after its home (see namedAfterPlace). */
function singularTeamWord(word: string, low: string): boolean {
  return (
    CAPITALISED_WORD.test(word) &&
    isNoPlaceWord(word) &&
    !PERSON_TITLES.has(low) &&
    !TITLE_MODIFIERS.has(low) &&
    !FAC_CUES.has(low) &&
    !VENUE_HEADS.has(low) &&
    !PUBLICATION_HEADS.has(low) &&
    !ADMIN_AREA_HEADS.has(low) &&
    !CALENDAR_WORDS.has(low) &&
    !roleNouns().has(low)
  );
}

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);

/** A place named like a person (see namedAfterPlace) is a team's home only if this populous. */
const MIN_GIVEN_NAME_HOME_POPULATION = 500_000;

/** "Tajik President Emomali Rakhmon", "U.S. Agriculture Secretary Mike Johanns". */
function titledPerson(doc: Doc, run: Run, [k, e]: [number, number]): Mention[] {
  const { tokens } = doc;
  const [from, to] = run.tok;
  const out: Mention[] = [];
  const person = context(doc, mention(doc, e, to, 'PERSON'));
  const titleWords = tokens
    .slice(k, e)
    .map((t) => t.text)
    .filter((w) => !HONORIFICS.has(w.toLowerCase()));
  if (titleWords.length > 0 && !titleWords.every((w) => TITLE_MODIFIERS.has(w.toLowerCase())))
    person.title = titleWords.join(' ');
  if (k > from) {
    let aff = classifyPlain(doc, run, from, k);
    // A capitalised phrase before a title is a body ("U.S. Agriculture"), never a person.
    if (aff?.type === 'PERSON') {
      aff = { ...aff, type: 'ORG' };
      out.push(...nestedPlaces(doc, from, k));
    }
    if (aff) {
      out.push(aff);
      person.affiliation = aff.type === 'NORP' && aff.cc ? undefined : aff.text;
      person.affiliationCC = aff.cc;
    }
  }
  out.push(person);
  return out;
}

/** Longest place name looked for at the start of an organisation's name ("U.S. Department of ..."). */
const MAX_NESTED_PLACE_WORDS = 3;
/** Prepositions after which an organisation's name ends with its place ("University of California"). */
const NAME_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'at']);

/** A country or region mention, if tokens [a, b) name one. */
function strongPlace(doc: Doc, a: number, b: number): Mention | null {
  const m = mention(doc, a, b, 'GPE');
  const places = knownPlaces(m.text).filter((p) => p.kind === 'country' || p.kind === 'admin1');
  return places.length > 0 ? { ...m, places, cc: places.find((p) => p.kind === 'country')?.cc } : null;
}

/** The longest country or region name that starts a longer name ("U.S. Department of ..."). */
function leadingPlace(doc: Doc, from: number, to: number): Mention | null {
  for (let k = Math.min(MAX_NESTED_PLACE_WORDS, to - from - 1); k >= 1; k--) {
    const m = strongPlace(doc, from, from + k);
    if (m) return m;
  }
  return null;
}

/**
 * Words of a local institution's name after its town ("Tulsa Police Department", "Denver
 * International Airport"): news geoparsing counts the town as a place mention.
 */
const LOCAL_INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'police',
  'department',
  'sheriff',
  'office',
  'fire',
  'rescue',
  'international',
  'regional',
  'municipal',
  'airport',
  'county',
  'city',
  'public',
  'school',
  'schools',
  'district',
  'council',
  'hospital',
  'library',
  'courthouse',
  'jail',
  'station',
  'health',
  'transit',
  'authority',
  'board',
]);
/** Facility heads that make the whole name a different place ("Washington Square"): their leading words are no place of their own. */
const NAMESAKE_FACILITY_HEADS: ReadonlySet<string> = new Set([
  'square',
  'street',
  'avenue',
  'road',
  'park',
  'bridge',
  'tower',
  'house',
  'palace',
  'building',
  'highway',
  'plaza',
  'boulevard',
]);

/** The town that starts a local institution's name ("[Tulsa] Police Department"), any size. */
function leadingTown(doc: Doc, from: number, to: number): Mention | null {
  for (let k = Math.min(MAX_NESTED_PLACE_WORDS, to - from - 1); k >= 1; k--) {
    let generic = true;
    for (let i = from + k; i < to && generic; i++) generic = LOCAL_INSTITUTION_WORDS.has(lower(doc.tokens[i]));
    if (!generic) continue;
    const m = mention(doc, from, from + k, 'GPE');
    const places = lookupPlaces(m.text);
    if (places.length > 0) return { ...m, places, cc: places.find((p) => p.kind === 'country')?.cc };
  }
  return null;
}

/** A place named at the start or after the last "of" of an organisation or facility name. */
export function nestedPlaces(doc: Doc, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  // "the Seattle Times": a publication's town is where it is printed, no place of the story.
  if (PUBLICATION_HEADS.has(lower(doc.tokens[to - 1]))) return out;
  // "Washington Square", "California State University": the leading name is part of another name.
  const namesake =
    NAMESAKE_FACILITY_HEADS.has(lower(doc.tokens[to - 1])) ||
    (to - from > 2 && lower(doc.tokens[from + 1]) === 'state');
  const lead = namesake ? null : (leadingPlace(doc, from, to) ?? leadingTown(doc, from, to));
  if (lead) out.push(lead);
  for (let i = to - 2; i > from; i--) {
    if (!NAME_PLACE_PREPOSITIONS.has(doc.tokens[i].text)) continue;
    const start = doc.tokens[i + 1]?.text === 'the' ? i + 2 : i + 1;
    const m = start < to ? strongPlace(doc, start, to) : null;
    if (m) out.push(m);
    break;
  }
  return out;
}

/** The first part of the dateline's place ("Khorog" of "Khorog, Tajikistan"), lower case. */
const datelineTown = (doc: Doc) => doc.article.dateline?.place?.split(',')[0].trim().toLowerCase();

/** Direction words that end region names in several languages ("Kasai Occidental", "Rio Grande do Norte"): no surname. */
const REGION_DIRECTIONS: ReadonlySet<string> = new Set([
  'occidental',
  'oriental',
  'norte',
  'sur',
  'sul',
  'nord',
  'sud',
  'est',
  'ouest',
  'north',
  'south',
  'east',
  'west',
  'central',
]);

/** Endings that make an adjective or group noun of a continent or world region ("European", "Africans"). */
const REGION_ADJECTIVE = /^(\p{Lu}\p{Ll}+?)(?:an|n)s?$/u;

/**
 * Whether a word is the adjective of a continent or world region the gazetteer knows ("European",
 * "African", "Asians"): a NORP like a demonym ("the European grid"), not an institution.
 */
function regionAdjective(text: string): boolean {
  const m = REGION_ADJECTIVE.exec(text);
  if (!m) return false;
  // "Europe|an", "Afric|an" -> "Africa", "Asi|an" -> "Asia".
  return knowsRegion(m[1]) || knowsRegion(`${m[1]}a`);
}

const knowsRegion = (name: string) => knownPlaces(name).some((p) => p.kind === 'region');

/**
 * The typed mention of a run without title or head cue. `fresh`, when given, is the untyped mention
 * of tokens [from, to) that the caller no longer uses: it is typed in place rather than copied
 * (this runs for every capitalised run, and the copies were a good part of the entities' garbage).
 */
function classifyPlain(doc: Doc, run: Run, from: number, to: number, fresh?: Mention): Mention | null {
  const m = context(doc, fresh ?? mention(doc, from, to, null));
  const text = m.text;
  const head = headType(lower(doc.tokens[to - 1]));
  if (head && to - from > 1) return typed(m, head);

  if (ACRONYM.test(text)) {
    // "UK", "DRC", and the few region abbreviations the gazetteer carries ("NSW").
    const all = lookupPlaces(text);
    const places = all.filter((p) => p.kind === 'country' || p.kind === 'admin1');
    if (places.length > 0) {
      typed(m, 'GPE').places = places;
      m.cc = places.find((p) => p.kind === 'country')?.cc;
      return m;
    }
    // "DJIBO, Burkina Faso, May 18 —": a town in capitals opening a sentence is a dateline.
    if (run.initial && all.length > 0 && doc.tokens[to]?.text === ',') return withPlaces(typed(m, 'GPE'), all);
    // ... or one the extractor already read as the dateline's place, known to the gazetteer or not ("KHOROG").
    if (run.initial && datelineTown(doc) === text.toLowerCase()) return withPlaces(typed(m, 'GPE'), all);
    return typed(m, 'ORG');
  }
  // A country whose people's word is its own name ("beat Gibraltar 6-0", "the Djibouti port") is
  // named as the country, a GPE, as any country's name before a noun is. Its own name, not one of
  // its alternate spellings: the gazetteer holds "Thai" and "Togolese" among those.
  const cc = demonymCountry(text);
  if (cc !== undefined && !knownPlaces(text).some((p) => p.kind === 'country' && p.name === text)) {
    typed(m, 'NORP').cc = cc;
    return m;
  }
  const low = text.toLowerCase();
  if (regionAdjective(text) || GROUP_NAMES.has(low)) return typed(m, 'NORP');
  // "African-American", "Afro-Cuban": a hyphened compound ending in a demonym names a group.
  const lastPart = text.includes('-') ? text.slice(text.lastIndexOf('-') + 1) : '';
  if (lastPart && (demonymCountry(lastPart) !== undefined || regionAdjective(lastPart))) return typed(m, 'NORP');
  const places = lookupPlaces(text);
  const strong = places.length > 0 ? places.filter((p) => p.kind !== 'city' && p.kind !== 'admin2') : places;
  if (strong.length > 0) {
    const country = strong.find((p) => p.kind === 'country');
    withPlaces(typed(m, placeType(strong)), places).cc = country?.cc;
    return m;
  }
  if (to - from === 1) {
    // "Congress", "Parliament", "Police": an institution, whatever town shares the name.
    if (ORG_CUES.has(low) && !run.initial && !run.titleCase) return typed(m, 'ORG');
    // "Dockworkers voted", "Officials said": a plural common noun capitalised by its position.
    if (isCommonPlural(low)) return null;
    if (low.endsWith('s') && !m.speaker) {
      // "the Islamists", "Shiites", "the Sudanese": a group of people by its ending.
      if (GROUP_SUFFIXES.some((s) => low.endsWith(s))) return typed(m, 'NORP');
      // "the Pushtuns", but also "the Lakers" and "the Beatles" (teams and bands are ORG): a
      // people only for want of other evidence; the tagger's type elsewhere in the document wins.
      if (m.afterThe) {
        typed(m, 'NORP').guessed = true;
        return m;
      }
    }
    withPlaces(m, places).weak = run.titleCase || run.initial;
    return m;
  }
  if (places.length > 0) return withPlaces(typed(m, 'GPE'), places);
  if (run.titleCase) return null;
  if (m.afterThe) return typed(m, m.feature ? 'LOC' : 'ORG');
  // A person's name is proper nouns only ("Clean Power Plan" is not one): otherwise let the
  // document decide (the same words after "the", or before "said").
  for (let i = from; i < to; i++) if (doc.tokens[i].pos !== 'PROPN') return withPlaces(m, []);
  typed(m, 'PERSON').guessed = true;
  return m;
}

/** Types a mention in place (its fields keep the order a copy would give them: type comes first). */
function typed(m: Mention, type: EntityType): Mention {
  m.type = type;
  return m;
}

function withPlaces(m: Mention, places: Place[]): Mention {
  m.places = places;
  return m;
}
