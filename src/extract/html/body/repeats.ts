// Responsive and gated layouts ship the article more than once (a copy per breakpoint, a teaser
// and a full copy of the same rich text), with CSS alone choosing which one shows: the chosen
// containers then hold the same run of paragraphs twice. A repeated run that is a large part of
// the text is dropped; a repeated paragraph (a refrain, a pull quote restating a sentence) and
// the repeated entries of a plan or schedule (the same meals on each day) are kept.
import type { Block } from './blocks.js';

/** Shortest block that starts a repeated run: shorter ones ("Step 1", "Pros") repeat by design. */
export const MIN_RUN_START_CHARS = 80;
/** Fewest blocks, characters, and share of all the text, of a run that is a second copy of the article. */
export const MIN_RUN_BLOCKS = 3;
export const MIN_RUN_CHARS = 500;
export const MIN_RUN_SHARE = 0.2;

export function dropRepeatedRuns(blocks: readonly Block[]): Block[] {
  const firstAt = new Map<string, number>();
  const minChars = Math.max(MIN_RUN_CHARS, MIN_RUN_SHARE * blocks.reduce((n, b) => n + b.text.length, 0));
  const out: Block[] = [];
  const keep = (at: number) => {
    const text = blocks[at].text;
    if (text.length >= MIN_RUN_START_CHARS && !firstAt.has(text)) firstAt.set(text, at);
    out.push(blocks[at]);
  };
  let i = 0;
  while (i < blocks.length) {
    const j = blocks[i].text.length >= MIN_RUN_START_CHARS ? firstAt.get(blocks[i].text) : undefined;
    if (j === undefined) {
      keep(i++);
      continue;
    }
    // How far the blocks from i go on repeating those from j.
    let k = 0;
    let chars = 0;
    while (i + k < blocks.length && j + k < i && blocks[i + k].text === blocks[j + k].text) {
      chars += blocks[i + k].text.length;
      k++;
    }
    if (k >= MIN_RUN_BLOCKS && chars >= minChars) {
      i += k;
      continue;
    }
    // A run too short to drop is kept whole and not searched again from inside: runs starting
    // there are parts of it, and searching each would be quadratic on pages of one repeated line.
    for (const end = i + Math.max(k, 1); i < end; i++) keep(i);
  }
  return out;
}
