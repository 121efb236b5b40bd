import type { Figure } from '../../data/schemas/row.ts';
import type { SeriesSymbol } from '../theme.ts';

/** One line of a line chart: told apart by colour, marker shape and its name in the legend. */
export interface Series {
  label: string;
  colour: string;
  shape: SeriesSymbol;
  figures: Figure[];
}
