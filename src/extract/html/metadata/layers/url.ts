// Last layer: a date in the page's URL path (/2022/02/17/slug, /2022-02-17-slug, /20220217/).
// Only full year-month-day paths count: a year and month alone do not give the day.
import type { RawMetadata } from '../types.js';

const URL_DATE = /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)|\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

export function readUrlDate(url: string | undefined): RawMetadata {
  if (!url) return {};
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return {};
  }
  const m = URL_DATE.exec(path);
  if (!m) return {};
  const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return { published: `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}` };
}
