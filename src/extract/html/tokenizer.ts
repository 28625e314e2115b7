// htmlparser2's tokenizer, skipping runs of characters that cannot change its state in one search
// instead of one trip round its per-character loop each. Text and quoted attribute values are most
// of a page's characters, and in them only "<" or "&" (text) and the closing quote or "&" (a value)
// do anything; script and style contents, comments and declarations already fast-forward to one
// character, here with indexOf rather than a loop over charCodeAt. The DOM built is the same: the
// skipped characters are those the stock states pass over without a callback
// (test/extract-html/tokenizer.test.ts compares the two on pages made to hit every state).
//
// It overrides members that htmlparser2's types mark private (the read buffer, its offset, the
// position, and three state methods) through the Parser's public `Tokenizer` option. They are
// checked at load: if a release renames them, the stock tokenizer is used, unchanged and slower.
import { Tokenizer } from 'htmlparser2';

/** The stock tokenizer's internals used here (htmlparser2 12). */
interface Internals {
  buffer: string;
  offset: number;
  index: number;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
}

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;

const TEXT_STOP = /[<&]/g;
const DOUBLE_QUOTED_STOP = /["&]/g;
const SINGLE_QUOTED_STOP = /['&]/g;

const stock = Tokenizer.prototype as unknown as Internals;

/** Position (in the tokenizer's terms) of the next match of `stop` at or after `from`, or the
 * position just past the buffer when there is none. `test` rather than `exec`: it builds no match
 * array, and this runs once per text run of every page (exec's arrays were a tenth of what an
 * extraction allocates). A stop is one character, so the match starts just before `lastIndex`. */
function nextStop(t: Internals, stop: RegExp, from: number): number {
  stop.lastIndex = from - t.offset;
  return (stop.test(t.buffer) ? stop.lastIndex - 1 : t.buffer.length) + t.offset;
}

const skipping: Pick<Internals, 'stateText' | 'handleInAttributeValue' | 'fastForwardTo'> = {
  stateText(this: Internals, c: number): void {
    if (c === LT || c === AMP) return stock.stateText.call(this, c);
    // The parse loop steps onto the next "<" or "&" (or past the buffer's end) after this returns.
    this.index = nextStop(this, TEXT_STOP, this.index + 1) - 1;
  },
  handleInAttributeValue(this: Internals, c: number, quote: number): void {
    if (c === quote || c === AMP) return stock.handleInAttributeValue.call(this, c, quote);
    this.index = nextStop(this, quote === DOUBLE_QUOTE ? DOUBLE_QUOTED_STOP : SINGLE_QUOTED_STOP, this.index + 1) - 1;
  },
  fastForwardTo(this: Internals, c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
    if (at >= 0) {
      this.index = at + this.offset;
      return true;
    }
    // As the stock method: the parse loop moves past the buffer's end after this returns.
    this.index = this.buffer.length + this.offset - 1;
    return false;
  },
};

/** Whether this htmlparser2 release still has the internals overridden above. */
function hasInternals(): boolean {
  const probe = new Tokenizer({}, {} as ConstructorParameters<typeof Tokenizer>[1]) as unknown as Internals;
  return (
    typeof stock.stateText === 'function' &&
    typeof stock.handleInAttributeValue === 'function' &&
    typeof stock.fastForwardTo === 'function' &&
    probe.buffer === '' &&
    probe.offset === 0 &&
    probe.index === 0
  );
}

class SkippingTokenizer extends Tokenizer {}
Object.assign(SkippingTokenizer.prototype, skipping);

/** The tokenizer for the Parser's `Tokenizer` option. */
export const PageTokenizer: typeof Tokenizer = hasInternals() ? SkippingTokenizer : Tokenizer;
