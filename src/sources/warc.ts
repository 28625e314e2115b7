// WARC and WARC.gz archives as sources (warcio parses them, streaming). HTTP responses with an
// HTML or plain-text page become items carrying their original URL and capture date; every other
// record (requests, metadata, images, redirects...) is skipped and counted by kind.
import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { WARCParser, type WARCRecord } from 'warcio';
import type { SourceEntry } from './item.js';
import { describe } from './files.js';

export function isWarcPath(path: string): boolean {
  return /\.warc(\.gz)?$/i.test(path);
}

/** Every record starts with its version line; warcio reads garbage without complaint, so we check. */
const WARC_VERSION_LINE = /^WARC\/\d/;

/** Payload types ingested from response records. */
const PAGE_TYPE = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

export async function* warcEntries(path: string): AsyncGenerator<SourceEntry> {
  const file = resolve(path);
  let parser: WARCParser;
  try {
    const size = statSync(file).size;
    const stream = createReadStream(file);
    parser = new WARCParser(stream);
    for await (const record of parser) {
      if (!WARC_VERSION_LINE.test(record.warcHeaders.statusline)) {
        yield { failure: { key: file, reason: `not a WARC file (no WARC version line at byte ${parser.offset})` } };
        return;
      }
      const uri = record.warcTargetURI ?? '';
      const key = `${uri} @ ${file}#${parser.offset}`;
      const why = skipReason(record);
      if (why) {
        yield { skipped: { key, reason: why } };
        continue;
      }
      // The parser streams, so the payload is read now, before it moves to the next record.
      const bytes = await record.readFully(true);
      const contentType = record.httpHeaders?.headers.get('content-type') ?? undefined;
      yield {
        item: {
          key,
          url: uri,
          sourceFormat: 'warc',
          ...(contentType ? { contentType } : {}),
          ...(record.warcDate ? { fetchedAt: record.warcDate } : {}),
          position: size > 0 ? stream.bytesRead / size : undefined,
          read: async () => bytes,
        },
      };
    }
  } catch (err) {
    yield { failure: { key: file, reason: `WARC: ${describe(err)}` } };
  }
}

/** Why a record is not a page to ingest, as a short category for the summary, or null. */
function skipReason(record: WARCRecord): string | null {
  if (record.warcType !== 'response') return `warc ${record.warcType}`;
  if (!record.warcTargetURI) return 'warc response without a URL';
  const status = Number(record.httpHeaders?.statusCode);
  if (!(status >= 200 && status < 300)) return `warc response HTTP ${status || 'unknown'}`;
  const type = record.httpHeaders?.headers.get('content-type') ?? '';
  if (!PAGE_TYPE.test(type)) return `warc response ${type.split(';')[0].trim() || 'without content type'}`;
  return null;
}
