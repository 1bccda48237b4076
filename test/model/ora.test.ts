// Switching the Offender Rehabilitation Act off removes post-sentence supervision and nothing else:
// before the ORA date the two runs are identical to the bit (named streams keep the noise shared),
// and afterwards only the consequences of supervising short sentences differ.
import { describe, expect, it } from 'vitest';
import { applyOverride, runSimulation } from '../../model/index';
import { small } from '../helpers/scenarios';

describe('the ORA switch', () => {
  const withOra = small('tr', 0.01, 4, 3);
  const oraChange = withOra.timeline.changes.findIndex((c) => c.set.ora === true);
  const withoutOra = applyOverride(withOra, `timeline.changes[${oraChange}].set.ora`, 'false');

  it('removes post-sentence supervision', () => {
    const on = runSimulation(withOra, { seed: 5 });
    const off = runSimulation(withoutOra, { seed: 5 });
    expect(Math.max(...off.series['stock.pss'])).toBe(0);
    expect(Math.max(...on.series['stock.pss'])).toBeGreaterThan(0);
  });

  it('changes nothing before it takes effect', () => {
    const on = runSimulation(withOra, { seed: 5 });
    const off = runSimulation(withoutOra, { seed: 5 });
    const oraDate = withOra.timeline.changes[oraChange].date;
    const before = on.weeks.findIndex((w) => w >= oraDate);
    expect(before).toBeGreaterThan(52);
    for (const name of Object.keys(on.series)) {
      expect(off.series[name].slice(0, before - 1), name).toEqual(on.series[name].slice(0, before - 1));
    }
  });

  it('after it takes effect, supervises more people in the community, under the same operating model', () => {
    const on = runSimulation(withOra, { seed: 5 });
    const off = runSimulation(withoutOra, { seed: 5 });
    const last = on.weeks.length - 1;
    // Short-sentence releases are supervised only with ORA: licence + PSS caseload is larger with it.
    expect(on.series['caseload.community'][last]).toBeGreaterThan(off.series['caseload.community'][last]);
    // The pre-ORA operating model is untouched: same providers in use.
    expect(on.series['caseload.trust'][last]).toBe(0);
    expect(off.series['caseload.trust'][last]).toBe(0);
  });
});
