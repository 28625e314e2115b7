// Words around numbers: currencies, percent signs, approximators and range links.

/** Currency symbols and words to ISO 4217 codes. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['us$', 'USD'],
  ['u.s.$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['c$', 'CAD'],
  ['a$', 'AUD'],
]);
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'],
  ['euro', 'EUR'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['ruble', 'RUB'],
  ['rouble', 'RUB'],
  ['rupee', 'INR'],
  ['franc', 'CHF'],
  ['peso', 'MXN'],
  ['lira', 'TRY'],
  ['somoni', 'TJS'],
  ['afghani', 'AFN'],
  ['won', 'KRW'],
  ['real', 'BRL'],
]);

export const PERCENT_WORDS: ReadonlySet<string> = new Set(['%', 'percent', 'per cent', 'pct']);

/** Plural nouns that count loosely: "dozens of troops" is at least 24. */
export const APPROXIMATE_COUNTS: ReadonlyMap<string, number> = new Map([
  ['dozens', 24],
  ['scores', 40],
  ['hundreds', 200],
  ['thousands', 2000],
  ['tens of thousands', 20000],
  ['millions', 2e6],
  ['billions', 2e9],
]);

/** Words before a number that make it approximate or a bound. */
export const APPROXIMATORS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'some',
  'over',
  'under',
  'more',
  'less',
  'fewer',
  'up',
  'at',
  'least',
  'most',
  'estimated',
  'than',
  'close',
  'upwards',
  'just',
]);
/** The words of an approximator phrase that actually make the value approximate. */
export const APPROXIMATE_HEADS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'some',
  'over',
  'more',
  'fewer',
  'less',
  'estimated',
  'close',
  'upwards',
  'under',
]);

/** Links between the two ends of a range: "20 to 30", "20-30", "between 20 and 30". */
export const RANGE_LINKS: ReadonlySet<string> = new Set(['to', '-', '–', '—', 'and', 'or']);

/** Nouns that are the number's unit rather than what it counts (kept as `unit`). */
export const UNIT_NOUNS: ReadonlySet<string> = new Set([
  'kilometer',
  'kilometre',
  'km',
  'mile',
  'meter',
  'metre',
  'foot',
  'feet',
  'inch',
  'kilogram',
  'kg',
  'pound',
  'ton',
  'tonne',
  'acre',
  'hectare',
  'barrel',
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'second',
  'point',
  'degree',
]);
