// shadowedOverrides on the built-in tr scenario, whose timeline (initial switches, then dated
// changes) is what the CLI's documented counterfactuals override:
//   [0] 2014-06-01 operatingModel tr   [1] 2015-02-01 ora true   [2] 2015-05-01 throughTheGate
//   [3..21] 1 January 2005..2023: psrShare and psrMix of the published report series
import { describe, expect, it } from 'vitest';
import { applyOverride } from '../../../model/scenario/override';
import { restoreScenario } from '../../../model/scenario/restore';
import { shadowedOverrides } from '../../../model/scenario/shadowedOverrides';
import { builtInScenarios } from '../../../scenarios/index';

/** tr with the overrides applied in order, and what shadowedOverrides says of their paths. */
function shadowsOn(scenarioName: string, ...overrides: [string, string][]) {
  let scenario = restoreScenario(builtInScenarios[scenarioName]);
  for (const [path, value] of overrides) scenario = applyOverride(scenario, path, value);
  return shadowedOverrides(scenario, overrides.map(([path]) => path));
}

const oraAct = { index: 1, date: '2015-02-01', label: 'Offender Rehabilitation Act 2014 in force', value: true };

describe('shadowedOverrides', () => {
  it("finds tr's ORA change undoing --set timeline.initial.ora=false", () => {
    expect(shadowsOn('tr', ['timeline.initial.ora', 'false'])).toEqual([
      { path: 'timeline.initial.ora', setting: 'ora', value: false, change: oraAct, neverHolds: false },
    ]);
  });

  it('finds nothing for the override that does switch ORA off, nor for switches no change sets', () => {
    expect(shadowsOn('tr', ['timeline.changes[1].set.ora', 'false'])).toEqual([]);
    expect(shadowsOn('tr', ['timeline.initial.ora', 'false'], ['timeline.changes[1].set.ora', 'false'])).toEqual([]);
    expect(shadowsOn('tr', ['timeline.initial.reachIn', 'true'])).toEqual([]);
    expect(shadowsOn('tr', ['parameters.supervision.capacityCasesPerFte', '45'], ['simulation.years', '5'])).toEqual([]);
  });

  it('ignores a later change that sets the same value the override gave', () => {
    expect(shadowsOn('tr', ['timeline.initial.ora', 'true'])).toEqual([]);
  });

  it('ignores a change after the run ends', () => {
    // Three reported years end on 2014-12-31, before the ORA change.
    expect(shadowsOn('tr', ['simulation.years', '3'], ['timeline.initial.ora', 'false'])).toEqual([]);
    expect(shadowsOn('tr', ['simulation.years', '4'], ['timeline.initial.ora', 'false'])).toHaveLength(1);
  });

  it('judges an override of a change by the changes after it; one that contradicts a change of its own date is refused instead', () => {
    // The 2005 report change holds until the 2006 one; the 2023 one to the end.
    expect(shadowsOn('tr', ['timeline.changes[3].set.psrShare', '0.5']).map((s) => [s.setting, s.change.index, s.change.date])).toEqual([
      ['psrShare', 4, '2006-01-01'],
    ]);
    expect(shadowsOn('tr', ['timeline.changes[21].set.psrShare', '0.5'])).toEqual([]);
    // Moved onto the 2015 report change's date, change 0 must agree with it: no shadow but an error.
    expect(() => shadowsOn('tr', ['timeline.changes[0].date', '2015-01-01'], ['timeline.changes[0].set.psrShare', '0.5'])).toThrow(
      /contradicts timeline\.changes\[0\] on the same date/,
    );
  });

  it('reads an override of a whole object as one of every switch it holds', () => {
    const initial = JSON.stringify({ ...restoreScenario(builtInScenarios.tr).timeline.initial, ora: false, reachIn: true });
    const shadows = shadowsOn('tr', ['timeline.initial', initial]);
    expect(shadows.map((s) => `${s.setting}@${s.change.index}`).sort()).toEqual(['operatingModel@0', 'ora@1', 'psrMix@3', 'psrShare@3', 'throughTheGate@2']);
  });

  it('says when the undoing change falls on the run\'s first day, so the override never holds', () => {
    // Without warm-up the run starts on 2012-01-01, after unified's report history (changes 3 on, from 2005) began.
    const [shadow] = shadowsOn('unified', ['simulation.warmupYears', '0'], ['timeline.initial.psrShare', '0.5']);
    expect(shadow).toMatchObject({ setting: 'psrShare', value: 0.5, change: { index: 3, date: '2005-01-01' }, neverHolds: true });
    expect(shadowsOn('unified', ['timeline.initial.psrShare', '0.5'])[0]).toMatchObject({ change: { index: 3 }, neverHolds: false });
  });

  it('finds the other built-in ORA changes, and none in trusts, which never switches ORA on', () => {
    expect(shadowsOn('as-happened', ['timeline.initial.ora', 'false']).map((s) => s.change.index)).toEqual([1]);
    expect(shadowsOn('unified', ['timeline.initial.ora', 'false']).map((s) => s.change.index)).toEqual([1]);
    expect(shadowsOn('trusts', ['timeline.initial.ora', 'false'])).toEqual([]);
    expect(shadowsOn('unified', ['timeline.changes[1].set.ora', 'false'])).toEqual([]);
  });

  it('never throws on a path it cannot read', () => {
    const scenario = restoreScenario(builtInScenarios.tr);
    expect(shadowedOverrides(scenario, ['', 'timeline.changes[99].set.ora', 'timeline..x', 'timeline'])).toEqual([]);
  });
});
