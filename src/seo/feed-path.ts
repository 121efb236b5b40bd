// Where each language's feed lives (pages link to it in their <head>).
import { localePath } from '../i18n/paths.ts';
import type { Lang } from '../i18n/ui.ts';

export const feedPath = (lang: Lang) => localePath(lang, '/feed.xml');
