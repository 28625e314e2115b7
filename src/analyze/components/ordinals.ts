// English ordinal number words in order, first to hundredth, lower case: ORDINAL_WORDS[n - 1]
// spells n. Read by the times component (centuries) and the entities' labels (an ordinal alone
// is no name).
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export const ORDINAL_WORDS: readonly string[] = [
  ...UNITS,
  ...TEENS,
  ...TENS.flatMap((t) => [`${t.slice(0, -1)}ieth`, ...UNITS.map((u) => `${t}-${u}`)]),
  'hundredth',
];
