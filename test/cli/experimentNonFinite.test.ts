// The experiment commands refuse a KPI that overflowed (exit code 2, naming it) instead of writing
// it as missing. No valid scenario overflows any more (every number has a maximum), so the engine's
// replication is wrapped to make one KPI infinite, as an overflow would.
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../cli/app';
import { captureIO } from './fakeEngine';

vi.mock('../../experiments/replication', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../experiments/replication')>();
  return {
    ...real,
    runSharedReplication: (...args: Parameters<typeof real.runSharedReplication>) => {
      const run = real.runSharedReplication(...args);
      if (args[0].scenario.timeline.initial.operatingModel === 'trusts' && args[0].replication === 1) {
        run.output.kpis['money.publicCostPerYear'] = Infinity;
      }
      return run;
    },
  };
});

describe('experiment commands and non-finite figures', () => {
  it('compare stops with exit code 2 and names the figure, the variant and the replication', async () => {
    const { io, stdout, stderr } = captureIO(false);
    const code = await runCli(['compare', 'tr', 'unified', '-r', '2', '--scale', '0.005', '--years', '1', '--workers', '0', '--quiet'], io);
    expect(code).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr()).toMatch(/replication 1 gave a result that is not a finite number/);
    expect(stderr()).toContain('money.publicCostPerYear is Infinity (fed by parameters.supervision.workforceFte.*, money.publicCost.*)');
  }, 120_000);
});
