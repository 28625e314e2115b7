// Whitespace and invisible characters in the text of body blocks: runs of spaces, tabs, line
// breaks and no-break spaces read as one space; soft hyphens and zero-width characters vanish;
// text that needs none of this is kept as written.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const SENTENCE = 'and agreed to share the water of the canal by turns, officials said after the meeting.';
const bodyOf = (inner: string) =>
  extract({ content: `<html><body><article>${inner}</article></body></html>`, format: 'html' }).text;

describe('block text', () => {
  it('collapses whitespace of every kind and drops invisible characters', () => {
    const text = bodyOf(`<p>  Officials \t met\u00a0in Dush\u00adanbe\u200b on\n\nMonday  ${SENTENCE}  </p>`);
    expect(text).toBe(`Officials met in Dushanbe on Monday ${SENTENCE}`);
  });

  it('keeps clean text as written, across inline elements and links', () => {
    const text = bodyOf(`<p>Officials met in <a href="/d">Dushanbe</a> on <b>Monday</b> ${SENTENCE}</p>`);
    expect(text).toBe(`Officials met in Dushanbe on Monday ${SENTENCE}`);
  });

  it('keeps line breaks of <br> and the spacing of <pre>', () => {
    const text = bodyOf(
      `<p>Officials met on Monday ${SENTENCE}<br>The second line ${SENTENCE}</p><pre>a  b\n  c</pre>`,
    );
    expect(text).toContain(`Officials met on Monday ${SENTENCE}\nThe second line ${SENTENCE}`);
  });
});
