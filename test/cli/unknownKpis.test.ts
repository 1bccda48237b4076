// A KPI asked for by name (--kpis, or an experiment file's "kpis") that matches none of the results
// is told on stderr, with the closest name when it looks like a typo; the KPIs that do match are
// reported as usual. Before, such a name was silently left out, and a table could come out empty.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/app';
import { unmatchedKpis } from '../../experiments/compare';
import { captureIO } from './fakeEngine';

describe('KPIs asked for that name nothing', () => {
  it('are the entries that match no name, exactly or as a prefix', () => {
    const all = ['prison.population', 'prison.recallPopulation', 'money.crc.total'];
    expect(unmatchedKpis(all, ['prison', 'money.crc.total', 'prison.populaton', 'money.cr'])).toEqual(['prison.populaton', 'money.cr']);
    expect(unmatchedKpis(all, undefined)).toEqual([]);
  });

  it('are warned of by compare, with a suggestion, and the rest still reported', async () => {
    const { io, stdout, stderr } = captureIO();
    const args = ['compare', 'tr', 'unified', '--years', '1', '--scale', '0.005', '-r', '1', '--workers', '0', '--quiet'];
    const code = await runCli([...args, '--kpis', 'prison.populaton,flows.recallsPerYear'], io);
    expect(code).toBe(0);
    expect(stderr()).toBe(
      "warning: the KPI 'prison.populaton' matches no KPI of these results (did you mean prison.population?), so it is left out; the names are listed under \"KPI names\" in the README\n",
    );
    expect(stdout()).toMatch(/flows\.recallsPerYear/);
    expect(stdout()).not.toMatch(/prison\.population/);
  }, 120_000);
});
