// A cue in a relative clause on the subject of its sentence ("the number who said they had used
// cannabis rose by 23 percent", "those who believe the party is stuck are deluding themselves"):
// the reported clause ends where the sentence's own verb begins; the rules and the content tagger,
// reading to the sentence end, take that verb's predicate in. A noun cue heading the subject
// ("Schiff's assertion that he doesn't know the name is as hard to believe") is left: PolNeAR's
// annotators take the predicate in there ("conclusion that judges shouldn't ... is not universally
// shared on the bench", polnear-dev), and cutting it cost 1 exact hit on polnear-dev.
import type { Attribution, QuoteContext } from './context.js';
import { kindOf, tokenAtOrAfter } from './bounds.js';
import { RELATIVES } from './speaker.js';
import { HEARER_CUE_LEMMAS, VERB_POS, type Cue } from './cues.js';

/** Words of a noun phrase before the relative pronoun or the noun cue ("Another waitress", "Schiff's astounding"). */
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PART']);
/** Relative and interrogative words: past one, a later verb is its clause's ("a moment where things are happening"). */
const WH_WORDS: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'what',
  'where',
  'when',
  'why',
  'how',
  'whether',
]);
/** Words that open a clause of their own inside the content: past one, a later verb need not be the sentence's. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['SCONJ', 'CCONJ']);
const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '--', '(', ')']);

const NOUN_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * Object forms of the personal pronouns (Huddleston and Pullum 2002, ch. 17 §2; "her", "you" and
 * "it" are also subject or possessive forms): a content that opens with one is the cue's object
 * ("who calls me her “sister”"), no clause with a verb of its own.
 */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'us', 'them']);

/**
 * Cuts the content of a cue inside its sentence's subject before the sentence's own verb: the
 * first verb of the content that starts a second verb group, with no conjunction, subordinator,
 * relative or interrogative word or clause punctuation between the two groups. The subject is a
 * noun phrase from the sentence start (or its last comma) to the relative pronoun that ends the
 * speaker ("who", or "Another waitress who" where the speaker finder took the antecedent in).
 * When the content opens with an object pronoun after a cue that takes no hearer, the content is
 * the cue's object and complement ("Another waitress who calls [me her “sister”] didn't answer"):
 * its first verb group is already the sentence's. A verb inside a quotation is not read.
 */
export function cutAtSentenceVerb(ctx: QuoteContext, a: Attribution, cue: Cue, s0: number): void {
  if (a.fragments.length !== 1 || a.fragments[0].kind === 'direct') return;
  const c0 = cue.tokens[0];
  const tokens = ctx.tokens;
  // The speaker ends in the relative pronoun right before the cue.
  const head = c0 - 1;
  if (
    head < s0 ||
    tokens[head].span[1] !== a.speaker.span[1] ||
    tokens[head].span[0] < a.speaker.span[0] ||
    tokens[head].pos !== 'PRON' ||
    !RELATIVES.has(tokens[head].lower)
  )
    return;
  let start = head;
  while (start > s0 && tokens[start - 1].text !== ',') start--;
  if (start === head) return;
  for (let k = start; k < head; k++) if (!SUBJECT_POS.has(tokens[k].pos)) return;
  const [from, to] = a.fragments[0].span;
  const first = tokenAtOrAfter(ctx, from, tokens.length);
  const objectOnly = OBJECT_PRONOUNS.has(tokens[first].lower) && !HEARER_CUE_LEMMAS.has(tokens[c0].lemma);
  let groups = objectOnly ? 1 : 0;
  for (let k = first; k < tokens.length && tokens[k].span[1] <= to; k++) {
    const t = tokens[k];
    if (ctx.markContaining(t.span[0]) >= 0) continue;
    if (CLAUSE_OPENERS.has(t.pos) || CLAUSE_PUNCTUATION.has(t.text)) return;
    if (groups > 0 && WH_WORDS.has(t.lower)) return;
    if (!VERB_POS.has(t.pos)) continue;
    const prev = tokens[k - 1];
    // "had used", "does n't know", "is perhaps being fuelled", "want to say": one group; "is stuck |
    // are deluding": an auxiliary after a main verb opens the next.
    const continues =
      (prev.pos === 'AUX' || prev.pos === 'PART' || (prev.pos === 'ADV' && groups > 0) || prev.pos === 'VERB') &&
      !(t.pos === 'AUX' && prev.pos === 'VERB');
    if (continues) continue;
    // A participle or gerund after a noun ("the claims made in", "China's handling of") is no finite verb.
    if (t.pos === 'VERB' && (/ing$/i.test(t.text) || (/ed$/i.test(t.text) && NOUN_POS.has(prev.pos)))) continue;
    if (++groups < 2) continue;
    const end = tokens[k - 1].span[1];
    if (end > from) a.fragments[0] = { ...a.fragments[0], span: [from, end], kind: kindOf(ctx, [from, end]) };
    return;
  }
}
