// Weekly bands across replications: the mean, the 95% interval of the mean and the P5–P95 spread
// week by week from the complete prefix only; paired differences taken replication by replication
// (so common random numbers cancel), and the full-resolution chart data the CSV exports.
import { describe, expect, it } from 'vitest';
import { summarizeValues } from '../../experiments/statistics';
import type { ReplicationOutput } from '../../experiments/types';
import { bandChartData, differenceBand, lastYear, niceTicks, seriesBand, valueRange, weeksOf, yearTicks } from '../../renderer/lib/seriesBands';

const WEEKS = ['2022-12-25', '2023-01-01', '2023-01-08'];

function output(replication: number, values: Record<string, number[]>): ReplicationOutput {
  return { engineVersion: 't', scenarioHash: 'h', seed: 1, replication, kpis: {}, series: values, weeks: WEEKS };
}

describe('seriesBand', () => {
  const row = [output(0, { s: [10, 20, 30] }), output(1, { s: [12, 22, 32] }), output(2, { s: [14, 24, 40] }), undefined];

  it('summarises each week over the complete replications, as summarizeValues does', () => {
    const band = seriesBand(row, 3, 's');
    expect(band.mean).toEqual([12, 22, 34]);
    const lastWeek = summarizeValues([30, 32, 40]);
    expect(band.ciLow[2]).toBeCloseTo(lastWeek.ci95![0], 12);
    expect(band.ciHigh[2]).toBeCloseTo(lastWeek.ci95![1], 12);
    expect(band.p5[2]).toBe(lastWeek.p5);
    expect(band.p95[2]).toBe(lastWeek.p95);
    expect(band.n).toBe(3);
    expect(band.lastCi).toEqual(lastWeek.ci95);
  });

  it('uses only the complete prefix, and has no interval from one replication', () => {
    const band = seriesBand(row, 1, 's');
    expect(band.mean).toEqual([10, 20, 30]);
    expect(band.ciLow.every(Number.isNaN)).toBe(true);
    expect(band.lastCi).toBeNull();
    expect(band.n).toBe(1);
  });
});

describe('differenceBand', () => {
  it('takes differences replication by replication before summarising them', () => {
    // Common noise (+0, +5, −5) cancels in the paired difference, which is exactly 2 each week.
    const base = [output(0, { s: [10, 10, 10] }), output(1, { s: [15, 15, 15] }), output(2, { s: [5, 5, 5] })];
    const alt = [output(0, { s: [12, 12, 12] }), output(1, { s: [17, 17, 17] }), output(2, { s: [7, 7, 7] })];
    const band = differenceBand(base, alt, 3, 's');
    expect(band.mean).toEqual([2, 2, 2]);
    expect(band.ciLow).toEqual([2, 2, 2]);
    expect(band.ciHigh).toEqual([2, 2, 2]);
  });
});

describe('chart data', () => {
  it('holds every week at full resolution, with a column per statistic and gaps as null', () => {
    const band = seriesBand([output(0, { s: [1, 2, 3] })], 1, 's');
    const data = bandChartData(WEEKS, [{ key: 'v0', label: 'TR', band }]);
    expect(data.columns.map((c) => c.label)).toEqual(['Week', 'TR: mean', 'TR: 95% CI low', 'TR: 95% CI high', 'TR: P5', 'TR: P95']);
    expect(data.rows).toHaveLength(3);
    expect(data.rows[2]).toEqual({ week: '2023-01-08', v0_mean: 3, v0_ciLow: null, v0_ciHigh: null, v0_p5: 3, v0_p95: 3 });
  });

  it('finds the weeks, the first week of each year and the last year', () => {
    expect(weeksOf([[undefined, output(1, {})]])).toEqual(WEEKS);
    expect(yearTicks(WEEKS)).toEqual(['2023-01-01']);
    expect(yearTicks(['2012-01-01', '2012-01-08'])).toEqual(['2012-01-01']);
    expect(lastYear(WEEKS)).toBe('2023');
  });
});

describe('axis helpers', () => {
  it('labels every n-th year when asked', () => {
    const weeks = ['2012-01-01', '2012-06-03', '2013-01-06', '2014-01-05', '2015-01-04'];
    expect(yearTicks(weeks, 2)).toEqual(['2012-01-01', '2014-01-05']);
  });

  it('makes round ticks that cover the range', () => {
    expect(niceTicks(71_500, 93_500)).toEqual([70_000, 75_000, 80_000, 85_000, 90_000, 95_000]);
    expect(niceTicks(-9_000, 9_000)).toEqual([-10_000, -5_000, 0, 5_000, 10_000]);
    expect(niceTicks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(5, 5)).toEqual([4.7, 4.8, 4.9, 5, 5.1, 5.2, 5.3]);
    expect(niceTicks(NaN, 1)).toEqual([0, 1]);
  });

  it('finds the range of finite values in the chosen columns', () => {
    expect(valueRange([{ a: 1, b: null }, { a: -2, b: 7, c: 100 }], ['a', 'b'])).toEqual([-2, 7]);
  });
});
