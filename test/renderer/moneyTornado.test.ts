// The Money view's plans (distribution, preset, tornado) from a scenario and its settings, and the
// tornado's bars from KPI columns: the same ranking the CLI's report gives (tornadoOf).
import { describe, expect, it } from 'vitest';
import { loadBuiltIn, type ReplicationOutput } from '../../renderer/engine';
import { distributionPlan, effectiveScale, everUnderTr, presetPlan, scenarioAtScale, tornadoPlan } from '../../renderer/lib/moneyPlan';
import { BIDDER_TORNADO } from '../../renderer/engine';
import { tornadoChartRows, tornadoData, tornadoFromColumns, tornadoTitle } from '../../renderer/lib/moneyTornado';
import { comparisonsOf, tornadoOf } from '../../experiments/report';
import { PresetError } from '../../experiments/presets';
import type { MoneyColumns } from '../../renderer/lib/moneyKpis';

const tr = loadBuiltIn('tr');
const settings = { replications: 4, scale: 0.02, seed: null };

describe('plans', () => {
  it('runs the distribution at the chosen scale and the scenario seed, leaving the scenario alone', () => {
    const plan = distributionPlan(tr, settings);
    expect(plan.variants).toHaveLength(1);
    expect(plan.variants[0].scenario.simulation.scale).toBe(0.02);
    expect(plan.seed).toBe(tr.simulation.seed);
    expect(plan.replications).toBe(4);
    expect(tr.simulation.scale).toBe(0.1);
    expect(effectiveScale(tr, { scale: null })).toBe(0.1);
    expect(scenarioAtScale(tr, 0.1)).toBe(tr);
    expect(distributionPlan(tr, { replications: 2, scale: null, seed: 7 }).seed).toBe(7);
  });

  it('runs a preset against its base, and names why a preset cannot apply', () => {
    const plan = presetPlan(tr, 'staff-costs-10', settings);
    expect(plan.variants.map((v) => v.id)).toEqual(['base', 'staff-costs-10']);
    const base = plan.variants[0].scenario.money.crc.costs.salaryPerFte;
    const stressed = plan.variants[1].scenario.money.crc.costs.salaryPerFte;
    for (const grade of Object.keys(base) as (keyof typeof base)[]) expect(stressed[grade]).toBeCloseTo(base[grade] * 1.1, 6);
    expect(plan.variants[1].scenario.simulation.scale).toBe(0.02);
    const late = { ...tr, money: { ...tr.money, crc: { ...tr.money.crc, pbr: { ...tr.money.crc.pbr, processingMonths: 30 } } } };
    expect(() => presetPlan(late, 'pbr-year-late', settings)).toThrow(PresetError);
  });

  it('builds the bidder tornado: base, each assumption low and high, each preset', () => {
    const { plan, specs, skipped } = tornadoPlan(tr, { ...settings, replications: 3 });
    expect(skipped).toEqual([]);
    expect(specs).toHaveLength(1 + 2 * BIDDER_TORNADO.parameters.length + BIDDER_TORNADO.presets.length);
    expect(plan.variants.map((v) => v.id)).toEqual(specs.map((s) => s.id));
    expect(plan.variants.every((v) => v.scenario.simulation.scale === 0.02)).toBe(true);
    expect(BIDDER_TORNADO.kpi).toBe('money.crc.profitPerYear');
  });

  it('leaves out, with its reason, a preset that cannot apply', () => {
    const late = { ...tr, money: { ...tr.money, crc: { ...tr.money.crc, pbr: { ...tr.money.crc.pbr, processingMonths: 30 } } } };
    const { specs, skipped } = tornadoPlan(late, settings);
    expect(skipped.map((s) => s.id)).toEqual(['pbr-year-late']);
    expect(skipped[0].reason).toContain('processingMonths');
    expect(specs.map((s) => s.id)).not.toContain('pbr-year-late');
  });

  it('knows when no CRC contract can ever be in force', () => {
    expect(everUnderTr(tr)).toBe(true);
    expect(everUnderTr(loadBuiltIn('as-happened'))).toBe(true);
    expect(everUnderTr(loadBuiltIn('unified'))).toBe(false);
  });
});

describe('tornado from columns', () => {
  const parameters = [
    { path: 'money.crc.costs.onCostShare', low: 0.2, high: 0.4, label: 'staff on-costs' },
    { path: 'money.crc.learningCurveDiscountPerYear', low: 0, high: 0.05, label: 'learning curve' },
  ];
  const { specs } = tornadoPlan(tr, settings, parameters, ['no-improvement']);
  const kpi = 'money.crc.profitPerYear';
  // Variant means in £: base 10m; on-costs 14m / 4m (swing 10m); learning curve 12m / 9m; preset 7m.
  const means: Record<string, number> = {
    base: 10e6,
    'money.crc.costs.onCostShare@low': 14e6,
    'money.crc.costs.onCostShare@high': 4e6,
    'money.crc.learningCurveDiscountPerYear@low': 12e6,
    'money.crc.learningCurveDiscountPerYear@high': 9e6,
    'no-improvement': 7e6,
  };
  const columns: MoneyColumns[] = specs.map((s) => ({ [kpi]: [means[s.id] - 1e6, means[s.id] + 1e6, NaN] }));

  it('ranks bars exactly as the CLI report does', () => {
    const result = tornadoFromColumns(kpi, specs, columns);
    expect(result.bars.map((b) => b.id)).toEqual(['money.crc.costs.onCostShare', 'money.crc.learningCurveDiscountPerYear', 'no-improvement']);
    expect(result.base).toBe(10e6);
    const outputs: ReplicationOutput[][] = columns.map((c) =>
      c[kpi].map((value, replication) => ({ engineVersion: 'x', scenarioHash: 'h', seed: 1, replication, kpis: { [kpi]: value } })),
    );
    expect(result).toEqual(tornadoOf(kpi, specs, comparisonsOf(outputs, 3, [kpi])));
  });

  it('draws bars from the base to each side in £m, and titles the biggest driver', () => {
    const result = tornadoFromColumns(kpi, specs, columns);
    const rows = tornadoChartRows(result);
    expect(rows[0]).toEqual({ label: 'staff on-costs', lowRange: [10, 14], highRange: [4, 10], rank: 1 });
    expect(rows[2]).toMatchObject({ lowRange: null, highRange: [7, 10] });
    expect(tornadoTitle(result, 'profit per contract year (all CRCs)')).toBe(
      'The biggest driver of profit per contract year (all CRCs) is staff on-costs: £14.0m at 0.2 to £4.0m at 0.4 (base £10.0m)',
    );
    const data = tornadoData(result);
    expect(data.rows[0]).toMatchObject({ rank: 1, label: 'staff on-costs', low: 14, high: 4, base: 10, swing: 10 });
    expect(data.rows[2]).toMatchObject({ lowSetting: null, low: null, highSetting: 'no-improvement', high: 7 });
  });

  it('titles a preset that leads, and a KPI that is undefined', () => {
    const presetFirst = specs.map((s) => ({ [kpi]: [s.id === 'no-improvement' ? -50e6 : means[s.id]] }));
    expect(tornadoTitle(tornadoFromColumns(kpi, specs, presetFirst), 'profit')).toBe('No reoffending improvement moves profit most: \u2212£60.0m from a base of £10.0m, to \u2212£50.0m');
    const undefinedKpi = specs.map(() => ({ [kpi]: [NaN] }));
    expect(tornadoTitle(tornadoFromColumns(kpi, specs, undefinedKpi), 'profit')).toContain('undefined in this scenario');
  });
});
