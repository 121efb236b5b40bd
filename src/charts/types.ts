import type { Source } from '../data/schemas/sources.ts';
import type { ChartDeclaration } from '../data/schemas/charts.ts';

export { chartKinds, type ChartKind } from '../data/schemas/charts.ts';

/** A chart as its dataset's YAML declares it (src/data/schemas/charts.ts), with its site-wide id. */
export interface ChartDef extends Omit<ChartDeclaration, 'id'> {
  /** `<dataset-id>--<id or kind>`: stable, kebab-case, unique site-wide; used in URLs. */
  id: string;
  /** Dataset id. */
  dataset: string;
}

export interface RenderOptions {
  /**
   * Draw the title above and the source line below, inside the SVG (default true): what a downloaded
   * file or PNG needs. A page that shows them in its <figcaption> passes false.
   */
  caption?: boolean;
  /** The source catalogue, for source lines and tooltips; the validated site data when absent. */
  sources?: readonly Source[];
}
