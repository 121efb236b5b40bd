import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/data/document.ts';
import { loadData } from '../../src/data/load.ts';
import { firstSection, sectionAnchor } from '../../src/data/sections.ts';

const report = parseDocument(readFileSync('data/documents/molisa-2009-report.txt', 'utf8'));
const headingIds = report.headings.map((h) => h.id);
const allIds = report.blocks.flatMap((b) => (b.id ? [b.id] : []));

describe('section anchors', () => {
  it('are the section number lower-cased with dots turned into dashes', () => {
    expect(sectionAnchor('I.2.1')).toBe('section-i-2-1');
    expect(sectionAnchor('II.2.3')).toBe('section-ii-2-3');
    expect(sectionAnchor('II.2')).toBe('section-ii-2');
    expect(sectionAnchor('P2.I')).toBe('section-p2-i');
    expect(firstSection('II.2.1–II.2.2')).toBe('II.2.1');
  });

  it('match the 2009 report headings the way the CSVs cite them', () => {
    const heading = (id: string) => report.headings.find((h) => h.id === id)?.text;
    expect(heading('section-i-2-1')).toMatch(/^2\.1\. Lao động, việc làm/);
    expect(heading('section-ii-2-3')).toMatch(/^2\.3\. Bổ nhiệm cán bộ/);
    expect(heading('section-ii-2')).toMatch(/^2\. Kết quả thực hiện/);
    expect(heading('section-p2-i')).toBe('I. NHIỆM VỤ NĂM 2010');
    expect(heading('section-p2-ii')).toBe('II. CÁC GIẢI PHÁP CỤ THỂ');
    expect(heading('section-p1')).toMatch(/^Phần thứ nhất\. TÌNH HÌNH THỰC HIỆN/);
  });

  it('exist for every section a CSV row of a primary document cites', () => {
    const { datasets, sources } = loadData();
    const cited = new Map<string, Set<string>>();
    for (const f of datasets.flatMap((d) => d.figures)) {
      const source = sources.find((s) => s.id === f.source);
      if (source?.kind !== 'primary' || !f.section) continue;
      if (!cited.has(source.id)) cited.set(source.id, new Set());
      cited.get(source.id)!.add(f.section);
    }
    expect(cited.size).toBeGreaterThan(0);
    for (const [id, sections] of cited) {
      const file = sources.find((s) => s.id === id)!.file!;
      const doc = parseDocument(readFileSync(`data/documents/${file}`, 'utf8'));
      const docIds = new Set(doc.blocks.flatMap((b) => (b.id ? [b.id] : [])));
      const missing = [...sections].filter((s) => !docIds.has(sectionAnchor(s)));
      expect(missing, `${file}: cited sections without an anchor`).toEqual([]);
    }
  });

  it('are unique within a document and never skip a heading level', () => {
    expect(new Set(allIds).size).toBe(allIds.length);
    let previous = 2; // the page's "Full text" heading is an h2
    for (const h of report.headings) {
      expect(h.level, h.text).toBeLessThanOrEqual(previous + 1);
      previous = h.level;
    }
    expect(headingIds.length).toBeGreaterThan(15);
  });

  it('keep long numbered tasks as numbered paragraphs, not headings, with their own anchors', () => {
    const task = report.blocks.find((b) => b.id === 'section-p2-i-1');
    expect(task?.kind).toBe('paragraph');
  });

  it('turn a hard-wrapped, markdown-bolded text into clean headings', () => {
    const doc = parseDocument('Intro\n\n**1. Tăng cường phối hợp\n của các đơn vị**\n\n- việc một;\n\nI. KẾT QUẢ****1. Tình hình*(ghi chú)*\n');
    expect(doc.headings.map((h) => [h.id, h.text, h.level])).toEqual([
      ['section-1', '1. Tăng cường phối hợp của các đơn vị', 3],
      ['section-i', 'I. KẾT QUẢ', 3],
      ['section-i-1', '1. Tình hình(ghi chú)', 4],
    ]);
  });
});
