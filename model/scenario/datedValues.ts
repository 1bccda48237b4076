// Dated parameter values (timeline.values, schema.ts datedValueSchema): what a number is on a
// given day, and the parameters in force on that day. One definition used by the engine (which
// re-reads its parameters on the days these give), by finance (staff costs month by month), by
// the validation (every value checked in place) and by the reports.
// Invariants: pure; never mutates its inputs (parametersOn returns a fresh object when anything is
// dated, the given one otherwise); a value is a function of the day alone, so a run resumed on a
// day reads exactly what an unbroken run reads there.
import type { DatedValue, Parameters, Scenario } from './schema';
import { parseIsoDate } from '../calendar/dates';
import { parseOverridePath, type PathKey } from './overridePath';

/** The root every dated path starts from: switches have their own timeline; money its own dates. */
export const DATED_ROOT = 'parameters';

/** A dated value with its points' days parsed, in the order the file gives them (dates in order: datedValueRules.ts). */
export interface DatedSeries {
  keys: readonly PathKey[];
  join: DatedValue['join'];
  days: readonly number[];
  values: readonly number[];
}

export function datedSeriesOf(entry: DatedValue): DatedSeries {
  return {
    keys: parseOverridePath(entry.path).slice(1),
    join: entry.join,
    days: entry.points.map((p) => parseIsoDate(p.date)),
    values: entry.points.map((p) => p.value),
  };
}

/** The value on `day`, or undefined before the first point (the base value in `parameters` holds). */
export function valueOn(series: DatedSeries, day: number): number | undefined {
  const { days, values } = series;
  if (day < days[0]) return undefined;
  let i = 0;
  while (i + 1 < days.length && days[i + 1] <= day) i += 1;
  if (series.join === 'step' || i + 1 === days.length) return values[i];
  const fraction = (day - days[i]) / (days[i + 1] - days[i]);
  return values[i] + (values[i + 1] - values[i]) * fraction;
}

/**
 * The parameters in force on `day`: the base values with every dated value that has begun set in
 * place. Only the objects along a dated path are copied (the rest is shared with `parameters`,
 * which is never written): the validation and the run-size rules call this for every point's date.
 */
export function parametersOn(parameters: Parameters, series: readonly DatedSeries[], day: number): Parameters {
  if (series.length === 0) return parameters;
  const copies = new Set<object>();
  const copyOf = <T extends object>(node: T): T => {
    if (copies.has(node)) return node;
    const copy = (Array.isArray(node) ? [...node] : { ...node }) as T;
    copies.add(copy);
    return copy;
  };
  const root = copyOf(parameters);
  for (const s of series) {
    const value = valueOn(s, day);
    if (value !== undefined) setAt(root, s.keys, value, copyOf);
  }
  return root;
}

/** parametersOn for a whole scenario, from its ISO date. */
export function scenarioParametersOn(scenario: Scenario, day: number): Parameters {
  return parametersOn(scenario.parameters, scenario.timeline.values.map(datedSeriesOf), day);
}

/**
 * The days after `firstDay` and up to `lastDay` on which the parameters in force can change: each
 * point's date, and for a linear join the first of every month between two points. Sorted, no repeats.
 */
export function changeDays(series: readonly DatedSeries[], firstDay: number, lastDay: number, monthStarts: readonly number[]): number[] {
  const days = new Set<number>();
  for (const s of series) {
    for (const day of s.days) days.add(day);
    if (s.join !== 'linear') continue;
    const from = s.days[0];
    const to = s.days[s.days.length - 1];
    for (const day of monthStarts) if (day > from && day < to) days.add(day);
  }
  return [...days].filter((d) => d > firstDay && d <= lastDay).sort((a, b) => a - b);
}

/**
 * Every set of parameters a run of the scenario can be under: the base values and those in force
 * on each point's date. Linear joins lie between these, so a bound that holds for each holds
 * throughout (the run-size rules take the fewest entrants and the most memory over them).
 */
export function parameterSets(scenario: Scenario): Parameters[] {
  const series = wellFormedSeries(scenario);
  const days = [...new Set(series.flatMap((s) => s.days))].sort((a, b) => a - b);
  return [scenario.parameters, ...days.map((day) => parametersOn(scenario.parameters, series, day))];
}

/** The dated entry for a `parameters` path written canonically (e.g. 'parameters.population.newEntrantsPerYear'). */
export function datedEntryFor(scenario: Scenario, path: string): DatedValue | undefined {
  return scenario.timeline.values.find((v) => canonicalDatedPath(v.path) === path);
}

/** A path written the one canonical way (`a.b[0].c`), or the text itself if it is not a path. */
export function canonicalDatedPath(text: string): string {
  try {
    return parseOverridePath(text)
      .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
      .join('');
  } catch {
    return text;
  }
}

/**
 * The entries whose path parses and whose dates are real: the run-size rules run before the dated
 * values' own rules (datedValueRules.ts), which report the others.
 */
function wellFormedSeries(scenario: Scenario): DatedSeries[] {
  const series: DatedSeries[] = [];
  for (const entry of scenario.timeline.values) {
    try {
      if (parseOverridePath(entry.path)[0] !== DATED_ROOT) continue;
      const s = datedSeriesOf(entry);
      if (s.keys.length > 0 && !s.days.some(Number.isNaN)) series.push(s);
    } catch {
      // a path that does not parse: reported by datedValueRules.ts
    }
  }
  return series;
}

/** Sets the number at `keys` in copies of the objects along the way; a path that names no number is left alone (datedValueRules.ts refuses it). */
function setAt(root: object, keys: readonly PathKey[], value: number, copyOf: <T extends object>(node: T) => T): void {
  let node = root as Record<PathKey, unknown>;
  for (let i = 0; i + 1 < keys.length; i += 1) {
    const child = node[keys[i]];
    if (typeof child !== 'object' || child === null) return;
    const copy = copyOf(child);
    node[keys[i]] = copy;
    node = copy as Record<PathKey, unknown>;
  }
  const last = keys[keys.length - 1];
  if (typeof node[last] === 'number') node[last] = value;
}
