// One pattern marks comment sections for the body pass (whole "class id" strings) and the metadata
// scan (single class tokens): both readers see the same words.
import { describe, expect, it } from 'vitest';
import { COMMENT_SECTION } from '../../src/extract/html/comment-section.js';

describe('COMMENT_SECTION', () => {
  it('matches comment words between hyphens, underscores or spaces, and respond/discussion/replies whole', () => {
    for (const words of [
      'comments',
      'comment-list',
      'comments-area',
      'post-comments',
      'disqus_thread',
      'entry respond',
    ])
      expect(COMMENT_SECTION.test(words), words).toBe(true);
    for (const words of ['commentary', 'article-body', 'responder', 'discussion-paper-abstract', 'correspondent'])
      expect(COMMENT_SECTION.test(words), words).toBe(false);
  });
});
