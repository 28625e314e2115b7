// `--format acled-csv`: events in ACLED's column layout, mapped from PLOVER as docs/acled-mapping.md
// describes. ACLED codes political violence, demonstrations and strategic developments that
// happened; so only the PLOVER types with an ACLED counterpart are exported, and only asserted,
// non-background events — unless `includeUnasserted` is set, when the others are added with
// their modality in the `dateline_modality` column (and "unasserted" in tags), never unflagged.
import * as worldCountries from 'world-countries';
import type { Country } from 'world-countries';
import { csvRow } from './csv.js';
import type { ExportEvent } from './events.js';
import { sourceRef } from './urls.js';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
  // dateline's own columns, after ACLED's: what kind of claim, and where to find it.
  'dateline_modality',
  'dateline_plover_type',
  'dateline_sources',
] as const;

interface AcledType {
  disorder: string;
  eventType: string;
  subEventType: string;
}

const BATTLES: AcledType = { disorder: 'Political violence', eventType: 'Battles', subEventType: 'Armed clash' };
const ATTACK: AcledType = {
  disorder: 'Political violence',
  eventType: 'Violence against civilians',
  subEventType: 'Attack',
};
const STRATEGIC = (subEventType: string): AcledType => ({
  disorder: 'Strategic developments',
  eventType: 'Strategic developments',
  subEventType,
});

/** ASSAULT modes with their own ACLED sub-event type. */
const ASSAULT_BY_MODE: Record<string, AcledType> = {
  aerial: { disorder: 'Political violence', eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' },
  artillery: {
    disorder: 'Political violence',
    eventType: 'Explosions/Remote violence',
    subEventType: 'Shelling/artillery/missile attack',
  },
  explosives: {
    disorder: 'Political violence',
    eventType: 'Explosions/Remote violence',
    subEventType: 'Remote explosive/landmine/IED',
  },
  abduct: {
    disorder: 'Political violence',
    eventType: 'Violence against civilians',
    subEventType: 'Abduction/forced disappearance',
  },
};
/** Trigger words of two-sided fighting: ACLED's "Battles". */
const BATTLE_WORDS = /\b(clash|fight|battle|skirmish|firefight|exchange)/i;

/** The ACLED category of a PLOVER event, or null when ACLED codes no such events. */
export function acledType(e: ExportEvent): AcledType | null {
  const mode = e.first?.mode;
  switch (e.type) {
    case 'ASSAULT':
      if (mode && ASSAULT_BY_MODE[mode]) return ASSAULT_BY_MODE[mode];
      return BATTLE_WORDS.test(e.first?.trigger.text ?? '') ? BATTLES : ATTACK;
    case 'PROTEST':
      return mode === 'riot'
        ? { disorder: 'Political violence; Demonstrations', eventType: 'Riots', subEventType: 'Violent demonstration' }
        : { disorder: 'Demonstrations', eventType: 'Protests', subEventType: 'Peaceful protest' };
    case 'COERCE':
      return STRATEGIC(mode === 'arrest' ? 'Arrests' : 'Other');
    case 'MOBILIZE':
      return STRATEGIC('Change to group/activity');
    case 'AGREE':
      return STRATEGIC('Agreement');
    case 'RETREAT':
      return STRATEGIC('Non-violent transfer of territory');
    default:
      return null;
  }
}

// The package's typings describe its default export as the module itself; at run time it is the array.
const countries: readonly Country[] = (worldCountries as unknown as { default: Country[] }).default;
const COUNTRY_BY_CODE = new Map(
  countries.map((c) => [c.cca2, { name: c.name.common, iso: Number(c.ccn3), region: c.subregion || c.region }]),
);

export interface AcledOptions {
  /** Add future, possible, hypothetical, negated and background events, flagged. */
  includeUnasserted?: boolean;
}

/** Why an event stays out of the ACLED export (a short phrase, for the export's summary), or null when it goes in. */
export function acledOmission(e: ExportEvent, opts: AcledOptions = {}): string | null {
  if (!acledType(e)) return `${e.type}: no ACLED counterpart`;
  if (opts.includeUnasserted) return null;
  if (e.modality !== 'asserted') return `${e.modality}, not asserted (--include-unasserted adds them)`;
  if (e.first?.background) return 'background, not new (--include-unasserted adds them)';
  return null;
}

export function* acledCsv(events: readonly ExportEvent[], opts: AcledOptions = {}): Generator<string> {
  yield csvRow(ACLED_COLUMNS);
  for (const e of events) {
    const t = acledType(e);
    if (!t || acledOmission(e, opts) !== null) continue;
    const asserted = e.modality === 'asserted' && !e.first?.background;
    const date = e.firstDate;
    const country = e.place?.country ? COUNTRY_BY_CODE.get(e.place.country) : undefined;
    const [actor1, ...assoc1] = e.actors.map((a) => a.name);
    const [actor2, ...assoc2] = e.targets.map((a) => a.name);
    const tags = [
      asserted ? null : 'unasserted',
      e.first?.background ? 'background' : null,
      ...(e.first?.context ?? []),
    ]
      .filter(Boolean)
      .join('; ');
    yield csvRow([
      `DL${e.id}`,
      date,
      date?.slice(0, 4),
      timePrecision(e),
      t.disorder,
      t.eventType,
      t.subEventType,
      actor1,
      assoc1.join('; '),
      null,
      actor2,
      assoc2.join('; '),
      null,
      null,
      null,
      country?.iso,
      country?.region,
      country?.name,
      e.admin1,
      null,
      null,
      e.place?.name,
      e.place?.lat,
      e.place?.lon,
      geoPrecision(e),
      e.sources.map((s) => sourceRef(s.source) ?? s.recordId).join('; '),
      null,
      e.first?.sentence.text.replace(/\s+/g, ' '),
      null,
      tags,
      date ? Math.floor(Date.parse(date) / 1000) : null,
      e.first?.background && e.modality === 'asserted' ? 'background' : e.modality,
      e.type,
      e.sources.map((s) => s.recordId).join('; '),
    ]);
  }
}

/** ACLED time precision: 1 = the day is known (the text dated the event), 2 = about a week (dated by publication). */
function timePrecision(e: ExportEvent): number | null {
  if (!e.firstDate) return null;
  return e.first?.time && /^\d{4}-\d{2}-\d{2}/.test(e.first.time) ? 1 : 2;
}

/** ACLED geo precision: 1 = a town (coordinates of a named place), 3 = only a larger region or the country. */
function geoPrecision(e: ExportEvent): number | null {
  if (!e.place || e.place.lat === null) return null;
  return COUNTRY_NAMES.has(e.place.name.toLowerCase()) ? 3 : 1;
}

const COUNTRY_NAMES = new Set(countries.flatMap((c) => [c.name.common, c.name.official]).map((n) => n.toLowerCase()));
