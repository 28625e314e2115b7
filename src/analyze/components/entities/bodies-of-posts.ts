// "Maria Lopez, marketing director of [Zalvex]", "the largest shareholder of [Tribune]": a name right
// after a post held in a body and "of" is that body's, an organisation, though the tagger read a
// surname in it. The posts: BODY_POSTS (post-titles.ts) and a company's officers and founders of
// models/corporate-cues.txt (WordNet 3.1: "ceo", "cofounder"). Not after "for" ("a spokeswoman for
// Neumann" is a person's), not a name opened by a given name ("campaign director of John Harlow"),
// not before a possessive ("the director of Smith's campaign"), not a word of a person the
// document names in full.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { BODY_POSTS } from './post-titles.js';
import { companyRoleWord } from './corporate-cues.js';
import { personWords } from './consistency.js';
import { isGivenName } from '../../../text/given-names.js';

const POSSESSIVES: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/** Whether the mention is written right after "<post> of" (or "<post> of the"). */
function afterBodyPost(doc: Doc, m: Mention): boolean {
  const t = doc.tokens;
  const [from, to] = m.tok;
  let k = from - 1;
  if (t[k]?.lower === 'the') k--;
  const of = t[k];
  const post = t[k - 1];
  if (!of || !post || of.lower !== 'of' || post.sentence !== t[from].sentence) return false;
  if (post.text !== post.lower && !/^\p{Lu}{2,4}$/u.test(post.text)) return false;
  const word = post.lemma === post.lower ? post.lower : post.lemma;
  if (!BODY_POSTS.has(word) && !BODY_POSTS.has(post.lower) && !companyRoleWord(word)) return false;
  const next = t[to];
  return !(next && next.span[0] === m.span[1] && POSSESSIVES.has(next.text));
}

/** Retypes as organisations the person mentions of a name written right after "<post> of" (see above). */
export function bodiesOfPosts(doc: Doc, mentions: Mention[]): Mention[] {
  const bodies = new Set(
    mentions
      .filter(
        (m) => m.type === 'PERSON' && !m.title && !isGivenName(doc.tokens[m.tok[0]].lower) && afterBodyPost(doc, m),
      )
      .map((m) => m.text),
  );
  if (bodies.size === 0) return mentions;
  const named = personWords(mentions.filter((m) => !bodies.has(m.text)));
  for (const m of mentions)
    if (m.type === 'PERSON' && bodies.has(m.text) && !m.text.split(' ').some((w) => named.has(w))) m.type = 'ORG';
  return mentions;
}
