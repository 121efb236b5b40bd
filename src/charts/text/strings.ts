// The words charts use, per language. One interface, so TypeScript fails the build if a language misses a phrase.
// Short labels that the whole site shares (units, qualifiers, statuses, flags, "suy ra") come from src/i18n.

export interface ChartStrings {
  /** Chart titles. */
  titleGender(dataset: string): string;
  titleMeasure(measure: string, dataset: string): string;
  titleTrend(dataset: string, from: number, to: number): string;
  /** The derived complement of women (and of girls). */
  men: string;
  boys: string;
  /** "Nam (suy ra) = Tổng số − Nữ" with the labels of the measures. */
  derivedNote(rest: string, whole: string, part: string): string;
  /** The 100% reference line of plan-versus-actual charts. */
  planLine: string;
  unit(unit: string): string;
  source(list: string): string;
  moreSources(n: number): string;
  section(section: string): string;
  yearLabel(year: number): string;
  gapsNote: string;
  seriesNotJoined: string;
  provisionalLegend(statuses: string): string;
  seeDataset: string;
  /** Sentences of the findings (chart descriptions). */
  genderFinding(fewer: number, groups: number): string;
  genderRow(label: string, women: string, whole: string, rest: string): string;
  rangeFinding(measure: string, max: string, maxLabel: string, min: string, minLabel: string): string;
  singleFinding(measure: string, label: string, value: string): string;
  trendSeries(label: string, first: string, firstYear: number, last: string, lastYear: number, direction: 'up' | 'down' | 'same'): string;
  trendSingle(label: string, value: string, year: number): string;
  trendPeak(value: string, year: number): string;
  planFinding(met: number, years: number): string;
  planSingle(value: string, year: number, met: boolean): string;
  note(text: string): string;
  list(items: string[]): string;
}
