// Relative clauses with no relative pronoun, and participles after a noun (issue 14, audit rounds
// 36 and 37). "all the money NASA requested in its amendment" and "a prospect Vindman denied
// earlier in the day" are contact relative clauses: the noun phrase is the verb's object, the name
// after it the clause's subject; the rules took both for the speaker and the words after the verb
// for the content. "refers to investments intended to create ..." and "movies and TV shows
// purchased from iTunes" are a participle after a noun that is a preposition's object or a
// compound's head: no one speaks. Run from index.ts after the models, which training does not read.
import type { Cue } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import { tokenAtOrAfter } from './bounds.js';
import { resolveSpeaker } from './speaker.js';
import { COMPLEMENT_START_POS, messageObjectVerbs } from './relative-content.js';
import { finiteVerb } from './trim.js';
import { roleNouns } from '../entities/role-words.js';

/** Parts of speech of the object noun phrase before the clause's subject ("all the money"). */
const ANTECEDENT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);
/** Pronouns that can be a contact clause's subject ("the claims he made"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
const LONGEST_NAME_TOKENS = 4;

/**
 * Reads a contact relative clause in the speaker of `a`, in place: the speaker's words right
 * before the cue are a noun phrase opened by a determiner and ending in a common noun that names
 * no role ("a prospect", "all the money"), then a name or "he"/"she"/"they"; the cue is a verb that
 * takes a message for its object (WordNet, as relativeOnNounCue), and nothing after it can be its
 * object (a preposition, an adverb, a mark, a time or the sentence's end). The object is the gap:
 * the name is the speaker and the noun phrase the content. A title before a name ("spokesman John
 * Smith said") ends in a role noun; a verb with its object after it is left alone.
 */
export function contactRelative(ctx: QuoteContext, a: Attribution, cue: Cue, s1: number): void {
  if (a.speaker.writer || a.speaker.antecedent) return;
  const tokens = ctx.tokens;
  const [c0, c1] = cue.tokens;
  const cueToken = tokens[c0];
  if (c1 - c0 !== 1 || cueToken.pos !== 'VERB' || cueToken.lower === cueToken.lemma) return;
  if (/ing$/.test(cueToken.lower) || !messageObjectVerbs().has(cueToken.lemma)) return;
  const p0 = tokenAtOrAfter(ctx, a.speaker.span[0], c0);
  if (p0 >= c0 || tokens[c0 - 1].span[1] !== a.speaker.span[1] || tokens[p0].pos !== 'DET') return;
  // The subject: a name of up to four words, or a pronoun, right before the cue.
  let m = c0 - 1;
  if (tokens[m].pos === 'PROPN') {
    while (m - 1 > p0 && tokens[m - 1].pos === 'PROPN' && c0 - m < LONGEST_NAME_TOKENS) m--;
  } else if (!(tokens[m].pos === 'PRON' && SUBJECT_PRONOUNS.has(tokens[m].lower))) return;
  const head = tokens[m - 1];
  if (m - 1 <= p0 || head.pos !== 'NOUN' || roleNouns().has(head.lemma) || roleNouns().has(head.lower)) return;
  for (let k = p0; k < m; k++) if (!ANTECEDENT_POS.has(tokens[k].pos)) return;
  // The verb lacks its object.
  const next = tokens[c1];
  if (c1 < s1 && COMPLEMENT_START_POS.has(next.pos) && !ctx.inTime(next.span[0])) return;
  a.speaker = resolveSpeaker(tokens, [m, c0], ctx.mentions, null, ctx.text);
  a.fragments = [{ kind: 'indirect', span: [tokens[p0].span[0], head.span[1]] }];
}

/**
 * Prepositions whose object a participle may follow; those that also open clauses ("after",
 * "before", "since", "as", "than") are left out.
 */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'to',
  'of',
  'for',
  'with',
  'on',
  'in',
  'at',
  'by',
  'from',
  'about',
  'into',
  'onto',
  'over',
  'among',
  'toward',
  'towards',
  'through',
  'under',
  'without',
  'against',
  'between',
  'across',
]);
const isObjectPreposition = (t: { pos: string; lower: string }) => t.pos === 'ADP' && OBJECT_PREPOSITIONS.has(t.lower);

/**
 * Whether the cue of `a` is a past participle right after the speaker's noun phrase, and that
 * phrase is a preposition's object ("refers to [investments] <intended> to create ..."): a reduced
 * relative clause on the noun, which nobody says; a clause's subject stands after no preposition
 * ("after officials said", "as investors expected" open clauses: subordinators).
 */
export function participleAfterPrepositionObject(ctx: QuoteContext, a: Attribution, cue: Cue): boolean {
  if (a.speaker.writer) return false;
  const tokens = ctx.tokens;
  const [c0, c1] = cue.tokens;
  const t = tokens[c0];
  if (c1 - c0 !== 1 || t.pos !== 'VERB' || !/ed$/.test(t.lower) || c0 === 0) return false;
  const last = tokens[c0 - 1];
  if (last.span[1] !== a.speaker.span[1] || last.pos !== 'NOUN') return false;
  const first = tokenAtOrAfter(ctx, a.speaker.span[0], c0);
  if (first === 0 || tokens[first - 1].sentence !== t.sentence || !isObjectPreposition(tokens[first - 1])) return false;
  // The preposition opens the sentence ("In a message posted Friday, Cruz said") or follows a
  // finite verb ("refers to investments intended"); after a participle it may end the subject
  // ("Protesters marching through the streets chanted").
  const lead = first - 2;
  return lead < 0 || tokens[lead].sentence !== t.sentence || finiteVerb(tokens[lead]);
}

/**
 * Whether the cue is a plural noun read as a verb's third person inside a compound ("movies and
 * TV <shows> [purchased from iTunes]"): the content opens with a past participle that is no
 * adjective before a noun ("shows increased risk" keeps its object) but is followed by a
 * preposition, an adverb or the sentence's end. A clause after "shows" needs a subject.
 */
export function compoundNounCue(ctx: QuoteContext, a: Attribution, cue: Cue, s1: number): boolean {
  const first = a.fragments[0];
  if (a.fragments.length !== 1 || first.kind !== 'indirect') return false;
  const tokens = ctx.tokens;
  const [c0, c1] = cue.tokens;
  const t = tokens[c0];
  if (c1 - c0 !== 1 || !/s$/.test(t.lower) || c0 === 0) return false;
  if (tokens[c0 - 1].span[1] !== a.speaker.span[1]) return false;
  const k = tokenAtOrAfter(ctx, first.span[0], s1);
  if (k !== c1 || k >= s1 || tokens[k].pos !== 'VERB' || !/ed$/.test(tokens[k].lower)) return false;
  const after = tokens[k + 1];
  return k + 1 >= s1 || after.pos === 'ADP' || after.pos === 'ADV' || after.pos === 'PUNCT';
}
