// After the headline byline: links to author pages just under the headline, as
// templates print a byline without "By", a date or an author class ("<a href="/author/rui">Rui
// Ma</a>, <a href="/author/heba">Heba Ledwon</a>"). The link's address names the role: CMSs put
// author archives under /author/, /authors/, /writers/, /contributors/, /columnists/, /by/ (not
// /people/ or /profile/: news sites file the people a story is about there).
// Every such link in the window counts, so co-authors listed after the first are kept; a link
// labelled "Reviewed by" or "Fact checked by" names a reviewer, not a writer.
import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { RawMetadata } from '../types.js';
import { innerText } from '../scan.js';
import { cleanAuthors } from '../../../authors.js';
import { nextInOrder, skipInside } from './visible-date.js';
import { collapseSpace } from '../../../../text/collapse-space.js';

/** An author archive address: the role segment followed by one slug segment. */
const AUTHOR_PATH = /\/(?:authors?|writers?|contributors?|columnists?|by)\/[^/?#]+\/?(?:[?#]|$)/i;
/** How much text after the headline is searched (characters): the byline comes before the story. */
const AFTER_HEADLINE_CHARS = 400;
/** A label that names the link's person as someone other than the writer: a reviewer, a fact
 * checker ("Medically reviewed by", "Fact checked by"). */
const REVIEWER_LABEL = /\b(?:reviewed|fact[- ]checked|checked)\s+by\s*:?\s*$/i;
/** Most names taken from one headline's links; more are a staff list or a related-posts strip. */
const MAX_LINKED_AUTHORS = 6;

export function readAuthorLinks(headlines: readonly Element[]): RawMetadata {
  for (const headline of headlines) {
    const names = authorLinksAfter(headline);
    if (names.length > 0 && names.length <= MAX_LINKED_AUTHORS) return { authors: names };
  }
  return {};
}

function authorLinksAfter(headline: Element): string[] {
  const names: string[] = [];
  let seen = 0;
  /** The last text read before a link: its label ("Reviewed by"). */
  let lastText = '';
  // Start after the headline's own subtree.
  let node: AnyNode | null = nextInOrder(headline, true);
  while (node && seen < AFTER_HEADLINE_CHARS) {
    if (isText(node) && node.data.trim()) {
      seen += node.data.trim().length;
      lastText = node.data;
    }
    if (
      isTag(node) &&
      node.name === 'a' &&
      AUTHOR_PATH.test(node.attribs.href ?? '') &&
      !REVIEWER_LABEL.test(lastText)
    ) {
      const text = collapseSpace(innerText(node));
      seen += text.length;
      const found = cleanAuthors(text);
      // One full name per link: an avatar link has none, "View all posts" is no name.
      if (found.length === 1 && found[0].includes(' ') && !names.includes(found[0])) names.push(found[0]);
      node = nextInOrder(node, true);
      continue;
    }
    node = nextInOrder(node, isTag(node) && skipInside(node));
  }
  return names;
}
