// Language identification with ELD (Efficient Language Detector, Nito T.M., Apache-2.0: byte n-gram
// scores in pure JS, no native build). tinyld, tried first, took English news full of Central Asian
// names for Turkmen; ELD's extra-small table gets such pages right, as do its larger tables.
//
// This is ELD's detect() (eld 2.1, src/languageDetector.js, with its defaults: no text clean-up,
// no language subset) over the same table, which the build copies from the eld package into
// build/language.bin (scripts/build-language-table.mjs). Importing eld costs about 200 ms of CPU
// and 90 MB per process, because its table is a 950 KB object literal; this file is read on the
// first detection and searched in place. test/extract-text/language.test.ts checks that the answers
// are eld's own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';

export const LANGUAGE_TABLE_PATH = join(PACKAGE_ROOT, 'build', 'language.bin');

/** Characters of text the detector looks at; more adds time, not accuracy. */
const SAMPLE_CHARS = 2000;
/** Below this many letters a guess is noise. */
const MIN_LETTERS = 20;

/** ISO 639-1 code of a text's language ("und" when it cannot be told). */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return 'und';
  return eldDetect(sample) || 'und';
}

interface Table {
  languages: string[];
  /** Byte value → the one character ELD writes for it (its n-grams are strings of these). */
  dictionary: string;
  separators: RegExp;
  count: number;
  /** The file; key and value starts are u32 arrays at these offsets. */
  buf: Buffer;
  keyStarts: number;
  valueStarts: number;
  /** All keys, concatenated (latin1). */
  keys: string;
  values: number;
}

let table: Table | undefined;

function loadTable(): Table {
  let buf: Buffer;
  try {
    buf = readFileSync(LANGUAGE_TABLE_PATH);
  } catch {
    throw new Error(`language table missing at ${LANGUAGE_TABLE_PATH}: run \`npm run build\``);
  }
  const headerEnd = 4 + buf.readUInt32LE(0);
  const header = JSON.parse(buf.toString('utf8', 4, headerEnd)) as {
    languages: string[];
    dictionary: string;
    separators: { source: string; flags: string };
  };
  const count = buf.readUInt32LE(headerEnd);
  const keyStarts = headerEnd + 4;
  const valueStarts = keyStarts + 4 * (count + 1);
  const keysAt = valueStarts + 4 * (count + 1);
  const keysEnd = keysAt + buf.readUInt32LE(keyStarts + 4 * count);
  return {
    languages: header.languages,
    dictionary: header.dictionary,
    separators: new RegExp(header.separators.source, header.separators.flags),
    count,
    buf,
    keyStarts,
    valueStarts,
    keys: buf.toString('latin1', keysAt, keysEnd),
    values: keysEnd,
  };
}

/** Index of an n-gram in the table (keys are sorted by code unit), or -1. */
function find(t: Table, ngram: string): number {
  let lo = 0;
  let hi = t.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const key = t.keys.slice(t.buf.readUInt32LE(t.keyStarts + 4 * mid), t.buf.readUInt32LE(t.keyStarts + 4 * mid + 4));
    if (key === ngram) return mid;
    if (key < ngram) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** ELD's score: the minimum n-gram score, taken off every stored score to keep the table small. */
const BASE_NGRAM_SCORE = 53;

/** ELD's detect(text).language: the ISO 639-1 code, or '' when no n-gram is known. */
export function eldDetect(text: string): string {
  table ??= loadTable();
  const t = table;
  const words = utf8Words(text.substring(0, 1000).replace(t.separators, ' ').trim().toLowerCase(), t.dictionary);
  const scores: number[] = new Array<number>(t.languages.length).fill(0);
  for (const ngram of byteNgrams(words)) {
    const i = find(t, ngram);
    if (i < 0) continue;
    const end = t.values + t.buf.readUInt32LE(t.valueStarts + 4 * i + 4);
    for (let p = t.values + t.buf.readUInt32LE(t.valueStarts + 4 * i); p < end; p += 2)
      scores[t.buf[p]] += t.buf[p + 1] + BASE_NGRAM_SCORE;
  }
  let best = -1;
  let max = 0;
  scores.forEach((score, i) => {
    if (score > 0 && score > max) {
      max = score;
      best = i;
    }
  });
  return best < 0 ? '' : t.languages[best];
}

/** ELD's n-grams of words: 4 bytes with a stride of 3, the word's first marked by a leading space, its last by a trailing one. */
function byteNgrams(words: string[]): Set<string> {
  const ngrams = new Set<string>();
  for (const word of words) {
    const len = Math.min(word.length, 70);
    let j = 0;
    for (; j + 4 < len; j += 3) ngrams.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    ngrams.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
  return ngrams;
}

/** ELD's strToUtf8Bytes: the words of a text with each non-ASCII character spelled as its UTF-8 bytes (one dictionary character each), cut after about 350 bytes. */
function utf8Words(str: string, dictionary: string): string[] {
  const cutAfter = 350; // at the first space after 350 bytes
  const enforceCutAfter = 380; // after any character beyond 380 bytes
  const words: string[] = [];
  let encoded = '';
  let countBytes = 0;
  for (let ii = 0; ii < str.length; ii++) {
    let charCode = str.charCodeAt(ii);
    if (charCode < 0x80) {
      if (charCode === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (countBytes > cutAfter) break;
      } else {
        encoded += str[ii];
      }
      countBytes++;
    } else if (charCode < 0x800) {
      encoded += dictionary[0xc0 | (charCode >> 6)] + dictionary[0x80 | (charCode & 0x3f)];
      countBytes += 2;
    } else if (charCode < 0xd800 || charCode >= 0xe000) {
      encoded +=
        dictionary[0xe0 | (charCode >> 12)] +
        dictionary[0x80 | ((charCode >> 6) & 0x3f)] +
        dictionary[0x80 | (charCode & 0x3f)];
      countBytes += 3;
    } else {
      // A surrogate pair (a lone surrogate reads its neighbour, or NaN, as eld does).
      ii++;
      charCode = 0x10000 + (((charCode & 0x3ff) << 10) | (str.charCodeAt(ii) & 0x3ff));
      encoded +=
        dictionary[0xf0 | (charCode >> 18)] +
        dictionary[0x80 | ((charCode >> 12) & 0x3f)] +
        dictionary[0x80 | ((charCode >> 6) & 0x3f)] +
        dictionary[0x80 | (charCode & 0x3f)];
      countBytes += 4;
    }
    if (countBytes > enforceCutAfter) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}
