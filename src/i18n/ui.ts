import { z } from 'zod';
import vi from './vi.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

export const langs = ['vi', 'en'] as const;
export type Lang = (typeof langs)[number];
export const defaultLang: Lang = 'vi';
export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');

/** Every UI string key; both dictionaries must have exactly these (strict: no missing, no extra). */
const key = z.string().min(1);
export const dictionarySchema = z.strictObject(Object.fromEntries(Object.keys(vi).map((k) => [k, key])) as Record<keyof typeof vi, typeof key>);
export type UiKey = keyof typeof vi;

const dictionaries: Record<Lang, Record<UiKey, string>> = {
  vi: dictionarySchema.parse(vi),
  en: dictionarySchema.parse(en),
};

export function t(lang: Lang, k: UiKey): string {
  return dictionaries[lang][k];
}

/** A dictionary string with {placeholders} filled: tf('vi', 'home.card.when', { year, status }). */
export function tf(lang: Lang, k: UiKey, params: Record<string, string | number>): string {
  return t(lang, k).replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing placeholder {${name}} for UI string "${k}" (${lang})`);
    return String(value);
  });
}

export function useTranslations(lang: Lang) {
  return (k: UiKey) => t(lang, k);
}
