// Plain-text page dumps (browser "save as text", copy-paste, scraper output) -> article fields.
//
// Cascade, each step a small module:
//   1. lines    normalise line ends, indentation and invisible characters; group lines into blocks
//   2. header   classify the first lines (furniture, dates, bylines, headline candidates, prose) and
//               find where the body starts; read title, authors and date from what precedes it
//   3. body     body lines up to the first end-of-article line; furniture inside is dropped
//   4. footer   bylines and times after the body ("Posted by X at 10:12 AM", wire credits),
//               used only where the header had none
//   5. dateline cut from the first paragraph, its date resolved against the publication date
//   6. comments the comment section after the body
//   7. warnings far-off datelines, stripped links, no body
import type { Warning } from '../../record/types.js';
import { datelineWarnings, findDateline } from '../dateline.js';
import type { ExtractContext, ExtractedFields } from '../context.js';
import { joinParagraphs } from '../paragraphs.js';
import { readBody, readFooter } from './body.js';
import { readComments } from './comments.js';
import { readHeader } from './header.js';
import { toLines, toParagraphs } from './lines.js';
import { strippedLinkWarnings } from './warnings.js';

/** Notes an editor puts above a story: "UPDATE: …", "Editor's note: …", "Correction: …". */
const EDITOR_NOTE =
  /^(?:update[d]?|editor[’']?s note|correction|clarification|note)\s*[:—–-]|^this (?:story|article|post) (?:has been|was) updated/iu;

export function extractTextDump(text: string, ctx: ExtractContext): ExtractedFields {
  const lines = toLines(text);
  // Relative header dates ("2 hours ago") need an anchor: the caller's date, else the crawl time.
  const header = readHeader(lines, { reference: ctx.published ?? ctx.now ?? null, now: ctx.now ?? null });
  const body = readBody(lines, header.bodyStart);
  const footer = readFooter(lines, body.end);
  // The caller's date (a feed's, or --published) is kept as given.
  const published = ctx.published ?? withTime(header.published, footer.time);

  const paragraphs = toParagraphs(body.lines);
  // The dateline opens the story, after an editor's note if there is one.
  const at = paragraphs.length > 1 && EDITOR_NOTE.test(paragraphs[0]) ? 1 : 0;
  const found = paragraphs.length ? findDateline(paragraphs[at], published) : null;
  if (found) {
    paragraphs[at] = paragraphs[at].slice(found.length);
    if (!paragraphs[at].trim()) paragraphs.splice(at, 1);
  }
  const dateline = found ? { raw: found.raw, place: found.place, date: found.date } : null;
  const joined = joinParagraphs(paragraphs);

  const warnings: Warning[] = [...datelineWarnings(dateline, published), ...strippedLinkWarnings(paragraphs)];
  if (!joined.text) warnings.push({ code: 'no-body', message: 'no article body found in the text dump' });
  return {
    title: header.title,
    authors: header.authors.length ? header.authors : footer.authors,
    published,
    provenance: {
      title: 'text-header',
      authors: header.authors.length ? 'text-header' : 'text-footer',
      published: ctx.published ? 'caller' : 'text-header',
    },
    dateline,
    text: joined.text,
    paragraphs: joined.paragraphs,
    // Comment dates ("3 hours ago", "March 4") are relative to the crawl when known, else to the post.
    comments: readComments(lines, body.end, { reference: ctx.now ?? published, now: ctx.now ?? null }),
    // Saving a page as text keeps no link addresses.
    links: [],
    warnings,
  };
}

/** A date-only publication date gains the footer's clock time ("Posted by X at 10:12 AM"). */
function withTime(published: string | null, time: string | null): string | null {
  return published && time && /^\d{4}-\d{2}-\d{2}$/u.test(published) ? `${published}T${time}` : published;
}
