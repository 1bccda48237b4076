// Fuzzing the loaders (issue 13, "Done when"): 20,000 mutated scenario files (from the built-in
// scenarios) and 2,000 each of mutated experiment and story files (from the examples and the
// built-in stories) go through restoreScenario, restoreExperiment and restoreStory; the only
// exception any of them may throw is its structured validation error. Then a sample of the mutated
// scenarios that were accepted is run briefly (a small scale, one reported year): no run may crash or
// produce a figure that is not finite. The plans come from fast-check with a fixed seed, so a run of
// this test is the same every time; a failure prints the plans that broke (a case it finds belongs
// in the loader's own tests as a fixed example). On the code before issue 13 it finds the raw
// RangeError of an experiment whose `format` nests thousands deep, now a fixed example in
// test/model/scenario/jsonNesting.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreScenario, runSimulation, ScenarioError, summarize, type Scenario } from '../../model/index';
import { smallestUsefulScale } from '../../model/scenario/runSizeRules';
import { computeMoney, summarizeMoney } from '../../finance/index';
import { ExperimentError, restoreExperiment } from '../../experiments/experimentFile';
import { nonFiniteProblem } from '../../experiments/finiteFigures';
import { builtInStories, restoreStory, StoryError } from '../../stories/index';
import { builtInScenarios } from '../../scenarios/index';
import { applyPlan, mutationPlan, type MutationPlan } from '../helpers/jsonMutations';

const SEED = 20_131_313;
const SCENARIO_FILES = 20_000;
const EXPERIMENT_FILES = 2_000;
const STORY_FILES = 2_000;
const RUN_SAMPLE = 30;
const KEEP_EVERY = 20;

const EXAMPLES = path.join(import.meta.dirname, '../../experiments/examples');
const experimentBases = readdirSync(EXAMPLES).map((file) => JSON.parse(readFileSync(path.join(EXAMPLES, file), 'utf8')) as unknown);

interface Failure {
  index: number;
  base: number;
  plan: MutationPlan;
  error: string;
}

/** Feeds `count` mutated copies of the bases to `restore`; returns what it accepted and every foreign exception. */
function fuzz<T>(bases: readonly unknown[], count: number, seed: number, restore: (raw: unknown) => T, expected: new (...args: never[]) => Error) {
  const plans = fc.sample(fc.tuple(fc.nat({ max: bases.length - 1 }), mutationPlan), { seed, numRuns: count });
  const failures: Failure[] = [];
  const texts = bases.map((base) => JSON.stringify(base));
  const accepted: { index: number; value: T }[] = []; // one in KEEP_EVERY, so that 20,000 scenarios are not held at once
  let acceptedCount = 0;
  plans.forEach(([base, plan], index) => {
    try {
      const value = restore(applyPlan(texts[base], plan));
      if (acceptedCount++ % KEEP_EVERY === 0) accepted.push({ index, value });
    } catch (error) {
      if (!(error instanceof expected)) failures.push({ index, base, plan, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  });
  return { accepted, acceptedCount, failures };
}

/** The scenario at a small scale (twice the smallest useful one), one year of warm-up and one reported, or undefined if that is not valid. */
function shortRunOf(scenario: Scenario): Scenario | undefined {
  const scale = Math.min(1, 2 * smallestUsefulScale(scenario.parameters.population.newEntrantsPerYear));
  try {
    return restoreScenario({ ...scenario, simulation: { ...scenario.simulation, scale, years: 1, warmupYears: 1, journeySampleSize: 10 } });
  } catch {
    return undefined;
  }
}

describe('fuzzing the loaders', () => {
  it(`${SCENARIO_FILES} mutated scenario files: only ScenarioError; accepted ones run without crashing or non-finite figures`, () => {
    const bases = Object.values(builtInScenarios);
    const { accepted, acceptedCount, failures } = fuzz(bases, SCENARIO_FILES, SEED, restoreScenario, ScenarioError);
    expect(failures.slice(0, 5)).toEqual([]);
    // The mutations are not all fatal: a fair share of the files are still valid scenarios.
    expect(acceptedCount).toBeGreaterThan(SCENARIO_FILES / 20);

    const step = Math.max(1, Math.floor(accepted.length / RUN_SAMPLE));
    const problems: string[] = [];
    let ran = 0;
    for (let i = 0; i < accepted.length && ran < RUN_SAMPLE; i += step) {
      const scenario = shortRunOf(accepted[i].value);
      if (scenario === undefined) continue;
      ran += 1;
      try {
        const result = runSimulation(scenario, { replication: 0 });
        const money = summarizeMoney(computeMoney(result, scenario));
        const problem = nonFiniteProblem({ scenario: `fuzz #${accepted[i].index}`, replication: 0, kpis: { ...summarize(result), money } });
        if (problem !== undefined) problems.push(problem);
      } catch (error) {
        problems.push(`fuzz #${accepted[i].index}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      }
    }
    expect(ran).toBeGreaterThanOrEqual(RUN_SAMPLE / 2);
    expect(problems).toEqual([]);
    // The built-ins carry their dated history (≈ 300 dated points), which every mutated file is
    // validated with: ≈ 75 s alone on this machine, so more than the default while other files run.
  }, 300_000);

  it(`${EXPERIMENT_FILES} mutated experiment files: only ExperimentError`, () => {
    const { failures } = fuzz(experimentBases, EXPERIMENT_FILES, SEED + 1, restoreExperiment, ExperimentError);
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it(`${STORY_FILES} mutated story files: only StoryError`, () => {
    const { failures } = fuzz(Object.values(builtInStories), STORY_FILES, SEED + 2, restoreStory, StoryError);
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
