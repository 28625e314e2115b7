// Text from pages, file names and error messages, made safe to print on a terminal line. A file
// name with a newline could forge a "failed:" line in a summary, and an escape character in a
// title could drive the terminal; control characters are shown as escapes instead.

/** C0 controls, DEL, C1 controls, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escaped(c: string): string {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** For a field printed on one line: every control character escaped, newlines included. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, escaped);
}

/** For text printed over several lines (a preview): newlines kept, other controls escaped. */
export function printable(text: string): string {
  return text.replace(CONTROL_BUT_NEWLINE, escaped);
}
