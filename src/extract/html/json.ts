// JSON embedded in a page's scripts (JSON-LD, application/json page data), parsed leniently:
// publishers hand-build these scripts and leave comment wrappers, semicolons and raw newlines.

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Leftovers that make publishers' JSON-LD invalid JSON, removed in this order: HTML comment and
 * CDATA wrappers at either end, then a trailing semicolon left inside them. */
const JSON_WRAPPERS = /^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(-->|\/\/\s*\]\]>|\]\]>)\s*$/g;
const TRAILING_SEMICOLON = /;\s*$/;
/** Raw control characters inside strings (invalid in JSON, common in hand-built scripts). */
const CONTROL_CHARS = /[\u0000-\u001f]+/g;

/** The script's JSON, or null when it cannot be read even after the clean-ups above. */
export function parseLenient(text: string): Json {
  const cleaned = text.replace(JSON_WRAPPERS, '').trim().replace(TRAILING_SEMICOLON, '');
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    try {
      return JSON.parse(cleaned.replace(CONTROL_CHARS, ' ')) as Json;
    } catch {
      return null;
    }
  }
}
