// A run too small to mean anything (scale 1e-9 simulated nobody and exited 0) or too big for the
// machine is refused by restoreScenario, and so by every override, naming simulation.scale and
// saying which scale would work.
import { describe, expect, it } from 'vitest';
import { applyOverride, restoreScenario, runSimulation, ScenarioError } from '../../../model/index';
import { estimateRunMemory, formatBytes, MEMORY_CEILING_BYTES } from '../../../model/scenario/resourceEstimate';
import { MIN_ENTRANTS_PER_YEAR, roundSignificant, smallestUsefulScale } from '../../../model/scenario/runSizeRules';
import { builtInScenarios } from '../../../scenarios/index';
import { baseParameters } from '../../../scenarios/parameters';
import { realizeUncertainty } from '../../../model/scenario/uncertainty';
import { minimalScenario } from '../../fixtures/minimalScenario';
import { scenarioIssuesOf } from '../../helpers/scenarioIssues';

const issuesOf = scenarioIssuesOf;

/** tr with one level of every number (its calibrated base values, no dated history): the figures below follow from them by hand. */
const tr = () => restoreScenario({ ...restoreScenario(builtInScenarios.tr), parameters: structuredClone(baseParameters), timeline: { ...restoreScenario(builtInScenarios.tr).timeline, values: [] } });
const trAsBuilt = () => restoreScenario(builtInScenarios.tr);

describe('the smallest useful scale', () => {
  it('holds a scale given to runSimulation directly (it bypasses restoreScenario) to the same limits', () => {
    expect(issuesOf(() => runSimulation(tr(), { scale: 1e-9 }))[0].message).toMatch(/^expected at least 0\.000685 for this scenario, got 1e-9/);
    expect(issuesOf(() => runSimulation(tr(), { scale: 2 }))).toEqual([{ path: 'simulation.scale', message: 'expected a scale above 0 and at most 1, got 2' }]);
    expect(issuesOf(() => runSimulation(tr(), { scale: Number.NaN }))[0].path).toBe('simulation.scale');
  });

  it('refuses --scale 1e-9 through an override, saying the smallest useful scale', () => {
    const issues = issuesOf(() => applyOverride(tr(), 'simulation.scale', '1e-9'));
    expect(issues).toEqual([
      {
        path: 'simulation.scale',
        message:
          'expected at least 0.000685 for this scenario, got 1e-9: at that scale the model simulates 0.000146 new entrants a year ' +
          '(of 146000 nationally), and it needs at least 100 for its quarterly reoffending cohorts to hold about 25 people each',
      },
    ]);
  });

  it('refuses a file whose scale leaves fewer than 100 entrants a year, and accepts the smallest useful scale', () => {
    const file = minimalScenario(); // 150,000 entrants a year nationally
    file.simulation.scale = 0.0006;
    expect(issuesOf(() => restoreScenario(file)).map((i) => i.path)).toEqual(['simulation.scale']);
    expect(smallestUsefulScale(150_000)).toBe(0.000667);
    file.simulation.scale = smallestUsefulScale(150_000);
    expect(restoreScenario(file).simulation.scale).toBe(0.000667);
    expect(file.simulation.scale * 150_000).toBeGreaterThanOrEqual(MIN_ENTRANTS_PER_YEAR);
  });

  it('follows the entrants: fewer entrants need a larger scale', () => {
    const scenario = applyOverride(tr(), 'parameters.population.newEntrantsPerYear', '20000');
    const issues = issuesOf(() => applyOverride(scenario, 'simulation.scale', '0.001'));
    expect(issues[0].message).toMatch(/^expected at least 0.005 for this scenario, got 0.001: .* simulates 20 new entrants a year/);
  });

  it('keeps the scales the app and the docs use', () => {
    for (const scale of ['0.001', '0.005', '0.01', '0.1', '1']) expect(applyOverride(tr(), 'simulation.scale', scale).simulation.scale).toBe(Number(scale));
  });
});

describe('the memory a run may take', () => {
  it('estimates a scenario without dated values from its one level of entrants, a career and the mean custodial term', () => {
    const undated = structuredClone(tr());
    undated.timeline.values = [];
    Object.assign(undated.parameters.court.custodyBands, { under12m: { share: 0.15, minMonths: 0.5, maxMonths: 12 }, from12mTo4y: { share: 0.6, minMonths: 12, maxMonths: 48 }, over4y: { share: 0.25, minMonths: 48, maxMonths: 144 } });
    undated.parameters.population.newEntrantsPerYear = 155_000;
    const national = applyOverride(applyOverride(applyOverride(undated, 'simulation.scale', '1'), 'simulation.years', '30'), 'simulation.warmupYears', '30');
    const estimate = estimateRunMemory(national);
    expect(estimate.bytes).toBeLessThan(MEMORY_CEILING_BYTES);
    // A career of 5 years plus the bands' mean custodial term: (0.15 × 6.25 + 0.6 × 30 + 0.25 × 96) / 12 years.
    expect(estimate.peopleAlive).toBeCloseTo(155_000 * (5 + 42.9375 / 12), 6);
  });

  it('counts dated entrants at their highest mean over a stay, and fits the built-ins at national scale over their own 20 years', () => {
    const national = applyOverride(trAsBuilt(), 'simulation.scale', '1');
    expect(estimateRunMemory(national).bytes).toBeLessThan(MEMORY_CEILING_BYTES);
    // The fewest entrants of any year set the smallest useful scale: 108,866 in 2023.
    expect(issuesOf(() => applyOverride(trAsBuilt(), 'simulation.scale', '1e-9'))[0].message).toMatch(/^expected at least 0\.000919 .* \(of 108866 nationally\)/);
    // On one level of entrants, a step to 4x for the last four of twenty years: the peak mean over a stay
    // (about nine years) rises, but by far less than fourfold, since no stay lies wholly in those years.
    const flat = applyOverride(tr(), 'simulation.scale', '0.5');
    const before = estimateRunMemory(flat).peopleAlive;
    const spike = applyOverride(flat, 'parameters.population.newEntrantsPerYear@2020-01-01', '620000');
    expect(spike.timeline.values[0].points).toEqual([{ date: '2020-01-01', value: 620000 }]);
    const after = estimateRunMemory(spike).peopleAlive;
    expect(after).toBeGreaterThan(before * 1.5);
    expect(after).toBeLessThan(before * 3);
  });

  it('grows with the entrants, the scale, the career and the years', () => {
    const base = tr();
    const bytes = (edit: (s: ReturnType<typeof tr>) => void) => {
      const copy = structuredClone(base);
      edit(copy);
      return estimateRunMemory(copy).bytes;
    };
    const before = estimateRunMemory(base).bytes;
    expect(bytes((s) => (s.parameters.population.newEntrantsPerYear *= 2))).toBeGreaterThan(before);
    expect(bytes((s) => (s.simulation.scale *= 2))).toBeGreaterThan(before);
    expect(bytes((s) => (s.parameters.offending.careerYearsMean *= 2))).toBeGreaterThan(before);
    expect(bytes((s) => (s.simulation.years += 5))).toBeGreaterThan(before);
  });

  it('refuses a run above the ceiling with the figure, the limit and a scale that fits', () => {
    let scenario = tr();
    for (const [path, value] of [
      ['simulation.scale', '0.01'],
      ['parameters.population.newEntrantsPerYear', '2000000'],
      ['parameters.offending.careerYearsMean', '80'],
      ['simulation.years', '30'],
      ['simulation.warmupYears', '30'],
    ]) scenario = applyOverride(scenario, path, value);
    const started = performance.now();
    const issues = issuesOf(() => applyOverride(scenario, 'simulation.scale', '1'));
    expect(performance.now() - started).toBeLessThan(5000); // refused from the estimate, not by running out of memory
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe('simulation.scale');
    expect(issues[0].message).toMatch(/^this run would need about 137 GiB of memory \(120000000 people alive, .*\), more than the 2 GiB one run may use; a scale of at most 0.014 would fit$/);
    expect(applyOverride(scenario, 'simulation.scale', '0.014').simulation.scale).toBe(0.014);
  });

  it('words sizes and rounds limits in the honest direction', () => {
    expect(formatBytes(MEMORY_CEILING_BYTES)).toBe('2 GiB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3 MiB');
    expect(roundSignificant(0.000645161, 3, 'up')).toBe(0.000646);
    expect(roundSignificant(0.0149, 2, 'down')).toBe(0.014);
    expect(roundSignificant(0.5, 2, 'up')).toBe(0.5);
  });
});

describe('run size beyond the estimate of one scenario', () => {
  it('names the entrants, not the scale, when even scale 1 simulates too few', () => {
    const issues = issuesOf(() => applyOverride(tr(), 'parameters.population.newEntrantsPerYear', '50'));
    expect(issues.map((i) => i.path)).toEqual(['parameters.population.newEntrantsPerYear']);
    expect(issues[0].message).toMatch(/^expected at least 100 \(even at scale 1\), got 50/);
  });

  it('counts people held in custody past their career: long terms and a short career are refused at national scale', () => {
    let scenario = tr();
    const bands = { under12m: { share: 0, minMonths: 0.5, maxMonths: 12 }, from12mTo4y: { share: 0, minMonths: 12, maxMonths: 48 }, over4y: { share: 1, minMonths: 590, maxMonths: 600 } };
    scenario = applyOverride(scenario, 'parameters.court.custodyBands', JSON.stringify(bands));
    scenario = applyOverride(scenario, 'parameters.offending.careerYearsMean', '0.5');
    expect(estimateRunMemory(scenario).peopleAlive).toBeGreaterThan(scenario.parameters.population.newEntrantsPerYear * scenario.simulation.scale * 19);
    expect(issuesOf(() => applyOverride(scenario, 'simulation.scale', '1'))[0].message).toMatch(/would need about .* of memory/);
  });

  it('checks the values a replication draws: two uncertain inputs each fine at its ends can be too big together', () => {
    const point = applyOverride(tr(), 'simulation.scale', '1');
    const uncertain = restoreScenario({
      ...point,
      uncertainty: [
        { path: 'parameters.population.newEntrantsPerYear', distribution: 'uniform', min: 155000, max: 200000 },
        { path: 'parameters.offending.careerYearsMean', distribution: 'uniform', min: 5, max: 10 },
      ],
    });
    const replications = Array.from({ length: 20 }, (_, replication) => replication);
    const tooBig = replications.filter((replication) => estimateRunMemory(realizeUncertainty(uncertain, uncertain.simulation.seed, replication).scenario).bytes > MEMORY_CEILING_BYTES);
    const refused = replications.filter((replication) => {
      try {
        runSimulation(uncertain, { replication, shouldCancel: () => true });
      } catch (error) {
        if (error instanceof ScenarioError) return /would need about .* of memory/.test(error.issues[0].message);
      }
      return false; // cancelled before its first day: it fitted
    });
    expect(tooBig.length).toBeGreaterThan(0);
    expect(tooBig.length).toBeLessThan(replications.length);
    expect(refused).toEqual(tooBig);
  });
});
