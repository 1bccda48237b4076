// The pre-sentence-report target is a lever of its own, apart from the operating model: the unified
// built-in turns it on in its third timeline change, and `--set timeline.changes[2].set.psrTarget=false`
// gives the unified model with the reports as published; any model can run with it on.
import { describe, expect, it } from 'vitest';
import { runSimulation, type RunResult } from '../../model/index';
import { applyOverride } from '../../model/scenario/override';
import { flowInYear } from '../../model/calibration/yearlyMeasures';
import { small } from '../helpers/scenarios';

const YEAR = 2014;
const TYPES = ['none', 'oral', 'shortWritten', 'standard'];

/** The shares of hearings with no report, and with each kind, in YEAR. */
function reportShares(result: RunResult): Record<string, number> {
  const counts = TYPES.map((type) => flowInYear(result, `flow.psr.${type}`, YEAR));
  const total = counts.reduce((a, b) => a + b, 0);
  return Object.fromEntries(TYPES.map((type, i) => [type, counts[i] / total]));
}

describe('the pre-sentence-report target', () => {
  const unified = small('unified', 0.02, 3, 2);
  const withTarget = reportShares(runSimulation(unified, { seed: 4 }));
  const withoutTarget = reportShares(runSimulation(applyOverride(unified, 'timeline.changes[2].set.psrTarget', 'false'), { seed: 4 }));

  it('is the unified built-in’s third change, and while on the reports follow it', () => {
    expect(unified.timeline.changes[2].set).toEqual({ psrTarget: true });
    expect(1 - withTarget.none).toBeCloseTo(unified.parameters.court.psrTarget.share, 1);
    expect(withTarget.standard / (1 - withTarget.none)).toBeCloseTo(unified.parameters.court.psrTarget.mix.standard, 1);
  });

  it('switched off, leaves the unified model with the published reports of the year', () => {
    const published = unified.timeline.changes.find((c) => c.history && c.date === `${YEAR}-01-01`)!.set;
    expect(1 - withoutTarget.none).toBeCloseTo(published.psrShare!, 1);
    expect(withoutTarget.standard / (1 - withoutTarget.none)).toBeCloseTo(published.psrMix!.standard, 1);
    expect(Math.abs(withoutTarget.none - withTarget.none)).toBeGreaterThan(0.05);
  });

  it('applies under any operating model: TR with the target on from the start reports as the target says', () => {
    const tr = applyOverride(small('tr', 0.02, 3, 2), 'timeline.initial.psrTarget', 'true');
    const shares = reportShares(runSimulation(tr, { seed: 4 }));
    expect(1 - shares.none).toBeCloseTo(tr.parameters.court.psrTarget.share, 1);
  });
});
