// Addresses that leave in an export: readers turn them into links, so only http(s) goes out. A
// page can declare any canonical URL (javascript:alert(1) included) and an archive any target URI.

/** The URL when it is an http(s) URL, else undefined. */
export function webUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A URL scheme ("javascript:"); one letter is a Windows drive, not a scheme. */
const SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/** Where a record came from, as an export may show it: an http(s) URL or a local path; other URLs are dropped. */
export function sourceRef(source: string | null | undefined): string | undefined {
  if (!source) return undefined;
  return SCHEME.test(source) ? webUrl(source) : source;
}
