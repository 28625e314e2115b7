// Layer 10: a date in the page's URL path (/2022/02/17/slug, /2022-02-17-slug, /20220217/,
// /2023/october/03/). Only full year-month-day paths count: a year and month do not give the day,
// though they say which month the story went out in (urlMonth).
import type { RawMetadata } from '../types.js';
import { monthNumber } from '../../../date-words.js';
import { siteOf } from '../../../../record/link-url.js';

const URL_DATE =
  /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)|\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
/** English month names in paths, as some CMSs write archive URLs. */
const URL_WORD_DATE =
  /\/((?:19|20)\d{2})\/(january|february|march|april|may|june|july|august|september|october|november|december)\/(0?[1-9]|[12]\d|3[01])(?!\d)/i;

/** A year-and-month folder (/2019/11/slug), as WordPress and many news CMSs write permalinks. */
const URL_MONTH = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//;

/** The paths a page's address gives: its own, then its canonical one (resolved against it) when on
 * the same site (registrable domain, siteOf), which keeps the dated permalink when the page was fetched under another address
 * (?id=, AMP, mobile). A canonical on another site names the original of a syndicated copy, whose
 * date is not the copy's. */
function urlPaths(url: string | undefined, canonical: string | null | undefined): string[] {
  const own = parse(url);
  const paths = own ? [own.pathname] : [];
  const other = canonical ? parse(canonical, url) : null;
  if (other && (!own || siteOf(own.href) === siteOf(other.href))) paths.push(other.pathname);
  return paths;
}

function parse(u: string | undefined, base?: string): URL | null {
  if (!u) return null;
  try {
    return new URL(u, base);
  } catch {
    return null;
  }
}

/** The month ("2019-11") a permalink's year-and-month folders give, or null. */
export function urlMonth(url: string | undefined, canonical?: string | null): string | null {
  for (const path of urlPaths(url, canonical)) {
    const m = URL_MONTH.exec(path);
    if (m) return `${m[1]}-${m[2]}`;
  }
  return null;
}

export function readUrlDate(url: string | undefined, canonical?: string | null): RawMetadata {
  for (const path of urlPaths(url, canonical)) {
    const published = pathDate(path);
    if (published) return { published };
  }
  return {};
}

function pathDate(path: string): string | null {
  const m = URL_DATE.exec(path);
  if (m) {
    const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  }
  const w = URL_WORD_DATE.exec(path);
  if (!w) return null;
  const month = String(monthNumber(w[2])).padStart(2, '0');
  return `${w[1]}-${month}-${w[3].padStart(2, '0')}`;
}
