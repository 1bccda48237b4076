// `--set path@date=value`: a step in a number of `parameters` from a date, written into the
// scenario's dated values (timeline.values, schema.ts). When the number already has dated values
// the point joins them (replacing a point on the same date, keeping the entry's join); otherwise
// a new entry holds the value from that date on. Pure; the result goes through restoreScenario, so
// a dated override can never make a scenario a file could not be; every failure is a
// ScenarioError naming the override.
import type { DatedValue, Scenario } from './schema';
import { ScenarioError } from './scenarioError';
import { restoreScenario } from './restore';
import { canonicalDatedPath } from './datedValues';
import { OVERRIDE_NUMBER_TEXT } from './overridePath';
import { parseIsoDate } from '../calendar/dates';


/** Splits `path@date` into its parts, or undefined when the override is not dated. */
export function datedOverrideParts(text: string): { path: string; date: string } | undefined {
  const at = text.lastIndexOf('@');
  if (at < 0) return undefined;
  return { path: text.slice(0, at).trim(), date: text.slice(at + 1).trim() };
}

export function applyDatedOverride(scenario: Scenario, text: string, valueText: string): Scenario {
  const { path, date } = datedOverrideParts(text)!;
  const fail = (message: string) => new ScenarioError([{ path: text, message }]);
  if (Number.isNaN(parseIsoDate(date))) throw fail(`expected path@YYYY-MM-DD (a real date) for a value from a date, got the date ${JSON.stringify(date)}`);
  if (!OVERRIDE_NUMBER_TEXT.test(valueText.trim())) throw fail(`a value from a date must be a number, got ${JSON.stringify(valueText)}`);
  const value = Number(valueText.trim());
  const canonical = canonicalDatedPath(path);
  const copy = JSON.parse(JSON.stringify(scenario)) as Scenario;
  const values: DatedValue[] = copy.timeline.values;
  const entry = values.find((v) => canonicalDatedPath(v.path) === canonical);
  if (entry === undefined) {
    values.push({ path: canonical, join: 'step', points: [{ date, value }], source: `--set ${canonical}@${date}` });
  } else {
    const others = entry.points.filter((p) => p.date !== date);
    entry.points = [...others, { date, value }].sort((a, b) => parseIsoDate(a.date) - parseIsoDate(b.date));
  }
  return restoreScenario(copy);
}
