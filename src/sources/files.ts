// Local inputs: files, folders (recursively, in a stable order, filtered by include/exclude
// globs), gzipped files and "-" for standard input. Unreadable entries become
// failures naming the path; the walk goes on.
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { SourceFailure, SourceItem, SourceSkip } from './item.js';
import { MAX_PAGE_BYTES, readBounded, readFileBounded } from './bounded-read.js';

export type FileEntry = { item: SourceItem } | { failure: SourceFailure } | { skipped: SourceSkip };

export interface WalkOptions {
  /** Globs a file found in a folder must match (relative to that folder; a glob without a slash matches the file name). */
  include?: readonly string[];
  exclude?: readonly string[];
  /** Give each item its position among the pages (for progress and its estimate), which costs a
   * first walk of every folder that only counts them (a stat per file). Default true; commands
   * without a progress display leave it off (`dateline extract`: 181 stats fewer over the Zyte pages). */
  positions?: boolean;
}

type Filter = (relPath: string) => boolean;
type Picomatch = typeof import('picomatch');

/**
 * Files a folder walk takes when no --include says otherwise: pages (HTML, text dumps) and web
 * archives, plain or gzipped. Anything else in a folder (a gold.jsonl, a README, images) is
 * skipped and counted, not read as a page.
 */
const PAGE_LIKE = /\.(html?|xhtml|txt|warc)(\.gz)?$/i;

/** The skip reason for a file a folder walk passes over by default; grouped by extension in summaries. */
function notPageLike(name: string): string {
  // Only a plain extension is named: the reason is printed, and a file name may hold anything.
  const ext = /\.[a-z0-9]{1,12}$/i.exec(name)?.[0] ?? 'other';
  return `not page-like (${ext.toLowerCase()}; --include takes it)`;
}

async function fileFilter(opts: WalkOptions): Promise<Filter> {
  if (!opts.include?.length && !opts.exclude?.length) return () => true;
  // picomatch is loaded only when there are globs to match: a plain `dateline extract` does not
  // pay for compiling it (about 60 of the 530 KB of bundled code that command loaded).
  const { default: picomatch } = await import('picomatch');
  const inc = opts.include?.length ? globs(picomatch, opts.include) : () => true;
  const exc = opts.exclude?.length ? globs(picomatch, opts.exclude) : () => false;
  return (rel) => inc(rel) && !exc(rel);
}

/** Files the folder walk skips: hidden files, editor backups, and databases (with their journals). */
const SKIPPED_NAME = /^\.|~$|\.(db|sqlite|sqlite3)(-wal|-shm|-journal)?$/i;

/** Globs without a slash match the file name ("*.html"); others the path under the folder ("2023/**"). */
function globs(picomatch: Picomatch, patterns: readonly string[]): Filter {
  const byName = patterns.filter((p) => !p.includes('/'));
  const byPath = patterns.filter((p) => p.includes('/'));
  const name = byName.length ? picomatch(byName, { dot: true }) : () => false;
  const path = byPath.length ? picomatch(byPath, { dot: true }) : () => false;
  return (rel) => name(basename(rel)) || path(rel.split(sep).join('/'));
}

export async function* localEntries(inputs: readonly string[], opts: WalkOptions = {}): AsyncGenerator<FileEntry> {
  const filter = await fileFilter(opts);
  const pageLikeOnly = !opts.include?.length;
  // Folders and files already walked, by device and inode: symbolic links can make a folder its own
  // descendant (two links to "." gave 92,225 items for one file) or show one file under many names.
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      yield { item: stdinItem() };
      continue;
    }
    if (opts.positions === false) {
      yield* walk(input, input, filter, seen, pageLikeOnly);
      continue;
    }
    // Count the pages first (a second walk of names and sizes, no reads), so progress knows how far
    // through the folder each item is, and can give an estimate from the first pages on.
    let total = 0;
    for await (const entry of walk(input, input, filter, new Set(), pageLikeOnly)) if ('item' in entry) total++;
    let n = 0;
    for await (const entry of walk(input, input, filter, seen, pageLikeOnly)) {
      if ('item' in entry) entry.item.position = Math.min(++n / total, 1);
      yield entry;
    }
  }
}

async function* walk(
  path: string,
  root: string,
  filter: Filter,
  seen: Set<string>,
  pageLikeOnly: boolean,
): AsyncGenerator<FileEntry> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield { failure: { key: resolve(path), reason: describe(err) } };
    return;
  }
  const identity = `${info.dev}:${info.ino}`;
  if (info.isDirectory()) {
    if (seen.has(identity)) return;
    seen.add(identity);
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (err) {
      yield { failure: { key: resolve(path), reason: describe(err) } };
      return;
    }
    for (const name of names) {
      if (SKIPPED_NAME.test(name)) continue;
      const child = join(path, name);
      // Folders are always entered; the globs choose among the files found in them.
      yield* walk(child, root, filter, seen, pageLikeOnly);
    }
    return;
  }
  if (!info.isFile()) {
    yield { failure: { key: resolve(path), reason: 'not a regular file' } };
    return;
  }
  if (path !== root && !filter(relative(root, path))) return;
  // A file named on the command line is always taken; in folders, only pages unless --include.
  if (path !== root && pageLikeOnly && !PAGE_LIKE.test(path)) {
    yield { skipped: { key: resolve(path), reason: notPageLike(basename(path)) } };
    return;
  }
  if (seen.has(identity)) return;
  seen.add(identity);
  yield { item: fileItem(path, `${info.size}:${Math.round(info.mtimeMs)}`, info.size) };
}

/** An item reading a local file. `size`: its size in bytes as a stat has just given it (the folder
 * walk's), so reading it needs no stat of its own (readFileBounded). */
export function fileItem(path: string, version?: string, size?: number): SourceItem {
  return {
    key: resolve(path),
    ...(version ? { version } : {}),
    path,
    read: () => readFileBounded(path, MAX_PAGE_BYTES, size),
  };
}

function stdinItem(): SourceItem {
  return {
    key: '-',
    path: '-',
    transient: true,
    read: () => readBounded(process.stdin, MAX_PAGE_BYTES),
  };
}

/** One line for an I/O error: its reason without the stack or the repeated path. */
export function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EISDIR: 'is a folder',
    ENOTDIR: 'not a folder',
    EMFILE: 'too many open files',
  };
  return (e.code && reasons[e.code]) || e.message?.split('\n')[0] || String(err);
}
