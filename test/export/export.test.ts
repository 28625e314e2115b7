// Exports from a real SQLite store of analysed records, each read back by a real parser of its
// format: csv-parse for CSV, ajv (JSON Schema) for GeoJSON, feedsmith and fast-xml-parser for Atom.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv } from 'ajv';
import { parseAtomFeed } from 'feedsmith';
import { XMLValidator } from 'fast-xml-parser';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { runExport, type ExportFormat, type ExportOptions } from '../../src/export/index.js';
import { ACLED_COLUMNS } from '../../src/export/acled.js';
import { EVENT_CSV_COLUMNS } from '../../src/export/events-csv.js';
import type { SearchQuery } from '../../src/store/store.js';
import { recordFrom } from '../helpers/records.js';
import { tempDir } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';

const PAGES: [string, string, string][] = [
  [
    'https://a.example/kharkiv',
    '2024-03-10',
    'Russian forces shelled Kharkiv on Saturday, killing three people, regional officials said.',
  ],
  [
    'https://b.example/kharkiv',
    '2024-03-11',
    'Kharkiv was shelled by Russian troops over the weekend, the regional governor said on Monday.',
  ],
  [
    'https://c.example/lagos',
    '2024-03-12',
    'Police in Lagos arrested 20 protesters outside the state assembly on Tuesday.',
  ],
  [
    'https://d.example/talks',
    '2024-03-12',
    'The foreign ministers of Kenya and Ethiopia met in Nairobi on Tuesday to discuss a road corridor.',
  ],
  [
    'https://e.example/forecast',
    '2024-03-13',
    'Analysts say rebels could attack Goma within weeks, and the army may deploy more troops to the city.',
  ],
];

describe('exports', () => {
  const dir = tempDir('dateline-export-');
  const db = join(dir, 'export.db');

  beforeAll(async () => {
    const store = await openSqliteStore(db);
    for (const [url, published, text] of PAGES) await store.put(recordFrom(text, { url, published }));
    await store.close();
  });

  async function exported(format: ExportFormat, query: SearchQuery = {}, opts: ExportOptions = {}): Promise<string> {
    const store = await openSqliteStore(db);
    let out = '';
    try {
      await runExport(
        store,
        format,
        query,
        (chunk) => {
          out += chunk;
        },
        opts,
      );
    } finally {
      await store.close();
    }
    return out;
  }

  it('jsonl: one full record per line, filtered like search', async () => {
    const lines = (await exported('jsonl'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(PAGES.length);
    expect(lines[0].text).toBe(PAGES[0][2]);
    expect(lines[0].events.length).toBeGreaterThan(0);
    const assaults = (await exported('jsonl', { eventType: 'ASSAULT' })).trim().split('\n');
    expect(assaults.map((l) => JSON.parse(l).source.uri).sort()).toEqual([
      'https://a.example/kharkiv',
      'https://b.example/kharkiv',
      'https://e.example/forecast',
    ]);
  });

  it('csv: one row per event with its sources, readable by a CSV parser', async () => {
    const rows = parseCsv(await exported('csv'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...EVENT_CSV_COLUMNS]);
    const shelling = rows.filter((r) => r.type === 'ASSAULT' && r.modality === 'asserted');
    expect(shelling).toHaveLength(1);
    expect(shelling[0].source_count).toBe('2');
    expect(shelling[0].sources.split(' | ').sort()).toEqual(['https://a.example/kharkiv', 'https://b.example/kharkiv']);
    expect(shelling[0].place).toBe('Kharkiv');
    expect(rows.some((r) => r.type === 'ASSAULT' && r.modality === 'possible')).toBe(true);
  });

  it('acled-csv: ACLED columns and mapping; unasserted events only when asked, and flagged', async () => {
    const rows = parseCsv(await exported('acled-csv'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...ACLED_COLUMNS]);
    expect(rows.every((r) => r.dateline_modality === 'asserted')).toBe(true);
    expect(rows.some((r) => r.dateline_plover_type === 'CONSULT')).toBe(false); // ACLED codes no meetings
    const shelling = rows.find((r) => r.dateline_plover_type === 'ASSAULT')!;
    expect([shelling.event_type, shelling.sub_event_type]).toEqual([
      'Explosions/Remote violence',
      'Shelling/artillery/missile attack',
    ]);
    expect(shelling.country).toBe('Ukraine');
    expect(shelling.location).toBe('Kharkiv');
    expect(Number(shelling.latitude)).toBeCloseTo(50, 0);
    expect(shelling.event_date).toBe('2024-03-09');
    const arrest = rows.find((r) => r.dateline_plover_type === 'COERCE')!;
    expect([arrest.event_type, arrest.sub_event_type]).toEqual(['Strategic developments', 'Arrests']);

    const all = parseCsv(await exported('acled-csv', {}, { includeUnasserted: true }), { columns: true }) as Record<
      string,
      string
    >[];
    const flagged = all.filter((r) => r.dateline_modality !== 'asserted');
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((r) => r.tags.includes('unasserted'))).toBe(true);
  });

  it('csv and acled-csv: a side named by words and no entity is given by its words; a named one by its name', async () => {
    const rows = parseCsv(await exported('csv'), { columns: true }) as Record<string, string>[];
    const arrest = rows.find((r) => r.type === 'COERCE')!;
    expect([arrest.actors, arrest.targets]).toEqual(['police', '20 protesters']);
    const acled = parseCsv(await exported('acled-csv'), { columns: true }) as Record<string, string>[];
    const coerce = acled.find((r) => r.dateline_plover_type === 'COERCE')!;
    expect([coerce.actor1, coerce.actor2]).toEqual(['police', '20 protesters']);
    const shelling = acled.find((r) => r.dateline_plover_type === 'ASSAULT')!;
    expect(shelling.actor1).toBe('Russian');
  });

  it('geojson: events and places as valid Point features ([lon, lat])', async () => {
    const fc = JSON.parse(await exported('geojson'));
    const point = {
      type: 'object',
      required: ['type', 'geometry', 'properties'],
      properties: {
        type: { const: 'Feature' },
        geometry: {
          type: 'object',
          required: ['type', 'coordinates'],
          properties: {
            type: { const: 'Point' },
            coordinates: {
              type: 'array',
              minItems: 2,
              maxItems: 3,
              prefixItems: [
                { type: 'number', minimum: -180, maximum: 180 },
                { type: 'number', minimum: -90, maximum: 90 },
              ],
            },
          },
        },
        properties: { type: 'object', required: ['kind'], properties: { kind: { enum: ['event', 'place'] } } },
      },
    };
    const schema = {
      type: 'object',
      required: ['type', 'features'],
      properties: { type: { const: 'FeatureCollection' }, features: { type: 'array', items: point } },
    };
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(fc), JSON.stringify(validate.errors)).toBe(true);
    const event = fc.features.find(
      (f: { properties: { kind: string; place?: string } }) =>
        f.properties.kind === 'event' && f.properties.place === 'Kharkiv',
    );
    expect(event.geometry.coordinates[0]).toBeCloseTo(36.2, 0); // longitude first
    expect(event.properties.sources).toHaveLength(2);
    expect(
      fc.features.some(
        (f: { properties: { kind: string; name?: string } }) =>
          f.properties.kind === 'place' && f.properties.name === 'Lagos',
      ),
    ).toBe(true);
  });

  it('atom: a well-formed feed of articles, or of events, that a feed parser reads', async () => {
    const xml = await exported('atom', { text: 'Kharkiv' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseAtomFeed(xml);
    expect(feed.id).toMatch(/^urn:dateline:feed:/);
    expect(feed.entries?.map((e) => e.links?.[0]?.href).sort()).toEqual([
      'https://a.example/kharkiv',
      'https://b.example/kharkiv',
    ]);
    expect(feed.updated).toBeTruthy();

    const events = parseAtomFeed(await exported('atom', {}, { atomOf: 'events', title: 'Events' }));
    expect(events.title).toMatchObject({ value: 'Events' });
    const ids = events.entries?.map((e) => e.id) ?? [];
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(events.entries?.every((e) => e.title && e.updated)).toBe(true);
  });

  it('the CLI writes an export to a file, says what it left out, and refuses an unknown format', async () => {
    const out = join(dir, 'events.csv');
    const ok = await runCli(['export', '--db', db, '--format', 'acled-csv', '--output', out]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(
      /exported 5 records, \d+ events? to .*events\.csv; left out \d+ events? of \d+: .*not asserted/,
    );
    const bad = await runCli(['export', '--db', db, '--format', 'xlsx']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/xlsx/);
  });
});
