import { describe, expect, it } from 'vitest';
import { DATELINE_PATTERNS, datelineWarnings, findDateline } from '../../src/extract/dateline.js';

describe('findDateline', () => {
  const cases: [string, string | null, { raw: string; place: string; date: string | null } | null][] = [
    [
      'Staunton, Dec. 26 – In response to the Taliban victory',
      '2022-02-17',
      { raw: 'Staunton, Dec. 26 –', place: 'Staunton', date: '2021-12-26' },
    ],
    [
      'MOSCOW (Reuters) - Russia said on Monday',
      '2022-02-17',
      { raw: 'MOSCOW (Reuters) -', place: 'Moscow', date: null },
    ],
    ['WASHINGTON — The Senate voted', '2022-02-17', { raw: 'WASHINGTON —', place: 'Washington', date: null }],
    [
      'KYIV, Ukraine (AP) — Air raid sirens',
      '2022-02-17',
      { raw: 'KYIV, Ukraine (AP) —', place: 'Kyiv, Ukraine', date: null },
    ],
    ['KYIV, Ukraine — Air raid sirens', '2022-02-17', { raw: 'KYIV, Ukraine —', place: 'Kyiv, Ukraine', date: null }],
    [
      'LONDON, Feb 17 (Reuters) - British officials',
      '2022-02-18',
      { raw: 'LONDON, Feb 17 (Reuters) -', place: 'London', date: '2022-02-17' },
    ],
    [
      'SAN FRANCISCO, March 3, 2022 — The company',
      null,
      { raw: 'SAN FRANCISCO, March 3, 2022 —', place: 'San Francisco', date: '2022-03-03' },
    ],
    [
      'NEW YORK/LONDON (Reuters) - Oil prices rose',
      '2022-02-17',
      { raw: 'NEW YORK/LONDON (Reuters) -', place: 'New York/London', date: null },
    ],
    [
      'MADRID, 17 feb (EFE).- El Gobierno',
      '2022-02-17',
      { raw: 'MADRID, 17 feb (EFE).-', place: 'Madrid', date: '2022-02-17' },
    ],
    ['BISHKEK: Officials in Kyrgyzstan said', '2022-02-17', { raw: 'BISHKEK:', place: 'Bishkek', date: null }],
    [
      'Москва, 17 февраля — Кремль заявил',
      '2022-02-17',
      { raw: 'Москва, 17 февраля —', place: 'Москва', date: '2022-02-17' },
    ],
    ['Meanwhile – the talks went on', '2022-02-17', null],
    // The longest dateline taken (80 characters, its dash the last) and one a character longer.
    [
      'ST. PETERSBURG, Florida, March 3, 2022 (Tampa Bay Times Staff Writers and wit) — The storm',
      null,
      {
        raw: 'ST. PETERSBURG, Florida, March 3, 2022 (Tampa Bay Times Staff Writers and wit) —',
        place: 'St. Petersburg, Florida',
        date: '2022-03-03',
      },
    ],
    ['ST. PETERSBURG, Florida, March 3, 2022 (Tampa Bay Times Staff Writers and with) — The storm', null, null],
    ['BREAKING — Explosions reported', '2022-02-17', null],
    ['In response to the Taliban victory, Putin said', '2022-02-17', null],
    ['The talks — which began in May — stalled', '2022-02-17', null],
  ];
  for (const [para, published, want] of cases) {
    it(JSON.stringify(para.slice(0, 40)), () => {
      const got = findDateline(para, published);
      if (want === null) return expect(got).toBeNull();
      expect({ raw: got?.raw, place: got?.place, date: got?.date }).toEqual(want);
      expect(para.slice(got!.length)).toMatch(/^\S/u);
    });
  }
});

describe('the preconditions that spare compiling the dateline patterns', () => {
  const { UPPER_DATELINE, TITLE_DATELINE, UPPER_START, TITLE_START, DATE_OR_AGENCY } = DATELINE_PATTERNS;
  // Openings of every shape the patterns read (capitals, title case, marks, apostrophes, dots,
  // hyphens, an astral capital, non-Latin scripts), with and without region, date, agency and dash.
  const heads = [
    'WASHINGTON',
    'ST. PETERSBURG',
    "N'DJAMENA",
    'A-B',
    'AI',
    'É',
    'Ёлки',
    'Staunton',
    "O'Neill",
    'St. Louis',
    'Rio de Janeiro',
    'Ho Chi Minh City',
    'Ąb',
    'A\u0301bc',
    '\u{1D400}BC',
    '\u{10400}\u{10428}x',
    'Москва',
    'The',
    'In',
    'I',
    'Meanwhile',
    'Q',
    'NEW YORK/LONDON',
    'X.Y',
  ];
  const regions = ['', ', Ukraine', ', KYRGYZSTAN', ', Florida'];
  const dates = ['', ', Feb 17', ' 17 feb', ', March 3, 2022', ', 17 февраля', ' in 2023'];
  const agencies = ['', ' (Reuters)', ' (AP)', ' (Tampa Bay Times Staff Writers and others more)'];
  const ends = [' – The', ' — Air', ' - So', ' -- x', '.- El', ': Officials', ' says', '–x'];
  it('holds wherever a pattern gives a dateline', () => {
    let upperSeen = 0;
    let titleSeen = 0;
    for (const h of heads)
      for (const r of regions)
        for (const d of dates)
          for (const a of agencies)
            for (const e of ends) {
              const s = h + r + d + a + e;
              if (UPPER_DATELINE.test(s)) {
                upperSeen++;
                expect(UPPER_START.test(s), s).toBe(true);
              }
              const t = s.match(TITLE_DATELINE);
              if (t && (t[3] || t[4]) && t[0].length <= 80) {
                titleSeen++;
                expect(TITLE_START.test(s) && DATE_OR_AGENCY.test(s.slice(0, 80)), s).toBe(true);
              }
            }
    // Many of both kinds, so the implications were put to the test.
    expect(upperSeen).toBeGreaterThan(1000);
    expect(titleSeen).toBeGreaterThan(500);
  });
  it('fails on openings neither pattern reads', () => {
    expect(UPPER_START.test('The talks — which began')).toBe(false);
    expect(TITLE_START.test('WASHINGTON —')).toBe(false);
    expect(DATE_OR_AGENCY.test('Meanwhile – the talks went on')).toBe(false);
  });
});

describe('datelineWarnings', () => {
  it('warns with the number of days when the dateline is far from publication', () => {
    const w = datelineWarnings({ date: '2021-12-26' }, '2022-02-17');
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain('dateline is 53 days older than the post');
  });
  it('stays quiet within a week', () => {
    expect(datelineWarnings({ date: '2022-02-12' }, '2022-02-17T10:00:00Z')).toEqual([]);
  });
});
