// "I had written a long and gushing caption celebrating her birthday", "Scientists unveiled the
// first global geological map of Titan", "The court issued an injunction against crop burning",
// "Assange sought refuge at the embassy": a verb of making, getting or handling with a thing for
// its object reports an act, not anyone's words, however the cue model scores the verb (PolNeAR
// marks some such verbs as cues with a message for their object: "wrote that ...", "issued a
// statement saying ...", "released a letter"). The verbs and the nouns come from WordNet 3.1
// (scripts/build-act-objects.mjs): models/making-verbs.txt, verbs whose most frequent sense is
// one of making, possession, contact or motion ("write", "seek", "unveil"); models/document-verbs.txt,
// verbs of putting out a document ("issue": a first sense of communication that takes neither a
// person for its object nor, in any sense, a clause); and models/work-nouns.txt, nouns whose main
// senses name an artifact, a food or a written, spoken or visual work and no sense a message
// ("caption", "music", "map", "injunction"; not "statement", "warning", "letter", "plan",
// "information"; not "sea": a natural object is no thing made, and PolNeAR marks "invoked the
// rising seas" as a content).
import type { Token } from '../../doc.js';
import { modelWordList } from '../../resources/model-lists.js';
import type { Attribution, QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { POSSESSIVE_DETERMINERS } from './attribute.js';
import { tokenAtOrAfter } from './bounds.js';

const makingVerbs = modelWordList('making-verbs.txt');
const documentVerbs = modelWordList('document-verbs.txt');
const workNouns = modelWordList('work-nouns.txt');

/** Parts of speech a noun phrase is made of before and at its head noun. */
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PART', 'ADV']);

const ATTRIBUTIVE_POS: ReadonlySet<string | undefined> = new Set(['ADJ', 'VERB', 'NOUN']);
const NOUN_POS: ReadonlySet<string | undefined> = new Set(['NOUN', 'PROPN']);

/**
 * Whether the attribution's cue, one verb WordNet files as one of making or handling
 * (making-verbs.txt), has for its object a noun phrase whose head names a thing or a work and never
 * a message (work-nouns.txt), and whose content (one indirect piece) is that noun phrase, its
 * modifiers ("caption celebrating her birthday", "map of Titan including vast plains") or what a
 * preposition after it introduces ("issued an injunction against [crop burning]"). A noun
 * phrase followed by a verb of its own is a clause's subject, and the clause is reported ("wrote
 * the plan had failed"); a quotation is words said whatever the verb.
 */
export function actOnAThing(ctx: QuoteContext, a: Attribution, cue: Cue): boolean {
  const [c0, c1] = cue.tokens;
  if (c1 - c0 !== 1 || ctx.tokens[c0].pos !== 'VERB') return false;
  const issuing = documentVerbs().has(ctx.tokens[c0].lemma);
  if (!issuing && !makingVerbs().has(ctx.tokens[c0].lemma)) return false;
  if (a.fragments.length !== 1 || a.fragments[0].kind !== 'indirect') return false;
  const start = tokenAtOrAfter(ctx, a.fragments[0].span[0], ctx.tokens.length);
  if (start < c1) return false;
  const object = nounPhrase(ctx.tokens, c1);
  if (!object) return false;
  const [head, end] = object;
  if (start > c1) {
    // The content skipped the document issued for what a preposition after it introduces: what
    // the document is about or against. After a verb of making what follows is the work's topic,
    // which PolNeAR marks as the content ("writing songs about [him]").
    if (!issuing || start !== end + 1 || ctx.tokens[end].pos !== 'ADP') return false;
  } else {
    const next = ctx.tokens[end];
    if (next && next.sentence === ctx.tokens[c0].sentence && takesTheNounAsSubject(ctx.tokens, end)) return false;
  }
  const h = ctx.tokens[head];
  return workNouns().has(h.lemma) || workNouns().has(h.lower);
}

/**
 * The head noun and the end of the noun phrase opening at token `from` ("the first global
 * geological map", "a long and gushing caption", "their computer-generated universe"), or null when
 * no common noun heads it (a name, a pronoun).
 */
function nounPhrase(tokens: readonly Token[], from: number): [number, number] | null {
  let head = -1;
  let k = from;
  for (; k < tokens.length && tokens[k].sentence === tokens[from].sentence; k++) {
    const t = tokens[k];
    if (NOUN_PHRASE_POS.has(t.pos) || (t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.lower))) {
      head = t.pos === 'NOUN' ? k : t.pos === 'PROPN' ? -1 : head;
      continue;
    }
    // "long and gushing": adjectives joined; "computer-generated": one word the tokenizer split.
    if (t.pos === 'CCONJ' && tokens[k - 1]?.pos === 'ADJ' && ATTRIBUTIVE_POS.has(tokens[k + 1]?.pos)) continue;
    // "a gushing caption", "commercially developed landers": a participle before a noun, not after
    // one (there it is the verb of a clause: "the company hired workers").
    if (t.pos === 'VERB' && k > from && !NOUN_POS.has(tokens[k - 1].pos) && NOUN_POS.has(tokens[k + 1]?.pos)) continue;
    if (k > from && (joined(tokens[k - 1], t) || joined(t, tokens[k + 1]))) continue;
    break;
  }
  return head >= 0 ? [head, k] : null;
}

/** Whether two tokens are written together, with no space between them. */
function joined(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.span[1] === b.span[0] && (a.text === '-' || b.text === '-');
}

/** Whether the word after a noun phrase is a verb of its own (a clause's), not a participle modifying it. */
function takesTheNounAsSubject(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text));
}
