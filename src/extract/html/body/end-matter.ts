// Sections that follow the article without being part of it: the author's or medical reviewer's
// bio box and the site's disclaimer. Each opens with a label of its own ("About the Author",
// "Disclaimer:"), as a heading or a short line, and runs to the next heading; it is dropped whole.
// Found in the kept blocks rather than by class names, which page builders do not give them.
import type { Block } from './blocks.js';

/** Labels that open an end-matter section. FAQs are not among them: most are written as part of the article. */
export const END_MATTER_LABEL =
  /^(?:about (?:the|our|this) (?:authors?|reviewers?|writers?|contributors?)|meet the (?:authors?|reviewers?)|(?:medical |legal |financial |editorial )?disclaimer)\s*:?$/i;

export function dropEndMatter(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let dropping = false;
  for (const b of blocks) {
    if (END_MATTER_LABEL.test(b.text.trim())) {
      dropping = true;
      continue;
    }
    if (dropping && b.kind === 'heading') dropping = false;
    if (!dropping) out.push(b);
  }
  return out;
}
