// Cross-field rules of the dated parameter values (timeline.values, schema.ts), run by
// crossFieldRules.ts on a schema-valid scenario. An entry must name an existing number of
// `parameters` (the path syntax of `--set`); no number may have two entries, or both dated values
// and a distribution (a draw would move only the value before the first date); a whole number
// cannot be joined linearly (the line passes through fractions); dates must be real and strictly
// in order, so two values on one date (a contradiction) are refused; and every value must be valid
// in place. That last rule validates the parameters in force on every date a point falls on, as a
// file's parameters would be validated (schema, then crossFieldRules.parameterIssues): the rules a value can break
// (ranges, shares summing to one, min ≤ max) are linear, so if they hold at every point's date they
// hold on the straight lines between. Every issue names `timeline.values[i]` and the key at fault.
import { z } from 'zod';
import type { Scenario } from './schema';
import type { ScenarioIssue } from './scenarioError';
import { expectedPhrase, notADate, roundForDisplay, schemaAt } from './issueMessages';
import { resolveNumberPath, type NumberPathRules } from './uncertaintyRules';
import { DATED_ROOT, datedSeriesOf, parametersOn, type DatedSeries } from './datedValues';
import { isoDateOf, parseIsoDate } from '../calendar/dates';

const DATED_PATHS: NumberPathRules = {
  roots: [DATED_ROOT],
  verb: 'given dated values',
  fixedWhy: (root) =>
    root === 'timeline' ? 'switches change through timeline.changes' : root === 'money' ? 'money terms carry their own dates' : `${root} is fixed for a run`,
};

interface Resolved {
  index: number;
  path: string;
  series: DatedSeries;
}

/** Validates a candidate `parameters` as a file's would be; issue paths start 'parameters.'. */
export type ParametersValidator = (parameters: unknown) => ScenarioIssue[];

/** Every issue of the scenario's dated values, in entry order. */
export function datedValueIssues(scenario: Scenario, validate: ParametersValidator): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const resolved: Resolved[] = [];
  const firstEntryOf = new Map<string, number>();
  scenario.timeline.values.forEach((entry, i) => {
    const at = `timeline.values[${i}]`;
    const found = resolveNumberPath(scenario, entry.path, DATED_PATHS);
    if (!found.ok) return void issues.push({ path: `${at}.path`, message: found.message });
    const earlier = firstEntryOf.get(found.path);
    if (earlier !== undefined) {
      return void issues.push({ path: `${at}.path`, message: `${found.path} already has dated values (timeline.values[${earlier}]): put all its dates in one entry` });
    }
    firstEntryOf.set(found.path, i);
    const uncertain = scenario.uncertainty.findIndex((u) => sameNumber(scenario, u.path, found.path));
    if (uncertain >= 0) {
      return void issues.push({
        path: `${at}.path`,
        message: `${found.path} also has a distribution (uncertainty[${uncertain}]), which would move only its value before ${entry.points[0].date}: give it one or the other`,
      });
    }
    const field = schemaAt(found.keys, scenario);
    if (entry.join === 'linear' && field instanceof z.ZodNumber && field.isInt) {
      return void issues.push({ path: `${at}.join`, message: `${found.path} takes whole numbers only (${expectedPhrase(field, 'number')}), and a linear join passes through fractions: use join "step"` });
    }
    const dateIssue = pointDateIssue(entry.points, at);
    if (dateIssue !== undefined) return void issues.push(dateIssue);
    resolved.push({ index: i, path: found.path, series: datedSeriesOf(entry) });
  });
  if (issues.length === 0 && resolved.length > 0) issues.push(...valueIssues(scenario, resolved, validate));
  return issues;
}

function sameNumber(scenario: Scenario, a: string, canonical: string): boolean {
  const found = resolveNumberPath(scenario, a, DATED_PATHS);
  return found.ok && found.path === canonical;
}

/** Dates real and strictly increasing: one value a day, so two points on one date contradict each other. */
function pointDateIssue(points: Scenario['timeline']['values'][number]['points'], at: string): ScenarioIssue | undefined {
  let previous: number | undefined;
  for (let j = 0; j < points.length; j += 1) {
    const path = `${at}.points[${j}].date`;
    const day = parseIsoDate(points[j].date);
    if (Number.isNaN(day)) return { path, message: notADate(points[j].date) };
    if (previous !== undefined && day === previous) {
      return { path, message: `two values on one date (${points[j].date}): points[${j - 1}] gives ${points[j - 1].value}, points[${j}] gives ${points[j].value}; keep one` };
    }
    if (previous !== undefined && day < previous) {
      return { path, message: `expected dates in order, each after the previous point's (${isoDateOf(previous)}), got ${points[j].date}` };
    }
    previous = day;
  }
  return undefined;
}

/** Validates the scenario with the parameters in force on each point's date; each new issue in words, once. */
function valueIssues(scenario: Scenario, resolved: readonly Resolved[], validate: ParametersValidator): ScenarioIssue[] {
  const all = resolved.map((r) => r.series);
  const baseline = new Set(validate(scenario.parameters).map(issueKey));
  const days = [...new Set(all.flatMap((s) => s.days))].sort((a, b) => a - b);
  const issues: ScenarioIssue[] = [];
  const reported = new Set<string>();
  for (const day of days) {
    for (const issue of validate(parametersOn(scenario.parameters, all, day))) {
      if (baseline.has(issueKey(issue)) || reported.has(issue.path)) continue;
      reported.add(issue.path);
      issues.push(describe(scenario, resolved, day, issue));
    }
  }
  return issues;
}

/** An issue of the candidate on `day`, pinned to the point that set the failing number there if one did. */
function describe(scenario: Scenario, resolved: readonly Resolved[], day: number, issue: ScenarioIssue): ScenarioIssue {
  const date = isoDateOf(day);
  const own = resolved.find((r) => r.path === issue.path);
  const j = own?.series.days.indexOf(day) ?? -1;
  if (own !== undefined && j >= 0) {
    const phrase = expectedPhrase(schemaAt(own.series.keys.length > 0 ? ['parameters', ...own.series.keys] : [], scenario), 'number');
    return { path: `timeline.values[${own.index}].points[${j}].value`, message: `${own.path} must be ${phrase}, got ${roundForDisplay(own.series.values[j])} on ${date}` };
  }
  const setters = resolved.filter((r) => r.series.days.includes(day)).map((r) => `timeline.values[${r.index}]`);
  return {
    path: setters.length === 1 ? setters[0] : 'timeline.values',
    message: `with the dated values in force on ${date}, ${issue.path} is invalid: ${issue.message}`,
  };
}

function issueKey(issue: ScenarioIssue): string {
  return `${issue.path}\u0000${issue.message}`;
}
