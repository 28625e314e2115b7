// `--url-map`: the web addresses of local files, for pages saved without one (a crawl's files
// named by hash). One pair per line, either JSON ({"path": …, "url": …}; "page" may stand for
// "path", as in crawl manifests) or two fields separated by a tab or spaces: path, then URL.
// Relative paths are taken from the map file's own folder. Lines that give no pair are reported
// one line each, naming the line; the others are used.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export interface UrlMap {
  /** URL by absolute path. */
  urls: Map<string, string>;
  /** One line per unusable line: "<file>:<line>: <reason>". */
  problems: string[];
}

const HTTP = /^https?:\/\/\S+$/i;

function pairOf(line: string): [string, string] | string {
  if (line.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return 'not valid JSON';
    }
    const o = value as Record<string, unknown>;
    const path = typeof o.path === 'string' ? o.path : typeof o.page === 'string' ? o.page : null;
    if (!path) return 'no "path" (or "page") string';
    if (typeof o.url !== 'string') return 'no "url" string';
    return [path, o.url];
  }
  const m = /^(.+?)[\t ]+(\S+)$/.exec(line);
  return m ? [m[1], m[2]] : 'expected a path and a URL';
}

export async function readUrlMap(file: string): Promise<UrlMap> {
  const base = dirname(resolve(file));
  const urls = new Map<string, string>();
  const problems: string[] = [];
  const lines = (await readFile(file, 'utf8')).split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const pair = pairOf(line);
    const where = `${file}:${i + 1}`;
    if (typeof pair === 'string') problems.push(`${where}: ${pair}`);
    else if (!HTTP.test(pair[1])) problems.push(`${where}: not an http(s) URL`);
    else urls.set(resolve(base, pair[0]), pair[1]);
  }
  return { urls, problems };
}
