// What the Compare view runs: the chosen scenarios at one scale (built-ins and the current
// document), an experiment file's scenarios with presets and overrides, refusals that name the
// problem; and the results computed with the CLI's own comparison (comparisonsOf), with bands and
// a difference title that agrees with the KPI table.
import { describe, expect, it } from 'vitest';
import { comparisonsOf } from '../../experiments/report';
import { restoreExperiment } from '../../experiments/experimentFile';
import type { ReplicationOutput } from '../../experiments/types';
import { loadBuiltIn } from '../../renderer/engine';
import { seriesMeasure } from '../../renderer/lib/seriesMeasures';
import { summarizeComparison } from '../../renderer/views/compare/compareSummary';
import { differenceTitle } from '../../renderer/views/compare/compareFindings';
import { choiceLabel, experimentUnsupported, planComparison, planExperiment, planExplanation, scenarioLabel } from '../../renderer/views/compare/compareVariants';
import { initialCompareState } from '../../renderer/state/compareSlice';
import trVsUnified from '../../experiments/examples/tr-vs-unified.json';
import bidderTornado from '../../experiments/examples/bidder-tornado.json';

const setup = { ...initialCompareState.setup, replications: '3', scale: '0.02' };
const documentScenario = { scenario: loadBuiltIn('as-happened'), name: 'as-happened' };
const noOverrides = { replications: null, scale: null, seed: null };

const experiment = (extra: object) =>
  restoreExperiment({ format: 'probation-sim/experiment', schemaVersion: 1, name: 'test', scenarios: ['tr', 'unified'], replications: 2, ...extra });

describe('labels', () => {
  it('writes built-in names as a reader would', () => {
    expect(scenarioLabel('tr')).toBe('TR');
    expect(scenarioLabel('unified')).toBe('Unified');
    expect(scenarioLabel('as-happened')).toBe('As happened');
    expect(choiceLabel('document', 'my file.json')).toBe('Current document (my file.json)');
  });
});

describe('planExplanation', () => {
  it('plans the baseline, the alternative and the baseline with each differing group, at one scale', () => {
    const planned = planExplanation({ ...setup, alternatives: ['unified'] }, documentScenario);
    if (!('comparison' in planned)) throw new Error(planned.refusal);
    const { plan, identity } = planned.comparison;
    expect(plan.variants.map((v) => v.label)).toEqual(['TR', 'Unified', "TR with Unified's operating model", "TR with Unified's reports", "TR with Unified's resettlement"]);
    expect(plan.variants.every((v) => v.scenario.simulation.scale === 0.02)).toBe(true);
    expect(identity.attributionGroups).toEqual(['operatingModel', 'reports', 'resettlement']);
    expect(identity.title).toBe('why Unified differs from TR');
  });

  it('refuses anything but one alternative, and an alternative that runs the same model', () => {
    expect(planExplanation({ ...setup, alternatives: ['unified', 'trusts'] }, documentScenario)).toEqual({ refusal: expect.stringMatching(/Explain takes one alternative .*; 2 are ticked/) });
    expect(planExplanation({ ...setup, alternatives: [] }, documentScenario)).toEqual({ refusal: expect.stringMatching(/0 are ticked/) });
    expect(planExplanation({ ...setup, baseline: 'document', alternatives: ['as-happened'] }, documentScenario)).toEqual({ refusal: expect.stringMatching(/run the same model/) });
  });
});

describe('planComparison', () => {
  it('plans the baseline first and the alternatives at one scale, seeded from the baseline', () => {
    const planned = planComparison({ ...setup, alternatives: ['unified', 'document'] }, documentScenario);
    if (!('comparison' in planned)) throw new Error(planned.refusal);
    const { plan, identity } = planned.comparison;
    expect(plan.variants.map((v) => v.id)).toEqual(['tr', 'unified', 'document']);
    expect(plan.variants.every((v) => v.scenario.simulation.scale === 0.02)).toBe(true);
    expect(plan.seed).toBe(loadBuiltIn('tr').simulation.seed);
    expect(plan.replications).toBe(3);
    expect(identity.title).toBe('TR vs Unified vs Current document (as-happened)');
    expect(identity.variants[0].scenarioHash).toMatch(/^[0-9a-f]+$/);
  });

  it('refuses without an alternative, with bad numbers, or an invalid document', () => {
    expect(planComparison({ ...setup, alternatives: [] }, documentScenario)).toEqual({ refusal: 'Choose at least one alternative to compare with the baseline.' });
    expect('refusal' in planComparison({ ...setup, seed: 'x' }, documentScenario)).toBe(true);
    const broken = { ...documentScenario, scenario: { ...documentScenario.scenario, simulation: { ...documentScenario.scenario.simulation, years: 0 } } };
    const refused = planComparison({ ...setup, alternatives: ['document'] }, broken);
    expect('refusal' in refused && refused.refusal).toMatch(/Current document \(as-happened\) cannot run[\s\S]*simulation\.years/);
  });
});

describe('planExperiment', () => {
  it('runs an experiment file’s comparison, and says its advisor runs from the command line only', () => {
    const planned = planExperiment(restoreExperiment(trVsUnified), 'tr-vs-unified.json', { replications: '2', scale: '0.02', seed: null });
    if (!('comparison' in planned)) throw new Error(planned.refusal);
    expect(planned.comparison.plan.variants.map((v) => v.label)).toEqual(['TR', 'Unified']);
    expect(planned.comparison.plan.variants.map((v) => v.id)).toEqual(['tr', 'unified']);
    expect(planned.comparison.plan.replications).toBe(2);
    expect(planned.comparison.identity.kpis).toContain('prison.population');
    expect(planned.comparison.identity.notes[0]).toBe(
      "The file's replication advisor (until money.publicCostPerYear is known to ±£50m) runs from the command line only (npm run sim -- experiment tr-vs-unified.json); here the 2 replications above run.",
    );
  });

  it('applies presets and overrides as the CLI does, with the file’s scale', () => {
    const planned = planExperiment(
      experiment({ scale: 0.03, scenarios: ['tr', { scenario: 'tr', presets: ['no-improvement'], set: { 'simulation.seed': 5 }, label: 'TR flat' }] }),
      'x.json',
      noOverrides,
    );
    if (!('comparison' in planned)) throw new Error(planned.refusal);
    const [base, alt] = planned.comparison.plan.variants;
    expect(alt.label).toBe('TR flat');
    expect(alt.scenario.simulation.seed).toBe(5);
    expect(base.scenario.simulation.scale).toBe(0.03);
    expect(alt.scenario.simulation.scale).toBe(0.03);
    expect(planned.comparison.identity.variants[0].scenarioHash).not.toBe(planned.comparison.identity.variants[1].scenarioHash);
  });

  it('says plainly what it cannot run, with the command that can', () => {
    expect(experimentUnsupported(restoreExperiment(bidderTornado), 'bidder.json')).toMatch(/a tornado.*npm run sim -- experiment bidder\.json/);
    expect(experimentUnsupported(experiment({ scenarios: ['tr', 'my-scenario.json'] }), 'e.json')).toMatch(/scenario file "my-scenario\.json"/);
    expect('refusal' in planExperiment(experiment({ scenarios: ['tr', { scenario: 'tr', presets: ['nope'] }] }), 'e.json', noOverrides)).toBe(true);
  });
});

describe('summarizeComparison', () => {
  const weeks = ['2023-12-10', '2023-12-17', '2023-12-24'];
  const out = (r: number, prison: number[], kpi: number): ReplicationOutput => ({
    engineVersion: '0.3.0',
    scenarioHash: 'h',
    seed: 1,
    replication: r,
    kpis: { 'prison.population': kpi, 'caseload.total': 100 },
    series: { 'prison.population': prison, 'caseload.total': [1, 1, 1], 'flow.recalls': [1, 1, 1], 'flow.reoffences': [1, 1, 1] },
    weeks,
  });
  const outputs = [
    [out(0, [100, 100, 100], 100), out(1, [110, 110, 110], 110), out(2, [90, 90, 90], 90)],
    [out(0, [95, 95, 95], 95), out(1, [104, 104, 104], 104), out(2, [86, 86, 86], 86)],
  ];
  const identity = {
    title: 'TR vs Unified',
    source: 'choice' as const,
    variants: [
      { id: 'tr', label: 'TR', scenarioName: 'tr', scenarioHash: 'a' },
      { id: 'unified', label: 'Unified', scenarioName: 'unified', scenarioHash: 'b' },
    ],
    seed: 1,
    scale: 0.02,
    requested: 3,
    notes: [],
  };

  it('compares KPIs exactly as the CLI does, and bands the paired weekly differences', () => {
    const results = summarizeComparison(outputs, 3, identity);
    expect(results.comparisons).toEqual(comparisonsOf(outputs, 3, undefined));
    expect(results.replications).toBe(3);
    expect(results.weeks).toEqual(weeks);
    expect(results.series['prison.population'].differences[0].mean).toEqual([-5, -5, -5]);
    expect(results.series['prison.population'].variants[1].mean[0]).toBeCloseTo(95, 12);
  });

  it('titles the difference chart from the KPI the table shows', () => {
    const results = summarizeComparison(outputs, 3, identity);
    const d = results.comparisons.find((c) => c.kpi === 'prison.population')!.differences[0];
    expect(d.mean).toBe(-5);
    expect(differenceTitle(results, seriesMeasure('prison.population'))).toMatch(/^Unified lowers the prison population by 5(\.0)? \(95% CI .*\) against TR in 2023$/);
  });

  it('falls back to the last week’s paired difference when the experiment left the KPI out', () => {
    const results = summarizeComparison(outputs, 3, { ...identity, kpis: ['caseload.total'] });
    expect(differenceTitle(results, seriesMeasure('prison.population'))).toMatch(/against TR in the last week of 2023/);
  });
});
