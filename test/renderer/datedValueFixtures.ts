// Scenarios with dated values for the renderer's tests: a built-in with entrants and capacity given
// by date, as the built-ins will soon carry them (yearly points, linear and step).
import { loadBuiltIn, type DatedValue, type Scenario } from '../../renderer/engine';

export const ENTRANTS = 'parameters.population.newEntrantsPerYear';
export const CAPACITY = 'parameters.supervision.capacityCasesPerFte';

export function yearlyPoints(from: number, to: number, value: (year: number) => number): DatedValue['points'] {
  const points: DatedValue['points'] = [];
  for (let year = from; year <= to; year += 1) points.push({ date: `${year}-01-01`, value: value(year) });
  return points;
}

/** tr with the given dated values (deep copies: the built-in is never changed). */
export function withDated(values: DatedValue[], name = 'tr'): Scenario {
  const scenario = structuredClone(loadBuiltIn(name));
  scenario.timeline.values = structuredClone(values);
  return scenario;
}

export const entrantsSeries = (): DatedValue => ({
  path: ENTRANTS,
  join: 'step',
  points: yearlyPoints(2005, 2023, (year) => 150_000 - (year - 2005) * 1_000),
  source: 'data/entrants.csv',
});

export const capacitySeries = (): DatedValue => ({
  path: CAPACITY,
  join: 'linear',
  points: [
    { date: '2014-06-01', value: 40 },
    { date: '2018-04-01', value: 48 },
  ],
  source: 'assumption: caseloads rose under TR',
});
