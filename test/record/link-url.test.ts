// The normal form of linked URLs: what extraction writes and what the store matches citations on.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  isSameSite,
  isShareEndpoint,
  normaliseLinkUrl,
  normaliseWithLibrary,
  siteOf,
} from '../../src/record/link-url.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('normaliseLinkUrl', () => {
  it('resolves relative links against the page and drops the fragment', () => {
    expect(normaliseLinkUrl('../2021/report.html#table-2', 'https://example.org/news/2022/story/')).toBe(
      'https://example.org/news/2022/2021/report.html',
    );
    expect(normaliseLinkUrl('//cdn.example.net/a', 'https://example.org/x')).toBe('https://cdn.example.net/a');
  });

  it('removes campaign and click-id parameters, keeps the others sorted', () => {
    expect(
      normaliseLinkUrl(
        'https://Example.org:443/a/?utm_source=tw&utm_medium=social&id=7&fbclid=IwAR0&gclid=Cj0&msclkid=9&b=2',
      ),
    ).toBe('https://example.org/a?b=2&id=7');
  });

  it('refuses what is not an http(s) page or cannot be resolved', () => {
    expect(normaliseLinkUrl('mailto:desk@example.org', 'https://example.org/')).toBeNull();
    expect(normaliseLinkUrl('javascript:void(0)', 'https://example.org/')).toBeNull();
    expect(normaliseLinkUrl('/relative/without/base')).toBeNull();
    expect(normaliseLinkUrl('http://[bad', 'https://example.org/')).toBeNull();
  });

  it('gives the same form to two spellings of one page', () => {
    const a = normaliseLinkUrl('HTTPS://www.Example.org:443/story/?utm_campaign=x#top');
    const b = normaliseLinkUrl('/story', 'https://www.example.org/other');
    expect(a).toBe(b);
  });

  it('resolves one relative link against each base in turn (the memo is per base)', () => {
    const pages = ['https://a.example/x/', 'https://b.example/y/', 'https://a.example/x/'];
    expect(pages.map((p) => normaliseLinkUrl('story.html', p))).toEqual([
      'https://a.example/x/story.html',
      'https://b.example/y/story.html',
      'https://a.example/x/story.html',
    ]);
    expect(normaliseLinkUrl('story.html')).toBeNull();
    expect(normaliseLinkUrl('story.html', null)).toBeNull();
    expect(normaliseLinkUrl('https://c.example/z')).toBe('https://c.example/z');
  });
});

describe('normaliseLinkUrl fast path (plain links skip normalize-url)', () => {
  // Each link as the page might write it; the fast path must give what normalize-url gives for its
  // resolved form. Plain ones take the fast path, the rest show where it must not be taken.
  const links = [
    'https://example.org/a/b',
    'https://example.org/a/b/',
    'https://example.org/',
    'https://example.org',
    'HTTPS://Example.ORG:443/A/b/',
    'http://example.org:8080/x/',
    'https://example.org./x',
    'https://user:pw@example.org/x',
    'https://example.org/x?',
    'https://example.org/x#',
    'https://example.org/x?b=2&a=1&utm_source=t',
    'https://example.org/a//b/',
    'https://example.org/redirect/https://other.net/p',
    'https://example.org/caf%C3%A9/%41',
    'https://example.org/café/ü',
    'https://bücher.example/Straße',
    'https://example.org/a\\b/',
    'https://example.org/a b/c',
    'https://example.org/../x/./y/',
  ];
  it('gives what normalize-url gives', () => {
    for (const link of links) {
      const resolved = new URL(link).href;
      expect(normaliseLinkUrl(link, 'https://base.example/'), link).toBe(normaliseWithLibrary(resolved));
    }
  });
});

describe('siteOf and isSameSite', () => {
  it('takes the registrable domain, hosting suffixes included', () => {
    expect(siteOf('https://news.bbc.co.uk/a')).toBe('bbc.co.uk');
    expect(siteOf('https://one.blogspot.com/p')).toBe('one.blogspot.com');
    expect(siteOf('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
  });

  it('counts subdomains of one site as internal, other blogs on one host as external', () => {
    expect(isSameSite('https://help.nytimes.com/a', 'https://www.nytimes.com/b')).toBe(true);
    expect(isSameSite('https://two.blogspot.com/a', 'https://one.blogspot.com/b')).toBe(false);
    expect(isSameSite('https://example.org/a', null)).toBe(false);
  });
});

describe('isShareEndpoint', () => {
  it('knows the platforms share and bookmark endpoints', () => {
    for (const url of [
      'https://twitter.com/share?text=The+laws+of+physics&url=https://www.example.org/a',
      'https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.example.org',
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.example.org',
      'https://www.linkedin.com/shareArticle?mini=true&url=https://www.example.org',
      'https://api.whatsapp.com/send?text=https://www.example.org',
      'https://www.reddit.com/submit?url=https://www.example.org',
    ])
      expect(isShareEndpoint(url)).toBe(true);
  });

  it('leaves profiles, posts and other pages of the same platforms alone', () => {
    for (const url of [
      'https://twitter.com/NYTOpinion',
      'https://twitter.com/sharethis_fan/status/123',
      'https://www.facebook.com/nytopinion',
      'https://www.reddit.com/r/news/comments/abc',
      'https://www.example.org/share',
    ])
      expect(isShareEndpoint(url)).toBe(false);
  });
});

describe('loading', () => {
  // In a child process, which nothing else has made load it.
  it('loads the public suffix list (tldts) only when a site is first asked for', () => {
    const script = [
      "import { createRequire } from 'node:module';",
      "const { extract } = await import('./src/extract/index.ts');",
      "const { siteOf } = await import('./src/record/link-url.ts');",
      'const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => /[\\\\/]tldts[\\\\/]/.test(k));',
      "extract({ content: '<html><body><p>Officials met on Monday to discuss the plan.</p></body></html>', format: 'html' });",
      'const before = loaded();',
      "siteOf('https://news.example.co.uk/a');",
      'console.log(JSON.stringify([before, loaded()]));',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([false, true]);
  });
});
