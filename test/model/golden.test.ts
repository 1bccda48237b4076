// A golden snapshot of the `tr` scenario at a fixed seed and small scale. It changes only when the
// model's behaviour changes: then check the new figures make sense, bump ENGINE_VERSION, and
// update the snapshot with `npx vitest run test/model/golden.test.ts -u`.
import { describe, expect, it } from 'vitest';
import { hashRunResult, runSimulation, summarize } from '../../model/index';
import { small } from '../helpers/scenarios';

describe('golden snapshot', () => {
  it('tr at seed 2014, scale 0.01, 2013-2016', () => {
    const result = runSimulation(small('tr', 0.01, 4, 3), { seed: 2014 });
    const { provenance, ...kpis } = summarize(result);
    expect({ hash: hashRunResult(result), scenarioHash: provenance.scenarioHash, kpis }).toMatchSnapshot();
  });
});
