// Scoring of predicted events against the hand-written gold of data/events/passages.jsonl.
// A prediction matches a gold event when the types agree and the trigger spans overlap or the
// predicted sentence contains the gold `sentenceIncludes`; matching is one-to-one, trigger
// overlaps first. Reports per-type and per-modality P/R/F1, macro F1 over types, modality
// accuracy on matched events, and role accuracy (actor, place) on matched events with gold roles.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/pipeline.js';
import { extract } from '../src/extract/index.js';
import { parsePassageFile } from './events-gold.js';
import { MODALITIES, PLOVER_TYPES, type ArticleRecord, type Event } from '../src/record/types.js';

export const PASSAGES = fileURLToPath(new URL('../data/events/passages.jsonl', import.meta.url));
export const HELDOUT = fileURLToPath(new URL('../data/events/heldout/passages.txt', import.meta.url));

export interface GoldEvent {
  type: string;
  modality: string;
  trigger: string;
  triggerSpan: [number, number];
  sentenceIncludes: string;
  actors?: string[];
  targets?: string[];
  place?: string;
}

/**
 * dev and test: data/events/passages-1..5 (every 4th passage test); dev2: passages-6, written in
 * session 15 for the kinds of miss of issue 15; dev3: passages-7, written in session 16 for the
 * categories and phrasings the others cover least; dev4: passages-8, written in session 17 for
 * unseen wordings (synonyms, nominalisations, passives, headlines) over all categories and
 * modalities; dev5: passages-9, written in session 19 with wordings absent from the others; dev6:
 * passages-10, written in session 37 the same way, its gold coded before the system ran; dev7:
 * passages-11, written in session 37's second wave the same way (kept out of the trigger model's
 * training and tuning); dev8: passages-12, written in session 39 the same way but worded as ordinary
 * wire copy (also kept out of training and tuning); dev9: passages-13, written in session 40 the same way
 * in other registers (translated wire copy, UN and NGO situation reports, local press; kept out of
 * training and tuning); dev10: passages-14, written in session 42 the same way in ordinary seed-like
 * wording (kept out of training and tuning). dev2 to dev10 are coded like the held-out split
 * (no background mentions).
 * All were consulted while tuning or read: development figures.
 */
export const SPLITS = ['dev', 'test', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10'] as const;
export type Split = (typeof SPLITS)[number];
/** Splits that, like the held-out one, do not code background mentions: background predictions are left out. */
const WITHOUT_BACKGROUND: ReadonlySet<string> = new Set([
  'dev2',
  'dev3',
  'dev4',
  'dev5',
  'dev6',
  'dev7',
  'dev8',
  'dev9',
  'dev10',
]);

export interface Passage {
  id: string;
  split: Split;
  published: string;
  text: string;
  events: GoldEvent[];
}

export function readPassages(path = PASSAGES): Passage[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Passage);
}

/** The record the product makes of a passage: extract the body as given, then the full analysis. */
export function analysePassage(p: Passage): ArticleRecord {
  return analyze(extract({ content: p.text, format: 'body', published: p.published }));
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf {
  p: number;
  r: number;
  f1: number;
  n: number;
}

export interface Score {
  types: Record<string, Prf>;
  modalities: Record<string, Prf>;
  macroF1: number;
  /** Over matched events. */
  modalityAccuracy: number;
  matched: number;
  gold: number;
  predicted: number;
  actorAccuracy: number;
  placeAccuracy: number;
  /** Unmatched gold and predictions, for reading. */
  misses: string[];
}

const prf = (c: Counts): Prf => {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), n: c.tp + c.fn };
};

const low = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];

/** Names an entity id goes by in a record: name, aliases and mention texts. */
function namesOf(rec: ArticleRecord, id: string | null): string[] {
  const e = rec.entities.find((x) => x.id === id);
  if (!e) return [];
  return [e.name, ...e.aliases, ...e.mentions.map(([s, t]) => rec.text.slice(s, t))].map(low);
}

const nameMatches = (names: string[], gold: string) =>
  names.some((n) => n === low(gold) || n.endsWith(' ' + low(gold)) || low(gold).endsWith(' ' + n));

/** One-to-one matching of predictions to gold events in one passage. */
export function matchEvents(gold: readonly GoldEvent[], predicted: readonly Event[]): [GoldEvent, Event][] {
  const pairs: [GoldEvent, Event][] = [];
  const used = new Set<Event>();
  const done = new Set<GoldEvent>();
  const pass = (ok: (g: GoldEvent, e: Event) => boolean) => {
    for (const g of gold) {
      if (done.has(g)) continue;
      const e = predicted.find((x) => !used.has(x) && x.type === g.type && ok(g, x));
      if (e) {
        pairs.push([g, e]);
        used.add(e);
        done.add(g);
      }
    }
  };
  pass((g, e) => overlaps(g.triggerSpan, e.trigger.span));
  pass((g, e) => low(e.sentence.text).includes(low(g.sentenceIncludes)));
  return pairs;
}

export function score(items: readonly { passage: Passage; record: ArticleRecord }[]): Score {
  const types = Object.fromEntries(PLOVER_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<string, Counts>;
  const mods = Object.fromEntries(MODALITIES.map((m) => [m, { tp: 0, fp: 0, fn: 0 }])) as Record<string, Counts>;
  let matched = 0,
    modalityRight = 0,
    gold = 0,
    predicted = 0;
  let actorN = 0,
    actorOk = 0,
    placeN = 0,
    placeOk = 0;
  const misses: string[] = [];
  for (const { passage, record } of items) {
    const pairs = matchEvents(passage.events, record.events);
    gold += passage.events.length;
    predicted += record.events.length;
    matched += pairs.length;
    const matchedGold = new Set(pairs.map(([g]) => g));
    const matchedPred = new Set(pairs.map(([, e]) => e));
    for (const [g, e] of pairs) {
      types[g.type].tp++;
      if (g.modality === e.modality) {
        modalityRight++;
        mods[g.modality].tp++;
      } else {
        mods[g.modality].fn++;
        mods[e.modality].fp++;
        misses.push(`${passage.id} MODALITY ${g.type} «${g.trigger}» gold ${g.modality}, got ${e.modality}`);
      }
      if (g.actors?.length) {
        actorN++;
        // A side named by words and no entity (actorWords) is compared as a name is.
        const got = [...e.actors.map((id) => namesOf(record, id)), ...(e.actorWords ?? []).map((w) => [low(w.text)])];
        if (g.actors.some((a) => got.some((names) => nameMatches(names, a)))) actorOk++;
        else
          misses.push(
            `${passage.id} ACTOR ${g.type} «${g.trigger}» gold ${g.actors.join(', ')}, got ${got.map((names) => names[0]).join(', ') || '-'}`,
          );
      }
      if (g.place) {
        placeN++;
        if (nameMatches(namesOf(record, e.place), g.place)) placeOk++;
        else
          misses.push(
            `${passage.id} PLACE ${g.type} «${g.trigger}» gold ${g.place}, got ${namesOf(record, e.place)[0] ?? '-'}`,
          );
      }
    }
    for (const g of passage.events.filter((x) => !matchedGold.has(x))) {
      types[g.type].fn++;
      mods[g.modality].fn++;
      misses.push(`${passage.id} MISS ${g.type}/${g.modality} «${g.trigger}» in «${g.sentenceIncludes}»`);
    }
    for (const e of record.events.filter((x) => !matchedPred.has(x))) {
      types[e.type].fp++;
      mods[e.modality].fp++;
      misses.push(`${passage.id} EXTRA ${e.type}/${e.modality} «${e.trigger.text}»`);
    }
  }
  const typeScores = Object.fromEntries(Object.entries(types).map(([k, c]) => [k, prf(c)]));
  const present = Object.values(typeScores).filter((s) => s.n > 0);
  return {
    types: typeScores,
    modalities: Object.fromEntries(Object.entries(mods).map(([k, c]) => [k, prf(c)])),
    macroF1: present.reduce((a, s) => a + s.f1, 0) / Math.max(present.length, 1),
    modalityAccuracy: matched === 0 ? 0 : modalityRight / matched,
    matched,
    gold,
    predicted,
    actorAccuracy: actorN === 0 ? 0 : actorOk / actorN,
    placeAccuracy: placeN === 0 ? 0 : placeOk / placeN,
    misses,
  };
}

/** Analyses and scores the passages of one split. */
export function scoreSplit(split: Split, passages: readonly Passage[] = readPassages()): Score {
  return score(
    passages
      .filter((p) => p.split === split)
      .map((passage) => {
        const record = analysePassage(passage);
        return { passage, record: WITHOUT_BACKGROUND.has(split) ? withoutBackground(record) : record };
      }),
  );
}

function withoutBackground(record: ArticleRecord): ArticleRecord {
  return { ...record, events: record.events.filter((e) => !e.background) };
}

/**
 * Scores the sealed held-out split after checking its SHA-256 against the committed one.
 * Background predictions are left out: that split does not code background mentions.
 */
export function scoreHeldout(path = HELDOUT): Score {
  const content = readFileSync(path, 'utf8');
  const expected = readFileSync(`${path}.sha256`, 'utf8').split(/\s/)[0];
  const actual = createHash('sha256').update(content).digest('hex');
  if (actual !== expected) throw new Error(`${path}: SHA-256 ${actual} differs from the committed ${expected}`);
  const items = parsePassageFile(content, path).map((p, i) => {
    const passage: Passage = { id: `h${String(i + 1).padStart(3, '0')}`, split: 'test', ...p };
    return { passage, record: withoutBackground(analysePassage(passage)) };
  });
  return score(items);
}
