// The JSON API client. Types come from the server's own modules (type-only imports), so the UI
// and the API share one definition of each shape.
import type { ArticleRecord } from '../../src/record/types.ts';
import type {
  CitedDomain,
  Citations,
  EntityProfile,
  EventHit,
  PlacePoint,
  QuoteHit,
  SearchPage,
  TimelineBucket,
} from '../../src/store/store.ts';

export type {
  ArticleRecord,
  CitedDomain,
  Citations,
  EntityProfile,
  EventHit,
  PlacePoint,
  QuoteHit,
  SearchPage,
  TimelineBucket,
};

export type Params = Record<string, string | number | undefined>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function get<T>(path: string, params: Params = {}): Promise<T> {
  const res = await fetch(`/api/${path}${query(params)}`, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, (body as { message?: string }).message ?? res.statusText);
  return body as T;
}

export const api = {
  search: (p: Params) => get<SearchPage>('search', p),
  article: (id: string) => get<ArticleRecord>(`articles/${encodeURIComponent(id)}`),
  citations: (id: string) => get<Citations>(`articles/${encodeURIComponent(id)}/citations`),
  sources: (p: Params) => get<{ domains: CitedDomain[] }>('sources', p),
  entity: (key: string) => get<EntityProfile>(`entities/${encodeURIComponent(key)}`),
  quotes: (p: Params) => get<{ total: number; quotes: QuoteHit[] }>('quotes', p),
  events: (p: Params) => get<{ total: number; events: EventHit[] }>('events', p),
  timeline: (p: Params) => get<TimelineBucket[]>('timeline', p),
  places: (p: Params) => get<PlacePoint[]>('places', p),
};
