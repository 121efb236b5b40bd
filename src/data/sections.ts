// Section numbers as the CSVs write them ("I.2.1", "II.2.3", "P2.I") and the anchors the source pages use.

/** "II.2.3" → "ii-2-3"; "P2.I" → "p2-i". Lower case, dots (and spaces) become dashes. */
export function sectionSlug(section: string): string {
  return section
    .trim()
    .toLowerCase()
    .replace(/[.\s]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The id of a section on a source document page: sectionAnchor("II.2.3") → "section-ii-2-3". */
export function sectionAnchor(section: string): string {
  return `section-${sectionSlug(section)}`;
}

/** The first section of a range such as "II.2.1–II.2.2", for linking to where a range starts. */
export function firstSection(section: string): string {
  return section.split(/\s*[–—-]\s*(?=[IVXP\d])/)[0]!.trim();
}
