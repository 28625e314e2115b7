// Hash routing: #/view/arg?params. Every fact links to #/article/<id>?span=<start>-<end>.
import { useEffect, useState } from 'react';
import { query, type Params } from './api.ts';

export interface Route {
  view: string;
  arg: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path, search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [view = '', ...rest] = path.split('/');
  return { view: view || 'search', arg: decodeURIComponent(rest.join('/')), params: new URLSearchParams(search) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

export const href = {
  search: (p: Params = {}) => `#/search${query(p)}`,
  article: (id: string, span?: readonly [number, number]) =>
    `#/article/${encodeURIComponent(id)}${span ? `?span=${span[0]}-${span[1]}` : ''}`,
  entity: (key: string) => `#/entity/${encodeURIComponent(key)}`,
  quotes: (p: Params = {}) => `#/quotes${query(p)}`,
  timeline: (p: Params = {}) => `#/timeline${query(p)}`,
  map: (p: Params = {}) => `#/map${query(p)}`,
  sources: (p: Params = {}) => `#/sources${query(p)}`,
};

export function navigate(to: string): void {
  location.hash = to.replace(/^#/, '');
}

/** Links to article sources: only http(s), so a javascript: or data: URL in a page never becomes clickable. */
export function safeHref(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
