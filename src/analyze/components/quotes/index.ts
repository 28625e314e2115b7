// Who said what: direct, indirect and mixed quotations with their speaker (an entity where one is
// found), cue and content, each with spans into the text.
//   1. find quotation marks (marks.ts)
//   2. for each cue outside quotation marks, find speaker and content (cues.ts, attribute.ts)
//   3. add speaker labels ("PENCE: ...") and dash credits ("“...” ― Name"), labels.ts
//   4. attach the quotations that continue an attribution without a cue (continuation.ts)
//   5. emit one Quote per content fragment, in text order; fragments of one attribution share
//      speaker and cue, so a quotation split by "he said" or running over paragraphs stays one.
import type { Entity, Quote } from '../../../record/types.js';
import type { Component } from '../../component.js';
import type { Doc } from '../../doc.js';
import { attribute } from './attribute.js';
import { attachContinuations } from './continuation.js';
import { QuoteContext, type Attribution } from './context.js';
import type { Speaker } from './speaker.js';
import { cueAt } from './cues.js';
import { dashCreditAttributions, labelAttributions } from './labels.js';
import { findQuoteMarks } from './marks.js';

/** A speaker stays in focus for pronouns this many sentences after being quoted. */
const SPEAKER_FOCUS_SENTENCES = 8;

export const quotes: Component = {
  name: 'quotes',
  // Speakers resolve to entities; times keep "on Friday" out of contents.
  requires: ['sentences', 'tokens', 'entities', 'times'],
  assigns: ['quotes'],
  run(doc: Doc) {
    const ctx = new QuoteContext(doc, findQuoteMarks(doc.text));
    const byId = new Map(doc.entities.map((e) => [e.id, e]));
    const cueSentences = new Set<number>();
    let focus: { entity: Entity; sentence: number } | null = null;
    ctx.sentences.forEach((s, si) => {
      for (let i = s.tokens[0]; i < s.tokens[1]; i++) {
        if (ctx.markContaining(doc.tokens[i].span[0]) >= 0) continue; // words inside a quotation are not cues
        const cue = cueAt(doc.tokens, i, s.tokens[0], s.tokens[1]);
        if (!cue) continue;
        const salient = focus && si - focus.sentence <= SPEAKER_FOCUS_SENTENCES ? focus.entity : null;
        const a = attribute(ctx, cue, si, salient);
        i = cue.tokens[1] - 1;
        if (!a || !keepNewFragments(ctx, a)) continue;
        ctx.attributions.push(a);
        cueSentences.add(si);
        const entity = a.speaker.entity ? byId.get(a.speaker.entity) : undefined;
        if (entity) focus = { entity, sentence: si };
      }
    });
    ctx.attributions.push(...labelAttributions(ctx), ...dashCreditAttributions(ctx));
    attachContinuations(ctx, cueSentences);
    doc.quotes = toQuotes(ctx);
  },
};

/**
 * Drops from a new attribution the fragments that overlap a fragment the same speaker already
 * holds ("..., X announced, citing “...”": the participle's words are in the announcement's content
 * already); false when none is left. Overlaps with another speaker stay: nested attributions.
 */
function keepNewFragments(ctx: QuoteContext, a: Attribution): boolean {
  const same = ctx.attributions.filter((b) => sameSpeaker(a.speaker, b.speaker));
  a.fragments = a.fragments.filter((f) => !same.some((b) => b.fragments.some((g) => g.span[0] < f.span[1] && f.span[0] < g.span[1])));
  return a.fragments.length > 0;
}

function sameSpeaker(x: Speaker, y: Speaker): boolean {
  return x.entity !== null ? x.entity === y.entity : x.span[0] === y.span[0] && x.span[1] === y.span[1];
}

function toQuotes(ctx: QuoteContext): Quote[] {
  const out = ctx.attributions.flatMap((a) => a.fragments.map((f) => ({
    kind: f.kind,
    speaker: { entity: a.speaker.entity, text: a.speaker.text, span: a.speaker.span },
    cue: a.cue,
    content: ctx.textSpan(f.span),
  })));
  out.sort((a, b) => a.content.span[0] - b.content.span[0] || a.content.span[1] - b.content.span[1]);
  return out.map((q, i) => ({ id: `q${i + 1}`, ...q }));
}
