// Vietnamese without diacritics: Pagefind already matches "lao dong" to "lao dòng"/"lao động" for the
// tone and vowel marks (they are combining marks), but "đ" is a letter of its own, not d + a mark, so
// "dong" never finds "động". Each word typed with a plain initial "d" is searched both ways.

/** Words beyond this many are searched as typed, to keep the number of searches small (2^n). */
export const MAX_EXPANDED_WORDS = 3;

/** The query as typed plus every variant with "d" → "đ" at the start of a word, at most 2^3 in all. */
export function queryVariants(query: string): string[] {
  const words = query.normalize('NFC').toLowerCase().trim().split(/\s+/).filter(Boolean);
  let variants: string[][] = [[]];
  let expanded = 0;
  for (const word of words) {
    const canExpand = word.startsWith('d') && expanded < MAX_EXPANDED_WORDS;
    if (canExpand) expanded++;
    const forms = canExpand ? [word, `đ${word.slice(1)}`] : [word];
    variants = variants.flatMap((v) => forms.map((f) => [...v, f]));
  }
  return variants.map((v) => v.join(' ')).filter(Boolean);
}
