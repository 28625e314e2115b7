// Lines a site puts into every post that are not the article: text-message consent fine print,
// appeals for donations, raw WordPress shortcodes the theme failed to expand, and notices that a
// widget needs JavaScript. Each kind is dropped; the article's own text about the same subjects
// (a story about text messages, donations or JavaScript) is kept.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const P1 =
  'The county council voted on Tuesday to keep the old library open for another two years while it looks for a new site downtown.';
const P2 =
  'Librarians said the building still draws about four hundred visitors a day, most of them students who use its free computers after school.';

function body(middle: string): string {
  const html = `<html><body><div class="post-content">
<p>${P1}</p>
${middle}
<p>${P2}</p>
</div></body></html>`;
  return extract({ content: html, url: 'https://news.example.org/2026/03/library-stays-open', format: 'html' }).text;
}

describe('site notices in the article container', () => {
  it('drop text-message consent fine print', () => {
    const text = body(
      '<p>By signing up, you agree to receive recurring automated marketing text messages at the number provided. Message and data rates may apply. Reply STOP to unsubscribe, HELP for help. Consent is not a condition of purchase.</p>',
    );
    expect(text).toBe(`${P1}\n\n${P2}`);
  });

  for (const pitch of [
    'Our nonprofit newsroom depends on readers. Your one-time or monthly donation keeps our reporting free for everyone.',
    "If you've enjoyed this story, please support us by donating a small amount.",
    'Support the Valley Courier! Donate today or become a member.',
    'Donate now »',
  ]) {
    it(`drop a donation appeal: "${pitch.slice(0, 40)}…"`, () => {
      expect(body(`<p>${pitch}</p>`)).toBe(`${P1}\n\n${P2}`);
    });
  }

  it('drop a "funded by readers like you" label', () => {
    expect(body('<p>This story is funded by readers like you</p>')).toBe(`${P1}\n\n${P2}`);
  });

  for (const shortcode of [
    '[caption id="attachment_5531" align="aligncenter" width="640"] The library reading room in 1962.[/caption]',
    '[button link=”https://news.example.org/tips/” type=”big”] Send us your story[/button]',
    '[embed]https://www.youtube.com/watch?v=abc123[/embed]',
    '[/embed]',
  ]) {
    it(`drop a raw shortcode: ${shortcode.slice(0, 30)}…`, () => {
      expect(body(`<p>${shortcode}</p>`)).toBe(`${P1}\n\n${P2}`);
    });
  }

  for (const notice of [
    'This slideshow requires JavaScript.',
    'Please enable JavaScript to view this gallery.',
    'Your browser does not support the video tag.',
  ]) {
    it(`drop a script-required notice: "${notice}"`, () => {
      expect(body(`<p>${notice}</p>`)).toBe(`${P1}\n\n${P2}`);
    });
  }
});

describe('the article writing about the same subjects', () => {
  for (const line of [
    'The library also sends text messages to remind borrowers when a book is due, and about a third of them have signed up.',
    'Residents who want to help can donate books at the front desk, and the council says it will match every donation to the building fund.',
    'Last year a local company made a donation of forty laptops, and volunteers who support the library taught weekly classes on them.',
    'The new catalogue is a single page written in JavaScript, which the council says requires JavaScript to be switched on in older browsers.',
    'Staff wrote the notice in square brackets, [closed Mondays], on the door.',
  ]) {
    it(`keep "${line.slice(0, 40)}…"`, () => {
      expect(body(`<p>${line}</p>`)).toBe(`${P1}\n\n${line}\n\n${P2}`);
    });
  }
});

describe('raw WordPress shortcodes inside a paragraph', () => {
  const P = 'Staff moved the oldest maps to the basement in the spring to keep them away from the damp.';
  for (const [html, want] of [
    [`[caption id="attachment_8120" align="alignright" width="300"] The map room in 1974.[/caption] ${P}`, P],
    [`${P} [gallery ids="8121,8122,8123" columns="3"]`, P],
    [`${P} [embed]https://www.youtube.com/watch?v=xyz789[/embed]`, P],
    [`${P}[/caption]`, P],
  ]) {
    it(`cut the shortcode from "${html.replace(P, '…')}"`, () => {
      expect(body(`<p>${html}</p>`)).toBe(`${P1}\n\n${want}\n\n${P2}`);
    });
  }

  it('keep square brackets in prose', () => {
    const line = 'A sign on the door [in red letters] said the map room would [reopen] in May.';
    expect(body(`<p>${line}</p>`)).toBe(`${P1}\n\n${line}\n\n${P2}`);
  });
});
