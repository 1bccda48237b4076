// How big a run a scenario asks for: not so small that it simulates almost nobody (a scale of 1e-9
// ran, reported nothing and exited 0), not so big that it exhausts the machine (resourceEstimate.ts).
// Both depend on several numbers together (the scale, the entrants, the career, the years), so they
// are cross-field rules; each issue names simulation.scale (the number a user changes to fix it)
// and says which value would work.
import type { Scenario } from './schema';
import type { ScenarioIssue } from './scenarioError';
import { estimateRunMemory, formatBytes, MEMORY_CEILING_BYTES } from './resourceEstimate';
import { parameterSets } from './datedValues';

/**
 * The fewest new entrants a year a run may simulate. The smallest group the model reports a rate
 * for is a quarterly reoffending cohort (model/observe/cohorts.ts), and nearly every entrant joins
 * one in their first year (a sentence start or a release), so a year's entrants fill four cohorts:
 * 100 a year gives cohorts of about 25. The binary rate of 25 people (≈ 0.35) has a standard error
 * of √(0.35 × 0.65 / 25) ≈ 0.095, ten percentage points: any fewer people and a quarter's rate is
 * noise, and below a few a year most weeks and cohorts are empty and the figures undefined.
 */
export const MIN_ENTRANTS_PER_YEAR = 100;

export function runSizeIssues(scenario: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const { scale } = scenario.simulation;
  const nationalEntrants = fewestEntrants(scenario);
  if (!(nationalEntrants > 0)) return issues; // out of its range: the schema or datedValueRules.ts says so
  const simulated = nationalEntrants * scale;
  if (simulated < MIN_ENTRANTS_PER_YEAR) {
    const smallest = smallestUsefulScale(nationalEntrants);
    issues.push(
      smallest > 1
        ? {
            path: 'parameters.population.newEntrantsPerYear',
            message: `expected at least ${MIN_ENTRANTS_PER_YEAR} (even at scale 1), got ${nationalEntrants}: the quarterly reoffending cohorts need about 25 people each`,
          }
        : {
            path: 'simulation.scale',
            message:
              `expected at least ${smallest} for this scenario, got ${scale}: at that scale the model simulates ` +
              `${significant(simulated)} new entrants a year (of ${nationalEntrants} nationally), and it needs at least ${MIN_ENTRANTS_PER_YEAR} ` +
              'for its quarterly reoffending cohorts to hold about 25 people each',
          },
    );
    return issues; // a run that small cannot be too big
  }
  const estimate = estimateRunMemory(scenario);
  if (estimate.bytes > MEMORY_CEILING_BYTES) {
    const fits = largestScaleThatFits(scenario);
    issues.push({
      path: 'simulation.scale',
      message:
        `this run would need about ${formatBytes(estimate.bytes)} of memory (${significant(estimate.peopleAlive)} people alive, ` +
        `${significant(estimate.cohortRecords)} cohort records over ${scenario.simulation.years} years), more than the ${formatBytes(MEMORY_CEILING_BYTES)} ` +
        `one run may use; ${fits === undefined ? 'fewer years, fewer entrants or shorter careers would fit' : `a scale of at most ${fits} would fit`}`,
    });
  }
  return issues;
}

/** National new entrants a year at their fewest over the run (dated values may lower them from a date). */
function fewestEntrants(scenario: Scenario): number {
  return Math.min(...parameterSets(scenario).map((p) => p.population.newEntrantsPerYear));
}

/** MIN_ENTRANTS_PER_YEAR / entrants, rounded up to three significant figures (so that it passes). */
export function smallestUsefulScale(nationalEntrantsPerYear: number): number {
  return roundSignificant(MIN_ENTRANTS_PER_YEAR / nationalEntrantsPerYear, 3, 'up');
}

/** The largest scale (two significant figures, rounded down) whose estimate fits, if any useful one does. */
function largestScaleThatFits(scenario: Scenario): number | undefined {
  let low = smallestUsefulScale(fewestEntrants(scenario));
  const at = (scale: number) => estimateRunMemory({ ...scenario, simulation: { ...scenario.simulation, scale } }).bytes;
  if (at(low) > MEMORY_CEILING_BYTES) return undefined;
  let high = scenario.simulation.scale;
  for (let i = 0; i < 50; i += 1) {
    const middle = (low + high) / 2;
    if (at(middle) > MEMORY_CEILING_BYTES) high = middle;
    else low = middle;
  }
  return roundSignificant(low, 2, 'down');
}

/**
 * `value` to `digits` significant figures, rounded in the direction that keeps a limit honest.
 * Through the decimal text, without logarithms (model/ keeps to its deterministic maths).
 */
export function roundSignificant(value: number, digits: number, direction: 'up' | 'down'): number {
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
  let rounded = Number(`${mantissa}e${exponent}`);
  const step = Number(`1e${Number(exponent) - (digits - 1)}`);
  if (direction === 'up' && rounded < value) rounded = Number(((rounded + step) / step).toFixed(0)) * step;
  if (direction === 'down' && rounded > value) rounded = Number(((rounded - step) / step).toFixed(0)) * step;
  return Number(rounded.toPrecision(digits));
}

function significant(value: number): number {
  return Number(value.toPrecision(3));
}
