// Small iterative DOM helpers shared by the HTML body, comments and metadata passes. Nothing here
// recurses, so a page of 100,000 nested elements cannot overflow the stack.
import type { AnyNode, ChildNode, Document, Element, ParentNode } from 'domhandler';

/**
 * Deepest element nesting kept. Real pages stay under a few dozen levels; anything deeper is
 * malformed or hostile, and recursive library code (css-select, domutils) would overflow on it.
 */
export const MAX_DOM_DEPTH = 256;

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: AnyNode): node is import('domhandler').Text {
  return node.type === 'text';
}

/**
 * Flattens nesting below MAX_DOM_DEPTH: an element at the limit keeps its descendants' text and
 * line breaks as direct children. Returns how many elements were flattened away (0 on real pages).
 */
export function capDepth(doc: Document): number {
  let flattened = 0;
  const stack: { node: ParentNode; depth: number }[] = [{ node: doc, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth >= MAX_DOM_DEPTH) {
      const kept: ChildNode[] = [];
      const inner: ChildNode[] = [...node.children].reverse();
      while (inner.length) {
        const child = inner.pop()!;
        if (isElement(child) && child.children.length) {
          flattened++;
          for (let i = child.children.length - 1; i >= 0; i--) inner.push(child.children[i]);
        } else if (child.type === 'text' || (isElement(child) && child.name === 'br')) kept.push(child);
      }
      relink(node, kept);
      continue;
    }
    for (const child of node.children) if (isElement(child)) stack.push({ node: child, depth: depth + 1 });
  }
  return flattened;
}

function relink(parent: ParentNode, children: ChildNode[]): void {
  children.forEach((c, i) => {
    c.parent = parent;
    c.prev = children[i - 1] ?? null;
    c.next = children[i + 1] ?? null;
  });
  parent.children = children;
}

/** Elements of a subtree in document order (pre-order), the root included when it is an element. */
export function* elements(root: AnyNode): Generator<Element> {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isElement(node)) yield node;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}

/** First element of a subtree (pre-order) that passes the test. */
export function findElement(root: AnyNode, test: (el: Element) => boolean): Element | null {
  for (const el of elements(root)) if (test(el)) return el;
  return null;
}

/** All elements of a subtree (pre-order) that pass the test. */
export function findElements(root: AnyNode, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const el of elements(root)) if (test(el)) found.push(el);
  return found;
}

/** Text of a subtree with runs of whitespace collapsed to one space; skips script and style. */
export function collapsedText(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push(node.data);
    else if (isElement(node) && node.name === 'br') parts.push(' ');
    else if ('children' in node && node.type !== 'script' && node.type !== 'style') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The lower-cased class tokens of an element. */
export function classTokens(el: Element): string[] {
  const cls = el.attribs.class;
  return cls ? cls.toLowerCase().split(/\s+/).filter(Boolean) : [];
}

export function hasClass(el: Element, name: string): boolean {
  return classTokens(el).includes(name);
}

/** Whether `node` lies inside `ancestor` (or is it). */
export function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}
