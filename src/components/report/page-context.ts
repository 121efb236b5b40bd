// What a component inside an MDX page knows about where it is: the language (from the URL) and the file.

/** The MDX file being rendered, as the page recorded it; the URL when a page did not. */
export function mdxFileOf(locals: App.Locals, pathname: string): string {
  return locals.mdxFile ?? pathname;
}

/** Id of the note explaining a flagged figure, unique per figure key on a page. */
export function figureNoteId(key: string): string {
  return `figure-note-${key.replace(/[^a-z0-9]+/gi, '-')}`;
}

/** Figure keys an MDX body uses, in order of first appearance, from its <Fig k="…"> tags. */
export function figureKeysIn(body: string): string[] {
  const keys = [...body.matchAll(/<Fig\b[^>]*?\bk="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(keys)];
}
