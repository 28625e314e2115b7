// JSON as one line of NDJSON/JSONL. JSON.stringify leaves U+2028, U+2029 and U+0085 raw, and
// line-based readers (Python's str.splitlines, many log tools) split records on them.

const LINE_BREAKS = /[\u0085\u2028\u2029]/g;

export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    LINE_BREAKS,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
