// Choosing the authors across layers. The first layer that names a person wins, with these
// corrections: (1) a later layer listing the same names and more, or fuller forms of them, gives
// the full byline that the first cut short; (2) names that are the site itself ("Cleveland Clinic"
// on clevelandclinic.org, an Organization author), desks ("Podium Staff") and wires ("Associated
// Press") are only a fallback, so a later byline can name the writer; a personal site's owner
// ("Anil Madhavapeddy" on his own site) is a person, though; (3) when no layer names a person, the
// first structured value, or else the text of an element classed as the author's name, is kept as
// written (a user name like "whova", a desk like "Podium Staff", a brand like "EcoFlow");
// (4) when two of the page's shown bylines (a "By" line, a name on the date line, an author link
// under the headline) agree on a name the metadata's choice does not hold, the shown name wins:
// the metadata then names the CMS account that posted ("KatieS"), not the byline readers see.
import { cleanAuthors, isAgencyByline, isDeskByline } from '../../authors.js';
import { decodeReferences } from './entities.js';
import { normalizeSpace, squash } from './title.js';
import { isOwnerName } from './site-owner.js';

/** Most authors a byline may list to be taken as a fuller version of an earlier source's list;
 * longer lists are staff directories or contributor widgets. */
const MAX_AUTHORS = 12;
/** A byline lead-in, stripped from fallback author values. */
const FALLBACK_LEAD_IN = /^\s*(by|written by|posted by|author)\s*:?\s+/i;
/** Fallback values that name nobody: template placeholders and CMS default accounts. ("Staff"
 * and "Anonymous" stay: with no person named, they are what the page says.) */
const PLACEHOLDER_AUTHOR = /^(undefined|null|none|n\/a|admin|administrator|webmaster|author|user)$/i;
/** A template variable left unrendered: a dotted path to an author field ("page.head.extra.author";
 * a user name like "sara.r.peter" stays) or template delimiters ("{{ author }}", "${author}"). */
const UNRENDERED_TEMPLATE = /^[\w$]+(\.[\w$]+)*\.(author|authors|byline|creator|writer)(\.name)?$|\{\{|\}\}|\$\{/i;
/** Longest fallback author value; longer values are descriptions, not names. */
const MAX_FALLBACK_AUTHOR_CHARS = 60;
/** "Surname, Given" as citation_author and DC.creator write names ("Kaufman, Jeff T."). */
const INVERTED_NAME =
  /^\s*([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?),\s*([\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,2})\s*$/u;

/** An inverted name whose given part ends in an initial: "Kaufman, Jeff T.". */
const GIVEN_WITH_INITIAL = /,\s*\p{Lu}[\p{L}'’-]+\s\p{Lu}\.\s*$/u;

export interface AuthorChoice {
  names: string[];
  layer: string | null;
  /** Whether `layer` is machine-readable metadata (JSON-LD, meta tags) rather than page text. */
  structured: boolean;
  fallback: { names: string[]; layer: string } | null;
  /** Names offered by the shown-byline layers, one list per layer. */
  shown: Array<{ names: string[]; layer: string }>;
}

export function newAuthorChoice(): AuthorChoice {
  return { names: [], layer: null, structured: false, fallback: null, shown: [] };
}

/** What a layer reads, for the author choice: metadata, a byline as the page shows it, other page text. */
export type AuthorLayerKind = 'structured' | 'shown-byline' | 'other';

/** Offers one layer's raw author values. `siteNames` are squashed names of the site/publisher. */
export function offerAuthors(
  choice: AuthorChoice,
  layer: string,
  kind: AuthorLayerKind,
  raw: readonly string[] | undefined,
  fallbackRaw: readonly string[] | undefined,
  siteNames: ReadonlySet<string>,
): void {
  const values = uninvert((raw ?? []).map(decodeReferences));
  if (values.length > 0) {
    const names = cleanAuthors(values);
    if (kind === 'shown-byline' && names.length > 0) choice.shown.push({ names, layer });
    // A desk ("Podium Staff") or a wire ("Associated Press" in meta while the page names its own
    // writer) is, like the site's own name, only a fallback for a named writer.
    const isSite =
      names.length > 0 &&
      names.every((n) => (siteNames.has(squash(n)) && !isOwnerName(n)) || isDeskByline(n) || isAgencyByline(n));
    if (choice.names.length === 0 && names.length > 0 && !isSite) {
      [choice.names, choice.layer, choice.structured] = [names, layer, kind === 'structured'];
    } else if (choice.names.length > 0 && isFuller(names, choice.names)) {
      [choice.names, choice.layer, choice.structured] = [names, layer, kind === 'structured'];
    }
    if (isSite && !choice.fallback) choice.fallback = { names, layer };
  }
  // Structured values may all stand in; page text only through the values its layer marks as a
  // fallback (an element classed as the author's name).
  if (!choice.fallback && (kind === 'structured' || fallbackRaw?.length)) {
    const rest = [...(fallbackRaw ?? []), ...(kind === 'structured' ? (raw ?? []) : [])]
      .map((a) => plainName(decodeReferences(a)))
      .filter((a): a is string => a !== null);
    if (rest.length > 0) choice.fallback = { names: rest.slice(0, 1), layer };
  }
}

/** Whether `names` is a fuller version of `current`: every current name inside one of them
 * (containment, so "Brett" -> "Brett Larkin" and "Marna van der Merwe" -> "Dr Marna van der
 * Merwe"), with more names or longer ones. */
function isFuller(names: readonly string[], current: readonly string[]): boolean {
  if (names.length < current.length || names.length > MAX_AUTHORS) return false;
  const have = names.map((n) => n.toLowerCase());
  if (!current.every((a) => have.some((h) => h.includes(a.toLowerCase())))) return false;
  return names.length > current.length || names.join('').length > current.join('').length;
}

export function finalAuthors(choice: AuthorChoice): { names: string[]; layer: string | null } {
  const shown = agreedShownByline(choice);
  if (shown) return shown;
  if (choice.names.length > 0) return { names: choice.names, layer: choice.layer };
  if (choice.fallback) return { names: choice.fallback.names, layer: `${choice.fallback.layer}-fallback` };
  return { names: [], layer: null };
}

/** The names two shown-byline layers agree on when the choice so far came from metadata and
 * holds none of them (correction 4), else null. One shown byline alone is not enough: a "By"
 * inside the story can credit a quoted book's author or a photographer. */
function agreedShownByline(choice: AuthorChoice): { names: string[]; layer: string } | null {
  if (!choice.structured || choice.names.length === 0) return null;
  const held = choice.names.map((n) => n.toLowerCase());
  const overlaps = (n: string) => held.some((h) => h.includes(n.toLowerCase()) || n.toLowerCase().includes(h));
  for (const [i, a] of choice.shown.entries()) {
    if (a.names.some(overlaps)) continue;
    const key = a.names.map((n) => n.toLowerCase()).join(';');
    const other = choice.shown.slice(i + 1).find((b) => b.names.map((n) => n.toLowerCase()).join(';') === key);
    if (other) return { names: a.names, layer: `${a.layer}+${other.layer}` };
  }
  return null;
}

/** Several values all written "Surname, Given" become "Given Surname", so the comma is not read
 * as a separator between two people. A single such value is ambiguous ("Doe, Roe") and kept,
 * unless the part after the comma ends in an initial ("Kaufman, Jeff T."): no one is called that. */
function uninvert(values: string[]): string[] {
  // Both patterns need a comma: testing for one first spares compiling them (INVERTED_NAME is about
  // 75 KB of regex bytecode) on pages whose names have none.
  const single = values.length === 1 && values[0].includes(',') && GIVEN_WITH_INITIAL.test(values[0]);
  if ((values.length < 2 && !single) || !values.every((v) => v.includes(',') && INVERTED_NAME.test(v))) return values;
  return values.map((v) => v.replace(INVERTED_NAME, '$2 $1'));
}

/** A structured author value kept as written, or null when it is a link or too long to be a name. */
function plainName(raw: string): string | null {
  const s = normalizeSpace(raw).replace(FALLBACK_LEAD_IN, '');
  if (
    !s ||
    s.length > MAX_FALLBACK_AUTHOR_CHARS ||
    /^(https?:|www\.)/i.test(s) ||
    /^\d+$/.test(s) ||
    PLACEHOLDER_AUTHOR.test(s) ||
    UNRENDERED_TEMPLATE.test(s)
  )
    return null;
  return s;
}
