// extract: bytes + content type + URL -> Article. Pure and deterministic: no I/O, no clock (the
// caller passes `now` when dates must be checked against the crawl time).
import type { Article, Provenance, ProvenanceField, Source, SourceFormat } from '../record/types.js';
import type { ExtractContext, ExtractedFields } from './context.js';
import { decode } from './decode.js';
import { ExtractError } from './errors.js';
import { detectLanguage } from './language.js';
import { paragraphSpans } from './paragraphs.js';
import { extractHtml } from './html/index.js';
import { extractTextDump } from './text/index.js';

export { ExtractError } from './errors.js';

export type InputFormat = 'auto' | 'html' | 'text' | 'body';

export interface ExtractInput {
  /** The page: raw bytes (decoded here) or already-decoded text. */
  content: Uint8Array | string;
  format?: InputFormat;
  contentType?: string;
  url?: string;
  path?: string;
  /** Where the page came from, when not a plain file or URL (a feed item, a WARC record). */
  sourceFormat?: SourceFormat;
  fetchedAt?: string;
  /** Publication date supplied by the caller (e.g. a feed item's date, or --published). */
  published?: string;
  /** The crawl time, against which future dates are rejected; defaults to fetchedAt. */
  now?: string;
}

export type { ExtractContext, ExtractedFields } from './context.js';

/** Inputs above this size are refused, so one page cannot exhaust memory. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

export function extract(input: ExtractInput): Article {
  const size = typeof input.content === 'string' ? input.content.length : input.content.byteLength;
  if (size > MAX_INPUT_BYTES)
    throw new ExtractError('too-large', `input too large: ${size} bytes (limit ${MAX_INPUT_BYTES})`);
  const decoded =
    typeof input.content === 'string'
      ? { text: input.content, charset: 'utf-8' }
      : decode(input.content, input.contentType);
  const raw = decoded.text;
  if (raw.trim() === '') throw new ExtractError('empty', 'empty input');
  const format = input.format && input.format !== 'auto' ? input.format : detectFormat(raw, input);
  const ctx: ExtractContext = { url: input.url, published: input.published, now: input.now ?? input.fetchedAt };
  const fields =
    format === 'html' ? extractHtml(raw, ctx) : format === 'text' ? extractTextDump(raw, ctx) : bodyFields(raw, ctx);
  // A page read from a file has no address of its own; the one it declares as canonical is where it
  // lives on the web (only http(s): a file: or javascript: canonical is no address to show or link).
  const uri =
    input.url ?? (fields.canonicalUrl && /^https?:\/\//i.test(fields.canonicalUrl) ? fields.canonicalUrl : null);
  const source: Source = {
    ...(uri ? { uri } : {}),
    ...(input.path ? { path: input.path } : {}),
    format: input.sourceFormat ?? (format === 'html' ? 'html' : format),
    ...(input.fetchedAt ? { fetchedAt: input.fetchedAt } : {}),
  };
  const warnings = [...fields.warnings];
  if (decoded.charset.includes('invalid'))
    warnings.push({
      code: 'invalid-encoding',
      message: 'input is UTF-8 with invalid bytes; undecodable bytes replaced with U+FFFD',
    });
  if (decoded.charset.includes('sniffed'))
    warnings.push({
      code: 'encoding-guessed',
      message: `input is not valid UTF-8 and declares no charset; decoded as ${decoded.charset.replace(' (sniffed)', '')}`,
    });
  const language = fields.language ?? detectLanguage(fields.text);
  const provenance = knownProvenance(
    { ...fields.provenance, ...(fields.language ? {} : { language: 'detected' }) },
    { ...fields, language },
  );
  return { ...fields, source, language, provenance, warnings };
}

/** The provenance of the fields that have a value: a source that offered one the cascade later
 * dropped (a title without text, a canonical URL that does not resolve) names nothing. */
function knownProvenance(provenance: Provenance, fields: ExtractedFields & { language: string }): Provenance {
  const known: Provenance = {};
  for (const [field, from] of Object.entries(provenance) as Array<[ProvenanceField, string]>) {
    const value = fields[field];
    if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))
      known[field] = from;
  }
  return known;
}

/** HTML if it looks like markup near the start; otherwise a plain-text dump. */
export function detectFormat(text: string, input: Pick<ExtractInput, 'contentType' | 'path' | 'url'>): 'html' | 'text' {
  if (input.contentType && /html|xml/i.test(input.contentType)) return 'html';
  if (input.contentType && /text\/plain/i.test(input.contentType)) return 'text';
  if (/\.(txt|text)$/i.test(input.path ?? '')) return 'text';
  const head = text.slice(0, 2048).trimStart();
  return /^(<!doctype html|<html|<head|<body|<\?xml|<!--)/i.test(head) ||
    /<(html|body|div|p|article|head)[\s>]/i.test(head)
    ? 'html'
    : 'text';
}

/** `--input-format body`: the input is the clean article text, kept exactly so external offsets line up. */
function bodyFields(text: string, ctx: ExtractContext): ExtractedFields {
  return {
    title: null,
    authors: [],
    published: ctx.published ?? null,
    provenance: ctx.published ? { published: 'caller' } : {},
    dateline: null,
    text,
    paragraphs: paragraphSpans(text),
    comments: [],
    links: [],
    warnings: [],
  };
}
