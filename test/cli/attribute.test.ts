// `sim attribute a b`: the real engine in this thread at a tiny scale. The table names each
// differing group; in the JSON, each KPI's effects and interaction add up to its total; and what
// cannot be attributed is refused with a message that says why.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/app';
import type { KpiAttribution } from '../../experiments/attribution';
import { captureIO } from './fakeEngine';

const TINY = ['--years', '2', '--scale', '0.005', '-r', '3', '--workers', '0', '--quiet'];

describe('sim attribute', () => {
  it('splits unified − tr into its groups of mechanism, which add up to the total', async () => {
    const { io, stdout } = captureIO();
    expect(await runCli(['attribute', 'tr', 'unified', ...TINY, '--format', 'json'], io)).toBe(0);
    const { report } = JSON.parse(stdout()) as { report: { kind: string; attribution: KpiAttribution[] } };
    expect(report.kind).toBe('attribute');
    expect(report.attribution.map((k) => k.kpi).sort()).toEqual(['caseload.total', 'flows.recallsPerYear', 'money.publicCostPerYear', 'prison.population', 'reoffending.binary', 'reoffending.frequency']);
    for (const k of report.attribution) {
      expect(k.effects.map((e) => e.group)).toEqual(['operatingModel', 'reports', 'resettlement']);
      const parts = k.effects.reduce((sum, e) => sum + e.effect.mean, 0) + k.interaction.mean;
      // To floating-point rounding, relative to the size of the total.
      expect(Math.abs(parts - k.total.mean), k.kpi).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(k.total.mean)));
    }
  }, 120_000);

  it('prints a table with a column for each group and the interaction', async () => {
    const { io, stdout } = captureIO();
    expect(await runCli(['attribute', 'tr', 'unified', ...TINY, '--kpis', 'prison.population'], io)).toBe(0);
    const header = stdout().split('\n').find((line) => line.startsWith('kpi'))!;
    expect(header.split(/\s{2,}/)).toEqual(['kpi', 'tr', 'unified − tr', 'operating model', 'reports', 'resettlement', 'interaction']);
    expect(stdout()).toMatch(/^prison\.population\s/m);
  }, 120_000);

  it('refuses one scenario, two that run the same model, and different settings', async () => {
    const one = captureIO();
    expect(await runCli(['attribute', 'tr', ...TINY], one.io)).toBe(2);
    expect(one.stderr()).toMatch(/attribute needs two scenarios, a and b \(it explains b − a\), got 1/);
    const same = captureIO();
    expect(await runCli(['attribute', 'tr', 'tr', ...TINY], same.io)).not.toBe(0);
    expect(same.stderr()).toMatch(/tr and tr run the same model: there is no difference to attribute/);
  }, 120_000);
});
