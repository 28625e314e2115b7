// Believing a person (issue 14, audit rounds 12 and 37): "she believes the waitress, too" trusts
// someone; it reports no belief of a content. "believes the story" or "believes the plan will
// fail" does. Run from index.ts after the models, which training does not read.
import type { Cue } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import type { Entity } from '../../../record/types.js';
import { tokenAtOrAfter } from './bounds.js';
import { modelWordList } from '../../resources/model-lists.js';

/**
 * Nouns for a kind of person or a group of people (WordNet 3.1's noun.person and noun.group, less
 * organisations): models/possessor-nouns.txt, written by scripts/build-possessor-nouns.mjs.
 */
const personNouns = modelWordList('possessor-nouns.txt');
/** Object pronouns that stand for a person. */
const PERSON_OBJECTS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
/** Parts of speech of a noun phrase naming the one believed ("the young waitress"). */
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'PART', 'PUNCT', 'ADV']);

/**
 * Whether `a` is "believe" with a person for its object and nothing else: the content is one noun
 * phrase (no verb) whose head is a person noun (WordNet), an object pronoun or a person's name.
 */
export function believesAPerson(ctx: QuoteContext, a: Attribution, cue: Cue, byId: Map<string, Entity>): boolean {
  const [c0, c1] = cue.tokens;
  const tokens = ctx.tokens;
  if (c1 - c0 !== 1 || tokens[c0].lemma !== 'believe' || tokens[c0].pos !== 'VERB') return false;
  if (a.fragments.length !== 1 || a.fragments[0].kind !== 'indirect') return false;
  const [from, to] = a.fragments[0].span;
  const first = tokenAtOrAfter(ctx, from, tokens.length);
  let head = -1;
  for (let k = first; k < tokens.length && tokens[k].span[0] < to; k++) {
    const t = tokens[k];
    if (!PHRASE_POS.has(t.pos)) return false;
    if (t.pos === 'PUNCT') break; // "the waitress, too"
    head = k;
  }
  if (head < 0) return false;
  const h = tokens[head];
  if (h.pos === 'PRON') return PERSON_OBJECTS.has(h.lower);
  if (h.pos === 'NOUN') return personNouns().has(h.lemma) || personNouns().has(h.lower);
  if (h.pos !== 'PROPN') return false;
  // A person's name: a PERSON entity holding the head.
  for (const e of byId.values())
    if (e.type === 'PERSON' && e.mentions.some(([m0, m1]) => m0 <= h.span[0] && h.span[1] <= m1)) return true;
  return false;
}
