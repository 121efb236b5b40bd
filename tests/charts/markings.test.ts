// What a reader relies on seeing in the chart itself: derived figures, forecasts and estimates, flags,
// gaps, plan against 100%, and numbers written the way each language writes them.
import { describe, expect, it } from 'vitest';
import { chartById, chartSummary, renderChart } from '../../src/charts/index.ts';
import type { Dataset } from '../../src/data/load.ts';
import { loadData } from '../../src/data/load.ts';
import type { Lang } from '../../src/i18n/ui.ts';
import { jobs, leaders, poverty, sources, staff } from './fixtures.ts';
import { all, byTag, parseSvg, textOf, visibleText, type XmlElement } from './svg-tree.ts';

const render = (dataset: Dataset, id: string, lang: Lang) => parseSvg(renderChart(chartById(dataset, id), dataset, lang, { sources }));
const marks = (svg: XmlElement) => all(svg, (e) => e.attrs.class === 'chart-mark');
const markWith = (svg: XmlElement, text: string) => marks(svg).find((m) => textOf(byTag(m, 'title')[0]!).includes(text));
const lines = (svg: XmlElement) => all(svg, (e) => e.attrs.class === 'chart-line');
const flags = (svg: XmlElement) => all(svg, (e) => e.attrs.class === 'chart-flag');

describe('derived figures (men = total − women)', () => {
  it('are labelled as derived in the chart, in both languages', () => {
    expect(visibleText(render(leaders, 'leaders--gender', 'vi'))).toContain('Nam (suy ra): 43');
    expect(visibleText(render(leaders, 'leaders--gender', 'vi'))).toContain('Nam (suy ra): 1');
    expect(visibleText(render(leaders, 'leaders--gender', 'en'))).toContain('Men (derived): 43');
  });

  it('are hatched, not solid, so print and colour-blind readers see the difference', () => {
    const svg = render(leaders, 'leaders--gender', 'vi');
    const derived = markWith(svg, 'Nam (suy ra): 43')!;
    const women = markWith(svg, 'Nữ: 11')!;
    const patternId = 'chart-leaders--gender-derived';
    expect(byTag(derived, 'rect')[0]!.attrs.fill).toBe(`url(#${patternId})`);
    expect(byTag(women, 'rect')[0]!.attrs.fill).toMatch(/^#[0-9A-F]{6}$/i);
    expect(byTag(svg, 'pattern').map((p) => p.attrs.id)).toContain(patternId);
  });

  it('say how they are derived, in the tooltip and in the text alternative', () => {
    const svg = render(leaders, 'leaders--gender', 'en');
    expect(textOf(byTag(markWith(svg, 'Men (derived): 43')!, 'title')[0]!)).toContain('= All 54 − Women 11');
    expect(chartSummary(chartById(leaders, 'leaders--gender'), leaders, 'vi', { sources })).toContain('Nam (suy ra) = Tổng số − Nữ');
  });
});

describe('flags', () => {
  it('a share the source contradicts carries a marker and the words on the chart', () => {
    for (const [lang, words] of [['vi', 'Nguồn tự mâu thuẫn'], ['en', 'Source inconsistent']] as const) {
      const svg = render(leaders, 'leaders--share', lang);
      const flagged = markWith(svg, lang === 'vi' ? '40,7%' : '40.7%')!;
      expect(visibleText(flagged)).toContain(words);
      expect(flags(flagged)).toHaveLength(1);
      expect(visibleText(markWith(svg, '75%')!)).not.toContain(words);
      // The note explaining it is printed under the chart.
      expect(visibleText(svg)).toContain(lang === 'vi' ? '11 / 54 = 20,4%.' : '11 / 54 = 20.4%.');
    }
  });

  it('the gender chart flags the group whose stated share disagrees with its counts', () => {
    const svg = render(leaders, 'leaders--gender', 'vi');
    expect(visibleText(markWith(svg, 'Nam (suy ra): 43')!)).toContain('Nguồn tự mâu thuẫn');
    expect(visibleText(markWith(svg, 'Nam (suy ra): 1')!)).not.toContain('Nguồn tự mâu thuẫn');
  });

  it('a point with conflicting sources is marked on the line chart', () => {
    const svg = render(jobs, 'jobs--trend', 'en');
    // One marker beside the 2012 point, one before its footnote.
    expect(flags(svg)).toHaveLength(2);
    expect(flags(render(poverty, 'poverty--trend', 'en'))).toHaveLength(0);
    expect(visibleText(svg)).toContain('Sources differ (2012): Another source gives 1.45 million.');
  });

  it('the real leadership chart shows the 40.7% the report contradicts, flagged', () => {
    const data = loadData();
    const dataset = data.datasets.find((d) => d.meta.id === 'leadership-appointments')!;
    const svg = parseSvg(renderChart(chartById(dataset, 'leadership-appointments--share'), dataset, 'vi'));
    expect(visibleText(markWith(svg, '40,7%')!)).toContain('Nguồn tự mâu thuẫn');
  });
});

describe('time series', () => {
  it('never bridges a missing year, and dashes the line into an estimate', () => {
    const svg = render(jobs, 'jobs--trend', 'vi');
    // 2009, 2010, 2012: only 2009–2010 is joined.
    expect(lines(svg)).toHaveLength(1);
    expect(lines(svg)[0]!.attrs['stroke-dasharray']).toBeDefined();
    expect(visibleText(svg)).toContain('Năm không có số liệu để trống, không nối.');
  });

  it('never joins separate breakdowns (poverty standards)', () => {
    const svg = render(poverty, 'poverty--trend', 'en');
    // standard A 2009–2010 and standard B 2010–2011: two lines; joining across standards would make three.
    expect(lines(svg)).toHaveLength(2);
    expect(visibleText(svg)).toContain('Each line is a separate breakdown; lines are not joined.');
  });

  it('draws a forecast dashed and hollow, and says "forecast" with its qualifier', () => {
    const vi = render(poverty, 'poverty--trend', 'vi');
    const en = render(poverty, 'poverty--trend', 'en');
    expect(visibleText(vi)).toContain('khoảng 9,5% (dự báo)');
    expect(visibleText(en)).toContain('about 9.5% (forecast)');
    const forecast = markWith(vi, 'khoảng 9,5% (dự báo)')!;
    expect(byTag(forecast, 'path')[0]!.attrs.fill).toBe('#FFFFFF');
    const actual = markWith(vi, '11,3%')!;
    expect(byTag(actual, 'path')[0]!.attrs.fill).not.toBe('#FFFFFF');
    const dashed = lines(vi).filter((l) => l.attrs['stroke-dasharray']);
    expect(dashed).toHaveLength(1);
    expect(visibleText(vi)).toContain('Nét đứt, điểm rỗng: dự báo');
  });

  it('shows qualifiers such as "trên"/"more than" in the labels', () => {
    expect(visibleText(render(jobs, 'jobs--trend', 'vi'))).toContain('trên 1.400');
    expect(visibleText(render(jobs, 'jobs--trend', 'en'))).toContain('more than 1,400');
  });
});

describe('plan versus actual', () => {
  it('draws a dashed 100% reference line, labelled', () => {
    for (const [lang, label] of [['vi', 'Kế hoạch = 100%'], ['en', 'Plan = 100%']] as const) {
      const svg = render(jobs, 'jobs--plan', lang);
      expect(visibleText(svg)).toContain(label);
      const dashed = byTag(svg, 'line').filter((l) => l.attrs['stroke-dasharray']);
      const ref = dashed.filter((l) => l.attrs.stroke === '#1A1A1A');
      expect(ref).toHaveLength(1);
      expect(ref[0]!.attrs.x1).toBe(ref[0]!.attrs.x2);
      // The bar past 100% (100,31%) shows the same line across it, in white.
      const across = dashed.filter((l) => l.attrs.stroke === '#FFFFFF');
      expect(across).toHaveLength(1);
      expect(across[0]!.attrs.x1).toBe(ref[0]!.attrs.x1);
    }
  });

  it('never invents the plan: the implied plans (1.510 ÷ 88,8% ≈ 1.700) appear nowhere', () => {
    for (const lang of ['vi', 'en'] as const) {
      const markup = renderChart(chartById(jobs, 'jobs--plan'), jobs, lang, { sources });
      expect(markup).not.toMatch(/1[.,]700|1[.,]600/);
    }
  });

  it('marks an estimate as such, hatched and in words', () => {
    const svg = render(jobs, 'jobs--plan', 'vi');
    const estimate = markWith(svg, '100,31% (ước tính)')!;
    expect(byTag(estimate, 'rect')[0]!.attrs.fill).toMatch(/^url\(#chart-jobs--plan-/);
  });
});

describe('numbers per locale, at the source precision', () => {
  it('vi uses . for thousands and , for decimals; en the reverse', () => {
    expect(visibleText(render(jobs, 'jobs--trend', 'vi'))).toContain('1.510');
    expect(visibleText(render(jobs, 'jobs--trend', 'en'))).toContain('1,510');
    expect(visibleText(render(jobs, 'jobs--plan', 'vi'))).toContain('88,8%');
    expect(visibleText(render(jobs, 'jobs--plan', 'en'))).toContain('88.8%');
  });

  it('keeps the decimals the source wrote (26,80%) and its qualifier (khoảng 42%)', () => {
    expect(visibleText(render(staff, 'staff--share', 'vi'))).toContain('26,80%');
    expect(visibleText(render(staff, 'staff--share', 'vi'))).toContain('khoảng 42%');
    expect(visibleText(render(staff, 'staff--share', 'en'))).toContain('26.80%');
    expect(visibleText(render(staff, 'staff--share', 'en'))).toContain('about 42%');
  });

  it('titles, units and tooltips are in the page language', () => {
    const vi = render(jobs, 'jobs--trend', 'vi');
    const en = render(jobs, 'jobs--trend', 'en');
    expect(visibleText(vi)).toContain('Đơn vị: nghìn người');
    expect(visibleText(en)).toContain('Unit: thousand people');
    expect(textOf(byTag(vi, 'title')[0]!)).toBe('Tạo việc làm, 2009–2012');
    expect(textOf(byTag(en, 'title')[0]!)).toBe('Jobs created, 2009–2012');
    expect(textOf(byTag(markWith(vi, '1.510')!, 'title')[0]!)).toContain('Nguồn: Báo cáo năm 2009, mục I.2.1');
    expect(textOf(byTag(markWith(en, '1,510')!, 'title')[0]!)).toContain('Source: Report for 2009, section I.2.1');
  });
});
