// The engine reads dated values on their dates: a step in a number the rules read changes what
// the run does from that day and not before, and a run without the step is the same run until
// then (both draw from the same streams). Resuming a run past dated changes is covered by
// snapshot.test.ts, on the built-ins, whose dated values change every month.
import { describe, expect, it } from 'vitest';
import { applyOverride, runSimulation, type RunResult, type Scenario } from '../../../model/index';
import { small } from '../../helpers/scenarios';

function undated(): Scenario {
  const scenario = small('tr', 0.01, 3, 2);
  return { ...scenario, timeline: { ...scenario.timeline, values: [] } };
}

const week = (result: RunResult, date: string) => result.weeks.indexOf(date);

describe('dated values in a run', () => {
  it('adds exactly the step in the prisoners the model does not simulate, from its week on', () => {
    const base = undated();
    const other = base.parameters.custody.otherPopulation;
    // The step falls on the first day of a reported week.
    const plain = runSimulation(base, { seed: 3 });
    const from = plain.weeks.findIndex((w) => w >= '2014-01-01');
    const date = plain.weeks[from];
    const stepped = runSimulation(applyOverride(base, `parameters.custody.otherPopulation@${date}`, String(other + 5000)), { seed: 3 });
    const before = plain.series['prison.population'].slice(0, from);
    expect(stepped.series['prison.population'].slice(0, from)).toEqual(before);
    // The week's stock is taken at its end, after the step: every week from `from` on carries it.
    const difference = stepped.series['prison.population'].slice(from).map((v, i) => v - plain.series['prison.population'][from + i]);
    expect(difference.every((d) => Math.abs(d - 5000) < 1e-6)).toBe(true);
    // Nothing the rules read changed, so everything else is the same run.
    expect(stepped.series['stock.total']).toEqual(plain.series['stock.total']);
    expect(week(stepped, date)).toBe(from);
  });

  it('doubles the entrants from a date, and leaves every day before it as it was', () => {
    const base = undated();
    const plain = runSimulation(base, { seed: 4 });
    const from = plain.weeks.findIndex((w) => w >= '2014-01-01');
    const doubled = runSimulation(applyOverride(base, `parameters.population.newEntrantsPerYear@${plain.weeks[from]}`, String(2 * base.parameters.population.newEntrantsPerYear)), { seed: 4 });
    expect(doubled.series['flow.entrants'].slice(0, from)).toEqual(plain.series['flow.entrants'].slice(0, from));
    const sum = (r: RunResult) => r.series['flow.entrants'].slice(from + 1).reduce((a, b) => a + b, 0);
    expect(sum(doubled) / sum(plain)).toBeGreaterThan(1.85);
    expect(sum(doubled) / sum(plain)).toBeLessThan(2.15);
  });

  it('follows a linear join month by month: staffing halfway along is halfway between', () => {
    const base = undated();
    const fte = base.parameters.supervision.workforceFte.trusts;
    // Under the trusts throughout, quality falls as staff fall: caseload per FTE rises along the line.
    const trusts = { ...base, timeline: { ...base.timeline, changes: [] } };
    const path = 'parameters.supervision.workforceFte.trusts';
    const lined = applyOverride(applyOverride(trusts, `${path}@2013-01-01`, String(fte)), `${path}@2015-01-01`, String(fte / 2));
    lined.timeline.values[0].join = 'linear';
    const result = runSimulation(lined, { seed: 6 });
    const perFte = result.series['caseloadPerFte.trust'];
    const at = (date: string) => perFte[result.weeks.findIndex((w) => w >= date)];
    const plain = runSimulation(trusts, { seed: 6 }).series['caseloadPerFte.trust'];
    const ratio = (date: string) => at(date) / plain[result.weeks.findIndex((w) => w >= date)];
    expect(ratio('2013-06-01')).toBeGreaterThan(1.05);
    expect(ratio('2014-01-01')).toBeGreaterThan(1.25);
    expect(ratio('2014-01-01')).toBeLessThan(1.45); // fte × 0.75 → caseload per FTE × 1.33
    expect(ratio('2015-06-01')).toBeGreaterThan(1.8);
  });
});
