// Nested furniture (an aside in an aside in an aside...) is asked about top-down, and whether each
// one is a misused wrapper depends on the paragraph text of its whole subtree. Each question must
// reuse what the one above it counted: a fresh walk per level grows with the square of the nesting.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isTag, type AnyNode, type Element } from 'domhandler';

const counted = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/extract/html/body/dom.js', async (importOriginal) => {
  const dom = await importOriginal<typeof import('../../src/extract/html/body/dom.js')>();
  return {
    ...dom,
    collapsedLength: (root: AnyNode) => {
      counted.calls++;
      return dom.collapsedLength(root);
    },
  };
});

const { parseHtml } = await import('../../src/extract/html/parse.js');
const { isDropped } = await import('../../src/extract/html/body/prune.js');

function asides(html: string): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [parseHtml(html).dom];
  while (stack.length) {
    const node = stack.pop()!;
    if (isTag(node) && node.name === 'aside') out.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

/** `levels` asides, one inside the other, each opening with a paragraph of `chars` characters. */
function nested(levels: number, chars: number): string {
  const p = `<p>${'x'.repeat(chars)}</p>`;
  return `${`<aside>${p}`.repeat(levels)}${'</aside>'.repeat(levels)}`;
}

beforeEach(() => {
  counted.calls = 0;
});

describe('misused furniture wrappers, nested', () => {
  it('counts each paragraph once however deep the furniture nests', () => {
    const levels = 60;
    const all = asides(nested(levels, 10));
    expect(all).toHaveLength(levels);
    for (const level of ['strict', 'lenient', 'hidden'] as const) for (const el of all) isDropped(el, level);
    // One count per paragraph; asking again at other levels, or about inner asides, walks nothing.
    expect(counted.calls).toBe(levels);
  });

  it('keeps the asides whose subtree holds enough paragraph text, and drops the inner ones', () => {
    // 20 levels of 100 characters: the outer asides hold 2000, 1900, ... characters of paragraphs.
    const all = asides(nested(20, 100));
    const kept = all.map((el) => !isDropped(el, 'strict'));
    // MISUSED_WRAPPER_PROSE_CHARS is 1500: the asides holding 2000 down to 1500 characters stay.
    expect(kept).toEqual(all.map((_, i) => (20 - i) * 100 >= 1500));
  });

  it('gives the same answers asked bottom-up as top-down', () => {
    const html = nested(20, 100);
    const down = asides(html).map((el) => isDropped(el, 'strict'));
    const up = asides(html)
      .reverse()
      .map((el) => isDropped(el, 'strict'))
      .reverse();
    expect(up).toEqual(down);
  });
});
