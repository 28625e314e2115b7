// The acts-and-messages set (data/quotes/acts-messages/sentences.txt, written blind by h341; see
// its README.md): labelled cue examples for the quote cue model (scripts/train-quotes.ts), added to
// PolNeAR's. A line "- <sentence>" attributes nothing: every cue candidate in it is a negative
// ("The governor vetoed the bill", "Farmers blocked the road": acts with a bare noun-phrase
// object, which PolNeAR's labels mostly mark as attributions). A line "+ <sentence>" attributes a
// message, its cue in square brackets ("The mayor [called] the report a distortion"): the first
// candidate inside the brackets is a positive, every other candidate a negative, as for PolNeAR.
// Lines starting with "#" and blank lines are skipped. The sentences become one document, one
// paragraph each, in file order.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Span } from '../src/record/types.js';
import { cueAt } from '../src/analyze/components/quotes/cues.js';
import { isCueCandidate } from '../src/analyze/components/quotes/learned/features.js';
import { analysed, cueExample, cueHeads } from './quote-training-doc.js';

export const ACTS_MESSAGES_FILE = fileURLToPath(new URL('../data/quotes/acts-messages/sentences.txt', import.meta.url));

export interface ActsMessages {
  /** The sentences, one paragraph each ("\n\n" between). */
  text: string;
  /** Character spans of each sentence in `text`, with its label: true for a message. */
  sentences: { span: Span; message: boolean }[];
  /** Character spans of the cues (the bracketed words) in `text`. */
  cues: Span[];
}

export function parseActsMessages(source: string): ActsMessages {
  let text = '';
  const sentences: ActsMessages['sentences'] = [];
  const cues: Span[] = [];
  source.split('\n').forEach((raw, n) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const sign = line[0];
    if ((sign !== '+' && sign !== '-') || line[1] !== ' ') throw new Error(`line ${n + 1}: starts with "+ " or "- "`);
    const body = line.slice(2).trim();
    if (text) text += '\n\n';
    const start = text.length;
    const own: Span[] = [];
    let rest = body;
    for (;;) {
      const open = rest.indexOf('[');
      if (open < 0) break;
      const close = rest.indexOf(']', open);
      if (close < 0) throw new Error(`line ${n + 1}: "[" without "]"`);
      text += rest.slice(0, open);
      const a = text.length;
      text += rest.slice(open + 1, close);
      own.push([a, text.length]);
      rest = rest.slice(close + 1);
    }
    if (rest.includes(']')) throw new Error(`line ${n + 1}: "]" without "["`);
    text += rest;
    if (sign === '+' && own.length !== 1) throw new Error(`line ${n + 1}: a message names one cue in brackets`);
    if (sign === '-' && own.length) throw new Error(`line ${n + 1}: an act has no cue`);
    sentences.push({ span: [start, text.length], message: sign === '+' });
    cues.push(...own);
  });
  return { text, sentences, cues };
}

export function readActsMessages(path: string = ACTS_MESSAGES_FILE): ActsMessages {
  return parseActsMessages(readFileSync(path, 'utf8'));
}

export interface ActsMessagesExample {
  /** The cue features (cueFeatures), as PolNeAR's examples have them. */
  f: Int32Array;
  y: number;
  /** The candidate token's lemma (for the training log and the tests). */
  lemma: string;
  /** The candidate's part of speech, and whether a cue rule reads it (train-quotes' --acts-candidates). */
  pos: string;
  rule: boolean;
}

/**
 * The cue examples of the set: every cue candidate of every sentence (the rule cues with the
 * rules' verdict, as inference asks them), labelled 1 for the first candidate inside a bracketed
 * cue and 0 otherwise. Throws when a bracketed cue has no candidate, so no positive is lost unseen.
 */
export function actsMessagesCueExamples(set: ActsMessages): ActsMessagesExample[] {
  const { doc, ctx } = analysed(set.text, 'acts-messages.txt');
  if (doc.text !== set.text) throw new Error('acts-messages: the extractor changed the text');
  const out: ActsMessagesExample[] = [];
  const heads = cueHeads(set.cues.map((c) => [c]));
  ctx.sentences.forEach((s, si) => {
    const [s0, s1] = s.tokens;
    for (let i = s0; i < s1; i++) {
      const tok = doc.tokens[i];
      if (ctx.markContaining(tok.span[0]) >= 0) continue;
      const ruleCue = cueAt(doc.tokens, i, s0, s1);
      if (!isCueCandidate(tok, ruleCue)) continue;
      const y = heads.label(tok.span);
      out.push({
        f: cueExample(ctx, i, s0, s1, si, ruleCue, null).f,
        y,
        lemma: tok.lemma,
        pos: tok.pos,
        rule: ruleCue !== null,
      });
      if (ruleCue) i = ruleCue.tokens[1] - 1;
    }
  });
  const lost = heads.unheaded().map((g) => set.cues[g]);
  if (lost.length)
    throw new Error(
      `acts-messages: no cue candidate in ${lost.map(([a, b]) => `"${set.text.slice(a, b)}"`).join(', ')}`,
    );
  return out;
}
