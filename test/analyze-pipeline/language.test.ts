// The analyses read English: a page in another language says so in its warnings (which the CLI and
// the reader show) instead of coming out silently empty.
import { describe, expect, it } from 'vitest';
import { recordFrom } from '../helpers/records.js';
import { judgedLanguage, lettersUpTo, readsAsEnglish } from '../../src/analyze/language.js';
import { detectLanguage } from '../../src/extract/language.js';
import { extract } from '../../src/extract/index.js';
import type { Article } from '../../src/record/types.js';
import { analyze } from '../../src/analyze/pipeline.js';

const FRENCH = `Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs touchés par la sécheresse. Selon le ministre de l'Agriculture, les aides seront versées avant la fin du mois, et les syndicats ont salué une décision attendue depuis longtemps dans les régions du sud du pays.`;
const ENGLISH =
  'The government announced on Tuesday a new set of measures to support farmers hit by the drought, the agriculture minister said in the capital.';

describe('language warning', () => {
  it('warns that a French page is not analysed, naming the language', () => {
    const r = recordFrom(FRENCH);
    expect(r.language).toBe('fr');
    const w = r.warnings.find((x) => x.code === 'not-english');
    expect(w?.message).toMatch(/French \(fr\).*English only/);
  });

  it('says nothing for an English page', () => {
    const r = recordFrom(ENGLISH);
    expect(r.language).toBe('en');
    expect(r.warnings.map((x) => x.code)).not.toContain('not-english');
  });

  // Declarations are wrong either way on real pages: English Business Insider pages declare German.
  it('judges by the text, not the declaration: an English page declared German is read', () => {
    const r = recordFrom(`<html lang="de"><body><article><p>${ENGLISH} ${ENGLISH}</p></article></body></html>`, {
      format: 'html',
    });
    // The record says what the analyses read it as, and that the text, not the page, told it.
    expect(r.language).toBe('en');
    expect(r.provenance?.language).toBe('detected');
    expect(r.warnings.find((x) => x.code === 'language-declared')?.message).toMatch(/German \(de\)/);
    expect(r.warnings.map((x) => x.code)).not.toContain('not-english');
  });

  it('warns for a French page declared English', () => {
    const r = recordFrom(`<html lang="en"><body><article><p>${FRENCH}</p></article></body></html>`, {
      format: 'html',
    });
    expect(r.language).toBe('fr');
    expect(r.provenance?.language).toBe('detected');
    expect(r.warnings.find((x) => x.code === 'not-english')?.message).toMatch(/French \(fr\)/);
  });

  it('judges a record analysed again as it was judged the first time', () => {
    const first = recordFrom(`<html lang="de"><body><article><p>${ENGLISH} ${ENGLISH}</p></article></body></html>`, {
      format: 'html',
    });
    const again = analyze({ ...first, warnings: [] });
    expect(again.language).toBe('en');
    expect(again.provenance?.language).toBe('detected');
  });

  it('leaves a declaration the text agrees with as it is', () => {
    const r = recordFrom(`<html lang="en"><body><article><p>${ENGLISH} ${ENGLISH}</p></article></body></html>`, {
      format: 'html',
    });
    expect(r.language).toBe('en');
    expect(r.provenance?.language).toBe('html-lang');
    expect(r.warnings.map((x) => x.code)).not.toContain('language-declared');
  });
});

describe('lettersUpTo', () => {
  const byRegex = (s: string) => s.match(/\p{L}/gu)?.length ?? 0;
  const samples = [
    '',
    'Hello, world! 123 [x] `y` {z} @A',
    FRENCH,
    'Ərdoğan və Łódź — Київ, 東京 and 서울; ß, ǅ, ª º, ʰ',
    '𝐀𝐁𝐂 are letters, 😀 and 🇫🇷 are not; 𠀀𠀁 are',
    '\ud835 lone high, lone low \udc00, cut pair at the end \ud835',
    'x'.repeat(399) + '𝐀',
  ];
  it('counts \\p{L} code points as the regex does', () => {
    for (const s of samples) expect(lettersUpTo(s, Infinity)).toBe(byRegex(s));
  });
  it('stops at the count asked for', () => {
    for (const s of samples) expect(lettersUpTo(s, 5)).toBe(Math.min(5, byRegex(s)));
  });
});

describe('judgedLanguage', () => {
  // What judgedLanguage was defined as: the declaration against detectLanguage's answer.
  const reference = (a: Article) => {
    const letters = a.text.slice(0, 400).match(/\p{L}/gu)?.length ?? 0;
    const told = a.provenance?.language === 'detected';
    const declared = told ? 'und' : a.language;
    if (letters < 100) return declared;
    const detected = told ? a.language : detectLanguage(a.text);
    return !readsAsEnglish(detected) && !readsAsEnglish(declared) ? declared : detected;
  };
  const texts = [
    FRENCH,
    ENGLISH,
    ENGLISH.repeat(30),
    `${'1234 5678 — '.repeat(30)}${ENGLISH}`,
    'Die Regierung hat am Dienstag neue Maßnahmen angekündigt, um die von der Dürre betroffenen Landwirte zu unterstützen. '.repeat(
      25,
    ),
    'Правительство во вторник объявило о новых мерах поддержки фермеров, пострадавших от засухи, сообщил министр.',
    `${FRENCH} ${ENGLISH.repeat(20)}`,
    'Short one.',
  ];
  it('answers as the declaration against detectLanguage would', () => {
    for (const text of texts)
      for (const language of ['en', 'fr', 'de', 'und'])
        for (const provenance of [undefined, { language: 'detected' as const }]) {
          const a = { ...extract({ content: text, format: 'body' }), language, provenance } as Article;
          expect(judgedLanguage(a)).toBe(reference(a));
        }
  });
});
