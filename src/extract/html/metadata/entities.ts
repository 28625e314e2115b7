// Character references left inside values that were not HTML-decoded by the parser: JSON-LD
// strings (script content is raw text) and meta values that publishers escaped twice
// ("Guide &amp;#8211; Tips"). Numeric references and the few named ones CMSs emit.

const REFERENCE = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi;
const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['ndash', '\u2013'],
  ['mdash', '\u2014'],
  ['lsquo', '\u2018'],
  ['rsquo', '\u2019'],
  ['ldquo', '\u201c'],
  ['rdquo', '\u201d'],
  ['hellip', '\u2026'],
  ['bull', '\u2022'],
  ['middot', '\u00b7'],
  ['laquo', '\u00ab'],
  ['raquo', '\u00bb'],
  ['copy', '\u00a9'],
  ['reg', '\u00ae'],
  ['trade', '\u2122'],
]);
/** References decoded per call; twice-escaped values ("&amp;#8211;") need two rounds. */
const ROUNDS = 2;

export function decodeReferences(s: string): string {
  let out = s;
  for (let i = 0; i < ROUNDS && out.includes('&'); i++) {
    out = out.replace(REFERENCE, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED.get(ref.toLowerCase()) ?? whole;
    });
  }
  return out;
}
