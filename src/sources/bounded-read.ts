// Reading bytes with a ceiling on what comes out. gzip expands about a thousand to one, so a 1 MB
// .xml.gz can unpack to a gigabyte: decompression stops at the limit, and a local
// file's size is checked before it is read, so memory stays bounded whatever the input.
import { open, readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';

/** Largest page accepted from a file or standard input: extract's MAX_INPUT_BYTES, which refuses anything larger anyway. */
export const MAX_PAGE_BYTES = 32 * 1024 * 1024;
/**
 * Largest feed or sitemap once decompressed: the fetcher's limit on a body, which gzip inside the
 * body must not get round. A sitemap of 50,000 URLs (the protocol's most) is 5-8 MB; parsing
 * costs about 17 bytes of memory per byte of XML (a 49 MB sitemap peaked at 836 MB).
 */
export const MAX_XML_BYTES = 10 * 1024 * 1024;

export class TooLargeError extends Error {}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** Unpacks gzip data in memory, refusing output beyond maxBytes (zlib stops there, nothing more is allocated). */
export function gunzipBounded(data: Uint8Array, maxBytes: number): Buffer {
  try {
    return gunzipSync(data, { maxOutputLength: maxBytes });
  } catch (err) {
    throw gzipError(err as NodeJS.ErrnoException, maxBytes);
  }
}

/**
 * A local file's bytes, gunzipped when its name ends in .gz; its size is checked before anything is
 * read. The file (at most maxBytes, so bounded) is read in one call and unpacked in one call that
 * stops at maxBytes: a read stream piped into a gunzip stream gave the same bytes at twice the CPU
 * (64 KB reads, 16 KB inflated chunks, each through the stream machinery and then concatenated).
 */
export async function readFileBounded(path: string, maxBytes: number, knownSize?: number): Promise<Buffer> {
  const bytes =
    (knownSize !== undefined && knownSize <= maxBytes ? await readKnownSize(path, knownSize) : undefined) ??
    (await readCheckingSize(path, maxBytes));
  // A file that grew after its size was read.
  if (bytes.length > maxBytes) throw new TooLargeError(`too large: more than ${maxBytes} bytes (limit ${maxBytes})`);
  return /\.gz$/i.test(path) ? gunzipBounded(bytes, maxBytes) : bytes;
}

/** The file read whole after a stat of its own that says it is not above maxBytes. */
async function readCheckingSize(path: string, maxBytes: number): Promise<Buffer> {
  const { size } = await stat(path);
  if (size > maxBytes) throw new TooLargeError(`too large: ${size} bytes (limit ${maxBytes})`);
  return readFile(path);
}

/**
 * The file's bytes when it still holds at most `size` of them (the size a folder walk has just
 * read with its stat), in reads into one buffer of size + 1 bytes: no second stat (and none inside
 * readFile), and no more than size + 1 bytes held whatever the file became. Undefined when the
 * file has grown past `size` since; the caller then reads it as a file of unknown size.
 */
async function readKnownSize(path: string, size: number): Promise<Buffer | undefined> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafeSlow(size + 1);
    let filled = 0;
    while (filled < buf.length) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled > size ? undefined : buf.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** Collects a stream (standard input) up to maxBytes and fails as soon as it goes past (the rest is never read). */
export async function readBounded(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new TooLargeError(`too large: more than ${maxBytes} bytes (limit ${maxBytes})`);
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    throw err instanceof TooLargeError ? err : gzipError(err as NodeJS.ErrnoException, maxBytes);
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks, size);
}

function gzipError(err: NodeJS.ErrnoException, maxBytes: number): Error {
  if (err.code === 'ERR_BUFFER_TOO_LARGE')
    return new TooLargeError(`too large: more than ${maxBytes} bytes once decompressed (limit ${maxBytes})`);
  if (err.code?.startsWith('Z_')) return new Error(`not valid gzip data (${err.message})`);
  return err;
}
