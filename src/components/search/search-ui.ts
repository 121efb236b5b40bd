// Enhances the search page: loads Pagefind's index for this page's language (from <html lang>), searches
// as the user types, and lists results with their kind. Everything visible comes from data-* strings.
import { queryVariants } from './query-variants.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  init(): Promise<void>;
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 20;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

/** Pagefind's excerpt is escaped text with <mark>; rebuild it as text and <mark> nodes only. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function kindOf(url: string): 'dataset' | 'report' | 'source' | 'page' {
  const path = url.replace(/^\/en\//, '/');
  if (path.startsWith('/datasets/')) return 'dataset';
  if (path.startsWith('/report/') || path.startsWith('/reporting-system/')) return 'report';
  if (path.startsWith('/sources/')) return 'source';
  return 'page';
}

/** Every variant of the query searched, results merged by page with the best score. */
async function searchAll(pagefind: Pagefind, query: string): Promise<PagefindResult[]> {
  const best = new Map<string, PagefindResult>();
  for (const variant of queryVariants(query)) {
    const found = await pagefind.search(variant);
    for (const result of found?.results ?? []) {
      const seen = best.get(result.id);
      if (!seen || seen.score < result.score) best.set(result.id, result);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
}

export function mountSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form');
  const input = root.querySelector<HTMLInputElement>('input[type=search]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  const text = (key: string) => root.dataset[key] ?? '';
  // Without JavaScript the page shows only its <noscript> note (with its own catalogue link).
  form.hidden = false;
  const more = root.querySelector<HTMLElement>('[data-search-more]');
  if (more) more.hidden = false;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    // A runtime URL: the index is written after `astro build`, so the bundler must not resolve it.
    const url = new URL('/pagefind/pagefind.js', window.location.href).href;
    pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ excerptLength: 24 });
      await pf.init();
      return pf;
    });
    return pagefind;
  };

  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    const address = new URL(window.location.href);
    if (query) address.searchParams.set('q', query);
    else address.searchParams.delete('q');
    history.replaceState(null, '', address);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = text('loading');
    try {
      const results = await searchAll(await load(), query);
      const data = await Promise.all(results.map((r) => r.data()));
      if (ticket !== latest) return;
      list.replaceChildren(
        ...data.map((d) => {
          const item = document.createElement('li');
          const kind = document.createElement('span');
          kind.className = 'search-result__kind';
          const k = kindOf(d.url);
          kind.textContent = text(`kind${k.charAt(0).toUpperCase()}${k.slice(1)}`);
          const link = document.createElement('a');
          link.href = d.url;
          link.textContent = d.meta.title ?? d.url;
          const excerpt = document.createElement('p');
          excerpt.append(...excerptNodes(d.excerpt));
          item.append(kind, ' ', link, excerpt);
          return item;
        }),
      );
      status.textContent = fill(text(data.length > 0 ? 'results' : 'noResults'), { count: String(data.length), query });
    } catch {
      if (ticket === latest) status.textContent = text('unavailable');
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  const initial = new URL(window.location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}
