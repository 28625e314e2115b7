// The one way extraction parses HTML: htmlparser2's Parser reading common names in place
// (names.ts) with the skipping tokenizer (tokenizer.ts) and a DomHandler. The page and the small
// documents made of its embedded text (body/embedded.ts) go through the same classes, so V8 sees
// one kind of parser, tokenizer and DOM builder and keeps their optimised code: a second kind (parseDocument's stock ones) made it discard and
// recompile the parser's hot methods in each process.
import { DomHandler, type Document } from 'domhandler';
import { PageParser } from './names.js';
import { PageTokenizer } from './tokenizer.js';

/** Thrown by PageHandler when an element opens deeper than its maxDepth. */
export class TooDeep extends Error {}

/** htmlparser2's DOM builder (what parseDocument uses), noting whether the page has a <template>
 * (streamed segments only ever move into one, so other pages skip the scan of the source for them)
 * and a JSON <script> (the only place body/embedded.ts reads article text from), and refusing to
 * nest elements deeper than `maxDepth`. */
class PageHandler extends DomHandler {
  hasTemplate = false;
  hasJsonScript = false;

  constructor(private readonly maxDepth: number) {
    super();
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (name === 'template') this.hasTemplate = true;
    else if (name === 'script' && attribs.type !== undefined && attribs.type.toLowerCase().includes('json'))
      this.hasJsonScript = true;
    // tagStack holds the document and the open elements: the new one's depth is its length.
    if (this.tagStack.length > this.maxDepth) throw new TooDeep();
    super.onopentag(name, attribs);
  }
}

export interface ParsedPage {
  dom: Document;
  hasTemplate: boolean;
  /** Whether a <script> has a type naming JSON (application/json, application/ld+json...). */
  hasJsonScript: boolean;
}

/**
 * The DOM of `html`, as htmlparser2's parseDocument(html) builds it. With `maxDepth`, throws
 * TooDeep as soon as an element would open deeper than that (the parser's own open elements, so
 * the check costs one comparison per tag and no scan of the source).
 */
export function parseHtml(html: string, maxDepth = Infinity): ParsedPage {
  const handler = new PageHandler(maxDepth);
  new PageParser(handler, { Tokenizer: PageTokenizer }).end(html);
  return { dom: handler.root, hasTemplate: handler.hasTemplate, hasJsonScript: handler.hasJsonScript };
}
