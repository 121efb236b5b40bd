// Dataset pages as readers and journalists use them: numbers written per locale at the source's
// precision, an accessible table, each figure traced to its source sentence, flags and notes visible.
import { describe, expect, it } from 'vitest';
import { attr, element, ids, page, tags, textOf } from './dist.ts';
import { loadData } from '../../src/data/load.ts';
import { sectionAnchor } from '../../src/data/sections.ts';
import { figureAnchor, noteAnchor } from '../../src/urls.ts';
import { formatDate, formatFigureValue } from '../../src/i18n/format.ts';
import { t, type Lang } from '../../src/i18n/ui.ts';

const { datasets, sources } = loadData();
const langs: Lang[] = ['vi', 'en'];
const pathOf = (id: string, lang: Lang) => `${lang === 'en' ? '/en' : ''}/datasets/${id}/`;
const cellOf = (html: string, id: string) => element(html, 'td', ` id="${id}"`);

describe('dataset pages', () => {
  it('exist for every dataset in both languages', () => {
    for (const d of datasets) for (const lang of langs) expect(() => page(pathOf(d.meta.id, lang))).not.toThrow();
  });

  for (const lang of langs) {
    describe(lang, () => {
      it('show every figure once, formatted for the language at the source precision, with its qualifier and status', () => {
        for (const d of datasets) {
          const { html } = page(pathOf(d.meta.id, lang));
          for (const f of d.figures) {
            const id = figureAnchor(f);
            expect(html.split(` id="${id}"`).length - 1, `${d.meta.id}: one cell #${id}`).toBe(1);
            const cell = textOf(cellOf(html, id)!);
            expect(cell, `${d.meta.id} #${id}`).toContain(formatFigureValue(f, lang));
            if (f.status !== 'actual') expect(cell, `${d.meta.id} #${id} status`).toContain(t(lang, `status.${f.status}`));
          }
        }
      });

      it('have a table with a caption, scoped header cells and the unit in each measure header', () => {
        for (const d of datasets) {
          const { html } = page(pathOf(d.meta.id, lang));
          const table = element(html, 'table', '<table')!;
          expect(textOf(element(table, 'caption', '<caption')!), d.meta.id).toContain(d.meta.title[lang]);
          const thead = element(table, 'thead', '<thead')!;
          const headers = tags(thead, 'th');
          expect(headers.every((th) => attr(th, 'scope') === 'col'), `${d.meta.id}: column headers scoped`).toBe(true);
          const headerText = textOf(thead);
          for (const m of d.meta.measures.filter((m) => d.figures.some((f) => f.measure === m.id))) {
            expect(headerText, `${d.meta.id}: ${m.id} header with unit`).toContain(`${m.label[lang]} (${t(lang, `unit.${m.unit}`)})`);
          }
          const tbody = element(table, 'tbody', '<tbody')!;
          const rows = tbody.split('<tr').slice(1);
          expect(rows.length, d.meta.id).toBeGreaterThan(0);
          expect(rows.every((r) => /<th scope="row"/.test(r)), `${d.meta.id}: every row has a row header`).toBe(true);
        }
      });

      it('link each figure to a source note that quotes its sentence and links to the exact passage', () => {
        for (const d of datasets) {
          const { html } = page(pathOf(d.meta.id, lang));
          const pageIds = ids(html);
          for (const f of d.figures) {
            const cell = cellOf(html, figureAnchor(f))!;
            const noteHref = attr(tags(cell, 'a').find((a) => attr(a, 'class') === 'fn')!, 'href')!;
            expect(pageIds.has(noteHref.slice(1)), `${d.meta.id}: ${noteHref} exists`).toBe(true);
            const note = html.slice(html.indexOf(`id="${noteHref.slice(1)}"`), html.indexOf('</blockquote>', html.indexOf(`id="${noteHref.slice(1)}"`)));
            expect(textOf(note), `${d.meta.id} ${noteHref}: quote`).toContain(f.quote.replace(/\s+/g, ' '));
            const source = sources.find((s) => s.id === f.source)!;
            const expected = source.kind === 'primary'
              ? `${lang === 'en' ? '/en' : ''}/sources/${source.id}/${f.section ? `#${sectionAnchor(f.section)}` : ''}`
              : source.url!;
            expect(tags(note, 'a').map((a) => attr(a, 'href')), `${d.meta.id} ${noteHref}: source link`).toContain(expected);
          }
        }
      });

      it('mark flags with a symbol and words linking to the note, and show the note', () => {
        for (const d of datasets) {
          const { html } = page(pathOf(d.meta.id, lang));
          for (const f of d.figures.filter((f) => f.flag)) {
            const cell = cellOf(html, figureAnchor(f))!;
            const flag = tags(cell, 'a').find((a) => attr(a, 'class') === 'flag');
            expect(flag, `${d.meta.id} #${figureAnchor(f)}: flag link`).toBeDefined();
            expect(attr(flag!, 'href')).toBe(`#${noteAnchor(f)}`);
            expect(textOf(cell)).toContain(`⚠ ${t(lang, `flag.${f.flag!}`)}`);
            const note = element(html, 'li', ` id="${noteAnchor(f)}"`)!;
            const own = lang === 'vi' ? f.note_vi : f.note_en;
            expect(textOf(note), `${d.meta.id}: note of #${figureAnchor(f)}`).toContain(textOf(own ?? f.note_vi ?? ''));
          }
          for (const n of d.meta.notes) expect(textOf(html)).toContain(n[lang]);
        }
      });

      it('make the leadership report’s own inconsistency visible (11 of 54 stated as 40.7%)', () => {
        const d = datasets.find((x) => x.meta.id === 'leadership-appointments')!;
        const f = d.figures.find((x) => x.breakdown === 'ministry-unit-heads' && x.measure === 'women_share')!;
        expect(f.flag).toBe('source-inconsistent');
        const { html } = page(pathOf(d.meta.id, lang));
        const cell = textOf(cellOf(html, figureAnchor(f))!);
        expect(cell).toContain(lang === 'vi' ? '40,7' : '40.7');
        expect(cell).toContain(lang === 'vi' ? 'Nguồn tự mâu thuẫn' : 'Source inconsistent');
        expect(textOf(element(html, 'li', ` id="${noteAnchor(f)}"`)!)).toMatch(/20[.,]4/);
      });

      it('state the last update, a citation and the download links', () => {
        for (const d of datasets) {
          const { html } = page(pathOf(d.meta.id, lang));
          expect(html).toContain(`<time datetime="${d.meta.updated}">${formatDate(d.meta.updated, lang)}</time>`);
          expect(textOf(element(html, 'p', 'class="citation"')!)).toContain(d.meta.title[lang]);
          const hrefs = tags(html, 'a').map((a) => attr(a, 'href'));
          expect(hrefs).toContain(`/data/${d.meta.id}.csv`);
          expect(hrefs).toContain(`/data/${d.meta.id}.json`);
        }
      });
    });
  }
});
