// A plain-text dump as trimmed lines grouped into blocks (runs of non-blank lines), and blocks
// back into paragraphs. Dumps indent paragraphs with spaces, tabs and no-break spaces, and some
// hard-wrap them at a fixed width; others put one paragraph per line with no blank line between.

export interface Line {
  text: string;
  /** Index of the block (run of non-blank lines) the line belongs to. */
  block: number;
}

/** Zero-width and byte-order marks that copy-paste leaves in text. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/gu;

// Markdown, as scrapers and reader tools emit it: "# Headline", "**By Jane Doe**", "[text](url)".
const MD_IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/gu;
const MD_LINK = /\[([^\]\n]+)\]\((?:https?:\/\/|\/|#|mailto:)[^)\n]*\)/gu;
const MD_HEADING = /^#{1,6}\s+/u;
const MD_EMPHASIS = /^(\*\*|__|\*|_)(\S(?:.*\S)?)\1$/u;

function plainLine(line: string): string {
  const text = line
    .replace(MD_IMAGE, ' ')
    .replace(MD_LINK, '$1')
    .replace(/[\s\u00a0]+/gu, ' ')
    .trim()
    .replace(MD_HEADING, '');
  return text.replace(MD_EMPHASIS, '$2');
}

export function toLines(raw: string): Line[] {
  const out: Line[] = [];
  let block = 0,
    blank = true;
  for (const rawLine of raw.replace(/\r\n?/gu, '\n').replace(INVISIBLE, '').split('\n')) {
    const text = plainLine(rawLine);
    if (!text) {
      if (!blank) block++;
      blank = true;
      continue;
    }
    out.push({ text, block });
    blank = false;
  }
  return out;
}

/** Lines of a hard-wrapped paragraph are at most this long, and most are at least HARD_WRAP_MIN. */
const HARD_WRAP_MAX = 100;
const HARD_WRAP_MIN = 45;

/**
 * Paragraph texts from body lines: each block is one paragraph when its lines look hard-wrapped
 * (all short, most of similar length, so joining restores the paragraph); otherwise each line is a
 * paragraph of its own (one-paragraph-per-line dumps).
 */
export function toParagraphs(lines: readonly Line[]): string[] {
  const paragraphs: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    while (j < lines.length && lines[j].block === lines[i].block) j++;
    const block = lines.slice(i, j).map((l) => l.text);
    if (isHardWrapped(block)) paragraphs.push(block.join(' '));
    else paragraphs.push(...block);
    i = j;
  }
  return paragraphs;
}

export function isHardWrapped(block: readonly string[]): boolean {
  if (block.length < 2) return true;
  if (block.some((l) => l.length > HARD_WRAP_MAX)) return false;
  const full = block.slice(0, -1).filter((l) => l.length >= HARD_WRAP_MIN).length;
  // Every line but the last fills most of the width, and lines do not end mid-sentence-less.
  return full >= (block.length - 1) * 0.8;
}
