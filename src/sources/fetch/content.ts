// Is a fetched body a page we can read? Servers mislabel content (an image as text/html), so the
// declared type is checked and then the first bytes are sniffed.

/** Declared types that are never article pages. */
const NON_TEXT_TYPE = /^(image|audio|video|font)\/|^application\/(pdf|zip|octet-stream|x-gzip|gzip|msword|vnd\.)/i;

/** Leading bytes of common binary formats. */
const MAGIC: readonly [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data', [0x1f, 0x8b]],
  ['WebP/RIFF media', [0x52, 0x49, 0x46, 0x46]],
];

/** How much of the body is sniffed for NUL bytes, which text in a web charset never contains. */
const SNIFF_BYTES = 1024;

/** Why the body is not a readable page, or null when it is. */
export function notTextReason(body: Uint8Array, contentType?: string): string | null {
  const type = contentType?.split(';')[0].trim();
  if (type && NON_TEXT_TYPE.test(type)) return `not a text page (content type ${type})`;
  for (const [name, magic] of MAGIC) {
    if (magic.every((b, i) => body[i] === b)) return `not a text page (${name} served as ${type ?? 'unknown type'})`;
  }
  // UTF-16 text has NULs but starts with a byte-order mark.
  const bom16 = (body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff);
  if (!bom16 && body.subarray(0, SNIFF_BYTES).includes(0))
    return `not a text page (binary data served as ${type ?? 'unknown type'})`;
  return null;
}
