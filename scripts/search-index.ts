// Builds the Pagefind search index over the built site, after `astro build` (npm run build runs both).
// Usage: node scripts/search-index.ts [dist]
// One index per language, chosen by Pagefind from each page's <html lang>. Only the main content is
// indexed (not the header, navigation or footer that every page repeats); error, search and chart
// embed pages are left out.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';

/** Pages that are not worth finding: the 404 pages, the search pages themselves and chart embeds. */
export function indexable(file: string): boolean {
  const path = `/${file}`.replace(/^\/en\//, '/');
  return file.endsWith('.html') && !/^\/404(\.html|\/)/.test(path) && !path.startsWith('/search/') && !path.startsWith('/embed/');
}

function htmlFilesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

async function main(): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({
    rootSelector: 'main',
    excludeSelectors: ['nav', '[data-search]', '.skip-link', '[data-pagefind-ignore]'],
  });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const files = htmlFilesBelow(site).filter(indexable);
  const problems: string[] = [];
  for (const file of files) {
    const added = await index.addHTMLFile({ sourcePath: file, content: readFileSync(join(site, file), 'utf8') });
    problems.push(...added.errors.map((e) => `${file}: ${e}`));
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  problems.push(...written.errors);
  await pagefind.close();
  if (problems.length > 0) throw new Error(`Pagefind could not index the site:\n${problems.join('\n')}`);
  console.log(`Search index: ${files.length} pages indexed into ${written.outputPath} in ${Math.round(performance.now() - started)} ms`);
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
