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

const companyWords = modelWordList('company-words.txt');

/**
 * Retypes as organisations the person mentions whose first word is a company's word the gazetteer
 * does not know as a place ("Chicago" of Chicago Bridge & Iron is none): a name of one such word,
 * or of several whose first is one ("Lockheed Martin": a person's name starts with a given name, and a
 * company word is nobody's), given no title ("Mr. Gannett") and not the word of a person named in
 * full in the document ("Michael Bloomberg" ... "Bloomberg said"). So is every mention of a name
 * the document writes as a web address ("according to Edmunds.com, a California-based automobile
 * data firm ... Edmunds expects"): a site's, not a person's.
 */
export function companiesNotPeople(doc: Doc, mentions: Mention[]): Mention[] {
  const websites = new Set(mentions.filter((m) => m.type === 'PERSON' && beforeDomain(doc, m)).map((m) => m.text));
  const companies = mentions.filter(
    (m) => isCompanyName(m) || (m.type === 'PERSON' && !m.title && websites.has(m.text)),
  );
  if (companies.length === 0) return mentions;
  const named = personWords(mentions.filter((m) => !companies.includes(m)));
  for (const m of companies) if (!named.has(m.text)) m.type = 'ORG';
  return mentions;
}

/** A web address's end glued to a name ("Edmunds.com", "Moneycontrol.com"): the name is the site's. */
const DOMAIN_END = /^\.(?:com|org|net|co\.uk|io)\b/;
const beforeDomain = (doc: Doc, m: Mention) => DOMAIN_END.test(doc.text.slice(m.span[1], m.span[1] + 7));

const isCompanyWord = (w: string) => companyWords().has(w) && knownPlaces(w).length === 0;

/** A person mention whose first word is a company's: the whole name, or its first word before others. */
const isCompanyName = (m: Mention) => m.type === 'PERSON' && !m.title && isCompanyWord(m.text.split(' ')[0]);
