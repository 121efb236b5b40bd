// The data changelog (content/changelog.yml): dated, bilingual entries saying what changed in the
// published data. Read and checked like the data itself: a broken entry stops the build with its line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SiteData } from '../load.ts';
import { DataValidationError } from '../problems.ts';
import { kebabId } from '../schemas/common.ts';
import { parseYaml } from '../yaml.ts';

export const CHANGELOG_FILE = 'content/changelog.yml';

export const changeKinds = ['added', 'corrected', 'updated', 'removed'] as const;

const entrySchema = z.strictObject({
  date: z.iso.date(),
  kind: z.enum(changeKinds),
  datasets: z.array(kebabId).min(1),
  vi: z.string().min(1).transform((s) => s.normalize('NFC')),
  en: z.string().min(1),
});

export type ChangelogEntry = z.output<typeof entrySchema>;

/** Every named dataset must be published, except in a removal (the dataset may be gone). */
function changelogSchema(datasetIds: ReadonlySet<string>) {
  const known = [...datasetIds].join(', ');
  const entry = entrySchema.superRefine((e, ctx) => {
    if (e.kind === 'removed') return;
    e.datasets.forEach((id, i) => {
      if (!datasetIds.has(id)) ctx.addIssue({ code: 'custom', path: ['datasets', i], input: id, message: `mã bộ dữ liệu trong data/ / a dataset id in data/: ${known}` });
    });
  });
  return z.strictObject({ entries: z.array(entry).min(1) });
}

/** Entries newest first; entries of the same day keep the file's order. */
export function sortEntries(entries: readonly ChangelogEntry[]): ChangelogEntry[] {
  return entries.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => b.date.localeCompare(a.date) || i - j).map(([e]) => e);
}

export function parseChangelog(text: string, data: SiteData): ChangelogEntry[] {
  const result = parseYaml(CHANGELOG_FILE, text, changelogSchema(new Set(data.datasets.map((d) => d.meta.id))));
  if (!result.ok) throw new DataValidationError(result.problems);
  return sortEntries(result.data.entries);
}

export function loadChangelog(data: SiteData, root: string = process.cwd()): ChangelogEntry[] {
  return parseChangelog(readFileSync(join(root, CHANGELOG_FILE), 'utf8'), data);
}
