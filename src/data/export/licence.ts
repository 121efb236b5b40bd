// Licences the datasets may carry (metadata `licence`), as SPDX ids with their title and text URL.
export interface Licence {
  /** SPDX identifier, also the Data Package licence `name`. */
  name: string;
  title: string;
  path: string;
}

const known: Record<string, Omit<Licence, 'name'>> = {
  'CC-BY-4.0': { title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' },
};

/** The licence for an SPDX id; an unknown id keeps its name so nothing is silently relicensed. */
export function licenceOf(id: string): Licence {
  const entry = known[id];
  return entry ? { name: id, ...entry } : { name: id, title: id, path: `https://spdx.org/licenses/${encodeURIComponent(id)}.html` };
}
