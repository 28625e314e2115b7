// htmlparser2's Parser, reading common tag and attribute names without making a string of them.
// The stock Parser slices each name out of the page and lower-cases the slice: two new strings
// per tag and per attribute, and an attribute name made that way must then be looked up in V8's
// string table when it becomes a key of the element's attribs (Object.hasOwn, then the store).
// In h256's profile of extract() over the Zyte pages the lower-casing took 2.5% of the CPU time and
// the Object.hasOwn before each attribute's store 1.8% (the store itself 2.1%), and the two strings
// 7% of all that was allocated. Here a name the table
// below knows is matched in place (ASCII letters compared case-insensitively, which is all
// toLowerCase does to the characters of these names) and given as the one constant string; any
// other name, and any name in SVG or MathML content (whose tag names htmlparser2 adjusts), goes
// the stock way. The DOM is the same: the strings are equal either way
// (test/extract-html/names.test.ts compares the two on the sample and Zyte pages).
//
// It overrides members that htmlparser2's types mark private (readTagName, onattribname, the
// read buffers and the foreign-content stack) through a subclass; they are checked at load, and
// if a release renames them the stock Parser is used, unchanged and slower.
import { Parser } from 'htmlparser2';

/** HTML's elements (the WHATWG HTML standard's index of elements), two obsolete ones pages still
 * use, and the SVG and MathML roots; not "image", which htmlparser2 reads as "img" outside foreign
 * content. */
const TAG_NAMES = `a abbr address area article aside audio b base bdi bdo blockquote body br button canvas
caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins
kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option
output p picture pre progress q rp rt ruby s samp script search section select slot small source
span strong style sub summary sup table tbody td template textarea tfoot th thead time title tr
track u ul var video wbr svg math center font`;

/** HTML's global attributes and those of its common elements (the WHATWG HTML standard's index
 * of attributes), the ARIA attributes pages use most, microdata's, RDFa's and Open Graph's, and
 * those of inline SVG. Lower case, as the Parser gives them. */
const ATTRIBUTE_NAMES = `accept accept-charset accesskey action align allow allowfullscreen alt as async
autocapitalize autocomplete autofocus autoplay bgcolor border charset checked cite class color cols
colspan content contenteditable controls coords crossorigin data datetime decoding default defer dir
disabled download draggable enctype enterkeyhint fetchpriority for form formaction frameborder headers
height hidden high href hreflang http-equiv id inert inputmode integrity is itemid itemprop itemref
itemscope itemtype kind label lang language list loading loop low marginheight marginwidth max
maxlength media method min minlength multiple muted name nomodule nonce novalidate open optimum
pattern ping placeholder playsinline popover poster preload property readonly referrerpolicy rel
required rev reversed role rows rowspan sandbox scope scrolling selected shape size sizes slot span
spellcheck src srcdoc srclang srcset start step style tabindex target title translate type typeof
usemap valign value vocab width wrap xmlns xmlns:xlink xlink:href prefix about resource
aria-atomic aria-busy aria-controls aria-current aria-describedby aria-expanded aria-haspopup
aria-hidden aria-label aria-labelledby aria-live aria-modal aria-orientation aria-pressed
aria-selected viewbox d fill stroke stroke-width stroke-linecap stroke-linejoin fill-rule clip-rule
transform x y x1 x2 y1 y2 cx cy r rx ry points opacity focusable version preserveaspectratio`;

/** Table size (a power of two) of the name table; some 300 names. */
const TABLE_BITS = 10;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** Longest name in the table; longer names are never looked up. */
let longest = 0;

/** Hash of the lower-cased characters, as `hashFrom` computes it over the page. */
function hashOf(name: string): number {
  let h = name.length;
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
  return h & TABLE_MASK;
}

function buildTable(...lists: string[]): Array<string[] | undefined> {
  const table: Array<string[] | undefined> = new Array<string[] | undefined>(1 << TABLE_BITS).fill(undefined);
  for (const list of lists)
    for (const name of list.split(/\s+/).filter(Boolean)) {
      longest = Math.max(longest, name.length);
      (table[hashOf(name)] ??= []).push(name);
    }
  return table;
}

const TAGS = buildTable(TAG_NAMES);
const ATTRIBUTES = buildTable(ATTRIBUTE_NAMES);

/** An ASCII capital as its small letter; any other code unit as it is. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * The table's name equal to `text.slice(start, end).toLowerCase()`, or undefined when the table
 * has none. Table names are ASCII: a character outside ASCII never equals theirs, so a name whose
 * lower-casing would bring one in (the Kelvin sign to "k") is no match and goes the stock way.
 */
export function knownName(
  table: ReadonlyArray<readonly string[] | undefined>,
  text: string,
  start: number,
  end: number,
): string | undefined {
  const length = end - start;
  if (length <= 0 || length > longest) return undefined;
  let h = length;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + lower(text.charCodeAt(i))) | 0;
  const bucket = table[h & TABLE_MASK];
  if (bucket === undefined) return undefined;
  for (const name of bucket) {
    if (name.length !== length) continue;
    let i = 0;
    while (i < length && name.charCodeAt(i) === lower(text.charCodeAt(start + i))) i++;
    if (i === length) return name;
  }
  return undefined;
}

/** The table of tag names and that of attribute names, for the test. */
export const NAME_TABLES = { tags: TAGS, attributes: ATTRIBUTES };

/** The stock Parser's internals used here (htmlparser2 12). */
interface Internals {
  buffers: string[];
  bufferOffset: number;
  foreignContext: number[];
  lowerCaseTagNames: boolean;
  lowerCaseAttributeNames: boolean;
  htmlMode: boolean;
  startIndex: number;
  attribname: string;
  readTagName(start: number, end: number): string;
  onattribname(start: number, end: number): void;
}

const stock = Parser.prototype as unknown as Internals;

/** The buffer holding [start, end) whole, and where it starts, or null (a name across two
 * written chunks: the stock path joins them). */
function bufferOf(p: Internals, start: number, end: number): string | null {
  const buffer = p.buffers[0];
  return buffer !== undefined && start >= p.bufferOffset && end - p.bufferOffset <= buffer.length ? buffer : null;
}

const reading: Pick<Internals, 'readTagName' | 'onattribname'> = {
  readTagName(this: Internals, start: number, end: number): string {
    // Outside SVG and MathML (one context on the stack, and it is HTML's own), the stock method
    // gives the lower-cased name, adjusted only from "image" to "img" (not in the table).
    if (this.lowerCaseTagNames && this.htmlMode && this.foreignContext.length === 1 && this.foreignContext[0] === 0) {
      const buffer = bufferOf(this, start, end);
      const name =
        buffer === null ? undefined : knownName(TAGS, buffer, start - this.bufferOffset, end - this.bufferOffset);
      if (name !== undefined) return name;
    }
    return stock.readTagName.call(this, start, end);
  },
  onattribname(this: Internals, start: number, end: number): void {
    if (this.lowerCaseAttributeNames) {
      const buffer = bufferOf(this, start, end);
      const name =
        buffer === null ? undefined : knownName(ATTRIBUTES, buffer, start - this.bufferOffset, end - this.bufferOffset);
      if (name !== undefined) {
        this.startIndex = start;
        this.attribname = name;
        return;
      }
    }
    stock.onattribname.call(this, start, end);
  },
};

/** Whether this htmlparser2 release still has the internals used above. */
function hasInternals(): boolean {
  const probe = new Parser() as unknown as Internals;
  return (
    typeof stock.readTagName === 'function' &&
    typeof stock.onattribname === 'function' &&
    Array.isArray(probe.buffers) &&
    probe.bufferOffset === 0 &&
    Array.isArray(probe.foreignContext) &&
    probe.foreignContext.length === 1 &&
    probe.foreignContext[0] === 0 &&
    probe.lowerCaseTagNames === true &&
    probe.lowerCaseAttributeNames === true &&
    probe.htmlMode === true
  );
}

class NameReadingParser extends Parser {}
Object.assign(NameReadingParser.prototype, reading);

/** The Parser class extraction uses. */
export const PageParser: typeof Parser = hasInternals() ? NameReadingParser : Parser;
