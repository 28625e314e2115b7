// Reads GUM CoNLL-U documents (../shared/data/train/gum) into plain text with paragraph spans and
// derives spaCy-style named-entity spans from GUM's entity mentions. Shared by the entity model's
// training script and its evaluation, so both see the same definition of a gold entity:
//   - a mention counts when its type is person, organization or place and its head token is a
//     proper noun (GUM marks every mention, named or not: "the girls" is a person mention too);
//   - its span is the run of proper nouns around the head, with "of", "the", "and", "for", "&"
//     kept between two proper nouns ("University of California"), determiners and modifiers
//     dropped ("the [United States]");
//   - a person's span also drops leading title words ("President [Barack Obama]"): the pipeline
//     records titles as a separate field, as OntoNotes-style NER does;
//   - person mentions whose name is a nationality, religion or group ("Muslims", "Americans")
//     are NORP; places are GPE when the gazetteer knows the name as a country, region or town,
//     LOC when it is a continent or sea or ends in a natural-feature word, FAC when it ends in a
//     facility word ("Constitution Hall", "Union Station");
//   - nested mentions: the longer span wins, overlapping shorter ones are dropped.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../src/record/types.js';
import { demonymCountry, lookupPlaces } from '../src/analyze/resources/gazetteer.js';
import { FAC_CUES, GROUP_NAMES, LOC_CUES, PERSON_TITLES } from '../src/analyze/components/entities/lexicon.js';

export interface GumToken {
  form: string;
  upos: string;
  xpos: string;
  head: number;
  start: number;
  end: number;
}
export interface GoldSpan {
  start: number;
  end: number;
  type: EntityType;
}
export interface GumDoc {
  id: string;
  text: string;
  paragraphs: [number, number][];
  tokens: GumToken[];
  gold: GoldSpan[];
}

interface RawMention {
  etype: string;
  from: number;
  to: number;
}

/** GUM's entity types that map to ours; "place" is split into GPE / LOC / FAC (see placeType). */
const TYPE_MAP: Readonly<Record<string, EntityType>> = { person: 'PERSON', organization: 'ORG', place: 'GPE' };
/** Words kept inside a name between two proper nouns. */
const INNER_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du', 'von', 'van', 'al']);

// An opening bracket: id-etype-infstat-salience-centering-minspan-link[-identity], where the
// Wikipedia identity may itself hold balanced parentheses ("Mercury_(planet)"); a ')' right
// after it closes the mention on the same token.
const OPENER =
  /\((\d+)-([a-z]+)-[^-()]*-[^-()]*-[^-()]*-[^-()]*-[^-()]*(?:-(?:[^()]|\((?!\d+-[a-z]+-)[^()]*\))*)?(\))?/y;
const CLOSER = /(\d+)\)/y;

function parseEntityField(
  value: string,
  onOpen: (id: string, etype: string, single: boolean) => void,
  onClose: (id: string) => void,
): void {
  let p = 0;
  while (p < value.length) {
    OPENER.lastIndex = p;
    const o = OPENER.exec(value);
    if (o) {
      onOpen(o[1], o[2], o[3] === ')');
      p = OPENER.lastIndex;
      continue;
    }
    CLOSER.lastIndex = p;
    const c = CLOSER.exec(value);
    if (c) {
      onClose(c[1]);
      p = CLOSER.lastIndex;
      continue;
    }
    p++;
  }
}

export function readGumDoc(path: string): GumDoc {
  const lines = readFileSync(path, 'utf8').split('\n');
  let id = path;
  let text = '';
  const paragraphs: [number, number][] = [];
  const tokens: GumToken[] = [];
  const mentions: RawMention[] = [];
  const open = new Map<string, { etype: string; from: number }[]>();
  let paraStart = -1;
  let sentenceBase = 0;
  let fusedFirst = -1;
  let fusedLast = -1;
  let fusedSpace = true;
  let needSpace = false;
  const closeParagraph = () => {
    if (paraStart >= 0 && text.length > paraStart) paragraphs.push([paraStart, text.length]);
    paraStart = -1;
  };
  for (const line of lines) {
    if (line.startsWith('# newdoc id = ')) {
      id = line.slice(14).trim();
      continue;
    }
    if (line.startsWith('# newpar')) {
      if (line.startsWith('# newpar_block')) continue;
      closeParagraph();
      continue;
    }
    if (line.startsWith('# sent_id')) {
      sentenceBase = tokens.length;
      continue;
    }
    if (line.startsWith('#') || line.trim() === '') continue;
    const cols = line.split('\t');
    if (cols.length < 10 || cols[0].includes('.')) continue;
    // A multiword token ("Trump's" = "Trump" + "'s"): its parts are written without spaces, and
    // the space after the last part is the range line's.
    if (cols[0].includes('-')) {
      const [a, b] = cols[0].split('-').map(Number);
      fusedFirst = sentenceBase + a - 1;
      fusedLast = sentenceBase + b - 1;
      fusedSpace = !cols[9].split('|').includes('SpaceAfter=No');
      continue;
    }
    if (paraStart < 0) {
      if (text.length > 0) text += '\n\n';
      paraStart = text.length;
      needSpace = false;
    }
    if (needSpace) text += ' ';
    const start = text.length;
    text += cols[1];
    const misc = cols[9];
    const index = tokens.length;
    needSpace =
      index >= fusedFirst && index <= fusedLast
        ? index === fusedLast && fusedSpace
        : !misc.split('|').includes('SpaceAfter=No');
    tokens.push({
      form: cols[1],
      upos: cols[3],
      xpos: cols[4],
      head: cols[6] === '0' ? -1 : sentenceBase + Number(cols[6]) - 1,
      start,
      end: text.length,
    });
    const field = misc.split('|').find((f) => f.startsWith('Entity='));
    if (!field) continue;
    parseEntityField(
      field.slice(7),
      (mid, etype, single) => {
        if (single) {
          mentions.push({ etype, from: index, to: index + 1 });
          return;
        }
        const stack = open.get(mid) ?? [];
        stack.push({ etype, from: index });
        open.set(mid, stack);
      },
      (mid) => {
        const o = open.get(mid)?.pop();
        if (o) mentions.push({ etype: o.etype, from: o.from, to: index + 1 });
      },
    );
  }
  closeParagraph();
  return { id, text, paragraphs, tokens, gold: deriveSpans(text, tokens, mentions) };
}

// GUM's UPOS calls "United" a verb and "American" an adjective inside names; the PTB tag says NNP.
const isProper = (t: GumToken) => t.upos === 'PROPN' || t.xpos.startsWith('NNP');

/** The mention's head: its first token whose syntactic head lies outside the mention. */
function headOf(tokens: readonly GumToken[], m: RawMention): number {
  for (let i = m.from; i < m.to; i++) if (tokens[i].head < m.from || tokens[i].head >= m.to) return i;
  return m.from;
}

function placeType(name: string): EntityType {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  if (FAC_CUES.has(last)) return 'FAC';
  if (LOC_CUES.has(last)) return 'LOC';
  const places = lookupPlaces(name);
  if (places.length > 0 && places.every((p) => p.kind === 'region')) return 'LOC';
  return 'GPE';
}

function deriveSpans(text: string, tokens: readonly GumToken[], mentions: readonly RawMention[]): GoldSpan[] {
  const candidates: { from: number; to: number; type: EntityType }[] = [];
  for (const m of mentions) {
    const base = TYPE_MAP[m.etype];
    if (!base) continue;
    const h = headOf(tokens, m);
    if (!isProper(tokens[h])) continue;
    // A person's name stops at another mention nested in it ("[U.S.] President Donald Trump").
    const barrier = new Set<number>();
    if (base === 'PERSON') {
      for (const n of mentions) {
        if (n !== m && n.from >= m.from && n.to <= m.to && TYPE_MAP[n.etype] && !(n.from <= h && h < n.to))
          for (let i = n.from; i < n.to; i++) barrier.add(i);
      }
    }
    const ok = (i: number) => !barrier.has(i);
    let from = h;
    let to = h + 1;
    for (;;) {
      if (from > m.from && isProper(tokens[from - 1]) && ok(from - 1)) {
        from--;
        continue;
      }
      // An inner word counts only with a proper noun on its other side too.
      let k = from - 1;
      while (k > m.from && INNER_WORDS.has(tokens[k].form.toLowerCase())) k--;
      if (k < from - 1 && k >= m.from && isProper(tokens[k]) && ok(k)) {
        from = k;
        continue;
      }
      break;
    }
    for (;;) {
      if (to < m.to && isProper(tokens[to]) && ok(to)) {
        to++;
        continue;
      }
      let k = to;
      while (k < m.to - 1 && INNER_WORDS.has(tokens[k].form.toLowerCase())) k++;
      if (k > to && k < m.to && isProper(tokens[k]) && ok(k)) {
        to = k + 1;
        continue;
      }
      break;
    }
    let type = base;
    if (type === 'PERSON') {
      while (to - from > 1 && PERSON_TITLES.has(tokens[from].form.toLowerCase())) from++;
      if (PERSON_TITLES.has(tokens[from].form.toLowerCase())) continue; // "the President": a title, no name
      const name = text.slice(tokens[from].start, tokens[to - 1].end);
      if (to - from === 1 && (demonymCountry(name) !== undefined || GROUP_NAMES.has(name.toLowerCase()))) type = 'NORP';
    } else if (type === 'GPE') {
      type = placeType(text.slice(tokens[from].start, tokens[to - 1].end));
    }
    candidates.push({ from, to, type });
  }
  // Longest first; a span overlapping one already taken is dropped.
  candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken = new Uint8Array(tokens.length);
  const out: GoldSpan[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.from; i < c.to; i++)
      if (taken[i]) {
        free = false;
        break;
      }
    if (!free) continue;
    taken.fill(1, c.from, c.to);
    out.push({ start: tokens[c.from].start, end: tokens[c.to - 1].end, type: c.type });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every document of one GUM partition folder ("train" or "dev"), in file-name order. */
export function readGumSplit(dir: string): GumDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .map((f) => readGumDoc(join(dir, f)));
}
