// "Dempsey talked with [the man over the phone]": after a verb of talking, "with" names the one
// talked to (WordNet 3.1 talk.v.01 / speak.v.02, "Somebody ----s to somebody": the other party, not
// the topic), so the phrase after it is no content. What the talk was about follows "about", "of"
// or "on" ("spoke with reporters about [the budget]"). Runs from index.ts after the models, which
// training does not read.
import type { Attribution, QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { tokenAtOrAfter } from './bounds.js';

/** Verbs of talking whose "with" takes the other party (the verbs of talk in cues.ts PARTICLE_CUE_LEMMAS). */
const TALK_LEMMAS: ReadonlySet<string> = new Set(['talk', 'speak']);
/** Particles that open the topic after the other party ("spoke with reporters about"). */
const TOPIC_AFTER_PARTY: ReadonlySet<string> = new Set(['about', 'of', 'on']);

/**
 * Whether `a` is a talk "with" someone and nothing said: true when its one indirect piece is the
 * other party alone (the attribution is no quote). When a topic particle follows the party inside
 * the piece, the piece starts after it instead and `a` stands.
 */
export function talkWithParty(ctx: QuoteContext, a: Attribution, cue: Cue): boolean {
  const tokens = ctx.tokens;
  const [c0, c1] = cue.tokens;
  if (c1 - c0 !== 2 || !TALK_LEMMAS.has(tokens[c0].lemma) || tokens[c1 - 1].lower !== 'with') return false;
  if (a.fragments.length !== 1 || a.fragments[0].kind !== 'indirect') return false;
  const [from, to] = a.fragments[0].span;
  for (let k = tokenAtOrAfter(ctx, from, tokens.length); k + 1 < tokens.length && tokens[k + 1].span[1] <= to; k++) {
    if (!TOPIC_AFTER_PARTY.has(tokens[k].lower) || tokens[k].pos !== 'ADP') continue;
    a.fragments[0] = { ...a.fragments[0], span: [tokens[k + 1].span[0], to] };
    return false;
  }
  return true;
}
