// Source document pages: what the document is, in both languages, and its full Vietnamese text with
// an anchor for every section a figure cites.
import { describe, expect, it } from 'vitest';
import { fileFor, ids, page, textOf } from './dist.ts';
import { loadData } from '../../src/data/load.ts';
import { sectionAnchor } from '../../src/data/sections.ts';
import { formatDate } from '../../src/i18n/format.ts';

const { datasets, sources } = loadData();
const primary = sources.filter((s) => s.kind === 'primary');

describe('source document pages', () => {
  it('exist for every primary document in both languages, and not for secondary sources', () => {
    expect(primary.length).toBeGreaterThan(0);
    for (const s of primary) {
      expect(fileFor(`/sources/${s.id}/`), s.id).toBeDefined();
      expect(fileFor(`/en/sources/${s.id}/`), s.id).toBeDefined();
    }
    for (const s of sources.filter((s) => s.kind === 'secondary')) expect(fileFor(`/sources/${s.id}/`), s.id).toBeUndefined();
  });

  it('state number, date, issuer, both titles and the summary in the page language', () => {
    for (const s of primary) {
      for (const lang of ['vi', 'en'] as const) {
        const text = textOf(page(`${lang === 'en' ? '/en' : ''}/sources/${s.id}/`).html);
        expect(text, s.id).toContain(s.title.vi);
        expect(text, s.id).toContain(s.title.en);
        expect(text, s.id).toContain(s.issuer[lang]);
        if (s.number) expect(text, s.id).toContain(s.number);
        if (s.date) expect(text, s.id).toContain(formatDate(s.date, lang));
        if (s.summary) expect(text, s.id).toContain(s.summary[lang]);
      }
    }
  });

  it('mark the Vietnamese full text as Vietnamese on English pages', () => {
    const html = page('/en/sources/molisa-2009-report/').html;
    const fullText = html.slice(html.indexOf('id="full-text"'));
    expect(fullText).toMatch(/<div lang="vi"><div class="doc-text">/);
    expect(textOf(fullText)).toContain('Kết quả, trong năm 2009 đã tạo việc làm mới cho 1.510 ngàn người');
  });

  it('have an anchor for every section a CSV row cites, on both language pages', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const d of datasets) {
        for (const f of d.figures) {
          const source = sources.find((s) => s.id === f.source)!;
          if (source.kind !== 'primary' || !f.section) continue;
          const pageIds = ids(page(`${lang === 'en' ? '/en' : ''}/sources/${source.id}/`).html);
          expect(pageIds.has(sectionAnchor(f.section)), `${lang} ${source.id}#${sectionAnchor(f.section)} (${d.meta.id} line ${f.line})`).toBe(true);
        }
      }
    }
  });

  it('give the 2009 report the anchors figures and narrative pages link to, on the right headings', () => {
    const html = page('/sources/molisa-2009-report/').html;
    const heading = (id: string) => textOf(new RegExp(`<h([2-6]) id="${id}">(.*?)</h\\1>`).exec(html)?.[2] ?? '');
    expect(heading('section-i-2-1')).toMatch(/^2\.1\. Lao động, việc làm/);
    expect(heading('section-ii-2-3')).toMatch(/^2\.3\. Bổ nhiệm cán bộ/);
    expect(heading('section-ii-2')).toMatch(/^2\. Kết quả thực hiện/);
    expect(heading('section-p2-i')).toBe('I. NHIỆM VỤ NĂM 2010');
    expect(heading('section-p2-ii')).toBe('II. CÁC GIẢI PHÁP CỤ THỂ');
  });

  it('mark every sentence a figure was copied from, and link its passage to the datasets quoting it', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const s of primary) {
        const html = page(`${lang === 'en' ? '/en' : ''}/sources/${s.id}/`).html;
        const marked = [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => textOf(m[1]!));
        const quoted = datasets.flatMap((d) => d.figures.filter((f) => f.source === s.id).map((f) => ({ d, quote: f.quote.replace(/\s+/g, ' ') })));
        for (const { d, quote } of quoted) {
          expect(marked, `${lang} ${s.id}: “${quote.slice(0, 60)}…” is marked`).toContain(quote);
          const at = html.indexOf(`<mark>`, html.indexOf(quote.slice(0, 40)) - 200);
          const cited = html.slice(at, html.indexOf('</p>', html.indexOf('class="doc-cited"', at)));
          expect(cited, `${lang} ${s.id}: passage links to ${d.meta.id}`).toContain(`href="${lang === 'en' ? '/en' : ''}/datasets/${d.meta.id}/#table"`);
        }
      }
    }
  });

  it('list the datasets that cite the document', () => {
    const html = page('/en/sources/molisa-2009-report/').html;
    for (const d of datasets.filter((d) => d.figures.some((f) => f.source === 'molisa-2009-report'))) {
      expect(html).toContain(`href="/en/datasets/${d.meta.id}/"`);
    }
  });
});

describe('404 pages', () => {
  it('exist in both languages, in the right language, pointing to each other', () => {
    const vi = page('/404.html');
    const en = page('/en/404/');
    expect(vi.html).toMatch(/<html lang="vi"/);
    expect(en.html).toMatch(/<html lang="en"/);
    expect(textOf(vi.html)).toContain('Không tìm thấy trang');
    expect(textOf(en.html)).toContain('Page not found');
  });
});
