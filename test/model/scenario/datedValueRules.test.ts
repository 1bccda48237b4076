// Dated values are refused, naming the field, when they name no number of `parameters`, date one
// number twice or give it a distribution too, join a whole number linearly, carry dates that are
// not real or not in order (two values on one date contradict each other), or give a value that is
// invalid in place: out of its field's range, or breaking a rule across fields on that date.
import { describe, expect, it } from 'vitest';
import { restoreScenario } from '../../../model/scenario/restore';
import type { DatedValue, Scenario } from '../../../model/scenario/schema';
import { minimalScenario } from '../../fixtures/minimalScenario';
import { scenarioIssuesOf } from '../../helpers/scenarioIssues';

function withValues(values: DatedValue[], edit: (s: Scenario) => void = () => {}): Scenario {
  const scenario = minimalScenario();
  scenario.timeline.values = values;
  edit(scenario);
  return scenario;
}

const entry = (path: string, points: [string, number][], join: DatedValue['join'] = 'linear'): DatedValue => ({
  path,
  join,
  points: points.map(([date, value]) => ({ date, value })),
  source: 'test',
});
const ENTRANTS = 'parameters.population.newEntrantsPerYear';
const issuesOf = (scenario: Scenario) => scenarioIssuesOf(() => restoreScenario(scenario));

describe('dated value rules', () => {
  it('accepts a valid entry, in any spelling of its path', () => {
    const scenario = withValues([entry('parameters.court.custodyBands.under12m.maxMonths', [['2012-01-01', 11], ['2013-01-01', 10]])]);
    expect(restoreScenario(scenario).timeline.values).toHaveLength(1);
    expect(restoreScenario(withValues([entry('parameters.offending.hazardByMonthsSinceStart.1.multiplier', [['2012-01-01', 1]])])).timeline.values).toHaveLength(1);
  });

  it.each([
    ['a path outside parameters', 'money.discountRatePerYear', /expected a number in parameters.*money terms carry their own dates/],
    ['a switch', 'timeline.initial.psrShare', /expected a number in parameters.*switches change through timeline\.changes/],
    ['an object', 'parameters.population', /parameters\.population is an object, not a number: only a number can be given dated values/],
    ['a misspelt key', 'parameters.population.newEntrantPerYear', /no setting 'newEntrantPerYear'.*did you mean 'newEntrantsPerYear'/],
    ['text', 'parameters.offending..x', /expected a path like/],
  ])('refuses %s, naming the path', (_, path, message) => {
    const issues = issuesOf(withValues([entry(path, [['2012-01-01', 1]])]));
    expect(issues.map((i) => i.path)).toEqual(['timeline.values[0].path']);
    expect(issues[0].message).toMatch(message);
  });

  it('refuses one number dated twice, and a number both dated and uncertain', () => {
    const twice = issuesOf(withValues([entry(ENTRANTS, [['2012-01-01', 1e5]]), entry(ENTRANTS, [['2013-01-01', 1e5]])]));
    expect(twice).toEqual([{ path: 'timeline.values[1].path', message: `${ENTRANTS} already has dated values (timeline.values[0]): put all its dates in one entry` }]);
    const uncertain = issuesOf(
      withValues([entry(ENTRANTS, [['2012-06-01', 1e5]])], (s) => (s.uncertainty = [{ path: ENTRANTS, distribution: 'uniform', min: 1e5, max: 2e5 }])),
    );
    expect(uncertain.map((i) => i.path)).toEqual(['timeline.values[0].path']);
    expect(uncertain[0].message).toMatch(/also has a distribution \(uncertainty\[0\]\), which would move only its value before 2012-06-01/);
  });

  it('refuses a linear join of a whole number, which would pass through fractions', () => {
    const issues = issuesOf(withValues([entry('parameters.breach.pssCommittalDays', [['2012-01-01', 10], ['2013-01-01', 20]])]));
    expect(issues).toEqual([{ path: 'timeline.values[0].join', message: expect.stringMatching(/takes whole numbers only .* use join "step"/) }]);
    expect(restoreScenario(withValues([entry('parameters.breach.pssCommittalDays', [['2012-01-01', 10]], 'step')])).timeline.values).toHaveLength(1);
  });

  it('refuses dates that are not real, not in order, or two values on one date', () => {
    expect(issuesOf(withValues([entry(ENTRANTS, [['2012-02-30', 1e5]])]))[0]).toMatchObject({ path: 'timeline.values[0].points[0].date', message: expect.stringMatching(/real calendar date/) });
    expect(issuesOf(withValues([entry(ENTRANTS, [['2013-01-01', 1e5], ['2012-01-01', 2e5]])]))[0]).toEqual({
      path: 'timeline.values[0].points[1].date',
      message: "expected dates in order, each after the previous point's (2013-01-01), got 2012-01-01",
    });
    expect(issuesOf(withValues([entry(ENTRANTS, [['2013-01-01', 1e5], ['2013-01-01', 2e5]])]))[0]).toEqual({
      path: 'timeline.values[0].points[1].date',
      message: 'two values on one date (2013-01-01): points[0] gives 100000, points[1] gives 200000; keep one',
    });
  });

  it("refuses a value outside its field's range on the point that gives it", () => {
    const issues = issuesOf(withValues([entry('parameters.breach.fixedTermShare', [['2012-01-01', 0.5], ['2013-01-01', 1.5]])]));
    expect(issues).toEqual([{ path: 'timeline.values[0].points[1].value', message: 'parameters.breach.fixedTermShare must be a number between 0 and 1, got 1.5 on 2013-01-01' }]);
  });

  it('refuses values that together break a rule across fields on a date, naming the date and the rule', () => {
    // The bands' shares must sum to one on every date: moving one band without the others breaks it.
    const issues = issuesOf(withValues([entry('parameters.court.custodyBands.under12m.share', [['2013-01-01', 0.5]], 'step')]));
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe('timeline.values[0]');
    expect(issues[0].message).toMatch(/^with the dated values in force on 2013-01-01, parameters\.court\.custodyBands is invalid: the bands' shares must sum to 1/);
    // Moved together, they may change.
    const { under12m, from12mTo4y } = minimalScenario().parameters.court.custodyBands;
    const together = withValues([
      entry('parameters.court.custodyBands.under12m.share', [['2013-01-01', under12m.share + 0.1]], 'step'),
      entry('parameters.court.custodyBands.from12mTo4y.share', [['2013-01-01', from12mTo4y.share - 0.1]], 'step'),
    ]);
    expect(restoreScenario(together).timeline.values).toHaveLength(2);
  });
});
