import { describe, expect, it } from 'vitest';
import vi from '../src/i18n/vi.json' with { type: 'json' };
import en from '../src/i18n/en.json' with { type: 'json' };
import { dictionarySchema, t, tf } from '../src/i18n/ui.ts';
import { formatDate, formatFigure, formatFigureValue, formatNumber, formatPercent } from '../src/i18n/format.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('have exactly the same keys in Vietnamese and English', () => {
    const viKeys = Object.keys(vi);
    const enKeys = Object.keys(en);
    expect(viKeys.filter((k) => !enKeys.includes(k)), 'keys missing in en.json').toEqual([]);
    expect(enKeys.filter((k) => !viKeys.includes(k)), 'keys missing in vi.json').toEqual([]);
  });

  it('both pass the strict dictionary schema', () => {
    expect(dictionarySchema.safeParse(vi).success).toBe(true);
    expect(dictionarySchema.safeParse(en).success).toBe(true);
  });

  it('the schema rejects a dictionary with a missing key or an extra key', () => {
    const missing: Record<string, string> = { ...en };
    delete missing['nav.home'];
    expect(dictionarySchema.safeParse(missing).success).toBe(false);
    expect(dictionarySchema.safeParse({ ...en, 'nav.typo': 'x' }).success).toBe(false);
    expect(dictionarySchema.safeParse({ ...en, 'nav.home': '' }).success).toBe(false);
  });

  it('use the same {placeholders} in both languages', () => {
    const differing = Object.keys(vi).filter(
      (k) => placeholders(vi[k as keyof typeof vi]).join() !== placeholders(en[k as keyof typeof en]).join(),
    );
    expect(differing).toEqual([]);
  });

  it('are NFC-normalised (Vietnamese diacritics compose) with no stray spaces', () => {
    for (const [lang, dict] of Object.entries({ vi, en })) {
      for (const [k, v] of Object.entries(dict)) {
        expect(v, `${lang} ${k}`).toBe(v.normalize('NFC'));
        expect(v, `${lang} ${k}`).toBe(v.trim());
      }
    }
  });

  it('fills placeholders and refuses a missing one', () => {
    expect(tf('vi', 'home.card.when', { year: 2024, status: 'ước tính' })).toBe('Năm 2024 (ước tính)');
    expect(tf('en', 'home.card.when', { year: 2024, status: 'estimate' })).toBe('2024 (estimate)');
    expect(() => tf('en', 'home.card.when', { status: 'estimate' })).toThrow(/\{year\}/);
    expect(t('en', 'lang.switch')).toBe('Tiếng Việt');
  });
});

describe('formatting per locale', () => {
  it('writes numbers and percentages as each language does', () => {
    expect(formatNumber(1510, 'vi')).toBe('1.510');
    expect(formatNumber(1510, 'en')).toBe('1,510');
    expect(formatPercent(88.8, 'vi', 1)).toBe('88,8%');
    expect(formatPercent(88.8, 'en', 1)).toBe('88.8%');
  });

  it('keeps the precision and the qualifier of the source', () => {
    const figure = { value: 9.5, decimals: 1, qualifier: 'about' as const };
    expect(formatFigure(figure, { unit: 'percent' }, 'vi')).toBe('khoảng 9,5%');
    expect(formatFigure(figure, { unit: 'percent' }, 'en')).toBe('about 9.5%');
    expect(formatFigure({ value: 26.8, decimals: 2, qualifier: undefined }, { unit: 'percent' }, 'vi')).toBe('26,80%');
    expect(formatFigureValue({ value: 1100, decimals: 0, qualifier: 'more-than' }, 'vi')).toBe('trên 1.100');
    expect(formatFigureValue({ value: 1100, decimals: 0, qualifier: 'more-than' }, 'en')).toBe('more than 1,100');
  });

  it('writes dates as each language does, whatever the time zone', () => {
    expect(formatDate('2026-11-23', 'vi')).toBe('23/11/2026');
    expect(formatDate('2026-11-23', 'en')).toBe('23 November 2026');
    expect(formatDate('2010-01-01', 'en')).toBe('1 January 2010');
  });
});
