// Cards of other stories whose excerpts the CMS cut at a fixed number of characters: several
// blocks ending in an ellipsis, all of the same length ("... on Tuesday, December 1..." at 153
// characters each). A writer's own paragraphs do not share a length to the character; such a
// group is dropped where it follows the article's last paragraph of its own.
import type { Block } from './blocks.js';

/** Fewest ellipsis-ended blocks of one length that make a group of cut excerpts. */
export const MIN_CUT_EXCERPTS = 3;
/** Shortest excerpt: shorter ellipsis-ended blocks are labels ("Loading...", "Read more..."). */
export const MIN_EXCERPT_CHARS = 60;

const ELLIPSIS_END = /(?:\.\.\.|…)$/u;

const isExcerpt = (b: Block) => b.text.length >= MIN_EXCERPT_CHARS && ELLIPSIS_END.test(b.text);

export function dropCutExcerpts(blocks: Block[]): Block[] {
  // Distinct texts per length: one excerpt repeated (an event listed on three dates) is not a cut.
  const perLength = new Map<number, Set<string>>();
  for (const b of blocks) {
    if (!isExcerpt(b)) continue;
    const texts = perLength.get(b.text.length);
    if (texts) texts.add(b.text);
    else perLength.set(b.text.length, new Set([b.text]));
  }
  const cutAt = new Set([...perLength].filter(([, t]) => t.size >= MIN_CUT_EXCERPTS).map(([length]) => length));
  if (cutAt.size === 0) return blocks;
  const isCut = (b: Block) => isExcerpt(b) && cutAt.has(b.text.length);
  // Only the cards after the article's last paragraph of its own: a listing page whose entries
  // are all excerpts (events, search results) has its own text between them.
  let lastOwn = -1;
  blocks.forEach((b, i) => {
    if (b.text.length >= MIN_EXCERPT_CHARS && !isCut(b)) lastOwn = i;
  });
  return blocks.filter((b, i) => i < lastOwn || !isCut(b));
}
