// The home page's headline figures: which figures, and how each is compared. Only key patterns live
// here ({year}: a report's year, {next}: the year after); every number is read from the validated data,
// so the home page can never disagree with a table.
import type { SiteData } from '../../data/load.ts';
import { findFigure, type FigureRef } from '../../data/figures.ts';
import type { UiKey } from '../../i18n/ui.ts';

type Comparison = 'percent-of-plan' | 'women-share' | 'forecast';

interface HeadlineSpec {
  heading: UiKey;
  figure: string;
  compare: { kind: Comparison; figure: string }[];
}

export const headlineSpecs: HeadlineSpec[] = [
  {
    heading: 'home.card.jobs',
    figure: 'job-creation/{year}/total/new_jobs',
    compare: [{ kind: 'percent-of-plan', figure: 'job-creation/{year}/total/percent_of_plan' }],
  },
  {
    heading: 'home.card.abroad',
    figure: 'labour-export/{year}/total/workers',
    compare: [
      { kind: 'women-share', figure: 'labour-export/{year}/total/women_share' },
      { kind: 'percent-of-plan', figure: 'labour-export/{year}/total/percent_of_plan' },
    ],
  },
  {
    heading: 'home.card.training',
    figure: 'vocational-training/{year}/total/enrolled',
    compare: [
      { kind: 'women-share', figure: 'vocational-training/{year}/total/women_share' },
      { kind: 'percent-of-plan', figure: 'vocational-training/{year}/total/percent_of_plan' },
    ],
  },
  {
    heading: 'home.card.poverty',
    figure: 'poverty-rate/{year}/standard-2006-2010/rate',
    compare: [{ kind: 'forecast', figure: 'poverty-rate/{next}/standard-2006-2010/rate' }],
  },
  {
    heading: 'home.card.leaders',
    figure: 'leadership-appointments/{year}/ministry-all-leaders/leaders',
    compare: [{ kind: 'women-share', figure: 'leadership-appointments/{year}/ministry-all-leaders/women_share' }],
  },
];

const compareText: Record<Comparison, UiKey> = {
  'percent-of-plan': 'home.compare.percentOfPlan',
  'women-share': 'home.compare.womenShare',
  forecast: 'home.compare.forecast',
};

export interface Headline {
  heading: UiKey;
  main: FigureRef;
  compare: { text: UiKey; ref: FigureRef }[];
}

const keyFor = (pattern: string, year: number) => pattern.replace('{year}', String(year)).replace('{next}', String(year + 1));
const keysOf = (spec: HeadlineSpec) => [spec.figure, ...spec.compare.map((c) => c.figure)];

function lookup(data: SiteData, pattern: string, year: number): FigureRef {
  const ref = findFigure(data, keyFor(pattern, year));
  if (!ref) throw new Error(`Home page headline figure "${keyFor(pattern, year)}" is not in the data (src/components/home/headlines.ts).`);
  return ref;
}

/** The headline figures of the newest report year (of `reportYears`, newest first) that has all of them. */
export function headlines(data: SiteData, reportYears: readonly number[]): Headline[] {
  const year = reportYears.find((y) => headlineSpecs.every((spec) => keysOf(spec).every((k) => findFigure(data, keyFor(k, y)))));
  // A missing headline figure is a broken build, not a silently empty card.
  if (year === undefined) throw new Error(`No report year (${reportYears.join(', ')}) has every home page headline figure (src/components/home/headlines.ts).`);
  return headlineSpecs.map((spec) => ({
    heading: spec.heading,
    main: lookup(data, spec.figure, year),
    compare: spec.compare.map((c) => ({ text: compareText[c.kind], ref: lookup(data, c.figure, year) })),
  }));
}
