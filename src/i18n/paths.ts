// URLs per locale: Vietnamese unprefixed (/datasets/x/), English under /en/ with the same slug.
import { defaultLang, langs, type Lang } from './ui.ts';

export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');

/** Split "/en/datasets/x/#a" into its locale and the locale-free path "/datasets/x/#a". */
export function splitLocale(path: string): { lang: Lang; path: string } {
  for (const lang of langs) {
    if (lang === defaultLang) continue;
    const prefix = `/${lang}`;
    if (path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}#`) || path.startsWith(`${prefix}?`)) {
      const rest = path.slice(prefix.length);
      return { lang, path: rest.startsWith('/') ? rest : `/${rest}` };
    }
  }
  return { lang: defaultLang, path: path.startsWith('/') ? path : `/${path}` };
}

/** The path of a page in a locale: localePath('en', '/datasets/x/') → "/en/datasets/x/". Accepts prefixed paths too. */
export function localePath(lang: Lang, path: string): string {
  const bare = splitLocale(path).path;
  return lang === defaultLang ? bare : `/${lang}${bare}`;
}

/** The same page in the other language: twinPath('en', '/en/sources/x/') → "/sources/x/". */
export function twinPath(lang: Lang, path: string): string {
  return localePath(otherLang(lang), path);
}
