// CONTRIBUTING.md cannot drift from the validator: one entry per message code in each language, each
// quoting the message staff actually see, the columns and allowed values as the schemas define them,
// and examples that the validator itself accepts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateData } from '../../src/data/load.ts';
import { messages, type MessageCode, type MessageParams } from '../../src/data/messages.ts';
import { datasetMetaSchema, measureKinds, units } from '../../src/data/schemas/metadata.ts';
import { csvColumns, flags, qualifiers, statuses } from '../../src/data/schemas/row.ts';
import { sourcesFileSchema } from '../../src/data/schemas/sources.ts';
import { reportPageSchema } from '../../src/reports/schemas.ts';
import { parseYaml } from '../../src/data/yaml.ts';
import { validateCsv } from '../../src/data/validate-csv.ts';
import { plausibleYears } from '../../src/data/load.ts';
import { CHANGELOG_FILE, parseChangelog } from '../../src/data/export/changelog.ts';
import { repo } from './helpers.ts';

const guide = readFileSync(join(repo, 'CONTRIBUTING.md'), 'utf8');
const [vi, en] = guide.split(/^## English$/m) as [string, string | undefined];
const halves = { vi, en: en ?? '' } as const;
const codes = Object.keys(messages) as MessageCode[];

/** The message as staff see it, with "[…]" where the details of each error go. */
const blanks = new Proxy({}, { get: () => '[…]' }) as MessageParams;
const shown = (code: MessageCode, lang: 'vi' | 'en') => messages[code][lang](blanks);

/** Error entries: a heading that is only a code in backticks, and the text up to the next heading. */
function entries(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const parts = text.split(/^(?=#{1,4} )/m);
  for (const part of parts) {
    const m = /^#{1,4} `([^`]+)`[ \t]*\n/.exec(part);
    if (!m) continue;
    expect(found.has(m[1]!), `"${m[1]}" is described twice`).toBe(false);
    found.set(m[1]!, part.slice(m[0].length));
  }
  return found;
}

/** The fenced block after `<!-- example: name -->`. */
function examples(text: string, name: string): string[] {
  const re = new RegExp(`<!-- example: ${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``, 'g');
  return [...text.matchAll(re)].map((m) => m[1]!);
}

describe('CONTRIBUTING.md', () => {
  it('is in Vietnamese first, then English', () => {
    expect(en, 'an "## English" heading').toBeDefined();
    expect(vi).toContain('## Tiếng Việt');
    expect(guide.normalize('NFC')).toBe(guide);
  });

  describe.each(['vi', 'en'] as const)('its %s error list', (lang) => {
    const described = entries(halves[lang]);

    it('has an entry for every message code in src/data/messages.ts', () => {
      expect(codes.filter((c) => !described.has(c))).toEqual([]);
    });

    it('names no code that no longer exists', () => {
      expect([...described.keys()].filter((c) => !(c in messages))).toEqual([]);
    });

    it('quotes each message exactly as the validator words it, with a fix', () => {
      for (const code of codes) {
        const body = described.get(code) ?? '';
        expect(body, code).toContain(`> ${shown(code, lang)}\n`);
        // Besides the quoted message, at least a sentence on what to do.
        const advice = body.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('>')).join(' ');
        expect(advice.length, `${code}: advice`).toBeGreaterThan(40);
      }
    });
  });

  it.each(['vi', 'en'] as const)('explains every CSV column and every allowed value (%s)', (lang) => {
    const text = halves[lang];
    for (const column of csvColumns) expect(text, column).toMatch(new RegExp(`^\\| \`${column}\` \\|`, 'm'));
    expect(text).toContain(csvColumns.join(','));
    for (const value of [...statuses, ...qualifiers, ...flags, ...units, ...measureKinds]) expect(text, value).toContain(`\`${value}\``);
    expect(text).toContain('npm run new-year -- 2010');
  });

  it('has the sections that npm run new-year points editors to', () => {
    const script = readFileSync(join(repo, 'scripts', 'new-year.ts'), 'utf8');
    const cited = [...script.matchAll(/CONTRIBUTING\.md, mục (\d+(?:\.\d+)?)\). \/ .*?CONTRIBUTING\.md, section (\d+(?:\.\d+)?)\)/g)];
    expect(cited.length).toBeGreaterThanOrEqual(2);
    for (const [, viSection, enSection] of cited) {
      expect(viSection).toBe(enSection);
      const heading = new RegExp(`^#{3,4} ${viSection!.replace('.', '\\.')}\\.? `, 'm');
      expect(vi, `section ${viSection}`).toMatch(heading);
      expect(halves.en, `section ${enSection}`).toMatch(heading);
    }
  });

  describe('examples', () => {
    const real = validateData(repo).data;
    const sourceIds = new Set(real.sources.map((s) => s.id));

    it('the annotated dataset YAML is valid and matches the real dataset it shows', () => {
      const blocks = examples(guide, 'dataset-yml');
      expect(blocks).toHaveLength(2);
      for (const block of blocks) {
        const result = parseYaml('example.yml', block, datasetMetaSchema);
        expect(result.ok, JSON.stringify(!result.ok && result.problems)).toBe(true);
        if (!result.ok) continue;
        const dataset = real.datasets.find((d) => d.meta.id === result.data.id)!;
        expect(dataset).toBeDefined();
        for (const key of ['title', 'breakdowns', 'measures', 'checks', 'charts', 'headline'] as const) expect(result.data[key], key).toEqual(dataset.meta[key]);
      }
    });

    it('the CSV rows pass validation and are the real rows, figures included', () => {
      const blocks = examples(guide, 'dataset-csv');
      expect(blocks).toHaveLength(2);
      for (const block of blocks) {
        const dataset = real.datasets.find((d) => d.meta.id === 'labour-export')!;
        const outcome = validateCsv({ file: 'example.csv', bytes: new TextEncoder().encode(block), meta: dataset.meta, sourceIds, years: plausibleYears() });
        expect(outcome.problems).toEqual([]);
        expect(outcome.figures.length).toBeGreaterThan(0);
        const realCsv = readFileSync(join(repo, dataset.csvFile), 'utf8');
        for (const line of block.split('\n').slice(1)) expect(realCsv, 'an example row must be a real row').toContain(`${line}\n`);
      }
    });

    it('the source entry is valid and matches the catalogue', () => {
      const blocks = examples(guide, 'source-yml');
      expect(blocks).toHaveLength(2);
      for (const block of blocks) {
        const result = parseYaml('example.yml', block, sourcesFileSchema);
        expect(result.ok, JSON.stringify(!result.ok && result.problems)).toBe(true);
        if (!result.ok) continue;
        for (const entry of result.data.sources) {
          const source = real.sources.find((s) => s.id === entry.id)!;
          expect(source).toBeDefined();
          expect({ kind: entry.kind, issuer: entry.issuer, title: entry.title, file: entry.file }).toEqual({ kind: source.kind, issuer: source.issuer, title: source.title, file: source.file });
        }
      }
    });

    it('the report page frontmatter is valid and is the real page’s, in each language', () => {
      const blocks = examples(guide, 'report-page');
      expect(blocks).toHaveLength(2);
      blocks.forEach((block, i) => {
        const lang = i === 0 ? 'vi' : 'en';
        const data = reportPageSchema.parse(parse(block));
        const real = readFileSync(join(repo, 'content/report/2009', lang, 'i-2-1-labour-employment.mdx'), 'utf8');
        expect(data).toEqual(reportPageSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(real)![1]!)));
      });
    });

    it('the new-report messages it quotes are the ones the command prints', () => {
      const script = readFileSync(join(repo, 'src', 'reports', 'scaffold.ts'), 'utf8');
      for (const quoted of ['đã có báo cáo năm ${year}. Không ghi đè gì', 'already has a report for ${year}. Nothing was overwritten']) {
        expect(script).toContain(quoted);
      }
      expect(vi).toContain('> Lỗi: content/reports.yml đã có báo cáo năm 2010. Không ghi đè gì; để sửa báo cáo đó, hãy sửa trực tiếp các tệp trong content/report/2010/.');
      expect(halves.en).toContain('> Error: content/reports.yml already has a report for 2010. Nothing was overwritten; to change that report, edit the files in content/report/2010/ directly.');
    });

    it('the changelog entry is valid and is a real entry of the changelog', () => {
      const blocks = examples(guide, 'changelog-yml');
      expect(blocks).toHaveLength(2);
      const changelog = parseChangelog(readFileSync(join(repo, CHANGELOG_FILE), 'utf8'), real);
      for (const block of blocks) {
        const entries = parseChangelog(block, real);
        expect(entries.length).toBeGreaterThan(0);
        for (const entry of entries) expect(changelog).toContainEqual(entry);
      }
      for (const half of [vi, halves.en]) expect(half).toContain(`\`${CHANGELOG_FILE}\``);
    });

    it('the YAML comments are in the language of their half', () => {
      const [viYaml, enYaml] = examples(guide, 'dataset-yml').map((b) => parse(b) as unknown);
      expect(viYaml).toEqual(enYaml);
      expect(examples(vi, 'dataset-yml')[0]).toContain('# trùng tên tệp');
      expect(examples(halves.en, 'dataset-yml')[0]).toContain('# the file name');
    });
  });
});
