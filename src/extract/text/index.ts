// Plain-text page dumps. (Placeholder until the text-dump extractor lands: paragraphs only.)
import type { ExtractContext, ExtractedFields } from '../index.js';
import { paragraphSpans } from '../paragraphs.js';

export function extractTextDump(text: string, ctx: ExtractContext): ExtractedFields {
  const clean = text.replace(/\r\n?/g, '\n').trim();
  return { title: null, authors: [], published: ctx.published ?? null, dateline: null, text: clean, paragraphs: paragraphSpans(clean), comments: [], warnings: [] };
}
