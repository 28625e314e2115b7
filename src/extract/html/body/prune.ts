// Which elements the body walk skips with their whole subtree: non-content tags, hidden
// elements, and boilerplate recognised by class/id words (see patterns.ts).
import type { Element } from 'domhandler';
import { AD_TOKEN, CONTENT_WORDS, DROPPED_TAGS, EMBEDDED_POST, STRONG_BOILERPLATE, WEAK_BOILERPLATE } from './patterns.js';

/** How hard to prune: `lenient` keeps everything but non-content tags and hidden elements. */
export type PruneLevel = 'strict' | 'lenient';

/** Elements that hold the page; never dropped for their class names (WordPress puts "comments-open" on body). */
const NEVER_DROPPED: ReadonlySet<string> = new Set(['html', 'body', 'main']);

/** Inline styles that hide an element. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function isDropped(el: Element, level: PruneLevel): boolean {
  const name = el.name;
  if (DROPPED_TAGS.has(name)) return true;
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true' || (a.style && HIDDEN_STYLE.test(a.style))) return true;
  if (level === 'lenient' || NEVER_DROPPED.has(name)) return false;
  if (a.role === 'navigation' || a.role === 'complementary' || a.role === 'contentinfo' || a.role === 'banner' || a.role === 'dialog') return true;
  const words = `${a.class ?? ''} ${a.id ?? ''}`.toLowerCase();
  if (words.length === 1) return false;
  if (EMBEDDED_POST.test(words)) return false;
  if (STRONG_BOILERPLATE.test(words)) return !isProtectedBody(a);
  if (name === 'article') return false;
  if (WEAK_BOILERPLATE.test(words) && !CONTENT_WORDS.test(words)) return true;
  return a.class !== undefined && a.class.split(/\s+/).some((t) => AD_TOKEN.test(t.toLowerCase()));
}

/** itemprop=articleBody marks the text itself, whatever its class names say. */
function isProtectedBody(a: Record<string, string>): boolean {
  return a.itemprop === 'articleBody';
}
