// Vietnamese typed without diacritics: the search also tries "đ" where a word starts with "d", because
// Pagefind folds tone and vowel marks but not the letter đ.
import { describe, expect, it } from 'vitest';
import { MAX_EXPANDED_WORDS, queryVariants } from '../../src/components/search/query-variants.ts';
import { indexable } from '../../scripts/search-index.ts';
import { reportPath, sourcePath } from '../../src/urls.ts';

describe('queryVariants', () => {
  it('searches "lao dong" also as "lao đong", which matches "lao động"', () => {
    expect(queryVariants('lao dong')).toEqual(['lao dong', 'lao đong']);
  });

  it('expands every word that starts with d, in lower case and NFC', () => {
    expect(queryVariants('  Dao TAO  dan ')).toEqual(['dao tao dan', 'dao tao đan', 'đao tao dan', 'đao tao đan']);
    expect(queryVariants('Lao \u0111\u00f4\u0323ng')).toEqual(['lao động']);
  });

  it(`expands at most ${MAX_EXPANDED_WORDS} words, so a long query costs at most 8 searches`, () => {
    const variants = queryVariants('dan dan dan dan dan');
    expect(variants).toHaveLength(2 ** MAX_EXPANDED_WORDS);
    expect(variants.every((v) => v.endsWith('dan dan'))).toBe(true);
  });

  it('returns nothing for an empty query', () => {
    expect(queryVariants('   ')).toEqual([]);
  });
});

describe('pages in the search index', () => {
  it('leaves out the 404, search and chart embed pages in both languages, and keeps the rest', () => {
    for (const file of ['404.html', 'en/404/index.html', 'search/index.html', 'en/search/index.html', 'embed/a--b/index.html', 'en/embed/a--b/index.html']) {
      expect(indexable(file), file).toBe(false);
    }
    for (const file of ['index.html', 'en/index.html', 'datasets/labour-export/index.html', `${reportPath('en', 2031, 'i-1-law').slice(1)}index.html`, `${sourcePath('vi', 'doc').slice(1)}index.html`]) {
      expect(indexable(file), file).toBe(true);
    }
  });
});
