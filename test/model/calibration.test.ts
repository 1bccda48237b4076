// The calibration targets of REFERENCE.md pass on the as-happened scenario at its own seed and scale
// (the same run `npm run calibrate` prints).
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../model/index';
import { checkCalibration } from '../../model/calibration/targets';
import { builtIn } from '../helpers/scenarios';

describe('calibration', () => {
  it('every target passes on as-happened at its fixed seed', () => {
    const scenario = builtIn('as-happened');
    const rows = checkCalibration(runSimulation(scenario));
    const failures = rows.filter((r) => !r.pass).map((r) => `${r.target.id}: ${r.value} (target ${r.target.target} ± ${r.target.tolerance})`);
    expect(rows.length).toBeGreaterThanOrEqual(14);
    expect(failures).toEqual([]);
  });
});
