// English weekday and month names in lower case, for the rules that read them as words (not as
// dates: the date parsers have their own many-language table in src/extract/date-words.ts).

export const WEEKDAY_NAMES: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The month names as a name is written in running text: "March", not the verb "march". */
export const CAPITALISED_MONTH_NAMES: readonly string[] = MONTH_NAMES.map((m) => m[0].toUpperCase() + m.slice(1));

/** Abbreviated month names, without their full stop ("may" and "june" have none). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];
