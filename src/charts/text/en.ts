import type { ChartStrings } from './strings.ts';

export const en: ChartStrings = {
  titleGender: (dataset) => `Women and men (derived) — ${dataset}`,
  titleMeasure: (measure, dataset) => `${measure} — ${dataset}`,
  titleTrend: (dataset, from, to) => (from === to ? `${dataset}, ${from}` : `${dataset}, ${from}–${to}`),
  men: 'Men',
  boys: 'Boys',
  derivedNote: (rest, whole, part) => `${rest} (derived) = ${whole} − ${part}; the source does not state this figure.`,
  planLine: 'Plan = 100%',
  unit: (unit) => `Unit: ${unit}`,
  source: (list) => `Source: ${list}`,
  moreSources: (n) => `and ${n} other ${n === 1 ? 'source' : 'sources'}`,
  section: (section) => `section ${section}`,
  yearLabel: (year) => `${year}`,
  gapsNote: 'Years without data are left as gaps, not joined.',
  seriesNotJoined: 'Each line is a separate breakdown; lines are not joined.',
  provisionalLegend: (statuses) => `Dashed line, hollow point: ${statuses}`,
  seeDataset: 'See the data table and sources',
  genderFinding: (fewer, groups) =>
    groups === 1
      ? fewer === 1 ? 'There are fewer women than men (derived).' : 'There are as many or more women than men (derived).'
      : fewer === groups ? `In all ${groups} groups there are fewer women than men (derived).`
        : fewer === 0 ? `In all ${groups} groups there are as many or more women than men (derived).`
          : `There are fewer women than men (derived) in ${fewer} of ${groups} groups.`,
  genderRow: (label, women, whole, rest) => `${label}: ${women} women of ${whole}, men (derived) ${rest}`,
  rangeFinding: (measure, max, maxLabel, min, minLabel) => `${measure}: highest ${max} (${maxLabel}), lowest ${min} (${minLabel}).`,
  singleFinding: (measure, label, value) => `${measure} (${label}): ${value}.`,
  trendSeries: (label, first, firstYear, last, lastYear, direction) =>
    direction === 'same'
      ? `${label}: unchanged, ${first} in ${firstYear} and ${last} in ${lastYear}`
      : `${label}: ${direction === 'up' ? 'up' : 'down'} from ${first} in ${firstYear} to ${last} in ${lastYear}`,
  trendSingle: (label, value, year) => `${label}: ${value} in ${year}`,
  trendPeak: (value, year) => `highest ${value} in ${year}`,
  planFinding: (met, years) => `The plan was met or exceeded (100% or more) in ${met} of ${years} years with data.`,
  planSingle: (value, year, met) => `In ${year}, ${value} of the plan was achieved: the plan was ${met ? 'met or exceeded' : 'not met'}.`,
  note: (text) => `Note: ${text}`,
  list: (items) => items.join('; '),
};
