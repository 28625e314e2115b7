// Whether a capitalised plural is just a common noun ("Officials", "Traders", "Dockworkers")
// rather than a name. wink-nlp's tagger calls any capitalised word a proper noun, so this asks
// its lexicon instead: a plural in the lexicon whose lemma is its singular ("traders" -> "trader")
// is a common noun. Words outside the lexicon ("jones", "pushtuns") get rule lemmas, so they
// count only as compounds of a known plural ("dock" + "workers").
import { boundedMemo } from '../../../text/bounded-memo.js';
import { its, LEXICON_SIZE, readWink } from '../../resources/wink.js';

/** A word read in a neutral noun slot, so the tagger lemmatises it as a noun. */
function read(low: string): { id: number; lemma: string; pos: string } {
  return readWink(`the ${low} were there`, (d) => {
    const t = d.tokens().itemAt(1);
    return { id: t.out(its.uniqueId) as number, lemma: t.out(its.lemma as never) as string, pos: t.out(its.pos) };
  });
}

/** Shortest known plural accepted as the tail of a compound ("workers"): shorter tails match by accident ("tuns"). */
const MIN_COMPOUND_TAIL = 5;
/** Shortest head of such a compound ("dock"). */
const MIN_COMPOUND_HEAD = 3;

/** Bounded like the other word memos: capitalised plurals keep coming in a long-running process. */
const KNOWN_PLURAL_MEMO_MAX = 100_000;

const knownPlural = boundedMemo((low) => {
  const r = read(low);
  return r.id < LEXICON_SIZE && r.pos === 'NOUN' && r.lemma !== low;
}, KNOWN_PLURAL_MEMO_MAX);

const inLexicon = (low: string) => read(low).id < LEXICON_SIZE;

/** Whether the lower-case form of `word` is a plural common noun (or a compound ending in one). */
export function isCommonPlural(word: string): boolean {
  const low = word.toLowerCase();
  if (!/^[a-z]+s$/.test(low)) return false;
  if (knownPlural(low)) return true;
  for (let k = MIN_COMPOUND_HEAD; k <= low.length - MIN_COMPOUND_TAIL; k++) {
    if (knownPlural(low.slice(k)) && inLexicon(low.slice(0, k))) return true;
  }
  return false;
}
