// Companies named with their legal form ("Broadhead Co.", "Toyota Motor Corp.", "Siemens AG"):
// a capitalised run whose last word is
// an abbreviated company designator is an organisation, even where the tagger passed it over
// (GUM holds few of them). The designators are those of the legal-entity-type lists of
// @faker-js/faker's locales (models/company-designators.txt, written by
// scripts/build-company-designators.mjs). Read once, on first use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../package-root.js';
import { knownPlaces, usStateByPostalCode } from '../../resources/gazetteer.js';
import type { Doc } from '../../doc.js';
import { newMention, type Mention } from './classify.js';
import type { Run } from './runs.js';

const DESIGNATORS_PATH = join(PACKAGE_ROOT, 'models', 'company-designators.txt');

/** Shortest designator matched regardless of case ("INC.", "PLC", "Corp"); two-letter ones only as listed ("AG", not "Ag"). */
const MIN_CASELESS = 3;

/** Inhabitants of a town whose name before a designator reads as the town ("Calgary AB"). */
const MIN_PLACE_POP = 100_000;

let keys: ReadonlySet<string> | null = null;

/** A designator's key: without its final dot, lower case from three letters on. */
const keyOf = (word: string) => {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return bare.replace(/[^\p{L}]/gu, '').length >= MIN_CASELESS ? bare.toLowerCase() : bare;
};

function designatorKeys(): ReadonlySet<string> {
  if (keys) return keys;
  const out = new Set<string>();
  for (const form of readFileSync(DESIGNATORS_PATH, 'utf8').split('\n')) {
    if (!form) continue;
    const key = keyOf(form);
    // A two-letter form that is also a place's code or name ("NV" Nevada, "AB" Alberta) is read as the place.
    if (key.length === 2 && (usStateByPostalCode(key) !== undefined || knownPlaces(key).length > 0)) continue;
    out.add(key);
  }
  keys = out;
  return out;
}

/** Whether a word as written is an abbreviated company designator ("Inc.", "GmbH", "AG"). */
export const isCompanyDesignator = (word: string) => designatorKeys().has(keyOf(word));

/**
 * The run as one organisation when it is two words or more, its last word a designator, it is
 * not written all in capitals (a headline's or dateline's run says nothing about its type) and
 * the words before the designator are no country, first-level region or town of 100,000.
 */
export function designatedCompany(doc: Doc, run: Run): Mention | undefined {
  const [from, to] = run.tok;
  if (to - from < 2 || !isCompanyDesignator(doc.tokens[to - 1].text)) return undefined;
  const span: [number, number] = [doc.tokens[from].span[0], doc.tokens[to - 1].span[1]];
  const text = doc.text.slice(span[0], span[1]);
  if (text === text.toUpperCase()) return undefined;
  // "Texas AG", "Calgary AB": a well-known place before the designator is the place, then an abbreviation.
  const before = doc.text.slice(span[0], doc.tokens[to - 2].span[1]);
  if (knownPlaces(before).some((p) => p.kind === 'country' || p.kind === 'admin1' || p.pop >= MIN_PLACE_POP))
    return undefined;
  const m = newMention('ORG', span, [from, to], text);
  m.headCue = true;
  return m;
}

/**
 * A name of two words or more that ends in a designator is an organisation whatever the tagger
 * typed it ("Petroleo Brasileiro S.A." as a person), and a name right before a designator, a
 * space apart in one sentence, takes it in ("[Siemens] AG" as the tagger cut it; not a place:
 * "Texas AG Ken Paxton" is the state's attorney general): its places, country and title go.
 */
export function designatedCompanies(doc: Doc, mentions: Mention[]): Mention[] {
  const t = doc.tokens;
  const starts = new Set(mentions.map((m) => m.tok[0]));
  for (const m of mentions) {
    if (m.type === 'NORP' || m.text === m.text.toUpperCase()) continue;
    const [from, to] = m.tok;
    const next = t[to];
    if (
      next &&
      m.type !== 'GPE' &&
      m.type !== 'LOC' &&
      !starts.has(to) &&
      next.sentence === t[to - 1].sentence &&
      doc.text.slice(t[to - 1].span[1], next.span[0]) === ' ' &&
      isCompanyDesignator(next.text)
    ) {
      m.tok = [from, to + 1];
      m.span = [m.span[0], next.span[1]];
      m.text = doc.text.slice(m.span[0], m.span[1]);
    } else if (m.type === 'ORG' || to - from < 2 || !isCompanyDesignator(t[to - 1].text)) continue;
    m.type = 'ORG';
    m.places = undefined;
    m.cc = undefined;
    m.title = undefined;
    m.affiliation = undefined;
    m.affiliationCC = undefined;
  }
  return mentions;
}
