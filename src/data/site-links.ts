// Where things live on the site, so pages, citations and downloads link to the same URLs.
import { localePath } from '../i18n/paths.ts';
import type { Lang } from '../i18n/ui.ts';
import type { Figure } from './schemas/row.ts';
import type { Source } from './schemas/sources.ts';
import { sectionAnchor } from './sections.ts';

const idPart = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const datasetPath = (id: string, lang: Lang) => localePath(lang, `/datasets/${id}/`);
export const sourcePath = (id: string, lang: Lang) => localePath(lang, `/sources/${id}/`);

/** The id of a figure's cell in its dataset table: "fig-2009-ministry-unit-heads-women-share". */
export const figureAnchor = (f: Pick<Figure, 'year' | 'breakdown' | 'measure'>) => `fig-${f.year}-${idPart(f.breakdown)}-${idPart(f.measure)}`;

/** The id of a figure's note in the dataset page's notes section. */
export const noteAnchor = (f: Pick<Figure, 'year' | 'breakdown' | 'measure'>) => `note-${f.year}-${idPart(f.breakdown)}-${idPart(f.measure)}`;

/** A primary document has a page on this site (to the exact section when known); a secondary one is linked at its URL. */
export function sourceHref(source: Source, lang: Lang, section?: string): string | undefined {
  if (source.kind === 'primary' && source.file) {
    return `${sourcePath(source.id, lang)}${section ? `#${sectionAnchor(section)}` : ''}`;
  }
  return source.url;
}

export const hasSourcePage = (source: Source) => source.kind === 'primary' && source.file !== undefined;
