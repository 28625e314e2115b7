// HTML pages: parse once with htmlparser2, then run the metadata and body passes on the same DOM.
//   1. refuse what is not HTML (a PDF or image saved as .html) with an ExtractError;
//   2. limit absurd nesting in the source (the parser slows down quadratically on it, and
//      recursive library code could overflow), then parse;
//   3. metadata (metadata/, by its own cascade); streamed segments moved into place
//      (body/streamed.ts); body text (body/), comments (comments/);
//   4. join paragraphs into `text` with their spans; find a dateline opening the first paragraph
//      (kept in the text: it is part of the story as published).
import type { Document } from 'domhandler';
import type { ExtractContext, ExtractedFields } from '../context.js';
import { ExtractError } from '../errors.js';
import { joinParagraphs } from '../paragraphs.js';
import type { Dateline, Warning } from '../../record/types.js';
import { extractBody } from './body/index.js';
import { mayEmbedText } from './body/embedded.js';
import { limitSourceNesting, MAX_SOURCE_NESTING } from './body/nesting.js';
import { placeStreamedSegments, STREAM_MARKER } from './body/streamed.js';
import { extractComments } from './comments/index.js';
import { extractMetadata, type MetadataResult } from './metadata/index.js';
import { datelineWarnings, findDateline } from '../dateline.js';
import { collectLinks } from './links.js';
import { parseHtml, TooDeep, type ParsedPage } from './parse.js';

/** A frameset page: its text lives in other documents. */
const FRAMESET = /<frameset[\s>]/i;
/** Signatures of binary formats that end up saved under an .html name. */
const BINARY_SIGNATURE = /^(?:%PDF-|\x89PNG|GIF8[79]a|\xff\xd8\xff|PK\x03\x04|\x1f\x8b|RIFF....WEBP|\0\0\0.ftyp)/s;
/** Share of NUL or replacement characters in the first KB that marks a binary file. */
const MAX_BINARY_SHARE = 0.05;
const BINARY_PROBE_CHARS = 1024;

function assertTextual(html: string): void {
  const head = html.slice(0, BINARY_PROBE_CHARS);
  if (BINARY_SIGNATURE.test(head.trimStart()))
    throw new ExtractError('not-html', 'input is a binary file (PDF, image or archive), not HTML');
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0 || c === 0xfffd) odd++;
  }
  if (head.length > 0 && odd / head.length > MAX_BINARY_SHARE)
    throw new ExtractError('not-html', 'input looks binary, not HTML');
}

/**
 * The page parsed, and the source that was parsed: the page itself, or, when its elements nest
 * deeper than MAX_SOURCE_NESTING, the page with the tags beyond that depth removed (nesting.ts).
 */
function parseGuarded(html: string): { source: string; parsed: ParsedPage } {
  try {
    return { source: html, parsed: parseHtml(html, MAX_SOURCE_NESTING) };
  } catch (err) {
    if (!(err instanceof TooDeep)) throw err;
  }
  const source = limitSourceNesting(html).html;
  return { source, parsed: parseHtml(source) };
}

export function extractHtml(html: string, ctx: ExtractContext): ExtractedFields {
  assertTextual(html);
  const warnings: Warning[] = [];
  const { source, parsed } = parseGuarded(html);
  if (source !== html)
    warnings.push({
      code: 'deep-nesting',
      message: `markup nested deeper than ${MAX_SOURCE_NESTING} levels was flattened`,
    });
  const { dom, hasTemplate, hasJsonScript } = parsed;
  const meta = readMetadata(dom, ctx, warnings);
  // After metadata, which reads the page as served; the body reads it as scripts would show it.
  if (hasTemplate && source.includes(STREAM_MARKER)) placeStreamedSegments(dom);
  // The whole document, not just <body>: broken pages leave text after </body> or </html>.
  const pageUrl = ctx.url ?? meta?.canonicalUrl ?? null;
  const body = extractBody(dom, { title: meta?.title, embedded: () => hasJsonScript && mayEmbedText(source), pageUrl });
  // Only worth a look (a scan of the whole source) when the page gave no text.
  if (body.paragraphs.length === 0 && FRAMESET.test(html))
    warnings.push({ code: 'frameset', message: 'page is a frameset: its frames are separate documents' });
  const comments = extractComments(dom);
  const { text, paragraphs } = joinParagraphs(body.paragraphs);
  // Relative links resolve against the page's address, or the one it declares when read from a file.
  const links = collectLinks({
    blocks: body.blocks,
    level: body.level,
    text,
    paragraphs,
    pageUrl,
  });
  let published = meta?.published ?? ctx.published ?? null;
  const provenance = { ...meta?.sources };
  if (!meta?.published && ctx.published) provenance.published = 'caller';
  const found = paragraphs.length ? findDateline(text.slice(paragraphs[0][0], paragraphs[0][1]), published) : null;
  const dateline: Dateline | null = found ? { raw: found.raw, place: found.place, date: found.date } : null;
  // With no date anywhere else, a dateline that writes its year ("RAJSHAHI, Dec 20, 2025 (BSS) -")
  // gives the day the story was filed: the wire's publication day.
  if (!published && found?.date && found.yearWritten) [published, provenance.published] = [found.date, 'dateline'];
  return {
    title: meta?.title ?? null,
    authors: meta?.authors ?? [],
    published,
    modified: meta?.modified ?? null,
    dateline,
    siteName: meta?.siteName ?? null,
    canonicalUrl: meta?.canonicalUrl ?? null,
    tags: meta?.tags ?? [],
    image: meta?.image ?? null,
    ...(meta?.language ? { language: meta.language } : {}),
    provenance,
    text,
    paragraphs,
    comments,
    links: links.links,
    warnings: [
      ...warnings,
      ...(meta?.warnings ?? []),
      ...body.warnings,
      ...links.warnings,
      ...datelineWarnings(dateline, published),
    ],
  };
}

/** Metadata, or null with a warning if its pass fails: the body is still worth returning. */
function readMetadata(dom: Document, ctx: ExtractContext, warnings: Warning[]): MetadataResult | null {
  try {
    return extractMetadata(dom, ctx);
  } catch (err) {
    warnings.push({
      code: 'metadata-failed',
      message: `metadata extraction failed: ${err instanceof Error ? err.message : String(err)}`,
    });
    return null;
  }
}
