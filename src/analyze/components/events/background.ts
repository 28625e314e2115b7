// Whether an event is mentioned as background rather than as the news: an event the article
// looks back on ("since the Taliban victory") or one dated well before the article's reference date.
import type { EventType, Modality, TimeExpression } from '../../../record/types.js';
import type { Doc, Token } from '../../doc.js';
import { LEXICON } from './lexicon.js';

/** Words before a trigger that present it as past context. */
const RETROSPECTIVE = new Set(['since', 'wake', 'anniversary', 'former', 'previous']);
/** Tokens before the trigger searched for a retrospective word ("since the 2021 victory"). */
const RETROSPECTIVE_REACH = 4;
/** Events dated more than this many days before the reference date are background. */
export const BACKGROUND_DAYS = 60;
const DAY_MS = 86_400_000;

/**
 * Words before a nominal trigger that make it the occasion or the reason of the news rather than
 * news itself: "marched over the killing of a student", "ahead of talks", "in protest at the arrest".
 */
const OCCASION_BEFORE: readonly (readonly string[])[] = [
  ['over'],
  ['over', 'the'],
  ['ahead', 'of'],
  ['ahead', 'of', 'the'],
  ['in', 'protest', 'at'],
  ['in', 'protest', 'at', 'the'],
  ['in', 'protest', 'against'],
  ['in', 'protest', 'against', 'the'],
  ['in', 'response', 'to'],
  ['in', 'response', 'to', 'the'],
];

export function isBackground(
  doc: Doc,
  tokens: readonly Token[],
  at: number,
  time: TimeExpression | undefined,
  modality: Modality,
  nominal = false,
  type?: EventType,
): boolean {
  if (nominal && at > 0 && (occasionBefore(tokens, at) || isCharge(tokens, at) || isSuspected(tokens, at))) return true;
  if (nominal && type === 'CONSULT' && occasionAt(tokens, at)) return true;
  if (modality !== 'asserted') return false;
  if (tokens.slice(Math.max(0, at - RETROSPECTIVE_REACH), at).some((t) => RETROSPECTIVE.has(t.lower))) return true;
  if (!nominal && lagAfter(tokens, at)) return true;
  if (type && OCCASION_TYPES.has(type) && (nominal ? tokens[at].pos === 'NOUN' : gerundOfSpan(tokens, at)))
    if (afterPhrase(tokens, at)) return true;
  // "after weeks of talks": a stretch of the event before "after" is what came before, whatever its type.
  if (nominal && tokens[at].pos === 'NOUN' && spanOfAfter(tokens, at)) return true;
  if (!nominal && (pastPerfectRelative(tokens, at) || inBackgroundRelative(tokens, at))) return true;
  if (!time || !doc.referenceDate) return false;
  return daysBefore(time.value, doc.referenceDate) > BACKGROUND_DAYS;
}

/**
 * Verbs whose "over" is a particle taking an object ("took over the talks", "handed over the
 * prisoners"): the common transitive phrasal verbs with "over" of English grammars. After any
 * other verb "over" gives the reason ("protests erupted over the killing").
 */
const OVER_PARTICLE_VERBS = new Set([
  'take',
  'hand',
  'turn',
  'win',
  'look',
  'go',
  'pass',
  'think',
  'talk',
  'read',
  'sign',
  'give',
  'check',
  'carry',
  'paper',
  'gloss',
  'smooth',
  'watch',
  'preside',
  'hold',
  'mull',
]);

/** Whether one of OCCASION_BEFORE's phrases ends right before the trigger (a phrasal verb before "over" takes it: "took over"). */
function occasionBefore(tokens: readonly Token[], at: number): boolean {
  return OCCASION_BEFORE.some((phrase) => {
    const from = at - phrase.length;
    if (from < 1 || !phrase.every((w, j) => tokens[from + j].lower === w)) return false;
    const verb = tokens[from - 1];
    return phrase[0] !== 'over' || verb.pos !== 'VERB' || !OVER_PARTICLE_VERBS.has(verb.lemma.toLowerCase());
  });
}

/**
 * Verbs of holding someone to account, whose "for" / "of" / "with" phrase names the act charged:
 * the verb heads of the lexicon's COERCE and ACCUSE entries ("arrested", "convicted", "accused"),
 * and "want" (WordNet 3.1 want.v.03, "hunt or look for; want for a particular reason": "wanted by
 * the FBI").
 */
const CHARGING_VERBS: ReadonlySet<string> = new Set([
  ...[...LEXICON.COERCE, ...LEXICON.ACCUSE].filter((e) => e.pos !== 'noun').map((e) => e.head),
  'want',
]);
const CHARGE_PREPOSITIONS = new Set(['for', 'of', 'with', 'over']);
/** Tags between the preposition and the event noun ("for a bombing", "of the 2019 attack"). */
const CHARGE_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'PROPN']);

/**
 * An event noun that names what people described by a participle are held to account for
 * ("two citizens wanted for a bombing", "a man convicted of the killing"): the act charged is the
 * background of the news, told as what the people are accused of, not reported here.
 */
function isCharge(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && CHARGE_MODIFIERS.has(tokens[i].pos)) i--;
  if (i < 2 || !CHARGE_PREPOSITIONS.has(tokens[i].lower)) return false;
  const verb = tokens[i - 1];
  if (verb.pos !== 'VERB' || verb.lower === verb.lemma.toLowerCase() || !CHARGING_VERBS.has(verb.lemma.toLowerCase()))
    return false;
  // The participle describes the people before it (a reduced relative), not a finite verb.
  return tokens[i - 2].pos === 'NOUN' || tokens[i - 2].pos === 'PROPN';
}

/**
 * "arrested a woman on suspicion of planning an attack": the event noun of a "suspicion of" phrase
 * (over a gerund of its own) is the act a person is suspected of, not reported here.
 */
function isSuspected(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && CHARGE_MODIFIERS.has(tokens[i].pos)) i--;
  if (i >= 0 && /ing$/i.test(tokens[i].text) && (tokens[i].pos === 'VERB' || tokens[i].pos === 'NOUN')) i--;
  return i >= 1 && tokens[i].lower === 'of' && tokens[i - 1].lemma.toLowerCase() === 'suspicion';
}

/**
 * Events that, told after "after", are the occasion of the news (riots before a curfew, protests
 * before troops arrive); talks or a deal after which something happens are still news.
 */
const OCCASION_TYPES: ReadonlySet<EventType> = new Set(['ASSAULT', 'PROTEST', 'COERCE']);
/** Words of a stretch of time before "of" ("after two days of riots", "after weeks of protests"). */
const SPANS = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'hour',
  'hours',
  'night',
  'nights',
]);
/**
 * "following" as a preposition means "after" ("resigned following weeks of protests"): one of the
 * deverbal prepositions English grammars list (CGEL ch. 7, "following", "pending", "considering").
 * Not after an auxiliary, where it is the verb ("were following the protests").
 */
function isAfter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.lower === 'after') return true;
  return t.lower === 'following' && tokens[i - 1]?.pos !== 'AUX';
}

/** Tags of the words between "after" and the event noun: determiners, numbers, adjectives ("after the fresh riots"). */
const AFTER_MODIFIERS = new Set(['DET', 'NUM', 'ADJ']);
/** Tokens before the noun searched for "after". */
const AFTER_REACH = 5;

/**
 * An event noun that "after" governs, past a stretch of time ("after two days of riots", "two days
 * after protests turned violent"): what came before the news, its occasion, not the news itself.
 */
function afterPhrase(tokens: readonly Token[], at: number): boolean {
  let compound = false;
  for (let i = at - 1; i >= 0 && i >= at - AFTER_REACH; i--) {
    const t = tokens[i];
    // "two days after protests turned violent": a lag before "after" dates the event before the
    // news; without one, only a noun phrase ("after two days of riots"), not a clause ("after
    // violent clashes erupted", which may be the news itself).
    if (isAfter(tokens, i)) return SPANS.has(tokens[i - 1]?.lower ?? '') || (!compound && !clauseAfter(tokens, at));
    // "days after an air strike killed": a compound's first noun, with a lag before "after" only.
    if (t.pos === 'NOUN' && i === at - 1) {
      compound = true;
      continue;
    }
    // "after weeks of protests in which dozens were killed": the noun of an "of" phrase is no
    // clause's subject, whatever verbs follow it.
    if (t.lower === 'of' && SPANS.has(tokens[i - 1]?.lower ?? ''))
      return isAfter(tokens, i - 2) || spanAfter(tokens, i - 2);
    if (!AFTER_MODIFIERS.has(t.pos)) return false;
  }
  return false;
}

/**
 * A verb trigger in -ing right after a stretch of time's "of" ("after three days of fighting"):
 * after "of" it is a gerund naming what filled the stretch, not a finite verb.
 */
function gerundOfSpan(tokens: readonly Token[], at: number): boolean {
  return /ing$/i.test(tokens[at].text) && tokens[at - 1]?.lower === 'of' && SPANS.has(tokens[at - 2]?.lower ?? '');
}

/** "after two weeks of": whether "after" opens the phrase ending at `i` over its determiners and numbers. */
function spanAfter(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j >= 0 && i - j < AFTER_REACH; j--) {
    if (isAfter(tokens, j)) return true;
    if (!AFTER_MODIFIERS.has(tokens[j].pos)) return false;
  }
  return false;
}

/** "after weeks of talks": the noun right after a stretch of time's "of" that "after" opens. */
function spanOfAfter(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.lower === 'of' && SPANS.has(tokens[at - 2]?.lower ?? '') && spanAfter(tokens, at - 3);
}

/** Relative words that open a relative clause on the noun before them. */
const RELATIVE_WORDS = new Set(['who', 'which', 'that']);
/** Tokens back from a coordinated verb searched for the relative clause's first verb. */
const RELATIVE_CONJUNCT_REACH = 8;

/**
 * "armed gangs who had attacked police stations and freed prisoners": a verb in the past perfect
 * in a relative clause on a noun tells what the people or things it describes had done before the
 * news, its background (so does a verb coordinated with it, sharing its "had").
 */
function pastPerfectRelative(tokens: readonly Token[], at: number, coordinated = true): boolean {
  let i = at - 1;
  while (i >= 0 && tokens[i].pos === 'ADV') i--;
  if (tokens[i]?.lower === 'had') {
    const rel = tokens[i - 1];
    const head = tokens[i - 2];
    return !!rel && RELATIVE_WORDS.has(rel.lower) && !!head && (head.pos === 'NOUN' || head.pos === 'PROPN');
  }
  if (!coordinated || tokens[i]?.lower !== 'and') return false;
  for (let j = i - 1; j >= 0 && i - j <= RELATIVE_CONJUNCT_REACH; j--) {
    const t = tokens[j];
    if (CLAUSE_BREAKS.has(t.text) || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
    if (t.pos === 'VERB') return pastPerfectRelative(tokens, j, false);
  }
  return false;
}

/** Prepositions before "which" that make a relative clause tell what happened during its noun ("protests in which dozens were killed"). */
const DURING_PREPOSITIONS = new Set(['in', 'during']);
/** Tokens back from a verb trigger searched for such a relative. */
const IN_WHICH_REACH = 8;

/**
 * "after weeks of protests in which more than 300 people were killed": a verb in a relative clause
 * on a background event noun ("in which", "during which") happened within that background.
 */
function inBackgroundRelative(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 2 && at - i <= IN_WHICH_REACH; i--) {
    const t = tokens[i];
    if (CLAUSE_BREAKS.has(t.text) || t.pos === 'CCONJ') return false;
    if (t.lower !== 'which') continue;
    if (!DURING_PREPOSITIONS.has(tokens[i - 1].lower)) return false;
    const noun = i - 2;
    return tokens[noun].pos === 'NOUN' && (afterPhrase(tokens, noun) || spanOfAfter(tokens, noun));
  }
  return false;
}

/** Tokens searched back from a verb trigger for "after" with a lag before it. */
const LAG_AFTER_REACH = 6;
/** Punctuation that ends the clause searched back over (a hyphen inside a name does not). */
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–']);

/**
 * "released 90 prisoners on Monday, hours after Hamas freed three hostages": a verb in a clause
 * that "after" opens, with a stretch of time before "after", is what came before the news (the
 * coding conventions: what came before "after" is not coded). Without the lag ("after protesters
 * stormed the building") the clause may be the news itself, and stays.
 */
function lagAfter(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 1 && at - i <= LAG_AFTER_REACH; i--) {
    const t = tokens[i];
    if (t.lower === 'after') return SPANS.has(tokens[i - 1].lower);
    if (CLAUSE_BREAKS.has(t.text) || t.pos === 'VERB' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
  }
  return false;
}

/** Tags of the words between "at" and a meeting noun ("at the June summit", "at Tuesday's meeting", "at the alliance's summit"). */
const AT_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);
const AT_REACH = 5;

/**
 * A meeting noun in an "at" phrase after a verb ("will ask NATO for batteries at the alliance's
 * summit", "did not criticise China at Tuesday's meeting"): the meeting is where the other act
 * happens, its occasion, not news of its own. An "at" phrase that opens the sentence ("At a
 * meeting in Baku, the ministers reached an agreement") is left alone: it sets the scene.
 */
function occasionAt(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 1 && at - i <= AT_REACH; i--) {
    const t = tokens[i];
    if (t.lower === 'at') return tokens.slice(0, i).some((v) => v.pos === 'VERB');
    if (!AT_MODIFIERS.has(t.pos)) return false;
  }
  return false;
}

/** Whether a verb follows the noun at \`at\` before a comma or the end: the noun is a clause's subject. */
function clauseAfter(tokens: readonly Token[], at: number): boolean {
  for (let i = at + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === ',' || t.text === ';' || t.pos === 'CCONJ') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/** Days from the end of a time value ("2021", "2021-06", "2021-06-03") to the reference date; NaN if not a date. */
function daysBefore(value: string, reference: string): number {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 12, m[3] ? Number(m[3]) : undefined];
  const end = d !== undefined ? Date.UTC(y, mo - 1, d) : Date.UTC(y, mo, 0);
  return (Date.parse(reference) - end) / DAY_MS;
}
