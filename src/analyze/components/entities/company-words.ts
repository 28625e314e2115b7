// Companies the tagger read as people ("Uber got into the financial services game", "Northrop
// Grumman's OmegA"): a capitalised word that is no given name reads as a surname to it. Which words
// name companies and nobody comes from cspell's company dictionary, less given names, surnames and
// plain English words (models/company-words.txt, written by scripts/build-company-words.mjs).
// Read once, on first use.
import { modelWordList } from '../../resources/model-lists.js';
import { knownPlaces } from '../../resources/gazetteer.js';
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { personWords } from './consistency.js';
import { isLexiconWord } from '../tokens.js';

const companyWords = modelWordList('company-words.txt');

/**
 * Retypes as organisations the person mentions whose first word is a company's word the gazetteer
 * does not know as a place ("Chicago" of Chicago Bridge & Iron is none): a name of one such word,
 * or of several whose first is one ("Lockheed Martin": a person's name starts with a given name, and a
 * company word is nobody's), given no title ("Mr. Gannett") and not the word of a person named in
 * full in the document ("Michael Bloomberg" ... "Bloomberg said"). So is every mention of a name
 * the document writes as a web address ("according to Edmunds.com, a California-based automobile
 * data firm ... Edmunds expects"): a site's, not a person's. So is a one-word name that is the
 * page's own site's ("Dempsey told Gizmodo by email" on Gizmodo's page, whose `siteName` is
 * "Gizmodo"); a site named after a person ("Seth Godin") has two words or more and is not read.
 */
export function companiesNotPeople(doc: Doc, mentions: Mention[]): Mention[] {
  const site = doc.article.siteName;
  const websites = new Set(
    mentions
      .filter((m) => m.type === 'PERSON' && (beforeDomain(doc, m) || (m.text === site && !site.includes(' '))))
      .map((m) => m.text),
  );
  const companies = mentions.filter(
    (m) => isCompanyName(m) || (m.type === 'PERSON' && !m.title && websites.has(m.text)),
  );
  if (companies.length === 0) return mentions;
  const named = personWords(mentions.filter((m) => !companies.includes(m)));
  for (const m of companies) if (!named.has(m.text)) m.type = 'ORG';
  return mentions;
}

/** The possessive endings a company's name may be written with ("Lowe's", "Macy’s"). */
const POSSESSIVE_ENDINGS: ReadonlySet<string> = new Set(["'s", '’s']);

/**
 * "Rival [Lowe]'s was also lower": a one-word name whose form with the possessive is a company's
 * name in the list (cspell writes "Lowe's", "Macy's", "McDonald's" so) is read whole as that
 * company, the possessive in its span, unless it has a title or is a word of a person the
 * document names in full ("Rob Lowe ... Lowe's new series"). Runs after the sentence's first
 * common word is dropped from a name ("[Rival Lowe]'s": initial-words.ts).
 */
export function possessiveCompanies(doc: Doc, mentions: Mention[]): Mention[] {
  const t = doc.tokens;
  for (const m of mentions) {
    if ((m.type !== 'PERSON' && m.type !== 'ORG') || m.title) continue;
    // The possessive right after the name first: few names have one, and it is the cheap test.
    const next = t[m.tok[1]];
    if (!next || !POSSESSIVE_ENDINGS.has(next.text) || next.span[0] !== m.span[1]) continue;
    if (!openedByCommonWords(doc, m)) continue;
    const name = t[m.tok[1] - 1];
    if (!companyWords().has(`${name.text}'s`)) continue;
    // Another mention's words: the tagger's "Rival Lowe" is itself a person named in full.
    if (personWords(mentions.filter((n) => n !== m)).has(name.text)) continue;
    m.type = 'ORG';
    m.tok = [m.tok[1] - 1, m.tok[1] + 1];
    m.span = [name.span[0], next.span[1]];
    m.text = doc.text.slice(m.span[0], m.span[1]);
    m.affiliation = undefined;
    m.affiliationCC = undefined;
  }
  return mentions;
}

/**
 * A one-word name, or one the tagger opened with its sentence's first words, common English words
 * ("[Rival Lowe]'s was also lower").
 */
function openedByCommonWords(doc: Doc, m: Mention): boolean {
  const [from, to] = m.tok;
  if (to - from === 1) return true;
  const t = doc.tokens;
  let first = doc.sentences[t[from].sentence].tokens[0];
  while (first < from && (t[first].pos === 'PUNCT' || t[first].pos === 'SYM')) first++;
  if (first !== from) return false;
  for (let k = from; k < to - 1; k++) if (!isLexiconWord(t[k].text)) return false;
  return true;
}

/** A web address's end glued to a name ("Edmunds.com", "Moneycontrol.com"): the name is the site's. */
const DOMAIN_END = /^\.(?:com|org|net|co\.uk|io)\b/;
const beforeDomain = (doc: Doc, m: Mention) => DOMAIN_END.test(doc.text.slice(m.span[1], m.span[1] + 7));

const isCompanyWord = (w: string) => companyWords().has(w) && knownPlaces(w).length === 0;

/** A person mention whose first word is a company's: the whole name, or its first word before others. */
const isCompanyName = (m: Mention) => m.type === 'PERSON' && !m.title && isCompanyWord(m.text.split(' ')[0]);
