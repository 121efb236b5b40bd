import type { Lang } from '../../i18n/ui.ts';
import { en } from './en.ts';
import type { ChartStrings } from './strings.ts';
import { vi } from './vi.ts';

export type { ChartStrings } from './strings.ts';
const byLang: Record<Lang, ChartStrings> = { vi, en };
export const chartText = (lang: Lang): ChartStrings => byLang[lang];
