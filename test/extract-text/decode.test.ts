// Bytes to text for pages that are almost right: a NUL byte, UTF-8 with one bad byte and no
// declared charset, and real windows-1252 text beside them.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const page = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decoding', () => {
  it('never stores a NUL byte, and keeps offsets (one U+FFFD for each)', () => {
    const text = 'Officials met in Dushanbe on Monday.\0 The talks went on.';
    const a = extract({ content: page(text), format: 'text', path: 'nul.txt' });
    expect(a.text).not.toContain('\0');
    expect(a.text).toContain('Monday.\uFFFD The talks');
  });

  it('replaces NUL in UTF-8 with bad bytes and in UTF-16 pages too', () => {
    const invalid = extract({
      content: page('The café in Zürich met on Monday.', [0, 0xff], ' The talks went on.'),
      format: 'text',
      path: 'a.txt',
    });
    expect(invalid.text).toContain('Monday.\uFFFD\uFFFD The talks');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Officials met on Monday.\0 The talks went on.', 'utf16le'),
    ]);
    const wide = extract({ content: utf16, format: 'text', path: 'b.txt' });
    expect(wide.text).toContain('Monday.\uFFFD The talks');
  });

  it('reads undeclared UTF-8 with one invalid byte as UTF-8, not windows-1252 mojibake', () => {
    const bytes = page(
      '<html><body><p>The café in Zürich served crème brûlée to Moscow’s envoy on Monday.',
      [0xff],
      ' The talks went on.</p></body></html>',
    );
    const a = extract({ content: bytes, format: 'html', path: 'mostly-utf8.html' });
    expect(a.text).toContain('The café in Zürich served crème brûlée to Moscow’s envoy');
    expect(a.text).not.toContain('Ã');
    expect(a.warnings.map((w) => w.code)).toContain('invalid-encoding');
  });

  it('still reads undeclared windows-1252 as windows-1252', () => {
    const bytes = page(
      '<html><body><p>The caf',
      [0xe9],
      ' in Z',
      [0xfc],
      'rich served cr',
      [0xe8],
      'me br',
      [0xfb],
      'l',
      [0xe9],
      'e on Monday.</p></body></html>',
    );
    const a = extract({ content: bytes, format: 'html', path: 'cp1252.html' });
    expect(a.text).toContain('The café in Zürich served crème brûlée on Monday.');
    expect(a.warnings.map((w) => w.code)).toContain('encoding-guessed');
  });
});
