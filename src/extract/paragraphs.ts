import type { Span } from '../record/types.js';

/** Spans of the paragraphs of a text: runs of non-blank lines separated by blank lines, trimmed. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\S[\s\S]*?(?=\n[ \t\u00a0]*\n|\s*$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[0].replace(/\s+$/, '');
    spans.push([m.index, m.index + body.length]);
  }
  return spans;
}

/** Joins paragraphs with one blank line and returns the text with their spans. */
export function joinParagraphs(paragraphs: readonly string[]): { text: string; paragraphs: Span[] } {
  let text = '';
  const spans: Span[] = [];
  for (const p of paragraphs) {
    const clean = p.trim();
    if (!clean) continue;
    if (text) text += '\n\n';
    spans.push([text.length, text.length + clean.length]);
    text += clean;
  }
  return { text, paragraphs: spans };
}
