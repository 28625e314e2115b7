// The DOM a parser builds, written out node by node, to compare our faster parser and tokenizer
// with htmlparser2's own on the same page.
import { Parser, Tokenizer } from 'htmlparser2';
import { DomHandler, isTag, type AnyNode } from 'domhandler';

/** The DOM of `html` as `parser` with `tokenizer` builds it, written in `chunks` writes: type, name, attributes in order, text. */
export function dumpDom(html: string, parser: typeof Parser, tokenizer: typeof Tokenizer, chunks = 1): string {
  const handler = new DomHandler();
  const p = new parser(handler, { Tokenizer: tokenizer });
  const size = Math.ceil(html.length / chunks);
  for (let i = 0; i < html.length; i += size) p.write(html.slice(i, i + size));
  p.end();
  const out: string[] = [];
  const stack: Array<{ node: AnyNode; depth: number }> = [...handler.root.children]
    .reverse()
    .map((node) => ({ node, depth: 0 }));
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const data = 'data' in node ? JSON.stringify(node.data) : '';
    const attribs = isTag(node) ? JSON.stringify(Object.entries(node.attribs)) : '';
    out.push(`${depth} ${node.type} ${isTag(node) ? node.name : ''} ${attribs} ${data}`);
    if ('children' in node)
      for (const child of [...node.children].reverse()) stack.push({ node: child, depth: depth + 1 });
  }
  return out.join('\n');
}
