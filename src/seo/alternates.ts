// The language alternates a built page declares in its <head> (<link rel="alternate" hreflang href>),
// so the sitemap repeats exactly what each page says, even where twins' slugs differ.

export interface Alternate {
  lang: string;
  url: string;
}

const linkTag = /<link\b[^>]*>/gi;
const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
const value = (m: RegExpExecArray | null) => (m ? (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&') : undefined);

/** hreflang alternates in the page's head, in document order, one per language. */
export function declaredAlternates(html: string): Alternate[] {
  const head = html.split(/<\/head>/i)[0] ?? '';
  const seen = new Set<string>();
  const alternates: Alternate[] = [];
  for (const [tag] of head.matchAll(linkTag)) {
    const rel = value(attr(tag, 'rel'))?.toLowerCase().split(/\s+/) ?? [];
    const lang = value(attr(tag, 'hreflang'));
    const url = value(attr(tag, 'href'));
    if (!rel.includes('alternate') || !lang || !url || seen.has(lang)) continue;
    seen.add(lang);
    alternates.push({ lang, url });
  }
  return alternates;
}
