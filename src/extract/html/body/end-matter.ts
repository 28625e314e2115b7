// Sections that follow the article without being part of it: the author's or medical reviewer's
// bio box, the site's disclaimer and a list of more stories. Each opens with a label of its own
// ("About the Author", "Disclaimer:", "More Great Stories"), as a heading or a short line, and runs
// to the next heading (a list of stories: to the first block without a link); it is dropped whole. Found in the container's blocks rather than by class
// names, which page builders do not give them, and before the lone-label filter drops the label.
import type { Block } from './blocks.js';

/** Labels that open an end-matter section. FAQs are not among them: most are written as part of the article. */
export const END_MATTER_LABEL =
  /^(?:about (?:the|our|this) (?:authors?|reviewers?|writers?|contributors?)|meet the (?:authors?|reviewers?)|(?:medical |legal |financial |editorial )?disclaimer)\s*:?$/i;

/**
 * Labels of a list of other stories: a qualifier and a word for stories ("More Great Wired
 * Stories", "Related articles", "Recommended reading", "Most Popular Videos", "Trending News"),
 * a ranking by readers ("Most Read", "Most Viewed") or a reader prompt ("You may also like").
 */
export const MORE_STORIES_LABEL =
  /^(?:(?:most\s+)?(?:more|related|recommended|suggested|similar|popular|trending)\b[\p{L}\p{N}' ]{0,30}?\b(?:stories|articles|reads|reading|posts|coverage)|(?:most\s+)?(?:more|related|popular|trending)\s+(?:videos|news)|most (?:read|viewed|shared|emailed|commented|popular)(?: (?:stories|articles|posts|videos|news))?|you (?:may|might) also (?:like|enjoy)|read next|also read|see also)\s*:?$/iu;

export function dropEndMatter(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  // What is being dropped: an end-matter section to the next heading, or a list of stories while its items link.
  let dropping: 'section' | 'stories' | null = null;
  for (const b of blocks) {
    const label = b.text.trim();
    if (END_MATTER_LABEL.test(label)) dropping = 'section';
    else if (MORE_STORIES_LABEL.test(label)) dropping = 'stories';
    else {
      if (b.kind === 'heading' || (dropping === 'stories' && b.linkChars === 0)) dropping = null;
      if (!dropping) out.push(b);
    }
  }
  return out;
}
