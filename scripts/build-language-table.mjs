// Writes build/language.bin: the n-gram table of the language detector ELD (the eld package's
// extra-small database, its byte dictionary and its word-separator pattern; Nito T.M., Apache-2.0)
// in a form src/extract/language.ts reads in a millisecond and searches without parsing. Importing
// eld itself costs about 200 ms of CPU per process: its table is a 950 KB object literal.
//
// Layout (little-endian): u32 header length, the header as JSON ({ type, languages, dictionary,
// separators: { source, flags } }), u32 n, u32[n + 1] key starts, u32[n + 1] value starts, the
// keys (latin1, sorted by code unit), the values (pairs of bytes: language index, score).
import { mkdirSync, writeFileSync } from 'node:fs';

const eldEntry = import.meta.resolve('eld/extrasmall');
const { ngramsData } = await import(new URL('../ngrams/extrasmall.js', eldEntry).href);
const { dictionary } = await import(new URL('../dictionary.js', eldEntry).href);
const { separators } = await import(new URL('../regexPatterns.js', eldEntry).href);

const languages = Object.keys(ngramsData.languages)
  .map(Number)
  .sort((a, b) => a - b)
  .map((i, at) => {
    if (i !== at) throw new Error('eld: language indices are not 0..n-1');
    return ngramsData.languages[i];
  });
if (dictionary.length !== 256 || dictionary.some((c) => c.length !== 1 || c.charCodeAt(0) > 0xff))
  throw new Error('eld: the byte dictionary is not 256 latin1 characters');

const keys = Object.keys(ngramsData.ngrams).sort();
const keyStarts = new Uint32Array(keys.length + 1);
const valueStarts = new Uint32Array(keys.length + 1);
const keyBytes = [];
const valueBytes = [];
keys.forEach((key, i) => {
  keyStarts[i] = keyBytes.length;
  valueStarts[i] = valueBytes.length;
  for (const c of key) {
    const code = c.charCodeAt(0);
    if (c.length !== 1 || code > 0xff) throw new Error(`eld: n-gram ${JSON.stringify(key)} is not latin1`);
    keyBytes.push(code);
  }
  for (const [language, score] of Object.entries(ngramsData.ngrams[key])) {
    if (!Number.isInteger(score) || score < 0 || score > 0xff) throw new Error(`eld: score ${score} is not a byte`);
    valueBytes.push(Number(language), score);
  }
});
keyStarts[keys.length] = keyBytes.length;
valueStarts[keys.length] = valueBytes.length;

const header = Buffer.from(
  JSON.stringify({
    type: ngramsData.type,
    languages,
    dictionary: dictionary.join(''),
    separators: { source: separators.source, flags: separators.flags },
  }),
);
const u32 = (...ns) => {
  const b = Buffer.alloc(4 * ns.length);
  ns.forEach((n, i) => b.writeUInt32LE(n, 4 * i));
  return b;
};
const file = Buffer.concat([
  u32(header.length),
  header,
  u32(keys.length),
  u32(...keyStarts),
  u32(...valueStarts),
  Buffer.from(keyBytes),
  Buffer.from(valueBytes),
]);
mkdirSync('build', { recursive: true });
writeFileSync('build/language.bin', file);
console.log(
  `language table: eld ${ngramsData.type}, ${languages.length} languages, ${keys.length} n-grams -> build/language.bin (${Math.round(file.length / 1024)} KB)`,
);
