// Embedded posts: a social-media post quoted whole in a page's text is a paragraph followed by its
// credit line, "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019" (the form Twitter's embed
// code writes). A first person inside such a post is its author, not the page's writer.
import type { Speaker } from './speaker.js';
import type { QuoteContext } from './context.js';

/** A credit line: a dash, the author's name, a handle in brackets, then a date ("November 1, 2019"). */
const CREDIT_LINE_RE =
  /[ \t\u00a0]*[—–―][ \t\u00a0]*([^\n(@]{1,80}?)[ \t\u00a0]*\(@\w{1,30}\)[ \t\u00a0]*\p{L}+\.?[ \t\u00a0]+\d{1,2},[ \t\u00a0]+\d{4}[ \t\u00a0]*(?:\n|$)/uy;
const BLANK_LINES_RE = /\n[ \t\u00a0]*\n\s*/y;
/** A line that is only a link, maybe after symbols ("⬇️⬇️⬇️https://t.co/hopPjqa95w", "pic.twitter.com/..."). */
const LINK_LINE_RE = /[^\p{L}\n]*(?:https?:\/\/|pic\.twitter\.com\/)\S*[ \t\u00a0]*(?=\n)/uy;

/**
 * The author of the embedded post holding offset `pos`, as a speaker (the name in the credit line,
 * with the entity a mention there names), or null when the paragraph holding `pos` is not followed
 * by a credit line.
 */
export function postAuthor(ctx: QuoteContext, pos: number): Speaker | null {
  const text = ctx.text;
  const end = text.indexOf('\n\n', pos);
  if (end < 0) return null;
  BLANK_LINES_RE.lastIndex = end;
  if (!BLANK_LINES_RE.exec(text)) return null;
  // The post's last line may stand as a paragraph of its own: a link ("⬇️⬇️⬇️https://t.co/...").
  LINK_LINE_RE.lastIndex = BLANK_LINES_RE.lastIndex;
  if (LINK_LINE_RE.exec(text)) {
    BLANK_LINES_RE.lastIndex = LINK_LINE_RE.lastIndex;
    if (!BLANK_LINES_RE.exec(text)) return null;
  }
  CREDIT_LINE_RE.lastIndex = BLANK_LINES_RE.lastIndex;
  const m = CREDIT_LINE_RE.exec(text);
  if (!m) return null;
  const nameStart = m.index + m[0].indexOf(m[1]);
  const name = m[1].trim();
  const span: [number, number] = [nameStart, nameStart + name.length];
  return { text: name, span, entity: ctx.mentions.inside(span)?.id ?? null };
}
