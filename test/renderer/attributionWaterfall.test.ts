// The waterfall of an attribution: each bar starts where the last ended, the parts end on the total,
// the total is drawn from 0, and the title names the total with its interval and the largest part.
import { describe, expect, it } from 'vitest';
import type { KpiAttribution } from '../../experiments/attribution';
import { waterfallRows, waterfallTitle } from '../../renderer/lib/attributionWaterfall';

const summary = (mean: number, half: number) => ({ n: 20, mean, sd: 1, ci95: [mean - half, mean + half] as [number, number], relative: NaN, varianceReduction: NaN });

const prison: KpiAttribution = {
  kpi: 'prison.population',
  a: { n: 20, mean: 85_522, sd: 1, ci95: [85_000, 86_000], p5: 0, p25: 0, p50: 0, p75: 0, p95: 0 },
  total: summary(-1_975, 321),
  effects: [
    { group: 'operatingModel', label: 'operating model', short: 'operating model', effect: summary(289, 148) },
    { group: 'reports', label: 'reports', short: 'reports', effect: summary(-2_104, 225) },
  ],
  interaction: { n: 20, mean: -160, sd: 1, ci95: [-300, -20], p5: 0, p25: 0, p50: 0, p75: 0, p95: 0 },
};

describe('the attribution waterfall', () => {
  it('chains the parts from 0 to the total and draws the total from 0', () => {
    const rows = waterfallRows(prison, 'Unified − TR');
    expect(rows.map((r) => r.label)).toEqual(['operating model', 'reports', 'interaction', 'Unified − TR']);
    expect(rows[0].range).toEqual([0, 289]);
    for (let i = 1; i < 3; i++) expect(rows[i].range[0]).toBe(rows[i - 1].range[1]);
    expect(rows[2].range[1]).toBeCloseTo(prison.total.mean, 9);
    expect(rows[3]).toMatchObject({ range: [0, -1_975], part: 'total', low: -2_296, high: -1_654 });
  });

  it('says the total with its interval and names the largest part', () => {
    expect(waterfallTitle(prison, 'Unified − TR')).toBe('prison.population: Unified − TR is −2,000 (95% CI −2,300 to −1,700); the largest part is reports, −2,100');
  });
});
