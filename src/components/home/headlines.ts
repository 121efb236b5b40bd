// The home page's headline figures: which figures, and how each is compared. Only keys live here;
// every number is read from the validated data, so the home page can never disagree with a table.
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
    figure: 'job-creation/2009/total/new_jobs',
    compare: [{ kind: 'percent-of-plan', figure: 'job-creation/2009/total/percent_of_plan' }],
  },
  {
    heading: 'home.card.abroad',
    figure: 'labour-export/2009/total/workers',
    compare: [
      { kind: 'women-share', figure: 'labour-export/2009/total/women_share' },
      { kind: 'percent-of-plan', figure: 'labour-export/2009/total/percent_of_plan' },
    ],
  },
  {
    heading: 'home.card.training',
    figure: 'vocational-training/2009/total/enrolled',
    compare: [
      { kind: 'women-share', figure: 'vocational-training/2009/total/women_share' },
      { kind: 'percent-of-plan', figure: 'vocational-training/2009/total/percent_of_plan' },
    ],
  },
  {
    heading: 'home.card.poverty',
    figure: 'poverty-rate/2009/standard-2006-2010/rate',
    compare: [{ kind: 'forecast', figure: 'poverty-rate/2010/standard-2006-2010/rate' }],
  },
  {
    heading: 'home.card.leaders',
    figure: 'leadership-appointments/2009/ministry-all-leaders/leaders',
    compare: [{ kind: 'women-share', figure: 'leadership-appointments/2009/ministry-all-leaders/women_share' }],
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

function lookup(data: SiteData, key: string): FigureRef {
  const ref = findFigure(data, key);
  // A missing headline figure is a broken build, not a silently empty card.
  if (!ref) throw new Error(`Home page headline figure "${key}" is not in the data (src/components/home/headlines.ts).`);
  return ref;
}

export function headlines(data: SiteData): Headline[] {
  return headlineSpecs.map((spec) => ({
    heading: spec.heading,
    main: lookup(data, spec.figure),
    compare: spec.compare.map((c) => ({ text: compareText[c.kind], ref: lookup(data, c.figure) })),
  }));
}
