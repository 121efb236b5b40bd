// The annual cycle, proven on a copy of the site: a staff member adds next year's report (two sections
// and a group heading in both languages, plus a page still in draft) and a new dataset with its charts,
// touching only content/ and data/. The site builds, and every place a report appears picks it up: its
// pages, the reports index, breadcrumbs, previous/next, the home page, both feeds, the sitemap's
// language alternates and search; the draft appears nowhere. The site-wide gates then run on that build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chartsFor } from '../../src/charts/index.ts';
import { validateData } from '../../src/data/load.ts';
import { readCatalogue } from '../../src/reports/read.ts';
import { cataloguePath, datasetPath, homePath, reportPath, reportsIndexPath, searchPath, sourcePath, embedPath } from '../../src/urls.ts';
import { launchChromium } from '../e2e/browser.ts';
import { serveStatic, type StaticSite } from '../e2e/static-server.ts';
import { attr, decode, element, tags, textOf } from '../site/dist.ts';
import { siteOrigin } from '../quality/site.ts';
import { builtPaths, changedFiles, copyProject, fileHashes, npmRun, outerEnv, removeCopy, ROOT } from './site-copy.ts';

// ---- What the staff member adds (content/ and data/ only) ----------------------------------------------

/** The year after the newest report in the catalogue, so the test never collides with a real one. */
const YEAR = Math.max(...readCatalogue(ROOT).reports.map((r) => r.year)) + 1;
const DATASET = 'proof-women-cadres-trained';
const SOURCE = `proof-${YEAR}-report`;
const TODAY = new Date().toISOString().slice(0, 10);
/** A word only the new report's finished pages contain, to search for; and one only its draft has. */
const SEARCH_WORD = 'zorblatic';
const DRAFT_WORD = 'quimbergast';

/**
 * The new dataset's charts, declared in its YAML (`charts:`), with the series the home page shows (`headline:`); here and nowhere else.
 */
const CHART_DECLARATION = `charts:
  - { kind: trend, measures: [cadres, women] }
  - { kind: gender, measures: [women, cadres, women_share] }
  - { kind: share, measures: [women_share] }
headline: { measure: cadres }
`;

const datasetYml = `id: ${DATASET}
title:
  vi: Cán bộ nữ được đào tạo (bộ dữ liệu thử nghiệm)
  en: Women cadres trained (test dataset)
description:
  vi: Số cán bộ được đào tạo và số cán bộ nữ trong đó, theo báo cáo thử nghiệm năm ${YEAR}.
  en: Cadres trained and the women among them, from the test report for ${YEAR}.
report_section: I.1
licence: CC-BY-4.0
updated: ${TODAY}
breakdowns:
  - id: total
    label: { vi: Toàn Bộ, en: Whole ministry }
measures:
  - id: cadres
    label: { vi: Số cán bộ được đào tạo, en: Cadres trained }
    unit: persons
    kind: count
  - id: women
    label: { vi: Cán bộ nữ, en: Women }
    unit: persons
    kind: count
  - id: women_share
    label: { vi: Tỷ lệ nữ, en: Share of women }
    unit: percent
    kind: share
checks:
  - { part: women, whole: cadres, share: women_share }
${CHART_DECLARATION}`;

const QUOTE = `Trong năm ${YEAR} đã đào tạo 1.500 cán bộ, trong đó nữ là 690 người, chiếm 46%; năm ${YEAR - 1} là 1.200 cán bộ, nữ 480 người, chiếm 40%.`;
const datasetCsv = [
  'year,breakdown,measure,value,qualifier,status,source,section,quote,flag,note_vi,note_en',
  ...[[YEAR - 1, 'cadres', 1200], [YEAR - 1, 'women', 480], [YEAR - 1, 'women_share', 40], [YEAR, 'cadres', 1500], [YEAR, 'women', 690], [YEAR, 'women_share', 46]]
    .map(([y, m, v]) => `${y},total,${m},${v},,actual,${SOURCE},I.1,"${QUOTE}",,,`),
  '',
].join('\n');

const documentText = `BÁO CÁO THỬ NGHIỆM NĂM ${YEAR}

I. KẾT QUẢ

1. Đào tạo cán bộ nữ

${QUOTE}

II. ĐÁNH GIÁ CHUNG

Công tác bồi dưỡng cán bộ nữ được chú trọng.
`;

const sourceEntry = `  - id: ${SOURCE}
    kind: primary
    year: ${YEAR + 1}
    issuer:
      vi: Ban Vì sự tiến bộ phụ nữ (thử nghiệm)
      en: Committee for the Advancement of Women (test)
    title:
      vi: Báo cáo thử nghiệm năm ${YEAR}
      en: Test report for ${YEAR}
    file: ${SOURCE}.txt
`;

const catalogueEntry = `  - year: ${YEAR}
    status: published
    source: ${SOURCE}
    issuer:
      vi: Ban Vì sự tiến bộ phụ nữ (thử nghiệm)
      en: Committee for the Advancement of Women (test)
    title:
      vi: Báo cáo thử nghiệm năm ${YEAR}
      en: Test report for ${YEAR}
`;

const changelogEntry = `  - date: ${TODAY}
    kind: added
    datasets: [${DATASET}]
    vi: Công bố bộ dữ liệu thử nghiệm Cán bộ nữ được đào tạo.
    en: First publication of the test dataset Women cadres trained.
`;

const page = (front: string, body = '') => `---\n${front.trim()}\n---\n${body ? `\n${body}\n` : ''}`;

/** The report's MDX files; the chart id comes from the dataset's charts. */
function reportFiles(chartId: string): Record<string, string> {
  const fig = (m: string, extra = '') => `<Fig k="${DATASET}/${YEAR}/total/${m}"${extra} />`;
  const dir = `content/report/${YEAR}`;
  return {
    [`${dir}/vi/index.mdx`]: page('description: Báo cáo thử nghiệm năm ' + YEAR + ', từng mục một.', `Mở đầu của báo cáo thử nghiệm (${SEARCH_WORD}).`),
    [`${dir}/en/index.mdx`]: page('description: The test report for ' + YEAR + ', section by section.', `The opening of the test report (${SEARCH_WORD}).`),
    [`${dir}/vi/i-results.mdx`]: page('title: Kết quả\nsection: I\ngroup: true'),
    [`${dir}/en/i-results.mdx`]: page('title: Results\nsection: I\ngroup: true'),
    [`${dir}/vi/i-1-training.mdx`]: page(
      'title: Đào tạo cán bộ nữ\ndescription: Số cán bộ được đào tạo và tỷ lệ nữ.\norder: 1\nsection: I.1',
      `Trong năm đã đào tạo ${fig('cadres', ' unit={false}')} cán bộ, trong đó nữ là ${fig('women')}, chiếm ${fig('women_share')} (${SEARCH_WORD}).\n\n<Chart id="${chartId}" />`,
    ),
    [`${dir}/en/i-1-training.mdx`]: page(
      'title: Training women cadres\ndescription: Cadres trained and the share of women.\norder: 1\nsection: I.1',
      `In the year ${fig('cadres', ' unit={false}')} cadres were trained, of whom ${fig('women')} were women, ${fig('women_share')} (${SEARCH_WORD}).\n\n<Chart id="${chartId}" />`,
    ),
    [`${dir}/vi/ii-assessment.mdx`]: page('title: Đánh giá chung\ndescription: Những mặt được.\norder: 2\nsection: II', 'Công tác bồi dưỡng cán bộ nữ được chú trọng.'),
    [`${dir}/en/ii-assessment.mdx`]: page('title: General assessment\ndescription: What went well.\norder: 2\nsection: II', 'The training of women cadres received attention.'),
    [`${dir}/vi/iii-plan.mdx`]: page('title: Phương hướng\ndescription: "[CẦN VIẾT · TO WRITE] Chưa xong."\norder: 3\nsection: III\ndraft: true', `[CẦN VIẾT · TO WRITE] ${DRAFT_WORD}`),
    [`${dir}/en/iii-plan.mdx`]: page('title: Directions\ndescription: "[CẦN VIẾT · TO WRITE] Not done."\norder: 3\nsection: III\ndraft: true', `[CẦN VIẾT · TO WRITE] ${DRAFT_WORD}`),
  };
}

// ---- The copy, the edits and the build, shared by every test below ------------------------------------

let site = '';
let changed: string[] = [];
let chartIds: string[] = [];
let build = { status: null as number | null, output: '' };
let gates = { status: null as number | null, output: '' };
const dist = () => join(site, 'dist');
const html = (path: string) => readFileSync(join(dist(), path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const hrefs = (fragment: string) => tags(fragment, 'a').map((a) => attr(a, 'href'));

function write(file: string, text: string) {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), text);
}

beforeAll(() => {
  site = copyProject('next-report-');
  const before = fileHashes(site);
  write(`data/${DATASET}.yml`, datasetYml);
  write(`data/${DATASET}.csv`, datasetCsv);
  write(`data/documents/${SOURCE}.txt`, documentText);
  appendFileSync(join(site, 'data/sources.yml'), sourceEntry);
  appendFileSync(join(site, 'content/reports.yml'), catalogueEntry);
  const changelog = readFileSync(join(site, 'content/changelog.yml'), 'utf8');
  writeFileSync(join(site, 'content/changelog.yml'), changelog.replace(/^entries:\n/m, `entries:\n${changelogEntry}`));
  const { data, problems } = validateData(site);
  if (problems.length > 0) throw new Error(`the test's own data is invalid: ${JSON.stringify(problems)}`);
  chartIds = chartsFor(data.datasets.find((d) => d.meta.id === DATASET)!).map((c) => c.id);
  for (const [file, text] of Object.entries(reportFiles(chartIds[0]!))) write(file, text);
  changed = changedFiles(before, fileHashes(site));
  build = npmRun(site, 'build');
  if (build.status !== 0) return;
  // The site-wide gates, run on this build exactly as `npm test` runs them on the real one.
  const run = spawnSync(process.execPath, [join(site, 'node_modules/vitest/vitest.mjs'), 'run',
    'tests/quality/links.test.ts', 'tests/quality/sitemap.test.ts', 'tests/quality/feed.test.ts',
    'tests/content/built-pages.test.ts', 'tests/site/reports-index.test.ts'], {
    cwd: site, encoding: 'utf8', env: outerEnv(), timeout: 300_000,
  });
  gates = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}, 900_000);

afterAll(() => {
  if (site) removeCopy(site);
});

describe('next year’s report, added through content/ and data/ only', () => {
  it('touches only content/ and data/: not one file under src/ or anywhere else', () => {
    expect(changed).toEqual([
      'content/changelog.yml',
      `content/report/${YEAR}/en/i-1-training.mdx`, `content/report/${YEAR}/en/i-results.mdx`, `content/report/${YEAR}/en/ii-assessment.mdx`,
      `content/report/${YEAR}/en/iii-plan.mdx`, `content/report/${YEAR}/en/index.mdx`,
      `content/report/${YEAR}/vi/i-1-training.mdx`, `content/report/${YEAR}/vi/i-results.mdx`, `content/report/${YEAR}/vi/ii-assessment.mdx`,
      `content/report/${YEAR}/vi/iii-plan.mdx`, `content/report/${YEAR}/vi/index.mdx`,
      'content/reports.yml',
      `data/documents/${SOURCE}.txt`, `data/${DATASET}.csv`, `data/${DATASET}.yml`, 'data/sources.yml',
    ].sort());
  });

  it('builds with `npm run build`', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('adds exactly the new pages to the built site, and takes none away', () => {
    const beforePages = builtPaths(join(ROOT, 'dist'));
    const afterPages = builtPaths(dist());
    const expected = ['vi', 'en'].flatMap((l) => {
      const lang = l as 'vi' | 'en';
      return [reportPath(lang, YEAR), reportPath(lang, YEAR, 'i-1-training'), reportPath(lang, YEAR, 'ii-assessment'),
        datasetPath(lang, DATASET), sourcePath(lang, SOURCE), ...chartIds.map((id) => embedPath(lang, id))];
    }).sort();
    expect(chartIds.length).toBeGreaterThan(0);
    expect(afterPages.filter((p) => !beforePages.includes(p))).toEqual(expected);
    expect(beforePages.filter((p) => !afterPages.includes(p))).toEqual([]);
    console.log(`Built pages: ${beforePages.length} before the new report and dataset, ${afterPages.length} after (+${expected.length}: 3 report pages, 1 dataset page, 1 source page and ${chartIds.length} chart embeds, in 2 languages).`);
  });

  it.each(['vi', 'en'] as const)('%s: the report’s pages are built with their titles, figures, chart and source passage; the draft is not', (lang) => {
    const doc = html(reportPath(lang, YEAR, 'i-1-training'));
    expect(doc).toContain(`<html lang="${lang}"`);
    expect(textOf(element(doc, 'h1', '<h1')!)).toBe(lang === 'vi' ? '1. Đào tạo cán bộ nữ' : '1. Training women cadres');
    expect(doc).toContain(lang === 'vi' ? '>1.500</data>' : '>1,500</data>');
    expect(doc).toContain(`<figure class="chart" id="${chartIds[0]}"`);
    const passage = `${sourcePath(lang, SOURCE)}#section-i-1`;
    expect(hrefs(doc)).toContain(passage);
    expect(html(sourcePath(lang, SOURCE))).toContain('id="section-i-1"');
    expect(textOf(element(html(reportPath(lang, YEAR)), 'h1', '<h1')!)).toBe(lang === 'vi' ? `Báo cáo thử nghiệm năm ${YEAR}` : `Test report for ${YEAR}`);
    expect(existsSync(join(dist(), reportPath(lang, YEAR, 'iii-plan')))).toBe(false);
    // The twin is linked from each page.
    expect(hrefs(doc)).toContain(reportPath(lang === 'vi' ? 'en' : 'vi', YEAR, 'i-1-training'));
  });

  it.each(['vi', 'en'] as const)('%s: breadcrumbs lead from the report through the group heading to the section', (lang) => {
    const nav = element(html(reportPath(lang, YEAR, 'i-1-training')), 'nav', 'class="breadcrumb"')!;
    const items = [...nav.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
    expect(items.map((i) => textOf(i))).toEqual(lang === 'vi'
      ? [`Báo cáo năm ${YEAR}`, 'I. Kết quả', '1. Đào tạo cán bộ nữ']
      : [`${YEAR} report`, 'I. Results', '1. Training women cadres']);
    expect(hrefs(items[0]!)).toEqual([reportPath(lang, YEAR)]);
    expect(hrefs(items[1]!)).toEqual([]);
  });

  it.each(['vi', 'en'] as const)('%s: previous and next run opening page → I.1 → II, and stop before the draft', (lang) => {
    const pager = (slug?: string) => {
      const nav = element(html(reportPath(lang, YEAR, slug)), 'nav', 'class="pager"')!;
      const rel = (r: string) => tags(nav, 'a').filter((a) => attr(a, 'rel') === r).map((a) => attr(a, 'href'));
      return { prev: rel('prev'), next: rel('next') };
    };
    expect(pager()).toEqual({ prev: [], next: [reportPath(lang, YEAR, 'i-1-training')] });
    expect(pager('i-1-training')).toEqual({ prev: [reportPath(lang, YEAR)], next: [reportPath(lang, YEAR, 'ii-assessment')] });
    expect(pager('ii-assessment')).toEqual({ prev: [reportPath(lang, YEAR, 'i-1-training')], next: [] });
  });

  it.each(['vi', 'en'] as const)('%s: the reports index lists the new report first, with its contents but not its draft', (lang) => {
    const main = element(html(reportsIndexPath(lang)), 'main', 'id="main"')!;
    const years = [...main.matchAll(/<h2 id="report-(\d{4})"/g)].map((m) => Number(m[1]));
    expect(years[0]).toBe(YEAR);
    expect(years.length).toBe(readCatalogue(ROOT).reports.filter((r) => r.status === 'published').length + 1);
    const entry = element(main, 'section', `aria-labelledby="report-${YEAR}"`)!;
    expect(hrefs(entry)).toEqual(expect.arrayContaining([reportPath(lang, YEAR), reportPath(lang, YEAR, 'i-1-training'), reportPath(lang, YEAR, 'ii-assessment'), sourcePath(lang, SOURCE)]));
    expect(entry).not.toContain('iii-plan');
    expect(textOf(entry)).toContain(lang === 'vi' ? 'I. Kết quả' : 'I. Results');
  });

  it.each(['vi', 'en'] as const)('%s: the home page leads to the newest report', (lang) => {
    const doc = html(homePath(lang));
    const link = tags(doc, 'a').find((a) => attr(a, 'href') === reportPath(lang, YEAR));
    expect(link).toBeDefined();
    expect(doc).toContain(lang === 'vi' ? `Đọc báo cáo năm ${YEAR} theo từng mục` : `Read the ${YEAR} report section by section`);
  });

  it.each(['vi', 'en'] as const)('%s: the dataset page leads back to its section of the new report', (lang) => {
    const doc = html(datasetPath(lang, DATASET));
    expect(textOf(doc)).toContain(lang === 'vi' ? `Trong báo cáo năm ${YEAR}: mục I.1` : `In the ${YEAR} report: section I.1`);
    expect(hrefs(doc)).toContain(reportPath(lang, YEAR, 'i-1-training'));
    expect(html(cataloguePath(lang))).toContain(`href="${datasetPath(lang, DATASET)}"`);
  });

  it.each([['vi', 'feed.xml'], ['en', 'en/feed.xml']] as const)('%s: the feed has the new report and the new dataset', (lang, file) => {
    const xml = html(file);
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    const report = entries.find((e) => e.includes(`href="${siteOrigin()}${reportPath(lang, YEAR)}"`));
    expect(report).toBeDefined();
    expect(decode(/<title>([^<]*)<\/title>/.exec(report!)![1]!)).toBe(lang === 'vi' ? `Báo cáo thử nghiệm năm ${YEAR}` : `Test report for ${YEAR}`);
    expect(report).toContain(`<updated>${TODAY}T00:00:00Z</updated>`);
    expect(entries.some((e) => e.includes(lang === 'vi' ? 'Cán bộ nữ được đào tạo' : 'Women cadres trained'))).toBe(true);
    expect(xml).not.toContain('iii-plan');
  });

  it('the sitemap lists the new pages with their vi and en alternates, and not the draft', () => {
    const sitemap = html('sitemap-0.xml');
    for (const slug of [undefined, 'i-1-training', 'ii-assessment']) {
      const vi = `${siteOrigin()}${reportPath('vi', YEAR, slug)}`;
      const en = `${siteOrigin()}${reportPath('en', YEAR, slug)}`;
      for (const loc of [vi, en]) {
        const url = element(sitemap, 'url', `<loc>${loc}</loc>`)!;
        expect(url, loc).toBeDefined();
        expect(url).toContain(`hreflang="vi" href="${vi}"`);
        expect(url).toContain(`hreflang="en" href="${en}"`);
      }
    }
    expect(sitemap).not.toContain('iii-plan');
  });

  describe('search', () => {
    let server: StaticSite;
    let browser: Browser;
    beforeAll(async () => {
      if (build.status !== 0) return;
      server = await serveStatic(dist());
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const search = async (lang: 'vi' | 'en', query: string) => {
      const tab = await browser.newPage();
      await tab.goto(`${server.origin}${searchPath(lang)}`);
      await tab.fill('input[type=search]', query);
      await tab.press('input[type=search]', 'Enter');
      await expect.poll(async () => (await tab.locator('[data-search-status]').textContent()) ?? '', { timeout: 15_000 }).toMatch(/“.*”/);
      const found = await tab.locator('[data-search-results] li a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      await tab.close();
      return found;
    };

    it.each(['vi', 'en'] as const)('%s: finds the new report by a word of its text, and nothing of its draft', async (lang) => {
      const found = await search(lang, SEARCH_WORD);
      expect(found).toEqual(expect.arrayContaining([reportPath(lang, YEAR), reportPath(lang, YEAR, 'i-1-training')]));
      // Pagefind matches loosely and may offer some other page; never one of the new report's.
      expect((await search(lang, DRAFT_WORD)).filter((href) => href.startsWith(reportPath(lang, YEAR)))).toEqual([]);
    });
  });

  it('passes the site-wide gates (links and anchors, sitemap, feeds, every report page, reports index) on the new build', () => {
    expect(gates.status, gates.output.slice(-4000)).toBe(0);
    expect(gates.output).toMatch(/Test Files\s+5 passed/);
  });
});
