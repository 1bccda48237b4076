// Money KPI names, the tornado's KPI choices, and the reduction of outputs to KPI columns.
import { describe, expect, it } from 'vitest';
import { ALL_CRCS, crcKpi, crcSlugsOf, isKeptKpi, kpiLabel, moneyColumnsOf, moneyKpiOptions } from '../../renderer/lib/moneyKpis';
import type { ReplicationOutput } from '../../renderer/engine';

const output = (replication: number, kpis: Record<string, number>): ReplicationOutput => ({ engineVersion: 'x', scenarioHash: 'h', seed: 1, replication, kpis });

describe('money KPI names', () => {
  it('names a field for all CRCs and for one', () => {
    expect(crcKpi(ALL_CRCS, 'profitPerYear')).toBe('money.crc.profitPerYear');
    expect(crcKpi('london', 'npv')).toBe('money.crc.byCrc.london.npv');
  });

  it('offers the CRC fields, and the public cost for all CRCs only', () => {
    const all = moneyKpiOptions(ALL_CRCS, 'All CRCs');
    expect(all[0]).toEqual({ kpi: 'money.crc.profitPerYear', label: 'All CRCs: profit per contract year' });
    expect(all.map((o) => o.kpi)).toContain('money.publicCostPerYear');
    expect(moneyKpiOptions('wales', 'Wales').map((o) => o.kpi)).not.toContain('money.publicCostPerYear');
  });

  it('says a KPI in words', () => {
    expect(kpiLabel('money.crc.profitPerYear', () => '?')).toBe('profit per contract year (all CRCs)');
    expect(kpiLabel('money.crc.byCrc.wales.npv', (s) => s.toUpperCase())).toBe('NPV of the net cash flow (WALES)');
    expect(kpiLabel('prison.population', () => '?')).toBe('prison.population');
  });
});

describe('moneyColumnsOf', () => {
  it('keeps money KPIs over the complete prefix, in replication order, NaN where missing', () => {
    const outputs = [
      output(0, { 'money.crc.profitPerYear': 1, 'prison.population': 5, 'money.publicCost.byYear.2015': 9, 'money.crc.byCrc.wales.profitPerYear': 3 }),
      output(1, { 'money.crc.profitPerYear': 2 }),
      output(2, { 'money.crc.profitPerYear': 4, 'money.crc.npv': 7 }),
      undefined,
    ];
    const columns = moneyColumnsOf(outputs, 3);
    expect(columns).toEqual({
      'money.crc.profitPerYear': [1, 2, 4],
      'money.crc.byCrc.wales.profitPerYear': [3, NaN, NaN],
      'money.crc.npv': [NaN, NaN, 7],
    });
    expect(crcSlugsOf(columns)).toEqual(['wales']);
    expect(moneyColumnsOf(outputs, 0)).toEqual({});
    expect(isKeptKpi('money.publicCost.byYear.2019')).toBe(false);
    expect(isKeptKpi('money.publicCost.npv')).toBe(true);
  });
});
