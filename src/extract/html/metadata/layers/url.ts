// Layer 10: a date in the page's URL path (/2022/02/17/slug, /2022-02-17-slug, /20220217/,
// /2023/october/03/). Only full year-month-day paths count: a year and month do not give the day,
// though they say which month the story went out in (urlMonth).
import type { RawMetadata } from '../types.js';
import { monthNumber } from '../../../date-words.js';

const URL_DATE =
  /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)|\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
/** English month names in paths, as some CMSs write archive URLs. */
const URL_WORD_DATE =
  /\/((?:19|20)\d{2})\/(january|february|march|april|may|june|july|august|september|october|november|december)\/(0?[1-9]|[12]\d|3[01])(?!\d)/i;

/** A year-and-month folder (/2019/11/slug), as WordPress and many news CMSs write permalinks. */
const URL_MONTH = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//;

function urlPath(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/** The month ("2019-11") a permalink's year-and-month folders give, or null. */
export function urlMonth(url: string | undefined): string | null {
  const m = URL_MONTH.exec(urlPath(url) ?? '');
  return m ? `${m[1]}-${m[2]}` : null;
}

export function readUrlDate(url: string | undefined): RawMetadata {
  const path = urlPath(url);
  if (path === null) return {};
  const m = URL_DATE.exec(path);
  if (m) {
    const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    return { published: `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}` };
  }
  const w = URL_WORD_DATE.exec(path);
  if (!w) return {};
  const month = String(monthNumber(w[2])).padStart(2, '0');
  return { published: `${w[1]}-${month}-${w[3].padStart(2, '0')}` };
}
