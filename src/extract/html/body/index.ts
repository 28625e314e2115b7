// Article body of an HTML page, as a cascade of stages that each return a BodyResult:
//   1. strict: prune boilerplate by tag, visibility and class/id words; choose the container
//      whose blocks score best; keep its article blocks.
//   2. lenient: the same without class/id pruning, for pages whose wrappers carry boilerplate-like
//      names; used when stage 1 found too little (`tooShort`) or far less (`lenientFoundMore`);
//      when its own choice lies inside stage 1's container, it reads that whole container;
//   3. hidden: lenient keeping hidden elements, for pages whose scripts reveal the article;
//   4. whole page: every prose block of the page in order, when no container holds prose.
// Then, when the page may carry its article in embedded JSON (hints.embedded) and the stages found
// far less prose than that JSON holds, the embedded text read by the same stages (embedded.ts).
import type { AnyNode, Element } from 'domhandler';
import type { Warning } from '../../../record/types.js';
import { collectBlocks, collectStrictAndLenientBlocks, type Block } from './blocks.js';
import { chooseContainer } from './container.js';
import { isInside } from './dom.js';
import { keepArticleBlocks } from './filter.js';
import { withoutInlineShortcodes } from './site-notices.js';
import { dropRepeatedRuns } from './repeats.js';
import { dropEndMatter } from './end-matter.js';
import { dropCutExcerpts } from './cut-excerpts.js';
import type { PruneLevel } from './prune.js';
import { isGoodBlock } from './score.js';
import { embeddedDocuments } from './embedded.js';

/** Body length (characters) below which a stage's result is considered a miss. */
export const MIN_BODY_CHARS = 250;

export interface BodyResult {
  paragraphs: string[];
  stage: 'strict' | 'lenient' | 'page' | 'embedded';
  warnings: Warning[];
  /** The kept blocks (one per paragraph, in order) and the pruning that found them, for the links pass. */
  blocks: readonly Block[];
  level: PruneLevel;
}

function length(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => n + b.text.length, 0);
}

/** What the body stages know about the page beyond its DOM. */
export interface BodyHints {
  /** The article's title, whose repetition as a heading in the body is dropped. */
  title?: string | null;
  /** Whether the page source may hold article text in embedded JSON (see mayEmbedText): asked
   * only when the page's own text is short, since it scans the whole source. */
  embedded?: () => boolean;
  /** The page's address: links leaving its site in link-dense blocks are the article's (outbound.ts). */
  pageUrl?: string | null;
}

/** The article blocks among a prune level's blocks of the page, inside `containers` (chosen from
 * those blocks when not given). */
function containerStage(
  blocks: readonly Block[],
  hints: BodyHints,
  containers: readonly Element[] = chooseContainer(blocks),
): Block[] {
  return dropCutExcerpts(
    dropRepeatedRuns(
      keepArticleBlocks(
        dropEndMatter(blocks.filter((b) => containers.some((c) => isInside(b.el, c)))),
        hints.title,
        hints.pageUrl,
      ),
    ),
  );
}

/** Whether a stage's blocks are too little text to be the article. */
function tooShort(blocks: readonly Block[]): boolean {
  return length(blocks) < MIN_BODY_CHARS;
}

/** Prose (characters) from which a strict result is taken without trying lenient pruning. */
export const CONFIDENT_PROSE_CHARS = 6000;
/** Lenient pruning replaces a strict result when it has this many times its prose, plus the margin (characters). */
export const LENIENT_PROSE_FACTOR = 2;
export const LENIENT_PROSE_MARGIN = 1000;

/** Prose (characters of prose blocks) a later stage must add to replace an earlier one's result. */
export const MIN_PROSE_GAIN = 200;

function prose(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => n + (isGoodBlock(b) ? b.text.length : 0), 0);
}

/**
 * Whether a later stage found more of the article, not just more text: the labels, prompts and
 * paywall notices that class pruning removes are short blocks, so only added prose counts.
 */
function addsProse(later: readonly Block[], earlier: readonly Block[]): boolean {
  return prose(later) >= prose(earlier) + MIN_PROSE_GAIN;
}

/** Embedded candidates read, longest first: the article is among the longest prose strings. */
export const MAX_EMBEDDED_CANDIDATES = 3;
/** Prose (characters) below which the page's own text may be a teaser or an app shell's. */
export const EMBEDDED_LOOK_PROSE = 3000;
/** Embedded text replaces the page's when it has this many times its prose, plus MIN_PROSE_GAIN. */
export const EMBEDDED_PROSE_FACTOR = 2;

export function extractBody(root: AnyNode, hints: BodyHints = {}): BodyResult {
  const fromPage = pageBody(root, hints);
  // Only a page whose own text could be a teaser or an empty app shell is worth the search.
  if (!hints.embedded || prose(fromPage.blocks) >= EMBEDDED_LOOK_PROSE || !hints.embedded()) return fromPage;
  let best: BodyResult | null = null;
  for (const doc of embeddedDocuments(root).slice(0, MAX_EMBEDDED_CANDIDATES)) {
    const found = pageBody(doc, hints);
    if (!best || prose(found.blocks) > prose(best.blocks)) best = found;
  }
  if (!best || tooShort(best.blocks)) return fromPage;
  if (prose(best.blocks) < EMBEDDED_PROSE_FACTOR * prose(fromPage.blocks) + MIN_PROSE_GAIN) return fromPage;
  return { ...best, stage: 'embedded', warnings: [EMBEDDED_WARNING] };
}

const EMBEDDED_WARNING: Warning = {
  code: 'body-embedded',
  message: "article text taken from the page's embedded JSON (articleBody or page data): its markup showed far less",
};

function pageBody(root: AnyNode, hints: BodyHints): BodyResult {
  // One walk cuts the page's blocks at both levels: most pages need the lenient ones too.
  const walked = collectStrictAndLenientBlocks(root);
  const strictContainers = chooseContainer(walked.strict);
  const strict = containerStage(walked.strict, hints, strictContainers);
  // Lenient pruning is only worth trying when the strict result could be a fragment of the article.
  if (prose(strict) >= CONFIDENT_PROSE_CHARS) return result(strict, 'strict', 'strict', []);
  const lenient = containerStage(walked.lenient, hints, lenientContainers(walked.lenient, strictContainers));
  if (!tooShort(strict) && !lenientFoundMore(lenient, strict)) return result(strict, 'strict', 'strict', []);
  if (!tooShort(lenient) && addsProse(lenient, strict)) return result(lenient, 'lenient', 'lenient', [LENIENT_WARNING]);
  const hiddenBlocks = collectBlocks(root, 'hidden');
  const hidden = containerStage(hiddenBlocks, hints);
  if (!tooShort(hidden) && addsProse(hidden, strict)) return result(hidden, 'lenient', 'hidden', [LENIENT_WARNING]);
  const found = [lenient, hidden].reduce((a, b) => (prose(b) > prose(a) ? b : a), strict);
  // The whole-page stage only when no container held any prose: on a short article it would add
  // the footer's boilerplate to the few real paragraphs.
  const best = prose(found) > 0 ? found : hiddenBlocks.filter(isGoodBlock);
  const warnings: Warning[] = [];
  if (best.length === 0) warnings.push({ code: 'no-body-text', message: 'no article text found on the page' });
  else warnings.push({ code: 'body-short', message: `little article text found (${length(best)} characters)` });
  const level: PruneLevel = best === strict ? 'strict' : best === lenient ? 'lenient' : 'hidden';
  return result(best, best === found ? (found === strict ? 'strict' : 'lenient') : 'page', level, warnings);
}

/**
 * The containers lenient pruning reads: its own choice, unless every one of them lies inside the
 * strict stage's containers. Then the strict choice was the article and class pruning only cut
 * sections out of it (product cards marked as widgets): the lenient stage reads the whole of it,
 * intro included, rather than the cut sections alone.
 */
function lenientContainers(blocks: readonly Block[], strictContainers: readonly Element[]): readonly Element[] {
  const own = chooseContainer(blocks);
  const withinStrict = own.length > 0 && own.every((c) => strictContainers.some((s) => s !== c && isInside(c, s)));
  return withinStrict ? strictContainers : own;
}

const LENIENT_WARNING: Warning = {
  code: 'body-lenient',
  message: 'article container found only without boilerplate pruning',
};

/**
 * Whether lenient pruning found a much larger article than strict pruning did: class words then
 * removed part of the article itself (a "jumplinks-section" or "related" wrapper around sections).
 */
function lenientFoundMore(lenient: readonly Block[], strict: readonly Block[]): boolean {
  return prose(lenient) >= LENIENT_PROSE_FACTOR * prose(strict) + LENIENT_PROSE_MARGIN;
}

function result(
  blocks: readonly Block[],
  stage: BodyResult['stage'],
  level: PruneLevel,
  warnings: Warning[],
): BodyResult {
  // A block that was only shortcodes inside (no whole-block one: isSiteNotice drops those) goes.
  const kept = blocks.map(withoutInlineShortcodes).filter((b, i) => b.text !== '' || blocks[i].text === '');
  return { paragraphs: kept.map((b) => b.text), stage, warnings, blocks: kept, level };
}
