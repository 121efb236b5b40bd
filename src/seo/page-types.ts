// The page types of the URL contract (see the helpers' brief and DESIGN.md), from a URL path.
// Used by the quality gates and the benchmark to group pages.
import { splitLocale } from '../urls.ts';

export type PageType =
  | 'home' | 'catalogue' | 'dataset' | 'source' | 'report' | 'reporting-system'
  | 'search' | '404' | 'changelog' | 'embed' | 'other';

export function pageTypeOf(urlPath: string): PageType {
  const path = splitLocale(urlPath).path;
  if (path === '/') return 'home';
  if (/^\/404(\.html|\/)$/.test(path)) return '404';
  if (path === '/datasets/') return 'catalogue';
  if (/^\/datasets\/[^/]+\/$/.test(path)) return 'dataset';
  if (path.startsWith('/sources/')) return 'source';
  if (path.startsWith('/report/')) return 'report';
  if (path.startsWith('/reporting-system/')) return 'reporting-system';
  if (path === '/search/') return 'search';
  if (path.startsWith('/changelog/')) return 'changelog';
  if (path.startsWith('/embed/')) return 'embed';
  return 'other';
}

