import { describe, expect, it } from 'vitest';
import { aggregateSummaries } from '../../cli/kpis';
import { formatJson } from '../../cli/format/json';
import { reportFixture, summaryFixture } from './fixtures';

describe('aggregateSummaries', () => {
  it('keeps the summary shape, drops provenance, and estimates every leaf in replication order', () => {
    const { tree, rows } = aggregateSummaries([summaryFixture(1), summaryFixture(2), summaryFixture(3)]);
    expect(Object.keys(tree)).toEqual(['caseload', 'reoffending']);
    expect(rows.map((r) => r.kpi)).toEqual([
      'caseload.total', 'caseload.nps', 'caseload.crc', 'caseload.trust',
      'reoffending.binary', 'reoffending.frequency', 'reoffending.byDisposal.custodyUnder12m',
    ]);
    const total = rows[0].estimate;
    expect(total.mean).toBe(500_000);
    expect(total.n).toBe(3);
    // sd = 250,000; t(0.975, 2) = 4.3027
    expect(total.ci95![1] - total.mean).toBeCloseTo((4.3027 * 250_000) / Math.sqrt(3), 6);
    expect(rows[2].estimate).toEqual({ mean: NaN, ci95: null, n: 0, p10: NaN, p50: NaN, p90: NaN });
  });

  it('treats a KPI missing from one replication as undefined there', () => {
    const { rows } = aggregateSummaries([{ a: { x: 1, y: 2 } }, { a: { x: 3 } }, { a: { x: 5, z: 7 } }]);
    expect(rows.map((r) => [r.kpi, r.estimate.n])).toEqual([['a.x', 3], ['a.y', 1], ['a.z', 1]]);
  });

  it('ignores text leaves outside provenance', () => {
    const { rows } = aggregateSummaries([{ label: 'x', a: { b: 1, note: 'y' } }]);
    expect(rows.map((r) => r.kpi)).toEqual(['a.b']);
  });
});

describe('formatJson', () => {
  it('gives every leaf { mean, ci95, n }: ci95 null with one replication, mean null when undefined', () => {
    const json = JSON.parse(formatJson(reportFixture([summaryFixture(1)])));
    expect(json.summary.caseload.total).toEqual({ mean: 250000, ci95: null, n: 1, p10: 250000, p50: 250000, p90: 250000 });
    expect(json.summary.caseload.crc).toEqual({ mean: null, ci95: null, n: 0, p10: null, p50: null, p90: null });
    expect(json.summary.provenance).toBeUndefined();
    expect(json.provenance).toMatchObject({ cli: 'probation-sim', replications: 1, seed: 42, years: 2, scale: 0.01 });
    expect(json.provenance.runs).toHaveLength(1);
  });

  it('gives intervals with several replications', () => {
    const json = JSON.parse(formatJson(reportFixture([summaryFixture(1), summaryFixture(3)])));
    expect(json.summary.reoffending.binary.n).toBe(2);
    expect(json.summary.reoffending.binary.ci95).toHaveLength(2);
    expect(json.provenance.runs.map((r: { replication: number }) => r.replication)).toEqual([0, 1]);
  });
});
