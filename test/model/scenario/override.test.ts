import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyOverride, parseOverrideValue } from '../../../model/scenario/override';
import { parseOverridePath } from '../../../model/scenario/overridePath';
import { ScenarioError, restoreScenario } from '../../../model/scenario/restore';
import { SCENARIO_SCHEMA_VERSION, type Scenario } from '../../../model/scenario/schema';
import { minimalScenario } from '../../fixtures/minimalScenario';

function base(): Scenario {
  return restoreScenario(minimalScenario());
}

function issuesOf(path: string, value: string): { path: string; message: string }[] {
  try {
    applyOverride(base(), path, value);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues;
  }
  throw new Error(`expected --set ${path}=${value} to be refused`);
}

describe('applyOverride', () => {
  it('sets a boolean, a number and a value inside a list entry', () => {
    const scenario = base();
    expect(applyOverride(scenario, 'timeline.initial.ora', 'true').timeline.initial.ora).toBe(true);
    expect(applyOverride(scenario, 'parameters.supervision.capacityCasesPerFte', '45').parameters.supervision.capacityCasesPerFte).toBe(45);
    expect(applyOverride(scenario, 'simulation.scale', '0.05').simulation.scale).toBe(0.05);
    expect(applyOverride(scenario, 'timeline.changes[1].set.ora', 'false').timeline.changes[1].set.ora).toBe(false);
    expect(applyOverride(scenario, 'timeline.changes.1.set.ora', 'false').timeline.changes[1].set.ora).toBe(false);
  });

  it('adds a switch a timeline change does not set yet, since its schema allows it', () => {
    const result = applyOverride(base(), 'timeline.changes[0].set.reachIn', 'true');
    expect(result.timeline.changes[0].set).toEqual({ operatingModel: 'tr', throughTheGate: true, reachIn: true });
  });

  it('sets a whole object or list from JSON, and text fields from plain text', () => {
    const mix = { low: 0.25, medium: 0.25, high: 0.25, veryHigh: 0.25 };
    expect(applyOverride(base(), 'parameters.risk.roshMix', JSON.stringify(mix)).parameters.risk.roshMix).toEqual(mix);
    expect(applyOverride(base(), 'timeline.changes', '[]').timeline.changes).toEqual([]);
    expect(applyOverride(base(), 'name', '2015').name).toBe('2015');
    expect(applyOverride(base(), 'simulation.start', '2013-01-01').simulation.start).toBe('2013-01-01');
    expect(applyOverride(base(), 'timeline.initial.operatingModel', 'unified').timeline.initial.operatingModel).toBe('unified');
  });

  it('leaves its input untouched and shares nothing with it', () => {
    const scenario = base();
    const result = applyOverride(scenario, 'parameters.risk.escalationPerYear', '0.2');
    expect(scenario).toEqual(base());
    expect(result.parameters).not.toBe(scenario.parameters);
    expect(result.timeline.changes).not.toBe(scenario.timeline.changes);
  });

  it('refuses an unknown key, naming the path and listing the valid keys there', () => {
    const [issue] = issuesOf('simulation.seeds', '1');
    expect(issue.path).toBe('simulation.seeds');
    expect(issue.message).toMatch(/'seeds'/);
    expect(issue.message).toMatch(/did you mean 'seed'/);
    expect(issue.message).toMatch(/start, years, warmupYears, scale, seed, journeySampleSize/);
    const [deeper] = issuesOf('parameters.supervison.capacityCasesPerFte', '1');
    expect(deeper.path).toBe('parameters.supervison');
    expect(deeper.message).toMatch(/did you mean 'supervision'/);
  });

  it('refuses an index past the end of a list, a path through a leaf and a malformed path', () => {
    expect(issuesOf('timeline.changes[7].set.ora', 'true')[0]).toEqual({
      path: 'timeline.changes[7]',
      message: expect.stringMatching(/valid indices are 0 to 2/),
    });
    expect(issuesOf('simulation.years.x', '1')[0]).toEqual({
      path: 'simulation.years.x',
      message: expect.stringMatching(/simulation\.years is 2/),
    });
    expect(issuesOf('a..b', '1')[0].message).toMatch(/expected a path like/);
    expect(issuesOf('', '1')[0].message).toMatch(/empty path/);
    expect(issuesOf('__proto__.polluted', '1')[0].message).toMatch(/no setting '__proto__'/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a value the scenario cannot hold, through the same validation as restoreScenario', () => {
    expect(issuesOf('parameters.risk.roshMix.low', '2')).toEqual([
      { path: 'parameters.risk.roshMix.low', message: 'expected a number between 0 and 1, got 2' },
    ]);
    expect(issuesOf('parameters.risk.roshMix.low', '0.2')).toEqual([
      { path: 'parameters.risk.roshMix', message: 'shares must sum to 1, they sum to 0.9' },
    ]);
    expect(issuesOf('timeline.initial.ora', 'maybe')[0].message).toBe('expected true or false, got "maybe"');
    expect(issuesOf('simulation.start', '2015-02-30')[0].path).toBe('simulation.start');
    expect(issuesOf('schemaVersion', String(SCENARIO_SCHEMA_VERSION + 1))[0].message).toMatch(/newer version/);
  });

  it('never throws anything but ScenarioError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom('simulation.scale', 'timeline.changes[0].set', 'parameters.court', 'x[0]', 'timeline.changes[99]')),
        fc.oneof(fc.string(), fc.json()),
        (path, value) => {
          try {
            applyOverride(base(), path, value);
          } catch (error) {
            if (!(error instanceof ScenarioError)) throw error;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseOverrideValue', () => {
  it.each<[string, unknown]>([
    ['true', true],
    ['false', false],
    ['45', 45],
    ['-0.5', -0.5],
    ['.05', 0.05],
    ['1e-3', 0.001],
    ['[1,2]', [1, 2]],
    ['{"a":1}', { a: 1 }],
    ['null', null],
    ['"quoted"', 'quoted'],
    ['plain text', 'plain text'],
    ['0x10', '0x10'],
    ['', ''],
  ])('%j → %j', (text, value) => {
    expect(parseOverrideValue(text)).toEqual(value);
  });

  it('keeps text as text where the setting is text', () => {
    expect(parseOverrideValue('2015', 'old name')).toBe('2015');
    expect(parseOverrideValue('true', 'old name')).toBe('true');
  });
});

describe('parseOverridePath', () => {
  it('reads dots, brackets and numeric segments', () => {
    expect(parseOverridePath('timeline.changes[1].set.ora')).toEqual(['timeline', 'changes', 1, 'set', 'ora']);
    expect(parseOverridePath('timeline.changes.1.set')).toEqual(['timeline', 'changes', 1, 'set']);
    expect(parseOverridePath('simulation')).toEqual(['simulation']);
  });
});
