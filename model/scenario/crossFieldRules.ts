// Cross-field rules: what the schema cannot say field by field (shares summing to one, min ≤ max,
// hazard steps in order, dates real and in order, changes on one day that agree, a run neither too small to mean
// anything nor too big for the machine: runSizeRules.ts). They run on a schema-valid scenario, so types
// hold; each issue names the field and says what was expected and what was found. The rules for
// the money terms (contract dates, events, volume bands, baselines) live in moneyRules.ts; those of
// the uncertain inputs (paths, bounds, every possible draw valid) in uncertaintyRules.ts; those of the
// dated values (paths, dates in order, every value valid in place) in datedValueRules.ts.
import { z } from 'zod';
import { parametersSchema, scenarioSchema, type Parameters, type Scenario } from './schema';
import type { ScenarioIssue } from './scenarioError';
import { issueFromZod, notADate, roundForDisplay } from './issueMessages';
import { moneyIssues } from './moneyRules';
import { uncertaintyIssues } from './uncertaintyRules';
import { datedValueIssues } from './datedValueRules';
import { runSizeIssues } from './runSizeRules';
import { sameSwitchValue } from './switchValues';
import { parseIsoDate } from '../calendar/dates';

const SHARE_TOLERANCE = 1e-6;

export function crossFieldIssues(scenario: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const { timeline } = scenario;
  checkSum(issues, 'timeline.initial.psrMix', Object.values(timeline.initial.psrMix));
  timeline.changes.forEach((change, i) => {
    if (change.set.psrMix !== undefined) checkSum(issues, `timeline.changes[${i}].set.psrMix`, Object.values(change.set.psrMix));
  });
  issues.push(...parameterIssues(scenario.parameters));
  checkDates(issues, scenario);
  checkSameDayAgreement(issues, scenario.timeline.changes);
  issues.push(...runSizeIssues(scenario));
  issues.push(...moneyIssues(scenario.money));
  if (scenario.uncertainty.length > 0) issues.push(...uncertaintyIssues(scenario, validationIssues));
  if (scenario.timeline.values.length > 0) issues.push(...datedValueIssues(scenario, parametersValidationIssues));
  return issues;
}

/** The rules that concern `parameters` alone (paths start 'parameters.'): what a dated value can break. */
export function parameterIssues(p: Parameters): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  checkSum(issues, 'parameters.risk.roshMix', Object.values(p.risk.roshMix));
  checkSum(issues, 'parameters.court.psrTarget.mix', Object.values(p.court.psrTarget.mix));
  checkSum(issues, 'parameters.population.offenceGroups', Object.values(p.population.offenceGroups).map((g) => g.share), "the groups' shares");
  checkSum(issues, 'parameters.court.custodyBands', Object.values(p.court.custodyBands).map((b) => b.share), "the bands' shares");
  for (const [band, { minMonths, maxMonths }] of Object.entries(p.court.custodyBands)) {
    checkRange(issues, `parameters.court.custodyBands.${band}`, minMonths, maxMonths, 'minMonths', 'maxMonths');
  }
  checkRange(issues, 'parameters.court.communityOrderMonths', p.court.communityOrderMonths.min, p.court.communityOrderMonths.max, 'min', 'max');
  checkRange(issues, 'parameters.court.suspendedOrderMonths', p.court.suspendedOrderMonths.min, p.court.suspendedOrderMonths.max, 'min', 'max');
  checkHazardSteps(issues, p.offending.hazardByMonthsSinceStart);
  return issues;
}

/** The parameters alone, validated as in a file (schema, then parameterIssues): a dated value checked in place. */
const parametersOnly = z.strictObject({ parameters: parametersSchema });
function parametersValidationIssues(parameters: unknown): ScenarioIssue[] {
  const data = { parameters };
  const parsed = parametersOnly.safeParse(data);
  if (!parsed.success) return parsed.error.issues.flatMap((issue) => issueFromZod(issue, data, parametersOnly));
  return parameterIssues(parsed.data.parameters);
}

/**
 * The issues restoreScenario would find in already-parsed data (strict schema, then these rules):
 * how uncertaintyRules.ts checks the scenario with a field at each end of its distribution.
 */
function validationIssues(data: unknown): ScenarioIssue[] {
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) return parsed.error.issues.flatMap((issue) => issueFromZod(issue, data));
  return crossFieldIssues(parsed.data);
}

function checkSum(issues: ScenarioIssue[], path: string, shares: number[], what = 'shares'): void {
  const sum = shares.reduce((total, share) => total + share, 0);
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) issues.push({ path, message: `${what} must sum to 1, they sum to ${roundForDisplay(sum)}` });
}

function checkRange(issues: ScenarioIssue[], path: string, min: number, max: number, minName: string, maxName: string): void {
  if (min > max) issues.push({ path, message: `expected ${minName} ≤ ${maxName}, got ${minName} ${min} and ${maxName} ${max}` });
}

function checkHazardSteps(issues: ScenarioIssue[], steps: readonly { fromMonth: number }[]): void {
  const path = 'parameters.offending.hazardByMonthsSinceStart';
  if (steps[0].fromMonth !== 0) {
    issues.push({ path: `${path}[0].fromMonth`, message: `expected the first step to start at fromMonth 0, got ${steps[0].fromMonth}` });
  }
  for (let i = 1; i < steps.length; i += 1) {
    if (steps[i].fromMonth <= steps[i - 1].fromMonth) {
      issues.push({
        path: `${path}[${i}].fromMonth`,
        message: `expected fromMonth greater than the previous step's (${steps[i - 1].fromMonth}), got ${steps[i].fromMonth}`,
      });
    }
  }
}

function checkDates(issues: ScenarioIssue[], scenario: Scenario): void {
  const { start } = scenario.simulation;
  if (Number.isNaN(parseIsoDate(start))) issues.push({ path: 'simulation.start', message: notADate(start) });
  // Changes need not be listed in date order: the engine applies them in date order, equal dates
  // in list order (timeline.ts), so the built-ins list their policy changes first and the yearly
  // history after. A change dated before the run's first day is history the run starts from: the
  // engine folds it into the initial switches.
  scenario.timeline.changes.forEach((change, i) => {
    if (Number.isNaN(parseIsoDate(change.date))) issues.push({ path: `timeline.changes[${i}].date`, message: notADate(change.date) });
  });
}

/**
 * Two changes on the same day that set one switch to different values: the engine applies them in
 * list order, so the later would silently win and the file would run a different history from the
 * one it seems to describe (operating model `tr` and `unified` both on 2014-06-01). Setting the
 * same value twice is harmless and allowed. The issue sits on the later change and names both.
 */
function checkSameDayAgreement(issues: ScenarioIssue[], changes: Scenario['timeline']['changes']): void {
  const firstSetter = new Map<string, number>(); // "date switch" → index of the first change setting it that day
  changes.forEach((change, j) => {
    for (const [key, value] of Object.entries(change.set)) {
      if (value === undefined) continue;
      const slot = `${change.date} ${key}`;
      const i = firstSetter.get(slot);
      if (i === undefined) {
        firstSetter.set(slot, j);
        continue;
      }
      const earlier = (changes[i].set as Record<string, unknown>)[key];
      if (sameSwitchValue(earlier, value)) continue;
      issues.push({
        path: `timeline.changes[${j}].set.${key}`,
        message:
          `contradicts timeline.changes[${i}] on the same date (${change.date}): that change sets ${key} to ${valueText(earlier)}, ` +
          `this one to ${valueText(value)}; changes on one day must agree (keep one, or move one to another date)`,
      });
    }
  });
}

function valueText(value: unknown): string {
  return typeof value === 'object' && value !== null
    ? Object.entries(value).map(([k, v]) => `${k} ${String(v)}`).join(', ')
    : JSON.stringify(value);
}
