// The home page's headline figures, as a reader sees them in each language, each linking to its dataset.
import { describe, expect, it } from 'vitest';
import { attr, element, page, tags, textOf } from './dist.ts';
import { headlines, headlineSpecs } from '../../src/components/home/headlines.ts';
import { loadData } from '../../src/data/load.ts';
import { formatFigure } from '../../src/i18n/format.ts';
import { t } from '../../src/i18n/ui.ts';
import { reportPath } from '../../src/urls.ts';
import { publishedReports } from '../content/mdx-files.ts';

/** Newest first, as the home page takes them. */
const reportYears = publishedReports().map((r) => r.year).sort((a, b) => b - a);


describe('home page', () => {
  const vi = textOf(element(page('/').html, 'section', 'aria-labelledby="headlines"')!);
  const en = textOf(element(page('/en/').html, 'section', 'aria-labelledby="headlines"')!);

  it('shows the 2009 headline figures written the Vietnamese way', () => {
    for (const s of ['1.510 nghìn người', 'đạt 88,8% kế hoạch năm', '73.028 người', 'nữ chiếm 30%', '1.707 nghìn người', 'nữ chiếm 35%', '11,3%', 'dự báo còn khoảng 9,5% vào cuối năm 2010', '106 người', 'nữ chiếm 27,4%']) {
      expect(vi).toContain(s);
    }
    expect(vi).not.toMatch(/1,510|88\.8%|73,028/);
  });

  it('shows them written the English way', () => {
    for (const s of ['1,510 thousand people', "88.8% of the year's plan", '73,028 people', 'women: 30%', '1,707 thousand people', '11.3%', 'forecast: about 9.5% by the end of 2010', '106 people', 'women: 27.4%']) {
      expect(en).toContain(s);
    }
    expect(en).not.toMatch(/1\.510|88,8%|73\.028/);
  });

  it('takes every headline number from the data and links each card to its dataset', () => {
    const data = loadData();
    const html = page('/en/').html;
    const section = element(html, 'section', 'aria-labelledby="headlines"')!;
    const cardHtml = section.split('<li class="card"').slice(1);
    expect(cardHtml).toHaveLength(headlineSpecs.length);
    headlines(data, reportYears).forEach(({ main: ref }, i) => {
      expect(textOf(cardHtml[i]!)).toContain(formatFigure(ref.figure, ref.measure, 'en'));
      const hrefs = tags(cardHtml[i]!, 'a').map((a) => attr(a, 'href'));
      expect(hrefs).toContain(`/en/datasets/${ref.dataset.meta.id}/`);
    });
  });

  it('shows the flag of a headline figure that carries one, in words', () => {
    const data = loadData();
    const flagged = headlines(data, reportYears).flatMap((h) => [h.main, ...h.compare.map((c) => c.ref)]).map((r) => r.figure).filter((f) => f.flag);
    expect(flagged.length).toBeGreaterThan(0);
    for (const f of flagged) {
      expect(vi).toContain(`⚠ ${t('vi', `flag.${f.flag!}`)}`);
      expect(en).toContain(`⚠ ${t('en', `flag.${f.flag!}`)}`);
    }
  });

  it('lists every dataset and the source documents', () => {
    const html = page('/').html;
    const hrefs = tags(html, 'a').map((a) => attr(a, 'href'));
    for (const d of loadData().datasets) expect(hrefs).toContain(`/datasets/${d.meta.id}/`);
    expect(hrefs).toContain('/sources/molisa-2009-report/');
    expect(hrefs).toContain(reportPath('vi', reportYears[0]!));
  });
});
