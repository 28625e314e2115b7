// Small iterative DOM helpers shared by the HTML body and comments passes. Nothing here recurses,
// so deep markup cannot overflow the stack.
import type { AnyNode, Element } from 'domhandler';
import { isSpace } from '../../../text/collapse-space.js';

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
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

/**
 * collapsedText(root).length, without building the text: runs of white space (what \s takes) count
 * as one character, and none at either end. For callers that only weigh how much text there is.
 */
export function collapsedLength(root: AnyNode): number {
  let length = 0;
  /** White space seen since the last other character, after the first one. */
  let gap = false;
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const data = node.data;
      for (let i = 0; i < data.length; i++) {
        if (isSpace(data.charCodeAt(i))) gap = length > 0;
        else {
          if (gap) length++;
          gap = false;
          length++;
        }
      }
    } else if (isElement(node) && node.name === 'br') gap = length > 0;
    else if ('children' in node && node.type !== 'script' && node.type !== 'style') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return length;
}

/** The lower-cased class tokens of an element. */
export function classTokens(el: Element): string[] {
  const cls = el.attribs.class;
  return cls ? cls.toLowerCase().split(/\s+/).filter(Boolean) : [];
}

/** Whether `node` lies inside `ancestor` (or is it). */
export function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}
