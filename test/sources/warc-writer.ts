// Writes WARC files for tests with warcio's serializer (as crawlers write them).
import { WARCRecord } from 'warcio';
import { WARCSerializer } from 'warcio/node';

const enc = new TextEncoder();

async function* one(bytes: Uint8Array) {
  yield bytes;
}

export interface TestRecord {
  type: 'response' | 'request' | 'warcinfo' | 'metadata';
  url: string;
  date?: string;
  status?: number;
  contentType?: string;
  body: string;
}

export async function warcBytes(records: TestRecord[], gzip: boolean): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const r of records) {
    const record =
      r.type === 'response'
        ? WARCRecord.create(
            {
              url: r.url,
              date: r.date,
              type: 'response',
              warcVersion: 'WARC/1.1',
              statusline: `HTTP/1.1 ${r.status ?? 200} OK`,
              httpHeaders: { 'Content-Type': r.contentType ?? 'text/html; charset=utf-8' },
            },
            one(enc.encode(r.body)),
          )
        : WARCRecord.create(
            {
              url: r.url,
              date: r.date,
              type: r.type,
              warcVersion: 'WARC/1.1',
              ...(r.type === 'request'
                ? { statusline: 'GET / HTTP/1.1', httpHeaders: { Host: 'x' } }
                : { warcHeaders: { 'Content-Type': 'text/plain' } }),
            },
            one(enc.encode(r.body)),
          );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}
