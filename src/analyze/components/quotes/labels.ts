// Speaker labels: a line that opens with a name and a colon, as in interview transcripts
// ("PENCE: Well, look, ...") and quote headlines ("Pat Caddell: Democrat Voters Worried ..."). The
// colon is the cue, the name the speaker, the rest of the line the content. Also dash credits after
// a quotation, as in reader-response lists and epigraphs: "“...” ― Sonya Herridge".
import type { Span } from '../../../record/types.js';
import type { Attribution, QuoteContext } from './context.js';
import type { Speaker } from './speaker.js';
import { SpanIndex } from './span-index.js';
import { tokenAtOrAfter } from './bounds.js';

/** Up to five capitalised words (initials, hyphens, apostrophes allowed), a colon, then text on the same line; a transcript quoted whole may open with a mark. */
const SPEAKER_LABEL_RE = /^[ \t]*["“]?((?:\p{Lu}[\p{L}.'’-]*)(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,4}):[ \t]+(\S[^\n]*)$/gmu;
/** Labels that head a section rather than name a speaker. */
const NON_SPEAKER_LABELS = new Set([
  'note',
  'update',
  'updated',
  'editor',
  "editor's note",
  'editor’s note',
  'related',
  'photo',
  'video',
  'source',
  'sources',
  'read more',
  'watch',
  'see also',
  'correction',
  'disclosure',
  'warning',
  'q',
  'a',
  'question',
  'answer',
  'image',
  'credit',
]);
const TRAILING_SPACE_RE = /\s+$/;
const LINE_FEED = 10;
/** A label line's final full stop stays out of its content, as with other contents. */
const FINAL_PERIOD_RE = /(?<=\p{L}{2})\.$/u;
/** The full stop after a credited name ("― Steve Quinlan."), not an initial's ("― John Q."). */
const SENTENCE_PERIOD_RE = /(?<=\p{L}{2})\.$/u;
/** Marks a credited quotation line may open with (a closing mark too, as mistyped). */
const OPENING_MARK_RE = /^[“”"«']$/;
/** A closing mark, a dash and up to five capitalised words on the same line. */
const DASH_CREDIT_RE =
  /(?:[”"»]|'')[ \t\u00a0]*([―—–])[ \t\u00a0]*(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,4})/gu;

export function dashCreditAttributions(ctx: QuoteContext): Attribution[] {
  const out: Attribution[] = [];
  const found = fragmentIndex(ctx);
  // The start of the current line, found by one forward scan over the matches (searching back from
  // each would cost the whole line each time on a page that is one endless line).
  let lineStart = 0;
  let scanned = 0;
  DASH_CREDIT_RE.lastIndex = 0;
  for (let m = DASH_CREDIT_RE.exec(ctx.text); m; m = DASH_CREDIT_RE.exec(ctx.text)) {
    for (; scanned < m.index; scanned++) if (ctx.text.charCodeAt(scanned) === LINE_FEED) lineStart = scanned + 1;
    // The credited quotation is the line up to its closing mark: nested marks inside it ("he
    // calls “hell”") would mislead pairing, and a credit line holds one quotation.
    let start = lineStart;
    while (start < m.index && /\s/.test(ctx.text[start])) start++;
    if (!OPENING_MARK_RE.test(ctx.text[start] ?? '')) continue;
    const closeEnd = m.index + m[0].search(/[ \t\u00a0]*[―—–]/);
    const span: Span = [start, closeEnd];
    if (found.overlaps(span)) continue;
    const dash = m.index + m[0].indexOf(m[1]);
    const nameStart = m.index + m[0].length - m[2].length;
    const name = m[2].replace(SENTENCE_PERIOD_RE, '');
    const nameSpan: Span = [nameStart, nameStart + name.length];
    for (const i of ctx.marksWithin(span[0], span[1])) ctx.usedMarks.add(i);
    out.push({
      speaker: { text: name, span: nameSpan, entity: ctx.mentions.inside(nameSpan)?.id ?? null },
      cue: ctx.textSpan([dash, dash + 1]),
      fragments: [{ kind: 'direct', span }],
      lastSentence: sentenceEnding(ctx, span[1]),
      openAtEnd: false,
    });
  }
  return out;
}

/** Entity types that can speak under a label ("Pat Caddell: ...", "Kremlin: ...", "Russia: ..."). */
const SPEAKING_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
/** Evidence that speaks in headlines ("Poll: Clinton and Trump in dead heat"), as "polls show" does in prose. */
const EVIDENCE_LABELS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'study', 'report', 'analysis']);

export function labelAttributions(ctx: QuoteContext): Attribution[] {
  const out: Attribution[] = [];
  const found = fragmentIndex(ctx);
  const matches = [...ctx.text.matchAll(SPEAKER_LABEL_RE)];
  // A transcript names its speakers again and again; a label seen once must name an entity that
  // can speak: list and form labels ("Path C:", "New Price Drop:", "ATENÇÃO:") name none.
  const seen = new Map<string, number>();
  for (const m of matches) seen.set(m[1], (seen.get(m[1]) ?? 0) + 1);
  // A transcript's speakers say sentences; a label repeated over a list or a form heads entries
  // with no verb in any of them ("Portion Fix Containers: 2 Green, 1 Red", "Аккаунт: @name").
  const saysSomething = new Set<string>();
  for (const m of matches) {
    const start = m.index + m[0].length - m[2].length;
    if (!saysSomething.has(m[1]) && holdsVerb(ctx, start, start + m[2].length)) saysSomething.add(m[1]);
  }
  const listed = listEntries(ctx, matches, seen);
  for (const [k, m] of matches.entries()) {
    const label = m[1];
    if (NON_SPEAKER_LABELS.has(label.toLowerCase()) || SALUTATION_RE.test(label) || listed.has(k)) continue;
    const labelStart = m.index + m[0].indexOf(label);
    const colon = labelStart + label.length;
    const contentStart = m.index + m[0].length - m[2].length;
    const contentEnd = contentStart + m[2].replace(TRAILING_SPACE_RE, '').replace(FINAL_PERIOD_RE, '').length;
    const labelSpan: Span = [labelStart, colon];
    if (found.overlaps([contentStart, contentEnd])) continue;
    const entity = ctx.mentions.inside(labelSpan);
    const speaks = (entity && SPEAKING_TYPES.has(entity.type)) || EVIDENCE_LABELS.has(label.toLowerCase());
    if (!speaks && (seen.get(label)! < 2 || !saysSomething.has(label) || titleCased(m[2]))) continue;
    const speaker: Speaker = { text: label, span: labelSpan, entity: entity?.id ?? null };
    out.push({
      speaker,
      cue: ctx.textSpan([colon, colon + 1]),
      fragments: [{ kind: 'direct', span: [contentStart, contentEnd] }],
      lastSentence: sentenceEnding(ctx, contentEnd),
      openAtEnd: false,
    });
  }
  return out;
}

/**
 * Words a title leaves in lower case (articles, coordinating conjunctions and short prepositions,
 * as the Chicago Manual of Style's title case has them): "Last Chance to Buy ... and Get ...".
 */
export const TITLE_LOWER_WORDS: ReadonlySet<string> = new Set(
  'a an the and but or nor for so yet as at by in of off on out to up via from with'.split(' '),
);
/** Words that start with a letter (not the unit of "38mm"). */
const LETTER_WORD_RE = /(?<![\p{L}\p{M}\p{N}])\p{L}[\p{L}\p{M}'’-]*/gu;
/** Words a line needs, other than TITLE_LOWER_WORDS, to be read as set in title case. */
const MIN_TITLE_WORDS = 3;

/**
 * Whether a line is set in title case, every word but TITLE_LOWER_WORDS capitalised: a heading or
 * a product's name ("New Release: Last Chance to Buy Pokemon Sword or Shield and Get $10 Amazon
 * Credit"), not what a speaker says under a transcript's label.
 */
export function titleCased(line: string): boolean {
  const words = (line.match(LETTER_WORD_RE) ?? []).filter((w) => !TITLE_LOWER_WORDS.has(w));
  return words.length >= MIN_TITLE_WORDS && words.every((w) => /^\p{Lu}/u.test(w));
}

/** A letter's salutation ("DEAR ABBY: My sister ..."): the label names the reader, not the writer. */
const SALUTATION_RE = /^dear\b/i;
/** Consecutive label lines, each with its own name, that make a list rather than a transcript. */
const MIN_LIST_ENTRIES = 3;
/** Words of a speaker talking: a list's entries ("Victor N. Burton: Dealing in methamphetamine, ...") hold none. */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your']);

/**
 * The indices of label matches that are entries of a list: a run of at least MIN_LIST_ENTRIES
 * label lines on consecutive lines, each name used once in the document, and no entry holding a
 * first- or second-person pronoun (an arrest log's names and charges, a cast list). A transcript
 * names its speakers again; a set of readers' answers speaks in the first person.
 */
function listEntries(ctx: QuoteContext, matches: RegExpMatchArray[], seen: Map<string, number>): Set<number> {
  const out = new Set<number>();
  const talks = (m: RegExpMatchArray) => {
    const start = m.index! + m[0].length - m[2].length;
    for (
      let k = tokenAtOrAfter(ctx, start, ctx.tokens.length);
      k < ctx.tokens.length && ctx.tokens[k].span[0] < start + m[2].length;
      k++
    )
      if (PERSONAL_PRONOUNS.has(ctx.tokens[k].lower)) return true;
    return false;
  };
  let run: number[] = [];
  const close = () => {
    if (run.length >= MIN_LIST_ENTRIES && run.every((k) => seen.get(matches[k][1]) === 1 && !talks(matches[k])))
      for (const k of run) out.add(k);
    run = [];
  };
  matches.forEach((m, k) => {
    const prev = run.length > 0 ? matches[run[run.length - 1]] : null;
    if (prev && !/^\s*$/.test(ctx.text.slice(prev.index! + prev[0].length, m.index))) close();
    run.push(k);
  });
  close();
  return out;
}

/** Whether a verb stands in the characters [from, to). */
export function holdsVerb(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = tokenAtOrAfter(ctx, from, ctx.tokens.length); k < ctx.tokens.length && ctx.tokens[k].span[0] < to; k++) {
    const pos = ctx.tokens[k].pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/** The contents the cues found, for overlap look-ups: a transcript may hold thousands of labels. */
function fragmentIndex(ctx: QuoteContext): SpanIndex {
  const index = new SpanIndex();
  for (const a of ctx.attributions) for (const f of a.fragments) index.add(f.span);
  return index;
}

function sentenceEnding(ctx: QuoteContext, pos: number): number {
  let lo = 0,
    hi = ctx.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.sentences[mid].span[1] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
