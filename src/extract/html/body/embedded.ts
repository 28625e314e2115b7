// Article text that a page carries in embedded JSON rather than in its markup: schema.org
// `articleBody` in JSON-LD (paywalled and AMP-like pages show a teaser and describe the whole
// story for search engines), and the page data of client-rendered apps (Next.js `__NEXT_DATA__`
// and other `application/json` scripts) whose scripts build the article in the browser.
// Each candidate becomes a small document of its own, HTML as given or plain text cut into <p>
// per line, for the body stages to read like any page.
import type { AnyNode, Document } from 'domhandler';
import { elements } from './dom.js';
import { parseLenient, type Json } from '../json.js';
import { parseHtml } from '../parse.js';

/** Whether the page source may hold embedded article text: a cheap test before any walk (two
 * substring searches; one regex with an alternation cost 1% of extraction CPU). */
export function mayEmbedText(source: string): boolean {
  return source.includes('"articleBody"') || source.includes('application/json');
}

/** Characters a JSON string must have to be worth reading as an article. */
const MIN_CANDIDATE_CHARS = 500;
/** Block-level markup that says a JSON string is HTML rather than plain text. */
const HTML_MARKUP = /<(?:p|div|h[1-6]|br|li|ul|ol|blockquote|section|figure)[\s/>]/i;
const TAG = /<[^>]*>/g;
/** A sentence boundary: what prose has and identifiers, URLs, code and base64 lack. */
const SENTENCE_END = /[.!?\u3002]["'\u201d\u2019)]?\s/g;
/** Sentence boundaries a string must have to count as prose. */
const MIN_SENTENCES = 3;
/** Prose has a space at least every this many characters (code and encoded data do not). */
const MAX_CHARS_PER_SPACE = 12;
/** JSON objects nested deeper than this are not searched (page data can be very deep). */
const MAX_DEPTH = 40;

/** The embedded candidates of the page as documents, longest text first. */
export function embeddedDocuments(root: AnyNode): Document[] {
  const texts: string[] = [];
  for (const el of elements(root)) {
    if (el.name !== 'script') continue;
    const type = (el.attribs.type ?? '').toLowerCase();
    if (!type.includes('json')) continue;
    const data = parseLenient(scriptText(el));
    if (type.includes('ld+json')) collectArticleBodies(data, texts, 0);
    else collectProse(data, texts, 0);
  }
  return texts.sort((a, b) => b.length - a.length).map(toDocument);
}

function scriptText(el: AnyNode): string {
  return 'children' in el ? el.children.map((c) => ('data' in c ? c.data : '')).join('') : '';
}

/** `articleBody` values anywhere in JSON-LD (nodes, @graph, arrays). */
function collectArticleBodies(v: Json, out: string[], depth: number): void {
  if (depth > MAX_DEPTH || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) collectArticleBodies(x, out, depth + 1);
    return;
  }
  for (const [k, x] of Object.entries(v)) {
    if (k === 'articleBody' && typeof x === 'string' && isProse(x)) out.push(x);
    else collectArticleBodies(x, out, depth + 1);
  }
}

/** Every string of page data that reads as prose, whatever its key (apps name fields freely). */
function collectProse(v: Json, out: string[], depth: number): void {
  if (depth > MAX_DEPTH || v === null) return;
  if (typeof v === 'string') {
    if (isProse(v)) out.push(v);
  } else if (Array.isArray(v)) {
    for (const x of v) collectProse(x, out, depth + 1);
  } else if (typeof v === 'object') {
    for (const x of Object.values(v)) collectProse(x, out, depth + 1);
  }
}

function isProse(s: string): boolean {
  if (s.length < MIN_CANDIDATE_CHARS) return false;
  const text = HTML_MARKUP.test(s) ? s.replace(TAG, ' ') : s;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) spaces++;
  if (spaces * MAX_CHARS_PER_SPACE < text.length) return false;
  SENTENCE_END.lastIndex = 0;
  let sentences = 0;
  while (sentences < MIN_SENTENCES && SENTENCE_END.exec(text)) sentences++;
  return sentences >= MIN_SENTENCES;
}

/**
 * HTML as given, plain text as one <p> per line with its '<' escaped (entities still decode); in
 * one <article>, so the container stage finds the whole text in one element.
 */
function toDocument(s: string): Document {
  if (HTML_MARKUP.test(s)) return parseHtml(`<article>${s}</article>`).dom;
  const paragraphs = s
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${line.replace(/</g, '&lt;')}</p>`);
  return parseHtml(`<article>${paragraphs.join('\n')}</article>`).dom;
}
