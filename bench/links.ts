// npm run bench:links [-- <set-folder>]
// What the links pass (src/extract/html/links.ts) adds to extraction: its CPU time over the pages
// of a set (Zyte by default) against the CPU time of the whole extract() on the same pages, in one
// process, rounds alternating so both see the same machine load. Issue 18's budget is 5%.
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { extract } from '../src/extract/index.js';
import { decode } from '../src/extract/decode.js';
import { extractBody } from '../src/extract/html/body/index.js';
import { collectLinks, type LinkContext } from '../src/extract/html/links.js';
import { joinParagraphs } from '../src/extract/paragraphs.js';
import { readGold, readPage } from '../eval/extract-set.js';

const DEFAULT_SET = fileURLToPath(new URL('../../shared/data/extraction/zyte', import.meta.url));
const ROUNDS = 5;

function cpu(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function main(): void {
  const setDir = process.argv[2] ?? DEFAULT_SET;
  const pages = readGold(setDir).map((g) => ({ bytes: readPage(setDir, g), url: g.url }));
  // The links pass's input, made once untimed: the body blocks exactly as extract() finds them.
  const contexts: LinkContext[] = pages.map((p) => {
    const title = extract({ content: p.bytes, url: p.url, format: 'html' }).title;
    const body = extractBody(parseDocument(decode(p.bytes).text), { title });
    const { text, paragraphs } = joinParagraphs(body.paragraphs);
    return { blocks: body.blocks, level: body.level, text, paragraphs, pageUrl: p.url };
  });
  let links = 0;
  let whole = 0;
  let found = 0;
  for (let round = 0; round < ROUNDS; round++) {
    whole += cpu(() => {
      for (const p of pages) extract({ content: p.bytes, url: p.url, format: 'html' });
    });
    links += cpu(() => {
      found = 0;
      for (const c of contexts) found += collectLinks(c).links.length;
    });
  }
  console.log(`${setDir}: ${pages.length} pages, ${found} body links, ${ROUNDS} rounds`);
  console.log(
    `extract() ${(whole / ROUNDS).toFixed(3)} CPU s per pass; links pass ${(links / ROUNDS).toFixed(3)} CPU s`,
  );
  console.log(`links pass share of extraction: ${((100 * links) / whole).toFixed(2)}% (budget 5%)`);
}

main();
