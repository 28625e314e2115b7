// Text that was UTF-8, read once as Latin-1 or Windows-1252 and saved again ("Investorâ€™s",
// "Investorâ\u0080\u0099s" for "Investor’s"): publishers' titles carry it when a CMS imported a
// post with the wrong encoding. Repaired only when the whole string reads back as valid UTF-8.

/** Windows-1252's characters for the bytes 0x80-0x9f (C1 controls stand for themselves). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** A UTF-8 lead byte read as one character, then a continuation byte read as one. */
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00f4][\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}]`);

/** `text` with its doubly decoded UTF-8 undone, or `text` itself when it shows none or does not
 * read back as UTF-8 (a real "Â" or "é" before other Latin-1 letters). */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const high = CP1252_HIGH.indexOf(ch);
    if (code <= 0xff) bytes.push(code);
    else if (high >= 0) bytes.push(0x80 + high);
    else return text; // a character no single-byte reading gives: not mojibake
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return text;
  }
}
