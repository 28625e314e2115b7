// WARC and WARC.gz archives as sources (warcio parses them, streaming). HTTP responses with an
// HTML or plain-text page become items carrying their original URL and capture date; every other
// record (requests, metadata, images, redirects...) is skipped and counted by kind.
//
// warcio trusts each record's Content-Length: a cut record comes out short, and a wrong length
// swallows the next records or leaves garbage where the next one should start. So every record
// is checked (a byte count that is a number and fits in the file, content read to its end, the
// next record starting where this one says it ends), a malformed one is reported with its byte
// offset and never stored, and reading goes on from the next record start found after it.
import { createReadStream, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import type { SourceEntry, SourceItem } from './item.js';
import { describe } from './files.js';
import { MAX_PAGE_BYTES } from './bounded-read.js';

export function isWarcPath(path: string): boolean {
  return /\.warc(\.gz)?$/i.test(path);
}

/** Every record starts with its version line; warcio reads garbage without complaint, so we check. */
const WARC_VERSION_LINE = /^WARC\/\d/;
/** A Content-Length: digits only ("NaN", "-5", "1e9" are not byte counts). */
const BYTE_COUNT = /^\d{1,15}$/;
/** Where a record may start when reading resumes after a malformed one. */
const RECORD_START = Buffer.from('WARC/1.');
const GZIP_MEMBER_START = Buffer.from([0x1f, 0x8b, 0x08]);

/** Payload types ingested from response records. */
const PAGE_TYPE = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

interface Archive {
  file: string;
  size: number;
  gzip: boolean;
  /** Open for the checks that read bytes at known offsets. */
  handle: FileHandle;
}

export async function* warcEntries(path: string): AsyncGenerator<SourceEntry> {
  const file = resolve(path);
  let archive: Archive;
  try {
    const head = Buffer.alloc(2);
    const handle = await open(file, 'r');
    await handle.read(head, 0, 2, 0);
    archive = { file, size: statSync(file).size, gzip: head[0] === 0x1f && head[1] === 0x8b, handle };
  } catch (err) {
    yield { failure: { key: file, reason: `WARC: ${describe(err)}` } };
    return;
  }
  try {
    yield* records(archive);
  } finally {
    await archive.handle.close();
  }
}

async function* records(archive: Archive): AsyncGenerator<SourceEntry> {
  const { file } = archive;
  let start: number | null = 0;
  let records = 0;
  while (start !== null && start < archive.size) {
    const run = readFrom(archive, start);
    let stop: Stop | undefined;
    for await (const step of run) {
      if ('stop' in step) stop = step.stop;
      else {
        if ('item' in step) records++;
        yield step;
      }
    }
    if (!stop) break;
    if (stop.offset === 0 && records === 0 && !stop.resync) {
      yield { failure: { key: file, reason: `not a WARC file (${stop.reason})` } };
      return;
    }
    yield {
      failure: {
        key: `${file}#${stop.offset}`,
        reason: `WARC record at byte ${stop.offset}: ${stop.reason}${stop.resync ? '' : '; not stored'}`,
      },
    };
    start = await nextRecordStart(archive, stop.offset + 1);
  }
}

/** Why reading stopped at `offset`; reading resumes at the next record start after it. */
interface Stop {
  offset: number;
  reason: string;
  /** Garbage between records rather than a record: nothing was lost there. */
  resync?: boolean;
}

/**
 * Records from byte `start` on. A page is yielded only once the record after it (or the end of
 * the archive) shows that its Content-Length was right.
 */
async function* readFrom(archive: Archive, start: number): AsyncGenerator<SourceEntry | { stop: Stop }> {
  const stream = createReadStream(archive.file, { start });
  const parser = new WARCParser(stream);
  let held: { item: SourceItem; offset: number; length: string } | null = null;
  try {
    for (;;) {
      let record: WARCRecord | null;
      try {
        record = await parser.parse();
      } catch (err) {
        yield { stop: held ? lengthMismatch(held) : { offset: start + parser.offset, reason: describe(err) } };
        return;
      }
      const offset = start + parser.offset;
      if (!record) break;
      if (!WARC_VERSION_LINE.test(record.warcHeaders.statusline)) {
        // Garbage where a record should start: the record before it had a wrong Content-Length.
        yield { stop: held ? lengthMismatch(held) : { offset, reason: 'no WARC version line', resync: offset > 0 } };
        return;
      }
      if (held) {
        yield { item: held.item };
        held = null;
      }
      const length = record.warcHeaders.headers.get('Content-Length') ?? '';
      const bad = badLength(length, archive, offset) ?? (archive.gzip ? null : await badEnd(archive, offset, length));
      if (bad) {
        yield { stop: { offset, reason: bad } };
        return;
      }
      const uri = record.warcTargetURI ?? '';
      const key = `${uri} @ ${archive.file}#${offset}`;
      const why = skipReason(record);
      if (why) {
        yield { skipped: { key, reason: why } };
        continue;
      }
      const content = await readContent(record);
      if ('error' in content) {
        yield { stop: { offset, reason: content.error } };
        return;
      }
      const contentType = record.httpHeaders?.headers.get('content-type') ?? undefined;
      const bytes = content.bytes;
      held = {
        offset,
        length,
        item: {
          key,
          url: uri,
          sourceFormat: 'warc',
          ...(contentType ? { contentType } : {}),
          ...(record.warcDate ? { fetchedAt: record.warcDate } : {}),
          position: archive.size > 0 ? Math.min(1, (start + stream.bytesRead) / archive.size) : undefined,
          read: async () => bytes,
        },
      };
    }
    if (held) yield { item: held.item };
    // warcio ends quietly at a gzip member cut short: bytes left over are a record that did not come out.
    const end = start + parser.offset;
    if (archive.gzip && end < archive.size)
      yield {
        stop: {
          offset: end,
          reason: `cut: the last ${archive.size - end} bytes of the archive are not a complete record`,
        },
      };
  } finally {
    stream.destroy();
  }
}

function lengthMismatch(held: { offset: number; length: string }): Stop {
  return {
    offset: held.offset,
    reason: `its Content-Length (${held.length}) does not end where the next record starts`,
  };
}

/** Why a Content-Length cannot be right, or null. Uncompressed, the record must fit in the file. */
function badLength(length: string, archive: Archive, offset: number): string | null {
  if (!BYTE_COUNT.test(length)) return `Content-Length "${length}" is not a byte count`;
  if (!archive.gzip && offset + Number(length) > archive.size)
    return `cut: Content-Length ${length} runs past the end of the archive (${archive.size - offset} bytes left)`;
  return null;
}

/** Bytes read to find the end of a record's WARC headers. */
const MAX_HEADER_BYTES = 64 * 1024;
const CRLFCRLF = Buffer.from('\r\n\r\n');

/**
 * Uncompressed, a record's end can be checked where it lies: its headers, a blank line, exactly
 * Content-Length bytes, then CRLF CRLF. A length a little too small or too large fails here
 * (warcio would find its way to the next record and hand over a cut or swollen record).
 */
async function badEnd(archive: Archive, offset: number, length: string): Promise<string | null> {
  const { handle } = archive;
  const head = Buffer.alloc(MAX_HEADER_BYTES);
  const { bytesRead } = await handle.read(head, 0, head.length, offset);
  const headers = head.subarray(0, bytesRead).indexOf(CRLFCRLF);
  if (headers < 0) return `no end of the WARC headers in their first ${MAX_HEADER_BYTES} bytes`;
  const end = offset + headers + CRLFCRLF.length + Number(length);
  if (end + CRLFCRLF.length > archive.size)
    return `cut: the archive ends ${end + CRLFCRLF.length - archive.size} bytes before the record does`;
  const tail = Buffer.alloc(CRLFCRLF.length);
  const got = await handle.read(tail, 0, tail.length, end);
  return got.bytesRead === tail.length && tail.equals(CRLFCRLF)
    ? null
    : `its Content-Length (${length}) does not end where the record does`;
}

/**
 * A page record's payload, decoded (chunked transfer, gzip...) and at most MAX_PAGE_BYTES: the
 * decoding streams, so a compressed bomb in a record stops at the limit. A record that ends
 * before its Content-Length is cut, never a shorter page.
 */
async function readContent(record: WARCRecord): Promise<{ bytes: Uint8Array } | { error: string }> {
  const raw = record.reader;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of record.contentReader) {
      size += chunk.length;
      if (size > MAX_PAGE_BYTES)
        return { error: `page too large: more than ${MAX_PAGE_BYTES} bytes (limit ${MAX_PAGE_BYTES})` };
      chunks.push(chunk);
    }
  } catch (err) {
    return { error: `unreadable content: ${describe(err)}` };
  }
  if (raw instanceof LimitReader && raw.limit > 0)
    return { error: `cut: the archive ends ${raw.limit} bytes before the record's Content-Length` };
  return { bytes: Buffer.concat(chunks, size) };
}

/** The byte offset of the next possible record start at or after `from`, or null. */
async function nextRecordStart(archive: Archive, from: number): Promise<number | null> {
  const marker = archive.gzip ? GZIP_MEMBER_START : RECORD_START;
  const { handle } = archive;
  const window = Buffer.alloc(1 << 20);
  for (let at = Math.max(0, from - 1); at < archive.size; at += window.length - marker.length) {
    const { bytesRead } = await handle.read(window, 0, window.length, at);
    const bytes = window.subarray(0, bytesRead);
    for (let found = bytes.indexOf(marker, at < from ? 1 : 0); found >= 0; found = bytes.indexOf(marker, found + 1)) {
      // Uncompressed, a record starts a line; a gzip member may start anywhere.
      if (archive.gzip || (found > 0 && bytes[found - 1] === 0x0a)) return at + found;
    }
    if (bytesRead < window.length) break;
  }
  return null;
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
