// Which `--set path=value` overrides of a number dated values take over from: the value in
// `parameters` holds only until the first point of the number's dated values (datedValues.ts), so
// `--set parameters.population.newEntrantsPerYear=120000` on a scenario driven by the published
// series changes only the years before the series begins. Pure; never throws (a path it cannot
// read is not one it can judge; applyOverride has reported it already).
import type { Scenario } from './schema';
import { canonicalDatedPath } from './datedValues';
import { datedOverrideParts } from './datedOverride';
import { addYears, parseIsoDate } from '../calendar/dates';

export interface DatedShadow {
  /** The override's path as given. */
  path: string;
  /** The entry of timeline.values that takes over. */
  index: number;
  /** Its first point's date, when it takes over. */
  from: string;
  source: string;
  /** True when that date is on or before the run's first day (warm-up included): the override never holds. */
  neverHolds: boolean;
}

export function datedShadows(scenario: Scenario, paths: readonly string[]): DatedShadow[] {
  const firstDay = addYears(parseIsoDate(scenario.simulation.start), -scenario.simulation.warmupYears);
  const found: DatedShadow[] = [];
  for (const path of paths) {
    if (datedOverrideParts(path) !== undefined) continue;
    const canonical = canonicalDatedPath(path);
    const index = scenario.timeline.values.findIndex((v) => canonicalDatedPath(v.path) === canonical);
    if (index < 0) continue;
    const entry = scenario.timeline.values[index];
    const from = entry.points[0].date;
    found.push({ path, index, from, source: entry.source, neverHolds: parseIsoDate(from) <= firstDay });
  }
  return found;
}
