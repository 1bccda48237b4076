// Every number a scenario carries has a minimum and a physical maximum with a reason
// (model/scenario/parameterBounds.ts), and a number past its maximum is refused at once, naming the
// field and the range, before anything is allocated.
import { describe, expect, it } from 'vitest';
import { applyOverride, restoreScenario } from '../../../model/index';
import { BOUNDS, boundOf, rangeText } from '../../../model/scenario/parameterBounds';
import { schemaAt } from '../../../model/scenario/issueMessages';
import { builtInScenarios } from '../../../scenarios/index';
import { minimalScenario } from '../../fixtures/minimalScenario';
import { scenarioIssuesOf } from '../../helpers/scenarioIssues';

/** The key paths of every number in a value, e.g. ['parameters', 'offending', 'hazardByMonthsSinceStart', 0, 'multiplier']. */
function numericLeaves(value: unknown, keys: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'number') return [keys];
  if (Array.isArray(value)) return value.flatMap((element, i) => numericLeaves(element, [...keys, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, child]) => numericLeaves(child, [...keys, key]));
  return [];
}

const issuesOf = scenarioIssuesOf;

describe('parameter bounds', () => {
  it('gives every numeric leaf of every built-in scenario a finite maximum and a reason', () => {
    const withUncertainty = {
      ...minimalScenario(),
      uncertainty: [
        { path: 'parameters.offending.baseReoffencesPerYear', distribution: 'normal', mean: 0.3, sd: 0.01 },
        { path: 'parameters.risk.escalationPerYear', distribution: 'beta', alpha: 2, beta: 5, min: 0, max: 0.2 },
        { path: 'parameters.offending.outOfCourtShare', distribution: 'triangular', min: 0.1, mode: 0.15, max: 0.2 },
      ],
    };
    const scenarios = [...Object.values(builtInScenarios), withUncertainty].map((raw) => restoreScenario(raw));
    const unbounded: string[] = [];
    let checked = 0;
    for (const scenario of scenarios) {
      // schemaVersion is a fixed literal (the format's version), not a number a user sets; a dated
      // value takes the range of the number it dates (datedValueRules.ts, tested there).
      const ownRange = (k: readonly PropertyKey[]) => k[0] !== 'schemaVersion' && !(k[0] === 'timeline' && k[1] === 'values');
      for (const keys of numericLeaves(scenario).filter(ownRange)) {
        checked += 1;
        const found = boundOf(schemaAt(keys, scenario));
        if (found === undefined || !Number.isFinite(found.bound.max) || found.bound.why.trim() === '') unbounded.push(keys.join('.'));
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect([...new Set(unbounded)]).toEqual([]);
  });

  it('keeps every bound finite, ordered and explained', () => {
    for (const [name, b] of Object.entries(BOUNDS)) {
      expect(Number.isFinite(b.min) && Number.isFinite(b.max), name).toBe(true);
      expect(b.min, name).toBeLessThan(b.max);
      expect(b.why.length, name).toBeGreaterThan(10);
    }
    expect(rangeText(BOUNDS.entrantsPerYear)).toBe('above 0 to 2,000,000');
    expect(rangeText(BOUNDS.seed)).toBe('whole number 0 to 2,147,483,647');
  });

  it('refuses 2147483648 and 1e8 new entrants a year at once, naming the field and the maximum', () => {
    for (const value of [2147483648, 1e8]) {
      const file = minimalScenario();
      file.parameters.population.newEntrantsPerYear = value;
      const started = performance.now();
      const issues = issuesOf(() => restoreScenario(file));
      expect(performance.now() - started).toBeLessThan(5000); // only a guard against running the model: nothing here allocates people
      expect(issues).toContainEqual({
        path: 'parameters.population.newEntrantsPerYear',
        message:
          `expected a number greater than 0 and at most 2,000,000, got ${value} (the maximum: about ten times the calibrated 2005 level of 205,882 and above ` +
          'the ≈ 1.2 million people convicted or cautioned in England and Wales in any year since 2000: every entrant is one of them)',
      });
      const fromOverride = issuesOf(() => applyOverride(restoreScenario(minimalScenario()), 'parameters.population.newEntrantsPerYear', String(value)));
      expect(fromOverride.map((i) => i.path)).toContain('parameters.population.newEntrantsPerYear');
    }
  });

  it('refuses the numbers that had no maximum before: workforce, career, rates, terms', () => {
    const cases: [string, number][] = [
      ['parameters.supervision.workforceFte.npsUnified', 1e308],
      ['parameters.offending.careerYearsMean', 1e6],
      ['parameters.offending.baseReoffencesPerYear', 1000],
      ['parameters.court.custodyBands.over4y.maxMonths', 1e5],
      ['parameters.custody.otherPopulation', 1e9],
      ['parameters.breach.communityBreachesPerYear', 1e4],
    ];
    const base = restoreScenario(minimalScenario());
    for (const [path, value] of cases) {
      const issues = issuesOf(() => applyOverride(base, path, String(value)));
      expect(issues.map((i) => i.path), path).toContain(path);
      expect(issues.find((i) => i.path === path)?.message, path).toMatch(/at most|between/);
    }
  });
});
