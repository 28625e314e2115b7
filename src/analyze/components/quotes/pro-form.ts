// A pro-form content after the models (issue 14, audit round 32): "Robby Mook said as much in an
// interview", "The senator said so on Tuesday". PolNeAR marks the pro-form as the cue's content
// (polnear-dev); the rules and the content tagger read past it, taking a later clause ("said as much
// in an interview, arguing that ...": the clause of "arguing") or nothing. Runs from index.ts before
// the rules' reading, which training does not read: the weights stay what training writes.
import type { Entity } from '../../../record/types.js';
import type { Cue } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import { findSpeaker } from './attribute.js';

/** Parts of speech that may follow a pro-form ("as much in an interview", "so.", "so, ..."). */
const AFTER_PRO_FORM_POS: ReadonlySet<string> = new Set(['ADP', 'PUNCT', 'CCONJ']);

/** The token range [first, end) of a pro-form object right after the cue's last token, or null. */
function proFormAfter(ctx: QuoteContext, cue: Cue): [number, number] | null {
  const tokens = ctx.tokens;
  const k = cue.tokens[1];
  const sentence = tokens[cue.tokens[0]].sentence;
  const at = (j: number) => (j < tokens.length && tokens[j].sentence === sentence ? tokens[j] : null);
  const endsHere = (j: number) => {
    const t = at(j);
    // "as much as $5 million", "so that ...", "so many": the pro-form reading needs a stop after it.
    return !t || (AFTER_PRO_FORM_POS.has(t.pos) && t.lower !== 'as' && t.lower !== 'that');
  };
  if (at(k)?.lower === 'as' && at(k + 1)?.lower === 'much' && endsHere(k + 2)) return [k, k + 2];
  if (at(k)?.lower === 'so' && endsHere(k + 1)) return [k, k + 1];
  return null;
}

/**
 * The attribution of a verb cue of saying or thinking the rules know (kind speech or that, a verb)
 * whose object is the pro-form "as much" or "so", with the cue's subject as the speaker; null
 * otherwise. Asked before the rules' reading of a rule cue (index.ts).
 */
export function proFormAttribution(
  ctx: QuoteContext,
  cue: Cue,
  si: number,
  salient: Entity | null,
): Attribution | null {
  if ((cue.kind !== 'speech' && cue.kind !== 'that') || ctx.tokens[cue.tokens[0]].pos !== 'VERB') return null;
  const pro = proFormAfter(ctx, cue);
  if (!pro) return null;
  const found = findSpeaker(ctx, cue, si, salient);
  if (!found || found.inverted) return null;
  return {
    speaker: found.speaker,
    cue: ctx.textSpan(ctx.spanOf(cue.tokens[0], cue.tokens[1])),
    fragments: [{ kind: 'indirect', span: ctx.spanOf(pro[0], pro[1]) }],
    lastSentence: si,
    openAtEnd: false,
  };
}
