// The sentences of a source document that figures were copied from, so its page can mark them and link
// each passage to the datasets that quote it (the way back from source to data).
import type { Inline } from '../../data/document.ts';
import type { Dataset } from '../../data/load.ts';

export interface MarkedInline extends Inline {
  mark?: boolean;
}

/** Each quote from this source (whitespace-normalised) → the datasets quoting it, in dataset order. */
export function quotesOf(sourceId: string, datasets: readonly Dataset[]): Map<string, Dataset[]> {
  const quotes = new Map<string, Dataset[]>();
  for (const d of datasets) {
    for (const f of d.figures) {
      if (f.source !== sourceId) continue;
      const q = f.quote.replace(/\s+/g, ' ').trim();
      const list = quotes.get(q) ?? [];
      if (!list.includes(d)) list.push(d);
      quotes.set(q, list);
    }
  }
  return quotes;
}

/** Splits runs so every occurrence of a quote is its own marked run; longer quotes win over quotes inside them. */
export function markQuotes(inlines: readonly Inline[], quotes: readonly string[]): { runs: MarkedInline[]; found: string[] } {
  const ordered = [...quotes].sort((a, b) => b.length - a.length);
  const found: string[] = [];
  const runs = inlines.flatMap((run): MarkedInline[] => {
    const out: MarkedInline[] = [];
    let rest = run.text;
    while (rest !== '') {
      let best: { at: number; quote: string } | undefined;
      for (const q of ordered) {
        const at = rest.indexOf(q);
        if (at >= 0 && (!best || at < best.at)) best = { at, quote: q };
      }
      if (!best) {
        out.push({ ...run, text: rest });
        break;
      }
      if (best.at > 0) out.push({ ...run, text: rest.slice(0, best.at) });
      out.push({ ...run, text: best.quote, mark: true });
      if (!found.includes(best.quote)) found.push(best.quote);
      rest = rest.slice(best.at + best.quote.length);
    }
    return out;
  });
  return { runs, found };
}
