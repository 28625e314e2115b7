// Date elements of a listing: related-story cards, "more from" rails, teasers of other posts.
// Templates print each card's date in an element of the same tag and class, so three or more
// such elements showing different texts are cards, not the article's date line. Sites that
// style the article's own date like the cards' keep the one right by the headline, nearer to it
// than to any card.
import type { Element } from 'domhandler';
import type { ScannedElement } from './scan.js';
import { innerText } from './scan.js';

/** Elements of one tag and class with this many different texts are a listing. */
const CARD_DATES = 3;
/** How close to the headline (elements in document order) a member of a listing must be to be
 * taken as the article's own date. */
const NEAR_HEADLINE = 40;

/** The elements among `dated` that are dates of listing cards. `headlineOrder` is the headline's
 * position in the page (ScannedElement.order), or null without one. */
export function listingDates(dated: readonly ScannedElement[], headlineOrder: number | null): Set<Element> {
  const groups = new Map<string, ScannedElement[]>();
  for (const s of dated) {
    const cls = s.el.attribs.class?.trim();
    if (!cls) continue; // ids are unique per element: without a class there is no template to repeat
    const key = `${s.el.name} ${cls}`;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  const cards = new Set<Element>();
  for (const group of groups.values()) {
    if (group.length < CARD_DATES) continue;
    const texts = new Set(group.map((s) => innerText(s.el, true).replace(/\s+/g, ' ').trim()));
    if (texts.size < CARD_DATES) continue;
    const distance = (s: ScannedElement) => (headlineOrder === null ? Infinity : Math.abs(s.order - headlineOrder));
    const own = group.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    // The article's own date sits by the headline, apart from the cards; the first card sits
    // closer to the next card than to the headline.
    const nextCard = Math.min(...group.filter((s) => s !== own).map((s) => Math.abs(s.order - own.order)));
    const kept = distance(own) <= NEAR_HEADLINE && distance(own) < nextCard ? own : null;
    for (const s of group) if (s !== kept) cards.add(s.el);
  }
  return cards;
}
