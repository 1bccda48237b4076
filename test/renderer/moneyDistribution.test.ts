// The profit distribution: percentiles, the dot strip, per-CRC spreads and the findings in words.
import { describe, expect, it } from 'vitest';
import { crcSpreadData, crcSpreadRows, crcSpreadTitle, distributionTitle, dotBinWidth, dotRows, dotStripData, niceBinWidth, spreadOf } from '../../renderer/lib/moneyDistribution';
import { lossEstimate } from '../../renderer/lib/moneyLoss';

const M = 1e6;

describe('spreadOf', () => {
  it('takes P10/P50/P90 of the defined values, whatever their order', () => {
    const values = [5, 1, 9, 3, 7, NaN, 2, 8, 4, 6, 10].map((v) => v * M);
    const s = spreadOf(values);
    expect(s.n).toBe(10);
    expect(s.p50).toBe(5.5 * M);
    // simple-statistics interpolates between order statistics, as experiments/statistics.ts does.
    expect(s.p10).toBeCloseTo(1.9 * M, 3);
    expect(s.p90).toBeCloseTo(9.1 * M, 3);
    expect(s.min).toBe(1 * M);
    expect(s.max).toBe(10 * M);
    expect(s.mean).toBeCloseTo(5.5 * M, 6);
    expect(spreadOf([...values].reverse())).toEqual(s);
    expect(spreadOf([NaN]).n).toBe(0);
  });
});

describe('dot strip', () => {
  it('keeps one dot per defined future, in replication order, stacked within bins', () => {
    const values = [10.1, 10.2, -1.5, NaN, 10.3, 4].map((v) => v * M);
    const rows = dotRows(values);
    expect(rows.map((r) => r.replication)).toEqual([0, 1, 2, 4, 5]);
    expect(rows.find((r) => r.replication === 2)).toMatchObject({ loss: true, profitM: -1.5 });
    const stacked = rows.filter((r) => r.profitM > 10).map((r) => r.stack);
    expect(stacked).toEqual([1, 2, 3]);
    // Each dot sits within half a bin of its own value.
    const width = dotBinWidth(values) / M;
    expect(width).toBe(2);
    for (const r of rows) expect(Math.abs(r.binCentreM - r.profitM)).toBeLessThanOrEqual(width / 2 + 1e-9);
    const data = dotStripData(rows);
    expect(data.rows).toHaveLength(5);
    expect(data.rows[2]).toEqual({ replication: 2, profitM: -1.5, outcome: 'loss' });
  });

  it('chooses bin widths of 1, 2 or 5 × a power of ten', () => {
    expect(niceBinWidth(10 * M, 10)).toBe(1 * M);
    expect(niceBinWidth(13 * M, 10)).toBe(2 * M);
    expect(niceBinWidth(0, 10)).toBe(1e5);
  });
});

describe('findings in words', () => {
  it('states the middle future, the 80% range and the losses', () => {
    const values = [8, 9, 10, 11, 12, -1, 9.5, 10.5, 9.8, 10.2].map((v) => v * M);
    const title = distributionTitle('All CRCs', spreadOf(values), lossEstimate(values));
    expect(title).toMatch(/^All CRCs: profit per year £9\.9m in the middle future, /);
    expect(title).toContain('four futures out of five');
    expect(title).toContain('1 of 10 futures made a loss');
    expect(distributionTitle('Unified', spreadOf([NaN]), lossEstimate([NaN]))).toContain('no contract in force');
  });

  it('ranks CRCs by exposure and names the most exposed', () => {
    const columns = {
      'money.crc.byCrc.london.profitPerYear': [1, -1, 2, -2].map((v) => v * M),
      'money.crc.byCrc.wales.profitPerYear': [1, 2, 3, 4].map((v) => v * M),
      'money.crc.byCrc.essex.profitPerYear': [0.5, 1, -1, 2].map((v) => v * M),
      'money.crc.byCrc.nowhere.profitPerYear': [NaN, NaN, NaN, NaN],
    };
    const rows = crcSpreadRows(columns, ['wales', 'essex', 'london', 'nowhere'], { london: 'London' });
    expect(rows.map((r) => r.slug)).toEqual(['london', 'essex', 'wales']);
    expect(rows[1].name).toBe('Essex');
    expect(crcSpreadTitle(rows)).toBe('2 of 3 CRCs made a loss in at least one future; most exposed: London (2 of 4 futures)');
    expect(crcSpreadData(rows).rows[0]).toMatchObject({ crc: 'London', losses: 2, futures: 4 });
    expect(crcSpreadTitle(rows.slice(2))).toContain('No CRC made a loss in any future');
  });
});
