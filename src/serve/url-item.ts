// A URL as a source item for the ingest endpoint: fetched once, with a timeout and a size cap.
import type { SourceItem } from '../sources/item.js';

/** A page that takes longer than this is given up (the ingest request waits for it). */
const FETCH_TIMEOUT_MS = 15_000;
/** Bytes read from one response at most. */
const MAX_BYTES = 10 * 1024 * 1024;
const USER_AGENT = 'dateline/0.1 (+https://github.com/dateline)';

export function urlItem(url: string): SourceItem {
  return {
    key: url,
    url,
    fetchedAt: new Date().toISOString(),
    async read() {
      const res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { 'user-agent': USER_AGENT }, redirect: 'follow' });
      if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (bytes.length > MAX_BYTES) throw new Error(`${url} is larger than ${MAX_BYTES} bytes`);
      return bytes;
    },
  };
}
