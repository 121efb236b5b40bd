// The primary documents that get a page: their entry in data/sources.yml and their parsed text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, loadData } from '../../data/load.ts';
import { parseDocument, type ParsedDocument } from '../../data/document.ts';
import type { Source } from '../../data/schemas/sources.ts';
import { hasSourcePage } from '../../urls.ts';

export interface SourceDocument {
  source: Source;
  document: ParsedDocument;
}

export function sourceDocuments(root: string = process.cwd()): SourceDocument[] {
  return loadData(root)
    .sources.filter(hasSourcePage)
    .map((source) => ({
      source,
      document: parseDocument(readFileSync(join(root, DATA_DIR, 'documents', source.file!), 'utf8')),
    }));
}
