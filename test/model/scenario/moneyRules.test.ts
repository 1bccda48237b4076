// Bad contract terms are refused with an issue naming the field and saying what was expected and
// what was found: through restoreScenario (a file) and through applyOverride (`--set`) alike.
import { describe, expect, it } from 'vitest';
import { ScenarioError, restoreScenario } from '../../../model/scenario/restore';
import { applyOverride } from '../../../model/scenario/override';
import { CPA_SLUGS } from '../../../model/engine/geography';
import { builtInScenarios } from '../../../scenarios/index';

type Loose = Record<string, any>;
type Issue = { path: string; message: string };

const LONDON = 'money.crc.contracts.london';

/**
 * A copy of a built-in scenario (tr by default) with one change made by `edit`. The contract period
 * is pinned to TR's (2015-02-01 to 2022-01-31) so that the messages do not follow the defaults.
 */
function edited(edit: (s: Loose) => void, name = 'tr'): Loose {
  const scenario = structuredClone(builtInScenarios[name]) as Loose;
  scenario.money.crc.contractStart = '2015-02-01';
  scenario.money.crc.contractEnd = '2022-01-31';
  edit(scenario);
  return scenario;
}

function issuesOf(raw: unknown): Issue[] {
  try {
    restoreScenario(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues;
  }
  throw new Error('expected a ScenarioError, but the scenario was accepted');
}

function london(s: Loose): Loose {
  return s.money.crc.contracts.london as Loose;
}

describe('money terms: the built-in scenarios', () => {
  it('accepts every built-in scenario, with a contract for each of the 21 CPAs', () => {
    expect(CPA_SLUGS).toHaveLength(21);
    expect(CPA_SLUGS).toContain('london');
    for (const raw of Object.values(builtInScenarios)) {
      expect(Object.keys(restoreScenario(raw).money.crc.contracts).sort()).toEqual([...CPA_SLUGS].sort());
    }
  });

  it('accepts bands that touch, a variation before a termination and events on the contract dates', () => {
    const touching = edited((s) => {
      const c = london(s);
      c.otherBands = [
        { fromUnits: 0, toUnits: c.forecastBand.fromUnits, pricePerUnit: 10 },
        { fromUnits: c.forecastBand.toUnits, toUnits: c.forecastBand.toUnits * 2, pricePerUnit: 10 },
      ];
      s.money.crc.events = [
        { kind: 'variation', date: s.money.crc.contractStart },
        { kind: 'termination', date: s.money.crc.contractEnd, compensationPerCrc: 0 },
      ];
    });
    expect(() => restoreScenario(touching)).not.toThrow();
    expect(() => restoreScenario(edited((s) => (london(s).baseline = { binaryRate: 0, predictedRate: 0, frequency: 0 })))).not.toThrow();
  });
});

describe('money terms: schema errors name the field', () => {
  it('a negative price', () => {
    expect(issuesOf(edited((s) => (london(s).annualPrice = -5)))).toEqual([
      { path: `${LONDON}.annualPrice`, message: 'expected a number between 0 and 1,000,000,000,000, got -5' },
    ]);
  });

  it('a missing CRC', () => {
    expect(issuesOf(edited((s) => delete s.money.crc.contracts.london))).toEqual([
      {
        path: LONDON,
        message:
          'this field is missing: expected an object with annualPrice, forecastBand, otherBands, baseline, staffFte, estatePerYear, ictPerYear, subcontractsPerYear; every one of the 21 keys of money.crc.contracts is required',
      },
    ]);
  });

  it('an unknown CRC slug (a typo): the misspelt key and the missing one', () => {
    const issues = issuesOf(
      edited((s) => {
        s.money.crc.contracts.londn = s.money.crc.contracts.london;
        delete s.money.crc.contracts.london;
      }),
    );
    expect(issues).toContainEqual({ path: 'money.crc.contracts.londn', message: "unknown key 'londn' (did you mean 'london'?)" });
    expect(issues).toContainEqual({ path: LONDON, message: expect.stringMatching(/^this field is missing: expected an object with annualPrice/) });
    expect(issues).toHaveLength(2);
  });

  it('a missing contract term and a mistyped event kind', () => {
    expect(issuesOf(edited((s) => delete london(s).baseline.frequency))).toEqual([
      { path: `${LONDON}.baseline.frequency`, message: 'this field is missing: expected a number between 0 and 100' },
    ]);
    expect(issuesOf(edited((s) => (s.money.crc.events = [{ kind: 'varation', date: '2017-08-01' }])))).toEqual([
      { path: 'money.crc.events[0].kind', message: 'expected one of "variation", "termination", got "varation"' },
    ]);
    expect(issuesOf(edited((s) => (s.money.crc.events = [{ kind: 'termination', date: '2020-01-01' }])))).toEqual([
      { path: 'money.crc.events[0].compensationPerCrc', message: 'this field is missing: expected a number between 0 and 1,000,000,000,000' },
    ]);
  });
});

describe('money terms: cross-field rules', () => {
  it('bands that overlap, naming both bands', () => {
    const issues = issuesOf(
      edited((s) => {
        const c = london(s);
        c.forecastBand = { fromUnits: 100, toUnits: 110 };
        c.otherBands = [
          { fromUnits: 0, toUnits: 100, pricePerUnit: 10 },
          { fromUnits: 90, toUnits: 120, pricePerUnit: 10 },
        ];
      }),
    );
    expect(issues).toEqual([
      {
        path: `${LONDON}.otherBands[1]`,
        message: 'otherBands[1] (90 to 120 units) overlaps the forecast band (100 to 110 units): expected bands that do not overlap (they may touch)',
      },
      {
        path: `${LONDON}.otherBands[1]`,
        message: 'otherBands[1] (90 to 120 units) overlaps otherBands[0] (0 to 100 units): expected bands that do not overlap (they may touch)',
      },
    ]);
  });

  it('a band that runs backwards', () => {
    expect(issuesOf(edited((s) => (london(s).forecastBand = { fromUnits: 200, toUnits: 100 })))).toContainEqual({
      path: `${LONDON}.forecastBand`,
      message: 'expected fromUnits < toUnits (a band runs from fewer weighted units to more), got fromUnits 200 and toUnits 100',
    });
  });

  it('a baseline with reoffenders but fewer than one reoffence each', () => {
    expect(issuesOf(edited((s) => (london(s).baseline = { binaryRate: 0.37, predictedRate: 0.45, frequency: 0.5 })))).toEqual([
      {
        path: `${LONDON}.baseline.frequency`,
        message: 'expected at least 1 reoffence per reoffender when baseline.binaryRate is above 0 (0.37): a reoffender has at least one reoffence; got 0.5',
      },
    ]);
  });

  it('contract end before start', () => {
    expect(issuesOf(edited((s) => (s.money.crc.contractEnd = '2014-01-31')))).toEqual([
      { path: 'money.crc.contractEnd', message: 'expected a date after contractStart (2015-02-01), got 2014-01-31: the contract would end before it starts' },
    ]);
  });

  it('contract dates that are not real days', () => {
    expect(issuesOf(edited((s) => (s.money.crc.contractStart = '2015-02-30')))).toEqual([
      { path: 'money.crc.contractStart', message: 'expected a real calendar date, got "2015-02-30" (February 2015 has 28 days)' },
    ]);
  });

  it('an event outside the contract, and one on a day that does not exist', () => {
    expect(issuesOf(edited((s) => (s.money.crc.events = [{ kind: 'termination', date: '2023-06-01', compensationPerCrc: 0 }])))).toEqual([
      {
        path: 'money.crc.events[0].date',
        message: 'expected a date inside the contract, from contractStart 2015-02-01 to contractEnd 2022-01-31, got 2023-06-01',
      },
    ]);
    expect(issuesOf(edited((s) => (s.money.crc.events = [{ kind: 'variation', date: '2017-13-01' }])))).toEqual([
      { path: 'money.crc.events[0].date', message: 'expected a real calendar date, got "2017-13-01" (there is no month 13)' },
    ]);
  });

  it('a variation after termination', () => {
    expect(
      issuesOf(
        edited(
          (s) =>
            (s.money.crc.events = [
              { kind: 'termination', date: '2017-08-01', compensationPerCrc: 0 },
              { kind: 'variation', date: '2018-01-01' },
            ]),
        ),
      ),
    ).toEqual([
      {
        path: 'money.crc.events[1].date',
        message: 'expected the variation before the termination (money.crc.events[0], dated 2017-08-01), got 2018-01-01: a terminated contract cannot be varied',
      },
    ]);
  });

  it('a second variation or termination', () => {
    const issues = issuesOf(
      edited((s) => {
        s.money.crc.events = [
          { kind: 'variation', date: '2017-08-01' },
          { kind: 'termination', date: '2021-06-26', compensationPerCrc: 0 },
          { kind: 'variation', date: '2019-01-01' },
          { kind: 'termination', date: '2021-12-01', compensationPerCrc: 0 },
        ];
      }),
    );
    expect(issues).toEqual([
      { path: 'money.crc.events[2]', message: 'expected at most one variation, got a second one (the first is money.crc.events[0], dated 2017-08-01)' },
      { path: 'money.crc.events[3]', message: 'expected at most one termination, got a second one (the first is money.crc.events[1], dated 2021-06-26)' },
    ]);
  });
});

describe('money terms: --set overrides go through the same validation', () => {
  it('refuses a negative contract price, naming the path', () => {
    const scenario = restoreScenario(builtInScenarios.tr);
    let issues: Issue[] = [];
    try {
      applyOverride(scenario, `${LONDON}.annualPrice`, '-5');
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      issues = (error as ScenarioError).issues;
    }
    expect(issues).toEqual([{ path: `${LONDON}.annualPrice`, message: 'expected a number between 0 and 1,000,000,000,000, got -5' }]);
    expect(applyOverride(scenario, `${LONDON}.annualPrice`, '5').money.crc.contracts.london.annualPrice).toBe(5);
  });

  it('refuses an override that makes bands overlap', () => {
    const scenario = restoreScenario(builtInScenarios.tr);
    const { fromUnits, toUnits } = scenario.money.crc.contracts.london.forecastBand;
    expect(() => applyOverride(scenario, `${LONDON}.otherBands[0].toUnits`, String(toUnits))).toThrow(
      new RegExp(`otherBands\\[0\\] \\(0 to ${toUnits} units\\) overlaps the forecast band \\(${fromUnits} to ${toUnits} units\\)`),
    );
  });
});

describe('money terms: the change of the forecast per contract year', () => {
  const PATH = 'money.crc.forecastChangePerContractYear';

  it('accepts a decline, no change and a rise inside ±50% a year', () => {
    for (const value of [-0.5, -0.003361, 0, 0.5]) expect(() => restoreScenario(edited((s) => (s.money.crc.forecastChangePerContractYear = value)))).not.toThrow();
  });

  it('refuses a change beyond ±50% a year, a missing one and a word, naming the field', () => {
    expect(issuesOf(edited((s) => (s.money.crc.forecastChangePerContractYear = -0.6)))).toEqual([
      { path: PATH, message: 'expected a number between -0.5 and 0.5, got -0.6' },
    ]);
    // Above the maximum the message says why the maximum is there.
    expect(issuesOf(edited((s) => (s.money.crc.forecastChangePerContractYear = 2)))).toEqual([
      { path: PATH, message: expect.stringMatching(/^expected a number between -0\.5 and 0\.5, got 2 \(the maximum: half the volume gone/) },
    ]);
    expect(issuesOf(edited((s) => delete s.money.crc.forecastChangePerContractYear))).toEqual([
      { path: PATH, message: expect.stringMatching(/^this field is missing: expected a number between -0\.5 and 0\.5/) },
    ]);
    expect(issuesOf(edited((s) => (s.money.crc.forecastChangePerContractYear = '2%')))).toEqual([{ path: PATH, message: expect.stringMatching(/^expected a number/) }]);
  });

  it('refuses the same through --set', () => {
    const scenario = restoreScenario(builtInScenarios.tr);
    expect(() => applyOverride(scenario, PATH, '0.75')).toThrow(/forecastChangePerContractYear/);
    expect(applyOverride(scenario, PATH, '-0.02').money.crc.forecastChangePerContractYear).toBe(-0.02);
  });
});
