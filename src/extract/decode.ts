// Bytes to text. Order of evidence, most reliable first: a byte-order mark, the HTTP
// Content-Type charset, an HTML <meta charset> / http-equiv in the first bytes, then sniffing
// (valid UTF-8 is taken as UTF-8, otherwise windows-1252).
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { ExtractError } from './errors.js';

// iconv-lite, loaded on first use, synchronously (its CommonJS build): UTF-8 pages, nearly all of
// them, never need it, and importing it cost every `dateline extract` process about 10 ms of CPU.
type Iconv = typeof import('iconv-lite');
let iconvModule: Iconv | undefined;
function iconv(): Iconv {
  return (iconvModule ??= createRequire(import.meta.url)('iconv-lite') as Iconv);
}

/** How far into a page to look for a <meta charset>; HTML requires it in the first 1024 bytes, pages often put it later. */
const META_SCAN_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const HEADER_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;
/** Share of NUL and other control bytes above which input is taken to be binary, not text. */
const BINARY_CONTROL_SHARE = 0.1;
/** Magic numbers of common non-text formats saved under a text or .html name. */
const BINARY_MAGIC: ReadonlyArray<readonly [string, string]> = [
  ['%PDF-', 'a PDF document'],
  ['\x89PNG', 'a PNG image'],
  ['\xff\xd8\xff', 'a JPEG image'],
  ['GIF8', 'a GIF image'],
  ['PK\x03\x04', 'a ZIP archive'],
  ['\x1f\x8b', 'gzip-compressed data'],
];

/**
 * Decodes bytes known to be valid UTF-8 (isUtf8), so no replacement is ever made: the string is
 * the one buf.toString('utf8') gives, built in about four fifths of its CPU time (Zyte pages, Node
 * 20: 269 against 332 ms a pass). It drops a leading BOM itself (ignoreBOM false), though a page
 * with one never gets here: bomCharset takes it first.
 */
const UTF8 = new TextDecoder('utf-8');

export interface Decoded {
  text: string;
  charset: string;
}

export function decode(bytes: Uint8Array, contentType?: string): Decoded {
  const decoded = decodeBytes(bytes, contentType);
  // UTF-8 writes U+0000 only as a 0 byte: looking for one in the bytes (memchr) costs a fraction of
  // scanning the decoded string.
  if (decoded.charset.startsWith('utf-8') && asBuffer(bytes).indexOf(0) < 0) return decoded;
  // NUL is never text (and C strings downstream stop at it): U+FFFD keeps every offset in place.
  return decoded.text.includes('\0') ? { ...decoded, text: decoded.text.replace(NUL, '\uFFFD') } : decoded;
}

const NUL = /\0/g;

/** The same bytes as a Buffer, without a copy. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decodeBytes(bytes: Uint8Array, contentType?: string): Decoded {
  const buf = asBuffer(bytes);
  rejectBinary(buf);
  const bom = bomCharset(buf);
  if (bom) return { text: iconv().decode(buf, bom), charset: bom };
  const declared =
    charsetFrom(contentType, HEADER_CHARSET) ??
    charsetFrom(buf.subarray(0, META_SCAN_BYTES).toString('latin1'), META_CHARSET);
  // A page declaring UTF-8 goes on to the checks below (charsetFrom gives the name in lower case).
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv().encodingExists(declared)) {
    // Pages declaring latin-1 are windows-1252 in practice (the WHATWG encoding standard says so).
    const charset = /^(iso-?8859-1|latin-?1|us-ascii)$/.test(declared) ? 'windows-1252' : declared;
    return { text: iconv().decode(buf, charset), charset };
  }
  // isUtf8 validates without decoding (a fatal TextDecoder built the whole string to discard it).
  if (isUtf8(buf)) return { text: UTF8.decode(buf), charset: 'utf-8' };
  const asUtf8 = buf.toString('utf8');
  if (declared === 'utf-8' || declared === 'utf8' || mostlyUtf8(asUtf8)) {
    // UTF-8 with a few bad bytes: keep what decodes, mark the rest with U+FFFD (a warning is the caller's).
    return { text: asUtf8, charset: 'utf-8 (invalid)' };
  }
  return { text: iconv().decode(buf, 'windows-1252'), charset: 'windows-1252 (sniffed)' };
}

/**
 * Undeclared text that is UTF-8 but for a stray byte or two: valid multi-byte characters at least
 * UTF8_EVIDENCE times as many as invalid bytes. windows-1252 text read as UTF-8 has next to no
 * valid multi-byte sequences (an accented letter is one byte, which UTF-8 rejects), so decoding a
 * page whole as windows-1252 for one bad byte would turn every "é" of it into "Ã©".
 */
function mostlyUtf8(text: string): boolean {
  let valid = 0;
  let invalid = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') invalid++;
    else if (ch > '\x7f') valid++;
  }
  return valid >= UTF8_EVIDENCE * invalid;
}
const UTF8_EVIDENCE = 2;

function charsetFrom(s: string | undefined, re: RegExp): string | undefined {
  return s ? re.exec(s)?.[1]?.toLowerCase() : undefined;
}

function bomCharset(buf: Buffer): string | undefined {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return undefined;
}

function rejectBinary(buf: Buffer): void {
  if (buf.length === 0) throw new ExtractError('empty', 'empty input');
  const head = buf.subarray(0, 8).toString('latin1');
  for (const [magic, what] of BINARY_MAGIC) {
    if (head.startsWith(magic)) throw new ExtractError('binary', `not a page: looks like ${what}`);
  }
  if (bomCharset(buf)?.startsWith('utf-16')) return; // UTF-16 text is full of NUL bytes
  const sample = buf.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0 || b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (control / sample.length > BINARY_CONTROL_SHARE) throw new ExtractError('binary', 'not a page: binary data');
}
