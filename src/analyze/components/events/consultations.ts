// CONSULT words that name no consultation between parties: a visit to a hospital (a medical
// visit, not a meeting) and a call that is the offence someone is arrested or charged for (a
// threatening or harassing call). Both kinds were read as meetings on real pages (round 8).
import type { Doc, Token } from '../../doc.js';
import type { Candidate } from './filters.js';

/** Nouns of places of medical care (general vocabulary). */
const MEDICAL_PLACES = new Set(['hospital', 'hospitals', 'clinic', 'clinics', 'infirmary', 'hospice', 'medical']);
/** Tokens after a visit searched for the place visited. */
const VISITED_REACH = 6;
/** Verbs of arresting, charging and punishing whose "for"/"over" phrase names an offence. */
const PUNISHING = new Set(['arrest', 'charge', 'convict', 'jail', 'sentence', 'indict', 'detain', 'prosecute', 'fine']);
/** Tokens between a punishing verb and its "for", and between "for" and the trigger. */
const GROUNDS_REACH = 4;
const NOUN_PHRASE_TAGS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'PART']);

/** Whether a CONSULT candidate is a medical visit or a call punished as an offence. */
export function isNotConsultation(doc: Doc, tokens: readonly Token[], c: Candidate): boolean {
  if (c.type !== 'CONSULT') return false;
  const lemma = tokens[c.start].lemma.toLowerCase();
  if (lemma === 'visit') return isMedicalVisit(doc, tokens, c.end);
  if (lemma === 'call') return isPunishedFor(tokens, c.start);
  return false;
}

/**
 * "a visit to the military hospital", "his visit to Walter Reed" where the story calls it "Walter
 * Reed hospital": the place after the visit is one of medical care.
 */
function isMedicalVisit(doc: Doc, tokens: readonly Token[], end: number): boolean {
  let name = '';
  for (let i = end; i < Math.min(tokens.length, end + VISITED_REACH); i++) {
    const t = tokens[i];
    if (MEDICAL_PLACES.has(t.lower)) return true;
    if (t.pos === 'PROPN') name = name ? `${name} ${t.text}` : t.text;
    else if (name) break;
    else if (t.text === ',' || t.pos === 'VERB') return false;
  }
  if (!name) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}\\s+(?:${[...MEDICAL_PLACES].join('|')})\\b`, 'i').test(doc.text);
}

/** "arrested in April for a March 21 phone call he made": the call is the grounds of an arrest. */
function isPunishedFor(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= GROUNDS_REACH + 1 && NOUN_PHRASE_TAGS.has(tokens[i].pos)) i--;
  const w = tokens[i]?.lower;
  if (w !== 'for' && w !== 'over') return false;
  return tokens.slice(Math.max(0, i - GROUNDS_REACH), i).some((t) => PUNISHING.has(t.lemma.toLowerCase()));
}
