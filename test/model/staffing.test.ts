// Staffing is world state: the practitioners of the operating model in force, shared among its
// providers, set at the start and moved when the timeline changes the model. Quality (a rule)
// and caseload per FTE (a weekly series) both read it.
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../model/index';
import { small } from '../helpers/scenarios';

describe('staff under a change of operating model', () => {
  it('are the trusts’ before TR and the CRCs’ and NPS’s after it, week by week', () => {
    const scenario = small('tr', 0.005, 3, 1);
    const trDate = scenario.timeline.changes.find((c) => c.set.operatingModel === 'tr')!.date;
    const result = runSimulation(scenario, { seed: 3 });
    const switchWeek = result.weeks.findIndex((w) => w >= trDate);
    expect(switchWeek).toBeGreaterThan(4);
    const perFte = (kind: string, week: number) => result.series[`caseloadPerFte.${kind}`][week];
    for (const week of [0, switchWeek - 2]) {
      expect(perFte('trust', week)).toBeGreaterThan(0);
      expect(perFte('crc', week)).toBeNaN();
      expect(perFte('nps', week)).toBeNaN();
    }
    for (const week of [switchWeek + 2, result.weeks.length - 1]) {
      expect(perFte('trust', week)).toBeNaN();
      expect(perFte('crc', week)).toBeGreaterThan(0);
      expect(perFte('nps', week)).toBeGreaterThan(0);
    }
  });
});
