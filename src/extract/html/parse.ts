// The one way extraction parses HTML: htmlparser2's Parser reading common names in place
// (names.ts) with the skipping tokenizer (tokenizer.ts) and a DomHandler. The page and the small
// documents made of its embedded text (body/embedded.ts) go through the same classes, so V8 sees
// one kind of parser, tokenizer and DOM builder and keeps their optimised code: a second kind (parseDocument's stock ones) made it discard and
// recompile the parser's hot methods in each process.
import { DomHandler, type Document } from 'domhandler';
import { PageParser } from './names.js';
import { PageTokenizer } from './tokenizer.js';

/** htmlparser2's DOM builder (what parseDocument uses), noting whether the page has a <template>:
 * streamed segments only ever move into one, so other pages skip the scan of the source for them. */
class PageHandler extends DomHandler {
  hasTemplate = false;

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (name === 'template') this.hasTemplate = true;
    super.onopentag(name, attribs);
  }
}

export interface ParsedPage {
  dom: Document;
  hasTemplate: boolean;
}

/** The DOM of `html`, as htmlparser2's parseDocument(html) builds it. */
export function parseHtml(html: string): ParsedPage {
  const handler = new PageHandler();
  new PageParser(handler, { Tokenizer: PageTokenizer }).end(html);
  return { dom: handler.root, hasTemplate: handler.hasTemplate };
}
