// A figure that overflows is an error naming the figure, the run and the inputs behind it; a figure
// that is undefined by design (NaN: an empty cohort, no contract in force) is not.
import { describe, expect, it } from 'vitest';
import { inputsFeeding, nonFiniteOutputsProblem, nonFiniteProblem } from '../../experiments/finiteFigures';

const summary = (publicCost: number) => ({
  caseload: { total: 1000, crc: NaN },
  reoffending: { binary: NaN, cohortSize: 0 },
  money: { publicCostPerYear: publicCost, publicCost: { probationPerYear: publicCost, byYear: { 2015: 1 } }, crc: { npv: NaN } },
});

describe('nonFiniteProblem', () => {
  it('accepts finite and undefined (NaN) figures', () => {
    expect(nonFiniteProblem({ scenario: 'tr', replication: 0, kpis: summary(1e9) })).toBeUndefined();
  });

  it('names every infinite figure, the scenario, the replication and the inputs that feed it', () => {
    const problem = nonFiniteProblem({ scenario: 'tr', replication: 3, kpis: summary(Infinity) });
    expect(problem).toBe(
      [
        'scenario "tr", replication 3 gave a result that is not a finite number, so it is not reported (it would read as missing):',
        '  money.publicCostPerYear is Infinity (fed by parameters.supervision.workforceFte.*, money.publicCost.*)',
        '  money.publicCost.probationPerYear is Infinity (fed by parameters.supervision.workforceFte.*, money.publicCost.probationCostPerFte)',
        'check those inputs for values too large to add up',
      ].join('\n'),
    );
    expect(nonFiniteProblem({ scenario: 'tr', replication: 0, kpis: { caseload: { total: -Infinity } } })).toMatch(
      /caseload.total is -Infinity \(fed by parameters.population.newEntrantsPerYear, simulation.scale\)/,
    );
  });

  it('names a ledger amount that is not a finite number, NaN included', () => {
    const ledger = [
      { amount: 5, mechanism: 'ffs', area: 'london', period: '2015-02' },
      { amount: NaN, mechanism: 'pbrBinary', area: 'london', period: '2016-Q1' },
    ];
    expect(nonFiniteProblem({ scenario: 'tr', replication: 0, kpis: summary(1), ledger })).toMatch(/the ledger's pbrBinary payment for london, 2016-Q1, is NaN/);
  });

  it('lists at most five figures', () => {
    const kpis = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`k${i}`, Infinity]));
    expect(nonFiniteProblem({ scenario: 's', replication: 0, kpis })).toMatch(/… and 3 more figures/);
  });

  it('picks the most specific inputs for a KPI', () => {
    expect(inputsFeeding('money.publicCost.prisonPlacesPerYear')).toBe('money.publicCost.prisonPlacePerYear, parameters.custody.otherPopulation');
    expect(inputsFeeding('money.crc.byCrc.london.profitPerYear')).toBe('money.crc.*');
    expect(inputsFeeding('prison.population')).toBe('parameters.population.newEntrantsPerYear, simulation.scale');
  });
});

describe('nonFiniteOutputsProblem', () => {
  it("finds the first infinite KPI among an experiment's outputs and names the variant", () => {
    const ok = { replication: 0, kpis: { 'money.publicCostPerYear': 1 } };
    const bad = { replication: 1, kpis: { 'money.publicCostPerYear': Infinity } };
    expect(nonFiniteOutputsProblem([[ok, undefined]], ['tr'])).toBeUndefined();
    expect(nonFiniteOutputsProblem([[ok], [ok, bad]], ['tr', 'unified'])).toMatch(/^scenario "unified", replication 1 gave/);
    const badSeries = { replication: 0, kpis: { 'money.publicCostPerYear': 1 }, series: { 'caseload.total': [1, 2, -Infinity] } };
    expect(nonFiniteOutputsProblem([[badSeries]], ['tr'])).toMatch(/series.caseload.total.2 is -Infinity/);
  });
});
