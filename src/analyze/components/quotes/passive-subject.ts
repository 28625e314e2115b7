// The subject of a passive cue with no agent is part of what is reported: PolNeAR (after PARC)
// annotates "The budget is expected to pass" as the content "The budget … to pass" and
// "Firefighters have been accused of ignoring residents" as "Firefighters … ignoring residents",
// the subject being the one the report is about, not who made it. Such a passive names no one who
// speaks: the record's speaker is then empty (NO_ONE_NAMED). A verb of feeling is the exception:
// "The mayor was angered that ..." has the mayor feel it, and the mayor stays the speaker.
import { agentThenCharge, type Cue } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import type { Token } from '../../doc.js';
import { passive, POSSESSIVE_DETERMINERS } from './attribute.js';
import { tokenAtOrAfter } from './bounds.js';
import { phraseAfter, resolveSpeaker, SUBORDINATORS, type Speaker } from './speaker.js';
import { modelWordList } from '../../resources/model-lists.js';

/**
 * WordNet's verbs of feeling (verb.emotion): models/feeling-verbs.txt, written from WordNet 3.1 by
 * scripts/build-feeling-verbs.mjs, read once, on first use.
 */
const feelingVerbs = modelWordList('feeling-verbs.txt');

/** Auxiliaries and adverbs between a passive's subject and its participle ("have sometimes been"). */
const CHAIN_POS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);
const MAX_CHAIN_TOKENS = 3;
const CONTRACTED_RE = /^['’]s$/i;
const POSSESSIVE_RE = /^['’]s?$/;

/**
 * Whether tokens first..last hold a name's or a person's possessive ("Mrs. Clinton's plan", "her
 * plan"), not a common noun's ("the complainant's evidence").
 */
function holdsPossessor(tokens: QuoteContext['tokens'], first: number, last: number): boolean {
  for (let t = first; t <= last; t++) {
    if (POSSESSIVE_DETERMINERS.has(tokens[t].lower) && tokens[t].lower !== 'its') return true;
    if (t > first && POSSESSIVE_RE.test(tokens[t].text) && tokens[t - 1].pos === 'PROPN') return true;
  }
  return false;
}

/** The speaker of an attribution that names no one: no words, at the cue's start. */
export function noOneNamed(at: number): Speaker {
  return { text: '', span: [at, at], entity: null };
}

/** Whether a speaker names no one (noOneNamed). */
export const namesNoOne = (speaker: Speaker): boolean => speaker.span[1] === speaker.span[0];

/**
 * The tokens of the agent of passive cue `cue` ("told by [a senior official] that"): the noun
 * phrase right after its "by" when only commas or spaces lie between it and the content, which
 * follows it whole. Null when there is none.
 */
function agentBeforeContent(ctx: QuoteContext, a: Attribution, cue: Cue): [number, number] | null {
  const tokens = ctx.tokens;
  const by = cue.tokens[1];
  const first = a.fragments[0];
  if (by + 1 >= tokens.length || tokens[by].lower !== 'by' || !first || first.continued) return null;
  const start = first.span[0];
  if (tokens[by].span[1] > start) return null;
  let ceiling = by + 1;
  while (ceiling < tokens.length && tokens[ceiling].span[1] <= start) ceiling++;
  // "by his doctor": phraseAfter reads a possessive determiner as no speaker's; an agent may have one.
  const owned = POSSESSIVE_DETERMINERS.has(tokens[by + 1].lower) ? 1 : 0;
  const agent = phraseAfter(tokens, by + 1 + owned, ceiling);
  if (!agent || !/^[\s,]*$/.test(ctx.text.slice(tokens[agent[1] - 1].span[1], start))) return null;
  return [agent[0] - owned, agent[1]];
}

/**
 * The tokens of the agent of passive verb `c0` when its charge follows it ("was accused by
 * [prosecutors] of lying"), the content's first piece then starting at the charge, in place (the
 * content tagger may take the agent and "of" in). Null when the content does not start inside the
 * agent's phrase and its preposition.
 */
function agentBeforeCharge(
  ctx: QuoteContext,
  a: Attribution,
  c0: number,
  s0: number,
  s1: number,
): [number, number] | null {
  const tokens = ctx.tokens;
  const charge = agentThenCharge(tokens, c0, s0, s1);
  const first = a.fragments[0];
  if (charge < 0 || !first || first.continued) return null;
  if (first.span[0] <= tokens[c0 + 1].span[0] || first.span[0] > tokens[charge].span[0]) return null;
  if (first.span[1] <= tokens[charge].span[0]) return null;
  first.span = [tokens[charge].span[0], first.span[1]];
  return [c0 + 2, charge - 1];
}

/** Parts of speech of the words after a gerund in a compound noun ("eating disorder"). */
const COMPOUND_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * The token before a bracketed aside that ends at token `k` ("Eating disorder (ED)"), or `k`
 * when token `k` closes no bracket opened in the sentence (from `s0`).
 */
function beforeBracketAside(tokens: readonly Token[], k: number, s0: number): number {
  if (tokens[k].text !== ')') return k;
  for (let j = k - 1; j > s0; j--) {
    if (tokens[j].text === ')') return k;
    if (tokens[j].text === '(') return j - 1;
  }
  return k;
}

/**
 * Whether the words after the speaker (ending at `p1`) up to token `k` are a gerund the tagger
 * read as a verb and the nouns of a compound it modifies ("{Binge} eating disorder is
 * considered"): the speaker found stops inside the subject, which runs on to token `k`.
 */
function gerundCompoundTo(ctx: QuoteContext, p1: number, k: number): boolean {
  const tokens = ctx.tokens;
  const g = tokenAtOrAfter(ctx, p1, k + 1);
  if (g >= k || tokens[g].pos !== 'VERB' || !tokens[g].lower.endsWith('ing')) return false;
  if (!/^\s+$/.test(ctx.text.slice(p1, tokens[g].span[0]))) return false;
  for (let j = g + 1; j <= k; j++) if (!COMPOUND_POS.has(tokens[j].pos)) return false;
  return tokens[k].pos === 'NOUN';
}

/**
 * Adds the subject of the agentless passive cue `cue` (sentence tokens from `s0`) to the front of
 * its content, in place, when the speaker found for it is that subject and the whole content
 * follows the cue; the speaker then names no one. A passive with its agent ("was criticized by the
 * council", "was told by an aide that ...") has the agent as its speaker, its content left as it
 * is, and so is a verb of feeling.
 */
export function addPassiveSubject(ctx: QuoteContext, a: Attribution, cue: Cue, s0: number, s1: number): void {
  const tokens = ctx.tokens;
  const c0 = cue.tokens[0];
  if (tokens[c0].pos !== 'VERB' || !passive(tokens, c0, s0)) return;
  if (feelingVerbs().has(tokens[c0].lemma)) return;
  // "Corbyn, a stolid socialist, is accused by critics of ...": the agent before the charge speaks,
  // wherever the subject stands.
  const chargeAgent = agentBeforeCharge(ctx, a, c0, s0, s1);
  if (chargeAgent) {
    a.speaker = resolveSpeaker(tokens, chargeAgent, ctx.mentions, null, ctx.text);
    return;
  }
  let k = c0 - 1;
  while (k >= s0 && c0 - k <= MAX_CHAIN_TOKENS && CHAIN_POS.has(tokens[k].pos)) {
    // "who's called for", "he's heralded": "'s" may be "has", an active perfect.
    if (CONTRACTED_RE.test(tokens[k].text)) return;
    k--;
  }
  if (k < s0) return;
  // "Eating disorder (ED) is considered ...": an aside in brackets after the subject is no part of it.
  k = beforeBracketAside(tokens, k, s0);
  if (k < s0) return;
  const p0 = a.speaker.span[0];
  let p1 = a.speaker.span[1];
  if (p1 !== tokens[k].span[1] && gerundCompoundTo(ctx, p1, k)) p1 = tokens[k].span[1];
  if (p1 !== tokens[k].span[1] || p0 < tokens[s0].span[0]) return;
  // "Reporters were told by a senior official that ...": the agent speaks, the subject only hears.
  const agent = agentBeforeContent(ctx, a, cue);
  if (agent) {
    a.speaker = resolveSpeaker(tokens, agent, ctx.mentions, null, ctx.text);
    return;
  }
  let first = tokenAtOrAfter(ctx, p0, k);
  // "Although the plan is intended to ...": a subordinate clause's passive keeps its content as it
  // is, but its subject is no more its speaker than a main clause's ("Persson explained that the
  // complainant's evidence had been deemed credible": the evidence judged nothing).
  const opener = (t: number) => tokens[t].pos === 'SCONJ' || SUBORDINATORS.has(tokens[t].lower);
  // "That ambitious target is expected to ...": a sentence's first "that" before a noun phrase
  // and the passive is its determiner (a "that"-clause as subject needs a verb of its own).
  if (first - 1 === s0 && tokens[s0].lower === 'that') first = s0;
  else if (opener(first) || (first > s0 && opener(first - 1))) {
    // "Although Mrs. Clinton's plan is intended to ...": a possessor in the subject is whose plan it
    // is, and the speaker's words that name it stay.
    if (!holdsPossessor(tokens, first, k)) a.speaker = noOneNamed(tokens[c0].span[0]);
    return;
  }
  // "And peacekeepers have been accused of ...": the writer's conjunction is no part of the subject.
  while (first < k && tokens[first].pos === 'CCONJ') first++;
  const cueEnd = tokens[cue.tokens[1] - 1].span[1];
  // A piece of the subject the content already holds (the determiner "That" the speaker left out)
  // goes into the subject's piece.
  const lead = a.fragments[0];
  const held =
    lead &&
    a.fragments.length > 1 &&
    !lead.continued &&
    lead.span[0] === tokens[first].span[0] &&
    lead.span[1] <= p0 &&
    /^\s*$/.test(ctx.text.slice(lead.span[1], p0));
  const rest = held ? a.fragments.slice(1) : a.fragments;
  if (rest.length === 0 || rest.some((f) => f.continued || f.span[0] < cueEnd)) return;
  a.fragments = [{ kind: 'indirect', span: [tokens[first].span[0], p1] }, ...rest];
  a.speaker = noOneNamed(tokens[c0].span[0]);
}
