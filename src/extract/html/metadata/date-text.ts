// Calendar dates in metadata values: ISO 8601 and its common variants, numeric day-month-year,
// month names in English and the main European languages, Unix timestamps. Returns the date as
// written (YYYY-MM-DD, the publisher's local day, not converted to UTC), or null.
// (Interim, until the shared src/extract/dates.ts lands; then this file goes.)

/** ISO-like: 2022-02-17, 2022/02/17, 2022.02.17, 20220217T..., optionally followed by a time. */
const ISO_DATE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)|(?<!\d)(\d{4})(\d{2})(\d{2})(?=T\d)/;
/** Numeric day first or month first: 17.02.2022, 17/02/2022, 02/17/2022, 17-02-2022. */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/;
/** "February 17, 2022", "Feb. 17th 2022", "17 February 2022", "17. Februar 2022", "17 de febrero de 2022". */
const WORD_DATE = /(?<![\p{L}])(\p{L}{3,}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(\p{L}{3,}\.?),?\s+(?:de\s+)?(\d{4})/u;
/** Unix time in seconds or milliseconds (10 or 13 digits), as some CMSs put in meta tags. */
const UNIX_TIME = /^\d{10}(\d{3})?$/;

/** Month names and abbreviations -> month number (1-12): English, German, French, Spanish,
 * Italian, Portuguese, Dutch, Swedish/Danish/Norwegian, Polish (genitive), Turkish, Indonesian. */
const MONTHS: ReadonlyMap<string, number> = buildMonths([
  ['january jan januar janvier janv enero ene gennaio genn gen janeiro januari januar stycznia styczeń ocak', 1],
  ['february feb februar février févr fevrier febrero febbraio fevereiro fev februari lutego luty şubat subat pebruari', 2],
  ['march mar märz maerz mär mars marzo março marco maart marca marzec mart maret', 3],
  ['april apr avril abril aprile abr kwietnia kwiecień nisan', 4],
  ['may mai mayo maggio mag maio mei maj maja ayıs mayıs', 5],
  ['june jun juni juin junio giugno giu junho juin czerwca czerwiec haziran', 6],
  ['july jul juli juillet juil julio luglio lug julho lipca lipiec temmuz', 7],
  ['august aug août aout agosto ago augustus augusti sierpnia sierpień ağustos agustus', 8],
  ['september sep sept septembre septiembre setiembre settembre set setembro septembrie września wrzesień eylül', 9],
  ['october oct oktober octobre octubre ottobre ott outubro out oktober października październik ekim okt', 10],
  ['november nov novembre noviembre novembro listopada listopad kasım nopember', 11],
  ['december dec dezember déc décembre decembre diciembre dic dicembre dezembro dez desember grudnia grudzień aralık des', 12],
]);

function buildMonths(rows: ReadonlyArray<readonly [string, number]>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [names, n] of rows) for (const name of names.split(' ')) m.set(name, n);
  return m;
}

export function parseDateText(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  if (UNIX_TIME.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  const iso = ISO_DATE.exec(s);
  if (iso) return ymd(Number(iso[1] ?? iso[4]), Number(iso[2] ?? iso[5]), Number(iso[3] ?? iso[6]));
  const word = WORD_DATE.exec(s);
  if (word) {
    if (word[1]) {
      const month = monthNumber(word[1]);
      if (month) return ymd(Number(word[3]), month, Number(word[2]));
    } else {
      const month = monthNumber(word[5]);
      if (month) return ymd(Number(word[6]), month, Number(word[4]));
    }
  }
  const num = NUMERIC_DATE.exec(s);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[2]);
    const y = Number(num[3]);
    // Day first when the first part cannot be a month; month first when the second cannot be;
    // otherwise slashes suggest US order (02/03/2022) and dots or dashes European (02.03.2022).
    if (a > 12) return ymd(y, b, a);
    if (b > 12 || s.includes('/')) return ymd(y, a, b);
    return ymd(y, b, a);
  }
  return null;
}

function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
}

function ymd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
