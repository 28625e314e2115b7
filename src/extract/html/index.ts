// HTML pages. (Placeholder until the HTML extractor lands: all visible text of <body>.)
import { parseDocument } from 'htmlparser2';
import { textContent, findOne } from 'domutils';
import type { ExtractContext, ExtractedFields } from '../index.js';
import { joinParagraphs } from '../paragraphs.js';

export function extractHtml(html: string, ctx: ExtractContext): ExtractedFields {
  const dom = parseDocument(html);
  const body = findOne((e) => e.name === 'body', dom.children) ?? dom;
  const { text, paragraphs } = joinParagraphs(textContent(body).split(/\n\s*\n/));
  return { title: null, authors: [], published: ctx.published ?? null, dateline: null, text, paragraphs, comments: [], warnings: [] };
}
