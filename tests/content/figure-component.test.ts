import { describe, expect, it } from 'vitest';
import { figureText } from '../../src/components/report/figure-text.ts';
import { figureKeysIn } from '../../src/components/report/page-context.ts';
import { MissingFigureError, resolveFigure } from '../../src/reports/resolve-figure.ts';
import { loadData } from '../../src/data/load.ts';

const data = loadData();
const FILE = 'content/report/2009/vi/i-2-1-labour-employment.mdx';
const text = (key: string, lang: 'vi' | 'en', options = {}) => figureText(resolveFigure(data, key, FILE), lang, options);

describe('<Fig> text', () => {
  it('formats a figure for the page’s language, at the source’s precision, with its unit', () => {
    expect(text('job-creation/2009/total/new_jobs', 'vi')).toBe('1.510 nghìn người');
    expect(text('job-creation/2009/total/new_jobs', 'en')).toBe('1,510 thousand people');
    expect(text('labour-export/2009/total/workers', 'vi', { unit: false })).toBe('73.028');
    expect(text('labour-export/2009/total/workers', 'en', { unit: false })).toBe('73,028');
    expect(text('job-creation/2009/total/percent_of_plan', 'vi')).toBe('88,8%');
    expect(text('job-creation/2009/total/percent_of_plan', 'en', { unit: false })).toBe('88.8%');
  });

  it('keeps the source’s qualifier unless the text words it, and can start a sentence', () => {
    expect(text('child-protection/2009/children-supported/children', 'vi')).toBe('trên 50 nghìn lượt');
    expect(text('child-protection/2009/children-supported/children', 'vi', { unit: false })).toBe('trên 50');
    expect(text('child-protection/2009/at-risk-of-sexual-abuse/children_helped', 'en', { unit: false, capitalize: true })).toBe('More than 1,100');
    expect(text('ministry-staff/2009/ministry/women_share', 'vi')).toBe('khoảng 42%');
    expect(text('ministry-staff/2009/ministry/women_share', 'vi', { qualifier: false })).toBe('42%');
  });

  it('knows the keys from the MDX body', () => {
    expect(figureKeysIn('a <Fig k="x/2009/a/b" unit={false} /> b <Fig capitalize k="y/2009/a/b" /> <Fig k="x/2009/a/b" />')).toEqual(['x/2009/a/b', 'y/2009/a/b']);
  });
});

describe('a figure key that is not in the data', () => {
  const failure = (key: string): MissingFigureError => {
    try {
      resolveFigure(data, key, FILE);
    } catch (error) {
      return error as MissingFigureError;
    }
    throw new Error(`${key} resolved`);
  };

  it('fails with the MDX file and the key, in Vietnamese and English, without a stack trace', () => {
    const error = failure('labour-export/2009/total/woman');
    expect(error).toBeInstanceOf(MissingFigureError);
    expect(error.message).toContain(`${FILE}: không có số liệu "labour-export/2009/total/woman"`);
    expect(error.message).toContain(`${FILE}: no figure "labour-export/2009/total/woman"`);
    expect(error.message).toContain('labour-export/2009/total/women');
    expect(error.stack).toBe('');
  });

  it('says what a key looks like, or which datasets exist, when that is what is wrong', () => {
    expect(failure('labour-export 2009 women').message).toMatch(/bộ-dữ-liệu\/năm\/phân-tổ\/chỉ-tiêu[\s\S]*dataset\/year\/breakdown\/measure/);
    expect(failure('labor-export/2009/total/women').message).toMatch(/Không có bộ dữ liệu "labor-export"[\s\S]*There is no dataset "labor-export".*labour-export/);
  });
});
