import { useSyncExternalStore } from 'react';

/**
 * Hash routes (`#/portfolio/imports?id=…`): the console is served as static files under /console/, so the
 * path after # is the page and nothing on the server has to know the console's routes.
 */
export interface Route {
  /** The first segment: a page's path in PAGES. */
  page: string;
  /** The segments after it. */
  rest: string[];
  params: URLSearchParams;
}

function current(): string {
  return window.location.hash.replace(/^#\/?/, '');
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.split('?');
  const [page = '', ...rest] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { page, rest, params: new URLSearchParams(query) };
}

export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, current));
}

export function navigate(path: string): void {
  window.location.hash = `#/${path.replace(/^\/+/, '')}`;
}

export const hrefOf = (path: string) => `#/${path.replace(/^\/+/, '')}`;
