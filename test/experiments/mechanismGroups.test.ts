// The groups of mechanism an attribution moves: every switch and number belongs to one group, the
// hybrid that takes every group from b runs as b does (same bits), the one that takes none is a,
// and a switch's whole schedule comes from one scenario.
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../model/index';
import { differingGroups, groupOfPath, groupOfSwitch, hybrid, MECHANISM_GROUPS, type MechanismGroupId } from '../../experiments/mechanismGroups';
import { small } from '../helpers/scenarios';

const ALL = new Set<MechanismGroupId>(MECHANISM_GROUPS.map((g) => g.id));
const runOf = (scenario: Parameters<typeof runSimulation>[0]) => {
  const result = runSimulation(scenario, { seed: 9 });
  return { series: result.series, cohorts: result.cohorts };
};

describe('mechanism groups', () => {
  const tr = small('tr', 0.01, 3, 2);
  const unified = small('unified', 0.01, 3, 2);

  it('give every switch a group, and parameters by their path', () => {
    for (const name of Object.keys(tr.timeline.initial)) expect(MECHANISM_GROUPS.map((g) => g.id), name).toContain(groupOfSwitch(name));
    expect(groupOfPath('parameters.resettlement.reachInNeedResolvedShare')).toBe('resettlement');
    expect(groupOfPath('parameters.court.psrTarget.mix.oral')).toBe('reports');
    expect(groupOfPath('parameters.supervision.workforceFte.crc')).toBe('staffing');
    expect(groupOfPath('parameters.breach.trReferralDelayDays')).toBe('operatingModel');
    expect(groupOfPath('money.crc.contracts.durham-tees-valley.baseline')).toBe('money');
    expect(groupOfPath('parameters.offending.baseReoffencesPerYear')).toBe('otherParameters');
  });

  it('find where tr and unified differ: the operating model, the report target and resettlement, not ORA', () => {
    expect(differingGroups(tr, unified)).toEqual(['operatingModel', 'reports', 'resettlement']);
    expect(differingGroups(tr, tr)).toEqual([]);
  });

  it('make a hybrid that runs as b when it takes every group from b, and as a when it takes none', () => {
    expect(runOf(hybrid(tr, unified, ALL))).toEqual(runOf(unified));
    expect(runOf(hybrid(tr, unified, new Set()))).toEqual(runOf(tr));
    expect(differingGroups(hybrid(tr, unified, ALL), unified)).toEqual([]);
  }, 120_000);

  it('move a switch with its whole schedule, and leave the other groups as a has them', () => {
    const withReports = hybrid(tr, unified, new Set(['reports']));
    const targetChanges = withReports.timeline.changes.filter((c) => 'psrTarget' in c.set);
    expect(targetChanges.map((c) => c.date)).toEqual(['2012-01-01']);
    expect(withReports.timeline.changes.filter((c) => 'operatingModel' in c.set).map((c) => [c.date, c.set.operatingModel])).toEqual([['2014-06-01', 'tr']]);
    expect(differingGroups(withReports, tr)).toEqual(['reports']);
    expect(differingGroups(withReports, unified)).toEqual(['operatingModel', 'resettlement']);
  });
});
