// JSON embedded in a page's scripts (JSON-LD, application/json page data), parsed leniently:
// publishers hand-build these scripts and leave comment wrappers, semicolons and raw newlines.

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Leftovers that make publishers' JSON-LD invalid JSON, removed in this order: HTML comment and
 * CDATA wrappers at either end, then a trailing semicolon left inside them. */
const JSON_WRAPPERS = /^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(-->|\/\/\s*\]\]>|\]\]>)\s*$/g;
/** JSON_WRAPPERS' opening wrapper (anchored: tried at the start only). */
const OPENING_WRAPPER = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/;
/** Raw control characters inside strings (invalid in JSON, common in hand-built scripts). */
const CONTROL_CHARS = /[\u0000-\u001f]+/g;

/** Texts parsed lately and their JSON, up to RECENT_LIMIT: the metadata's JSON-LD layer reads a
 * page's ld+json scripts, and the body's embedded-text stage (body/embedded.ts) reads the same
 * scripts again for an articleBody. Callers never modify what they get. */
const recent = new Map<string, Json>();
const RECENT_LIMIT = 16;

/** The script's JSON, or null when it cannot be read even after the clean-ups above. */
export function parseLenient(text: string): Json {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const json = parse(text);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(text, json);
  return json;
}

function parse(text: string): Json {
  const cleaned = cleanedScript(text);
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

/** @internal The script's text without wrappers, surrounding white space and a trailing semicolon:
 * text.replace(JSON_WRAPPERS, '').trim().replace(/;\s*$/, ''). */
export function cleanedScript(text: string): string {
  return withoutTrailingSemicolon(withoutWrappers(text).trim());
}

/**
 * text.replace(JSON_WRAPPERS, ''), reading only the two ends: the pattern's closing alternative,
 * anchored at the end, made the regex try every position of the script (scripts of page data run
 * to hundreds of kilobytes). The closing wrapper is what follows the last non-space character:
 * "-->", "]]>", or "// ]]>" (which the leftmost match prefers to its own "]]>"). When it would
 * start inside the opening wrapper (a script of nothing but wrappers), the regex decides.
 */
function withoutWrappers(text: string): string {
  const opening = OPENING_WRAPPER.exec(text);
  const start = opening ? opening[0].length : 0;
  // trimEnd removes exactly the characters \s matches (white space and line terminators).
  const body = text.trimEnd();
  let end = text.length;
  if (body.endsWith('-->')) end = body.length - 3;
  else if (body.endsWith(']]>')) {
    const before = body.slice(0, -3).trimEnd();
    end = before.endsWith('//') ? before.length - 2 : body.length - 3;
  }
  if (end < start) return text.replace(JSON_WRAPPERS, '');
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** What /;\s*$/ removes, of a trimmed text: its last character when that is a semicolon. */
function withoutTrailingSemicolon(trimmed: string): string {
  return trimmed.endsWith(';') ? trimmed.slice(0, -1) : trimmed;
}
