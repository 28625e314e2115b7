// Whether an "attack" is words, not violence. PLOVER's ASSAULT needs physical force; criticism
// and denunciation are ACCUSE. "attacked his record", "attacked the plan", "came under attack
// from critics", "attacked her on Twitter", "attacked him as weak", "Republican attacks" are
// political speech; "attacked the convoy", "militants attacked", "an attack on the base" are not.
// The cue lists are the ordinary English of speech, media, politics and debate, written for this
// module (not taken from any page's wording).
import type { Token } from '../../doc.js';
import type { Segmentation } from './clauses.js';
import { verbSubject } from './subject.js';
import { OBJECT_WINDOW } from './lexicon.js';

/** What one attacks with words: statements, ideas, policies, a person's standing. */
const IDEAS = new Set([
  'record',
  'plan',
  'plans',
  'policy',
  'policies',
  'proposal',
  'proposals',
  'decision',
  'decisions',
  'remark',
  'remarks',
  'comment',
  'comments',
  'statement',
  'statements',
  'speech',
  'view',
  'views',
  'idea',
  'ideas',
  'stance',
  'agenda',
  'rhetoric',
  'claim',
  'claims',
  'legislation',
  'ruling',
  'handling',
  'credibility',
  'integrity',
  'character',
  'loyalty',
  'patriotism',
  'competence',
  'judgment',
  'judgement',
  'leadership',
  'candidacy',
  'platform',
  'reform',
  'reforms',
  'budget',
  'strategy',
  'approach',
  'testimony',
  'motives',
]);

/** Where words are said: a medium after "in", "on", "during" ("attacked her on Twitter", "in a speech"). */
const MEDIA = new Set([
  'interview',
  'speech',
  'statement',
  'tweet',
  'tweets',
  'twitter',
  'facebook',
  'instagram',
  'op-ed',
  'editorial',
  'letter',
  'remarks',
  'debate',
  'podcast',
  'broadcast',
  'memo',
  'essay',
  'book',
  'blog',
  'ad',
  'advertisement',
  'commercial',
  'hearing',
]);
const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'during', 'via', 'through']);
/** How far before a medium noun its preposition may stand ("in a lengthy speech"). */
const MEDIUM_REACH = 3;

/** Who attacks with words: critics, rivals, partisan and ideological camps. */
const CRITICS = new Set([
  'critic',
  'critics',
  'rival',
  'rivals',
  'opponent',
  'opponents',
  'detractor',
  'detractors',
  'commentator',
  'commentators',
  'pundit',
  'pundits',
  'columnist',
  'columnists',
  'republicans',
  'democrats',
  'dems',
  'gop',
  'liberals',
  'conservatives',
  'progressives',
  'moderates',
  'candidates',
]);
/** Modifiers of an attack noun that make it speech ("personal attacks", "Republican attacks"). */
const SPEECH_KINDS = new Set([
  'verbal',
  'rhetorical',
  'political',
  'personal',
  'partisan',
  'republican',
  'democratic',
  'conservative',
  'liberal',
]);
/** Words of the political contest in the trigger's clause ("under attack in the debate"). */
const CONTEST = new Set(['debate', 'debates', 'primary', 'primaries', 'caucus', 'caucuses']);
/** Nouns after "as a" that tell why or when, not what the target was called ("as a result"). */
const NOT_LABELS = new Set(['result', 'warning', 'reprisal', 'retaliation', 'response', 'punishment', 'part', 'well']);

const VERBS = new Set(['VERB', 'AUX']);
const lower = (t: Token | undefined) => t?.lower ?? '';

/** Whether the ASSAULT trigger "attack" at `at` (to `end`) is criticism, not violence. */
export function isVerbalAttack(tokens: readonly Token[], seg: Segmentation, at: number, end: number): boolean {
  // "an assault on the rule of law", "a frontal attack on press freedom": an ideal is not hit by force.
  if (onIdeal(tokens, end)) return true;
  if (tokens[at].lemma.toLowerCase() !== 'attack' && !/^attack/i.test(tokens[at].text)) return false;
  const clause = seg.clause[at];
  const after: number[] = [];
  // Up to the next verb: "no attack was reported, officials said in a statement" is their statement.
  for (let i = end; i < tokens.length && seg.clause[i] === clause && !VERBS.has(tokens[i].pos); i++) after.push(i);
  const near = after.slice(0, OBJECT_WINDOW);
  if (near.some((i) => IDEAS.has(lower(tokens[i])))) return true;
  if (after.some((i) => isMedium(tokens, i, end))) return true;
  if (after.some((i) => isCritic(tokens[i]) && byAgentMarker(tokens, i, end))) return true;
  if (tokens.some((t, i) => seg.clause[i] === clause && CONTEST.has(lower(t)))) return true;
  if (SPEECH_KINDS.has(lower(tokens[at - 1]))) return true;
  if (after.some((i) => lower(tokens[i]) === 'as' && isLabel(tokens, i + 1))) return true;
  if (talkedOf(tokens, at)) return true;
  const subject = verbSubject(tokens, seg, at, () => false);
  return !!subject && tokens.slice(subject.start, subject.end).some(isCritic);
}

/** Verbs of talk that take their topic after "of" or "about" ("talked of", "spoke about"). */
const TALKING = new Set(['talk', 'speak']);
const TOPIC_MARKERS = new Set(['of', 'about']);
/** How far back the verb of talk may stand: its topics may be a long list. */
const TOPIC_REACH = 30;
/** Pronouns that open a clause of their own ("anything else" may stand among the topics). */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/**
 * "has not talked of infrastructure, trade deals, or anything else other than attacking Trump":
 * an attack among the topics of talk is something said, not done. The walk back stops at a
 * subject pronoun, an auxiliary or a verb other than a participle, which would start another clause.
 */
function talkedOf(tokens: readonly Token[], at: number): boolean {
  // A finite "attacked" is an act of its own clause ("talked of peace, then attacked the base").
  if (tokens[at].pos === 'VERB' && !/ing$/i.test(tokens[at].text)) return false;
  for (let i = at - 1; i > 0 && i >= at - TOPIC_REACH; i--) {
    const t = tokens[i];
    // "talked only about": an adverb may stand between.
    const verb = tokens[i - 1].pos === 'ADV' && i > 1 ? tokens[i - 2] : tokens[i - 1];
    if (TOPIC_MARKERS.has(t.lower) && TALKING.has(verb.lemma.toLowerCase())) return true;
    if (SUBJECT_PRONOUNS.has(t.lower) || t.pos === 'AUX' || /^[;:.]$/.test(t.text)) return false;
    if (t.pos === 'VERB' && !/(?:ed|ing)$/i.test(t.text)) return false;
  }
  return false;
}

/** "from critics", "by her rivals", "from Senate Republicans": "from" or "by" a word or two before. */
function byAgentMarker(tokens: readonly Token[], i: number, end: number): boolean {
  for (let j = i - 1; j >= Math.max(end, i - AGENT_REACH); j--) if (AGENT_MARKERS.has(lower(tokens[j]))) return true;
  return false;
}
const AGENT_MARKERS = new Set(['from', 'by']);
const AGENT_REACH = 3;

function isCritic(t: Token): boolean {
  return CRITICS.has(t.lower) || CRITICS.has(t.lemma.toLowerCase());
}

/** A medium noun governed by a preposition after the trigger ("on Twitter", "in a speech"). */
function isMedium(tokens: readonly Token[], i: number, end: number): boolean {
  if (!MEDIA.has(lower(tokens[i]))) return false;
  for (let j = i - 1; j >= Math.max(end, i - MEDIUM_REACH); j--)
    if (MEDIUM_PREPOSITIONS.has(lower(tokens[j]))) return true;
  return false;
}

/**
 * "as weak", "as a new leader", "as a socialist": what the target was called, when no verb
 * follows ("as it passed", "as night fell" tell when) and the noun is no reason ("as a result").
 */
function isLabel(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!first) return false;
  if (first.pos !== 'ADJ' && first.pos !== 'DET') return false;
  let i = from;
  while (i < tokens.length && !/^[,.;:!?]$/.test(tokens[i].text)) {
    const t = tokens[i];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || NOT_LABELS.has(lower(t))) return false;
    i++;
  }
  return i > from + (first.pos === 'DET' ? 1 : 0);
}

/** Ideals that are attacked only in words; a noun they modify is the target ("democracy activists"). */
const IDEALS = new Set([
  'democracy',
  'freedom',
  'liberty',
  'right',
  'constitution',
  'truth',
  'law',
  'value',
  'decency',
]);
const IDEAL_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** Tokens of the "on" phrase read for its head noun. */
const IDEAL_REACH = 8;

/** "on the rule of law", "on press freedom": the head noun of the "on" phrase after the trigger is an ideal. */
function onIdeal(tokens: readonly Token[], end: number): boolean {
  if (lower(tokens[end]) !== 'on') return false;
  let head = '';
  for (let i = end + 1; i < tokens.length && i <= end + IDEAL_REACH; i++) {
    const t = tokens[i];
    if (!IDEAL_PHRASE_TAGS.has(t.pos) && lower(t) !== 'of') break;
    if (t.pos === 'NOUN') head = t.lemma.toLowerCase();
    else if (t.pos === 'PROPN') head = '';
  }
  return IDEALS.has(head);
}
