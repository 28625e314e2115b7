// Month and weekday names (full, genitive and abbreviated) in English, French, German, Spanish,
// Italian, Portuguese, Russian, Ukrainian, Dutch and Polish, and time-zone abbreviations. One
// table, so the date parser, the dateline finder and the text-dump header detector agree.

/** Month number -> its written forms. Where languages share a form ("mar", "nov") it means the same month. */
const MONTH_FORMS: Record<number, string> = {
  1: 'january jan janvier janv januar jänner enero ene gennaio gen janeiro январь января янв січень січня січ januari styczeń stycznia sty',
  2: 'february feb febr février fevrier févr fevr februar febrero febbraio fevereiro fev февраль февраля фев февр лютий лютого лют februari luty lutego lut',
  3: 'march mar mars märz maerz mrz marzo março marco март марта берез березень березня maart mrt marzec marca',
  4: 'april apr avril avr abril abr aprile апрель апреля апр квітень квітня квіт kwiecień kwietnia kwi',
  5: 'may mai mayo maggio mag maio май мая травень травня трав mei maj maja',
  6: 'june jun juin juni junio giugno giu junho июнь июня июн червень червня черв czerwiec czerwca cze',
  7: 'july jul juillet juil juli julio luglio lug julho июль июля июл липень липня лип lipiec lipca lip',
  8: 'august aug août aout agosto ago август августа авг серпень серпня серп augustus sierpień sierpnia sie',
  9: 'september sep sept septembre septiembre setiembre settembre set setembro сентябрь сентября сен сент вересень вересня вер wrzesień września wrz',
  10: 'october oct octobre oktober okt octubre ottobre ott outubro out октябрь октября окт жовтень жовтня жовт październik października paź paz',
  11: 'november nov novembre noviembre novembro ноябрь ноября ноя нояб листопад листопада лист listopad listopada lis',
  12: 'december dec décembre decembre déc dezember dez diciembre dic dicembre dezembro декабрь декабря дек грудень грудня груд grudzień grudnia gru',
};

const MONTHS = new Map<string, number>();
for (const [n, forms] of Object.entries(MONTH_FORMS)) for (const f of forms.split(' ')) MONTHS.set(f, +n);

/** Characters a regex reads as syntax, escaped by prefixTree (declared before the alternations below
 * are built with it). */
const REGEX_SYNTAX = new Set('\\^$.*+?()[]{}|/');

/** Every written month form, lower case. */
export const MONTH_WORDS: readonly string[] = [...MONTHS.keys()];

/** Regex alternation of every month form. */
export const MONTH_ALTERNATION = prefixTree(MONTH_WORDS);

/** The same, in lower, Capitalised and UPPER case, for regexes that must stay case-sensitive elsewhere. */
export const MONTH_ALTERNATION_CASED = prefixTree(
  MONTH_WORDS.flatMap((f) => [f, f[0].toUpperCase() + f.slice(1), f.toUpperCase()]),
);

/**
 * `words` as one regex group that shares their common prefixes ("jan(?:uary|v(?:ier)?|...)?")
 * instead of a flat alternation of every word. It matches the same strings, and where one word
 * is the start of another the longer is tried first, as in a flat alternation sorted longest
 * first. V8 compiles it in a fraction of the time: with the i and u flags a flat alternation of
 * the 200 month forms took tens of milliseconds for each pattern using it, and each process
 * compiles them again.
 *
 * Built when the module loads, in every `dateline extract` process, so before V8 has optimised
 * anything: characters are escaped by a set look-up and branches joined as they are met, where a
 * regex replace per character and an array of branches per node made the two month alternations
 * cost 25-40 ms of a process's CPU (load 20; 6-12 ms this way, the same strings).
 */
export function prefixTree(words: readonly string[]): string {
  interface Node {
    next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { next: new Map(), end: false };
  for (const w of new Set(words)) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    let body = '';
    let branches = 0;
    for (const [ch, child] of node.next)
      body += (branches++ === 0 ? '' : '|') + (REGEX_SYNTAX.has(ch) ? `\\${ch}` : ch) + emit(child);
    if (branches === 0) return '';
    if (branches > 1) body = `(?:${body})`;
    // A word ends here and longer ones go on: the group is optional, and greedy, so longer first.
    return node.end ? `(?:${body})?` : body;
  };
  return `(?:${emit(root)})`;
}

export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** Weekday names: a date header often starts with one ("Thursday, February 17, 2022"). */
export const WEEKDAYS = new Set(
  (
    'monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'lunes martes miércoles miercoles jueves viernes sábado sabado domingo ' +
    'lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica ' +
    'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira segunda terça quarta quinta sexta ' +
    'понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс ' +
    "понеділок вівторок середа четвер пʼятниця п'ятниця субота неділя " +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ' +
    'poniedziałek wtorek środa czwartek piątek sobota niedziela'
  ).split(' '),
);

/** Time-zone abbreviations common in news pages, with their UTC offsets. Ambiguous ones ("ET") are omitted. */
const ZONES: Record<string, string> = {
  utc: 'Z',
  gmt: 'Z',
  z: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  bst: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
  mez: '+01:00',
  mesz: '+02:00',
  eet: '+02:00',
  eest: '+03:00',
  msk: '+03:00',
  мск: '+03:00',
  ist: '+05:30',
  jst: '+09:00',
};

/** Zone names that may follow a time, with or without a known offset ("ET" is EST or EDT). */
export const ZONE_WORDS = new Set([...Object.keys(ZONES), 'et', 'pt', 'ct', 'mt', 'hkt', 'sgt', 'aest', 'aedt', 'wib']);

export const TZ_ALTERNATION = Object.keys(ZONES)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** "+0300" / "+03:00" / "GMT" -> an ISO offset ("+03:00", "Z"); null if unknown. */
export function zoneOffset(tz: string): string | null {
  const num = tz.match(/^([+-])(\d{2}):?(\d{2})$/);
  if (num) return num[2] === '00' && num[3] === '00' ? 'Z' : `${num[1]}${num[2]}:${num[3]}`;
  return ZONES[tz.toLowerCase()] ?? null;
}
