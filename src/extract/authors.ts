// Bylines as pages write them ("By Jane Doe and John Roe", "Posted by Paul Goble at 10:12 AM",
// "Jane Doe, Staff Writer | March 3, 2022", "REUTERS STAFF") -> person names only. Shared by the
// HTML and text-dump extractors. News agencies are kept only when no person is named.
import { WEEKDAYS } from './date-words.js';
import { findDates } from './dates.js';
import { NAME_PARTICLES } from '../text/name-particles.js';
import { boundedMemo, detached } from '../text/bounded-memo.js';

/** Byline lead-ins in the languages we read dates in. */
const BYLINE_PREFIX =
  /^(?:(?:posted|written|article|words|story|text|reporting|reported|compiled|edited|editing|additional\s+reporting|photos?|(?:view\s+)?(?:all|more)\s+(?:posts|articles|stories))\s+(?:and\s+\w+\s+)?by|publicado por|publié par|écrit par|eingestellt von|geschrieben von|pubblicato da|scritto da|geplaatst door|opublikowane przez|by|from|author|authors|author\(s\)|contributors?|autor(?:in)?|auteur|von|par|por|di|de|door|przez|автор|авторы|опубликовал[аи]?)\s*[:：]?\s+/iu;
/** A time left behind once the date is cut: "at 10:12 AM", "10:12", "um 10:12 Uhr". */
const TIME_REST =
  /(?:\b(?:at|um|à|on|en|a las|alle|às|om|o)\s+|\s+в\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:uhr|[A-Z]{2,4}))?/giu;
/** Places where a byline continues with something other than names: a role, a date, a site. A
 * bracketed word inside a name ("Paramita (Guha) Ghosh": a maiden name, a nickname) is not one. */
const FIELD_BREAK =
  /\s*(?:\||•|·|⋅|∙|\/\/|\s[–—-]\s|\((?!\p{Lu}[\p{L}'’-]*\)\s+\p{Lu})|(?<!\(\p{Lu}[\p{L}'’-]*)\)|\n|\son\s+behalf\s+of\s)\s*/u;
/** A bracketed word inside a name, as FIELD_BREAK leaves it: "(Guha)". */
const BRACKETED_NAME_WORD = /^\(\p{Lu}[\p{L}'’-]*\)$/u;
/** Between several authors: ",", ";", "and", "&", and the same conjunction in other languages.
 * "with" joins a co-author too ("By Dieter Hogen with Uta Pippig"); a piece after it that names
 * no person ("with The Times") is dropped as any other is. */
const NAME_SPLIT = /\s*(?:,\s*(?:and|und|et|y|e|en|i|и|і|та)\s|,|;|&|\+|\s(?:and|und|et|y|e|en|i|и|і|та|with)\s)\s*/iu;
const EMAIL = /\S+@\S+\.\w+/gu;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const HANDLE = /(?:^|\s)@\w+/gu;

/** Bylines that name a desk or a role, not a person. */
const GENERIC = new Set([
  'staff',
  'staff writer',
  'staff writers',
  'staff reporter',
  'staff report',
  'our correspondent',
  'correspondent',
  'editorial board',
  'the editorial board',
  'editorial',
  'editors',
  'the editors',
  'editor',
  'editorial staff',
  'admin',
  'administrator',
  'webmaster',
  'guest',
  'guest author',
  'guest contributor',
  'contributor',
  'team',
  'newsroom',
  'news desk',
  'web desk',
  'desk',
  'anonymous',
  'unknown',
  'redaktion',
  'rédaction',
  'la rédaction',
  'redacción',
  'redazione',
  'redação',
  'redactie',
  'redakcja',
  'редакция',
  'редакція',
  'news',
  'press release',
]);

/** Words that turn a byline segment into a role or an affiliation ("Senior Correspondent", "for The Times"). */
const ROLE_WORD =
  /\b(?:writer|reporter|correspondent|editor|columnist|contributor|analyst|staff|bureau|chief|fellow|professor|director|producer|journalist|author|senior|deputy|associate|contributing|special|international|political|foreign|managing|desk|news|times|post|journal|press|daily|magazine|media|tribune|herald|gazette|agency|service|network|institute|university|centre|center|foundation|coordinator|manager|specialist|officer|assistant|consultant|strategist|representative|executive|administrator|planner|intern|co-?founder|founder|ceo|cto|coo|cfo|president|owner)\b|^(?:for|in|at|from|with|via)\b/iu;

/** Ranks that open a job title written straight after a name ("Keith Barry Senior Autos
 * Reporter", "Jane Doe Staff Writer"). Only words that never end a title: before a head noun
 * ("Enterprise Sales Executive", "Jane Roe Marketing Manager") the name cannot be told from the
 * department, and the piece is left whole. A founder's or head's title is a title alone
 * ("Mateusz Haberny Founder at Oakywood"). */
const JOB_TITLE_OPENER =
  /\b(?:senior|junior|deputy|contributing|managing|chief|staff|lead|principal|co-?founder|founder|ceo|president)\b/iu;
/** Words of the name kept before a job title written without a separator. */
const MIN_TITLED_NAME_WORDS = 2;
const MAX_TITLED_NAME_WORDS = 4;

/** News agencies, kept as a byline only when no person is named ("By Reuters" -> ["Reuters"]). */
const AGENCIES = new Map<string, string>([
  ['reuters', 'Reuters'],
  ['thomson reuters', 'Reuters'],
  ['ap', 'AP'],
  ['associated press', 'Associated Press'],
  ['the associated press', 'Associated Press'],
  ['afp', 'AFP'],
  ['agence france-presse', 'AFP'],
  ['bloomberg', 'Bloomberg'],
  ['tass', 'TASS'],
  ['ria novosti', 'RIA Novosti'],
  ['interfax', 'Interfax'],
  ['xinhua', 'Xinhua'],
  ['dpa', 'dpa'],
  ['ansa', 'ANSA'],
  ['efe', 'EFE'],
  ['upi', 'UPI'],
  ['anadolu agency', 'Anadolu Agency'],
  ['ukrinform', 'Ukrinform'],
  ['rfe/rl', 'RFE/RL'],
  ['kyodo', 'Kyodo'],
  ['yonhap', 'Yonhap'],
  ['pa media', 'PA Media'],
  ['cnn', 'CNN'],
  ['bbc', 'BBC'],
]);
/** "Reuters staff", "AP staff writers": the agency, not a person. */
const AGENCY_STAFF = /^(.+?)\s+(?:staff(?:\s+writers?|\s+reporters?)?|reporters?|newsroom|wire|report)$/iu;

/** Desk bylines that name the publication's team ("Podium Staff", "The Currency editors", "TOI
 * Lifestyle Desk"): like agencies, kept only when no person is named. Up to four capitalised
 * words before the desk word, so sentences ending in "team" are not taken. */
const DESK_BYLINE =
  /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){1,4}(?:[Ss]taff|STAFF|[Tt]eam|TEAM|[Ee]ditors|[Dd]esk|[Nn]ewsroom)$/u;

/** Whether a cleaned byline names a desk or team rather than a person. */
export function isDeskByline(s: string): boolean {
  return DESK_BYLINE.test(s);
}

/** Words of page widgets, author boxes and date labels that are never part of a person's name
 * ("Full Bio", "Sign In", "About Our Expert", "Share AA", "Text Size", "Last Modified"). */
const WIDGET_WORDS = new Set([
  'bio',
  'published',
  'updated',
  'modified',
  'posted',
  'written',
  'link',
  'copied',
  'share',
  'view',
  'follow',
  'subscribe',
  'menu',
  'search',
  'login',
  'sign',
  'profile',
  'posts',
  'articles',
  'expert',
  'about',
  'our',
  'contact',
  'text',
  'size',
  'print',
  'email',
  'comments',
  'newsletter',
  'facebook',
  'twitter',
  'linkedin',
  'instagram',
  'youtube',
  'pinterest',
  'whatsapp',
  'reddit',
]);
/** A person's name has at most this many words; longer strings are sentences or titles. */
const MAX_NAME_WORDS = 6;
const MAX_NAME_LENGTH = 60;

/** Person names from one or several byline strings: no lead-ins, dates, roles, emails or desks; deduplicated. */
export function cleanAuthors(raw: string | readonly string[] | null | undefined): string[] {
  const inputs = raw == null ? [] : typeof raw === 'string' ? [raw] : raw;
  const people: string[] = [];
  const agencies: string[] = [];
  for (const input of inputs) {
    if (typeof input !== 'string') continue;
    const read = namesIn(input);
    people.push(...read.people);
    agencies.push(...read.agencies);
  }
  // With full names present, a lone capitalised word after a comma is a place or outlet ("Von Anna Weber, Berlin").
  const full = people.filter((p) => /\s/u.test(p));
  return dedupe(full.length ? full : people.length ? people : agencies);
}

/** Most byline strings whose names are remembered: enough for the few dozen one page offers (its
 * layers read the same byline more than once: a byline layer tests a text with cleanAuthors, then
 * the author choice cleans the name it returned; half of the Zyte pages' inputs were such
 * repeats), far fewer than a run's pages offer, so the memo starts over every few pages. */
const NAMES_MEMO_LIMIT = 256;

/** The person names and agencies in one byline string, remembered by the string: names are
 * copies (`detached`), so the memo holds no page's text alive. */
const namesIn = boundedMemo((input: string): { people: readonly string[]; agencies: readonly string[] } => {
  const people: string[] = [];
  const agencies: string[] = [];
  for (const candidate of candidates(input)) {
    const agency = agencyName(candidate) ?? (isDeskByline(candidate) ? candidate : null);
    if (agency) agencies.push(detached(agency));
    else if (isPersonName(candidate)) people.push(detached(fixCase(candidate)));
  }
  return { people, agencies };
}, NAMES_MEMO_LIMIT);

/** The name-like pieces of one byline string. */
function candidates(input: string): string[] {
  // "Author(s)": the bracketed plural is not a field break.
  let s = removeDates(input.replace(/(\p{L})\(s\)/gu, '$1s'))
    .replace(EMAIL, ' ')
    .replace(URL, ' ')
    .replace(HANDLE, ' ')
    .replace(TIME_REST, ' ');
  s = s.replace(/\s+/gu, ' ').trim();
  const out: string[] = [];
  // Fields after a lead-in ("Reuters | By Jane Doe") name people; without one, the first field
  // that names anyone does ("Jane Doe | Staff | March 3", "The Moscow Times | Jane Doe").
  const fields = s
    .split(FIELD_BREAK)
    .map((f) => f.trim())
    .filter(Boolean);
  const withLeadIn = fields.filter((f) => BYLINE_PREFIX.test(f));
  for (const field of withLeadIn.length ? withLeadIn : fields) {
    if (!withLeadIn.length && out.length) break;
    const body = stripPrefix(field);
    const parts = body.split(NAME_SPLIT).map(namePart).map(withoutJobTitle).filter(Boolean);
    // A field that does not open with a name is a sentence ("Share this on Facebook and Twitter").
    if (
      !parts.length ||
      !(isPersonName(parts[0]) || agencyName(parts[0]) || isDeskByline(parts[0]) || GENERIC.has(parts[0].toLowerCase()))
    ) {
      // Without a lead-in, the names may follow an outlet's name ("The Moscow Times | Jane Doe"),
      // not other text ("TOI Desk / etimes.in / Updated: | Share AA + Text Size").
      if (!withLeadIn.length && !isNameShaped(body)) break;
      continue;
    }
    // A role after the first name ("Jane Doe, Staff Writer") ends the list of names.
    for (const p of parts) {
      // "Jane Doe, Ph.D.", "Omar Reyes, CFP®": the credential belongs to the name before it.
      if (out.length && CREDENTIAL.test(p)) {
        out[out.length - 1] += `, ${p}`;
        continue;
      }
      if (!agencyName(p) && !GENERIC.has(p.toLowerCase()) && ROLE_WORD.test(p) && out.length) break;
      out.push(p);
    }
  }
  return out;
}

/** "Keith Barry Senior Autos Reporter" -> "Keith Barry": a name followed, with no comma or bar
 * between, by a job title in capitalised words. Other pieces are returned as they are. */
function withoutJobTitle(p: string): string {
  const title = JOB_TITLE_OPENER.exec(p);
  if (!title || title.index === 0 || isPersonName(p)) return p;
  const name = p.slice(0, title.index).trim();
  const words = name.split(/\s+/u).length;
  if (words < MIN_TITLED_NAME_WORDS || words > MAX_TITLED_NAME_WORDS || !isPersonName(name)) return p;
  // The title runs on to the end in capitalised words; anything else is a sentence.
  return isNameShaped(p.slice(title.index)) ? name : p;
}

/** One name-sized piece: no lead-in, no trailing punctuation, no "in Kyiv" location tail. The
 * dot of an abbreviation that ends it stays ("Lee Park Jr.", "Ph.D.", "Jeff T."). */
function namePart(p: string): string {
  const s = stripPrefix(p.trim())
    .replace(LOCATION_TAIL, '')
    .replace(/[,:;]+$/u, '')
    .trim();
  return ENDS_IN_ABBREVIATION.test(s) ? s : s.replace(/[.,:;]+$/u, '').trim();
}
/** A last word that is an abbreviation: "Jr.", "Sr.", "Ph.D.", "R.D.", an initial "T.". */
const ENDS_IN_ABBREVIATION = /(?:^|\s)(?:(?:\p{Lu}\p{Ll}?\.)+|Jr\.|Sr\.|Esq\.|Ph\.D\.)$/u;
/** Credentials and degrees written after a name, set off by a comma: "Ph.D.", "M.D.", "R.D.",
 * "CFP®", "MD", "FACLM", "Jr.". Capitals (with dots, ® or ™) only; a credential with a number
 * ("E-RYT 200") is not taken. */
const CREDENTIAL = /^(?:(?:\p{Lu}\p{Ll}?\.){1,4}|\p{Lu}{2,6}[®™]?|Ph\.?D\.?|Jr\.?|Sr\.?|Esq\.?|I{2,3}|IV)$/u;
/** Wire trailers place the reporter: "Reporting by Jane Doe in Kyiv". */
const LOCATION_TAIL = /\s+(?:in|from|at)\s+\p{Lu}.*$/u;

function stripPrefix(s: string): string {
  let prev = '';
  while (prev !== s) {
    prev = s;
    s = s.replace(BYLINE_PREFIX, '').trim();
  }
  return s;
}

/** Cuts every date, with its weekday and the connecting "on"/"at", out of a byline. */
function removeDates(s: string): string {
  const dates = MAY_HOLD_DATE.test(s) ? findDates(s) : [];
  for (const d of [...dates].reverse()) s = `${s.slice(0, d.start)} | ${s.slice(d.end)}`;
  s = withoutWeekdays(s);
  // "Posted by David at December 16, 2025": the connector left before the cut date goes with it.
  return s.replace(/\b(?:on|at|updated|published|posted)[\s,]*\|/giu, '|');
}
const WORD = /[\p{L}'ʼ-]+/gu;

/** `s` with each word that is a weekday name replaced by a space. Most bylines name no weekday:
 * they come back as they are, with no new string built and no callback run for each word. */
function withoutWeekdays(s: string): string {
  let out = '';
  let from = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    if (!WEEKDAYS.has(m[0].toLowerCase())) continue;
    out += `${s.slice(from, m.index)} `;
    from = m.index + m[0].length;
  }
  return from === 0 ? s : out + s.slice(from);
}
/** A byline can only hold a date with a digit or a relative-date word; without either, the date
 * search (and its chrono fallback, the costliest step here) is skipped. */
const MAY_HOLD_DATE =
  /\d|\b(?:ago|yesterday|today|tonight|heute|gestern|hier|aujourd|ayer|hoy|hace|ieri|oggi|ontem|hoje|gisteren|vandaag|geleden|wczoraj|dzisiaj|temu)\b|вчера|сегодня|назад|вчора|сьогодні|тому/iu;

/** Whether a cleaned byline is a news agency or its staff ("Associated Press", "Reuters staff"). */
export function isAgencyByline(s: string): boolean {
  return agencyName(s) !== null;
}

function agencyName(s: string): string | null {
  const low = s.toLowerCase().replace(/^the\s+/u, 'the ');
  const staff = low.match(AGENCY_STAFF);
  return AGENCIES.get(low) ?? (staff ? (AGENCIES.get(staff[1]) ?? null) : null);
}

function isPersonName(s: string): boolean {
  if (!s || s.length > MAX_NAME_LENGTH || /\d/u.test(s) || GENERIC.has(s.toLowerCase()) || ROLE_WORD.test(s))
    return false;
  const words = s.split(/\s+/u);
  if (words.length > MAX_NAME_WORDS || words.some((w) => WIDGET_WORDS.has(w.toLowerCase()))) return false;
  if (words.length === 1 && !/^\p{Lu}/u.test(s)) return false;
  // Every word is capitalised, an initial, or a name particle.
  return (
    words.every(
      (w) =>
        /^\p{Lu}/u.test(w) ||
        NAME_PARTICLES.has(w.toLowerCase()) ||
        /^(?:al|el)-\p{L}/u.test(w) ||
        BRACKETED_NAME_WORD.test(w),
    ) && /\p{Lu}/u.test(s)
  );
}

/** Capitalised words only, as a person's or an outlet's name is written. */
function isNameShaped(s: string): boolean {
  const words = s.split(/\s+/u);
  return (
    words.length <= MAX_NAME_WORDS &&
    words.every(
      (w) => /^\p{Lu}[\p{L}'’.&-]*$/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()) || w.toLowerCase() === 'the',
    )
  );
}

/** "JANE DOE" -> "Jane Doe"; mixed-case names are kept as written ("McDonald", "DeSantis"), and
 * so are initialisms ("MCJ", "AJ"): words of two letters or without a vowel. */
function fixCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.replace(/[\p{L}'’]+/gu, (w) =>
    w.length <= 2 || !/[AEIOUY\p{Script=Cyrillic}]/u.test(w) || !/\p{Lu}/u.test(w) ? w : titleCase(w),
  );
}

function titleCase(w: string): string {
  return w.toLowerCase().replace(/(^|['’])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = n.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
