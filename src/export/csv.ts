// CSV rows as RFC 4180 says: fields with a comma, quote or line break are quoted, quotes doubled.
// Lines end in CRLF, as the RFC and spreadsheet programs expect.

export type CsvValue = string | number | boolean | null | undefined;

/** Characters that force a field to be quoted. */
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return NEEDS_QUOTES.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}
