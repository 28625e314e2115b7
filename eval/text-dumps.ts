// Stress test of the plain-text dump extractor: renders each page of an HTML extraction dev set
// to text the way a browser's "save as text" does (block elements on their own lines, scripts
// and styles dropped, menus kept), then extracts it as a text dump and scores title, author,
// date and body like eval/extract.ts. Full web pages with all their navigation are harder than
// the dumps the extractor targets; the figures are a floor, useful to find failure patterns.
//
//   npx tsx eval/text-dumps.ts [--set ../shared/data/extraction/wcxb-dev] [--limit 200] [--show title|author|date]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { extract } from '../src/extract/index.js';
import { bodyScore, meanPRF } from './extract-metrics.js';
import { summarizeMetadata, type MetadataOutput } from './extract-metadata-metrics.js';
import { readGold, readPage } from './extract-set.js';

/** Elements a browser renders as blocks with space around them (paragraph breaks in the text). */
const PARAGRAPH_BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figcaption',
  'table',
  'article',
  'section',
  'header',
  'footer',
  'nav',
  'aside',
  'form',
  'pre',
]);
/** Elements rendered on a line of their own, without a blank line. */
const LINE_BLOCKS = new Set(['div', 'li', 'tr', 'br', 'ul', 'ol', 'dt', 'dd', 'figure', 'address', 'main']);
/** Content a browser does not render as text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'svg', 'template', 'head', 'iframe', 'select', 'button']);

export function htmlToText(html: string): string {
  let out = '';
  let hidden = 0;
  const boundary = (name: string) => {
    if (PARAGRAPH_BLOCKS.has(name)) out += '\n\n';
    else if (LINE_BLOCKS.has(name)) out += '\n';
  };
  const parser = new Parser(
    {
      onopentag: (name) => (HIDDEN.has(name) ? hidden++ : hidden === 0 && boundary(name)),
      onclosetag: (name) => (HIDDEN.has(name) ? hidden-- : hidden === 0 && boundary(name)),
      ontext: (text) => {
        if (hidden === 0) out += text.replace(/\s+/g, ' ');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const setDir = opt('set') ?? fileURLToPath(new URL('../../shared/data/extraction/wcxb-dev', import.meta.url));
  const golds = readGold(setDir).slice(0, Number(opt('limit') ?? Infinity));
  const outs: MetadataOutput[] = [];
  const bodies = golds.map((gold) => {
    const text = htmlToText(new TextDecoder().decode(readPage(setDir, gold)));
    // A page with no text at all (a script-only shell) scores as empty output.
    const a = text.trim() ? extract({ content: text, format: 'text', path: join(setDir, gold.page) }) : null;
    outs.push({
      title: a?.title ?? null,
      authors: a?.authors ?? [],
      published: a?.published ?? null,
      text: a?.text ?? '',
    });
    return bodyScore(a?.text ?? '', gold.body);
  });
  const { summary, pages } = summarizeMetadata(golds, outs);
  const pct = (r: { hits: number; total: number }) =>
    `${r.hits}/${r.total} (${((100 * r.hits) / Math.max(1, r.total)).toFixed(1)}%)`;
  const body = meanPRF(bodies);
  console.log(`text dumps rendered from ${golds.length} pages of ${setDir}`);
  console.log(
    `title ${pct(summary.title)}  author ${pct(summary.author)}  date ${pct(summary.date)}  spurious author ${pct(summary.spuriousAuthor)}  spurious date ${pct(summary.spuriousDate)}`,
  );
  console.log(`body P ${body.precision.toFixed(3)} R ${body.recall.toFixed(3)} F1 ${body.f1.toFixed(3)}`);
  const show = opt('show') as 'title' | 'author' | 'date' | undefined;
  if (show) {
    pages.forEach((p, i) => {
      if (p[show] === false)
        console.log(
          `${p.id} ${show}: got ${JSON.stringify(show === 'author' ? outs[i].authors : show === 'date' ? outs[i].published : outs[i].title)}`,
        );
    });
  }
}

main();
