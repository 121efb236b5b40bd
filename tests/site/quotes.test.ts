import { describe, expect, it } from 'vitest';
import { markQuotes } from '../../src/components/sources/quotes.ts';

describe('marking quoted sentences in a source text', () => {
  it('marks every occurrence, keeps the rest of the text and its emphasis', () => {
    const { runs, found } = markQuotes([{ text: 'A b. Quoted one. C d. ' }, { text: 'Quoted one. End', em: true }], ['Quoted one.']);
    expect(runs).toEqual([
      { text: 'A b. ' },
      { text: 'Quoted one.', mark: true },
      { text: ' C d. ' },
      { text: 'Quoted one.', em: true, mark: true },
      { text: ' End', em: true },
    ]);
    expect(found).toEqual(['Quoted one.']);
  });

  it('prefers the longer quote when one contains another', () => {
    const { runs } = markQuotes([{ text: 'x 11 nữ, chiếm 40,7% y' }], ['chiếm 40,7%', '11 nữ, chiếm 40,7%']);
    expect(runs.filter((r) => r.mark).map((r) => r.text)).toEqual(['11 nữ, chiếm 40,7%']);
  });

  it('leaves text without quotes untouched', () => {
    expect(markQuotes([{ text: 'nothing here' }], ['absent']).runs).toEqual([{ text: 'nothing here' }]);
  });
});
