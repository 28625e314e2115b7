// React streaming server rendering (Next.js and others) sends a page's slow parts at the end of
// <body> in hidden <div id="S:n"> elements; a script then swaps each into the place of its
// placeholder <template id="B:n"> or <template id="P:n">, replacing the "Loading..." fallback that stood there. Without
// scripts the article sits hidden after the page footer, split from its headline and first
// paragraphs. This pass does the swap on the parsed DOM, so the body walk sees the page as shown.
import type { ChildNode, Document, Element } from 'domhandler';
import { append, removeElement } from 'domutils';
import { collapsedText, elements } from './dom.js';

/** Source text present on every page that streams this way: the pass is skipped on the others. */
export const STREAM_MARKER = '<template id="';
/** Boundary placeholders (B:, swapped by React's $RC) and segment placeholders (P:, by $RS). */
const PLACEHOLDER_ID = /^[BP]:(\w+)$/;
const SEGMENT_ID = /^S:(\w+)$/;
/** React's boundary comments: `$?` opens a pending boundary, `$`/`$!` others, `/$` closes one. */
const OPEN_BOUNDARY = new Set(['$?', '$', '$!']);
const CLOSE_BOUNDARY = '/$';
/**
 * Longest text (characters) of the element after an unmarked placeholder that is taken for its
 * fallback: pages saved without comments lose the boundary markers, and the fallback is a short
 * "Loading paragraph..." notice.
 */
export const MAX_FALLBACK_CHARS = 40;

/** Moves streamed segments into their placeholders; returns how many were moved. */
export function placeStreamedSegments(dom: Document): number {
  const placeholders = new Map<string, Element>();
  const segments = new Map<string, Element>();
  for (const el of elements(dom)) {
    const id = el.attribs.id;
    if (!id || id.length > 12 || id.charCodeAt(1) !== 58 /* ':' */) continue;
    const b = el.name === 'template' ? PLACEHOLDER_ID.exec(id) : null;
    if (b) placeholders.set(b[1], el);
    const s = el.name === 'div' && el.attribs.hidden !== undefined ? SEGMENT_ID.exec(id) : null;
    if (s) segments.set(s[1], el);
  }
  let moved = 0;
  for (const [key, template] of placeholders) {
    const segment = segments.get(key);
    if (!segment || !template.parent) continue;
    // Only boundaries have a fallback; a segment placeholder stands alone.
    if (template.attribs.id.startsWith('B')) removeFallback(template);
    const children = [...segment.children];
    let anchor: ChildNode = template;
    for (const child of children) {
      // domutils' append detaches `child` and inserts it as the next sibling of `anchor`.
      append(anchor, child);
      anchor = child;
    }
    removeElement(template);
    removeElement(segment);
    moved++;
  }
  return moved;
}

/** Removes what stands in for the segment until it arrives: up to the boundary's end, or one short element. */
function removeFallback(template: Element): void {
  const prev = template.prev;
  if (prev?.type === 'comment' && OPEN_BOUNDARY.has(prev.data)) {
    let depth = 0;
    for (let n = template.next; n;) {
      const next = n.next;
      if (n.type === 'comment' && n.data === CLOSE_BOUNDARY) {
        if (depth === 0) return;
        depth--;
      } else if (n.type === 'comment' && OPEN_BOUNDARY.has(n.data)) depth++;
      removeElement(n);
      n = next;
    }
    return;
  }
  const next = template.next;
  if (next?.type === 'tag' && collapsedText(next).length <= MAX_FALLBACK_CHARS) removeElement(next);
}
