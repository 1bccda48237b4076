import { describe, expect, it } from 'vitest';
import { niceTicks, populationCsv, populationFinding, populationRows, sampleIndices, yearStartTicks } from '../../renderer/lib/populationChart';
import type { RunView } from '../../renderer/engine';

function view(weeks: number): RunView {
  const start = Date.UTC(2012, 0, 1);
  return {
    provenance: { engineVersion: '0.1.0', scenarioName: 'as-happened', scenarioHash: 'abc', seed: 7, replication: 0, scale: 0.1 },
    resultHash: 'feed',
    weeks: Array.from({ length: weeks }, (_, w) => new Date(start + w * 7 * 86_400_000).toISOString().slice(0, 10)),
    series: {
      'caseload.total': Array.from({ length: weeks }, (_, w) => 200_000 + w),
      'prison.population': Array.from({ length: weeks }, (_, w) => 80_000 + w),
    },
    elapsedMs: 1,
  };
}

describe('population chart data', () => {
  it('down-samples for display only, keeping the first and last week', () => {
    expect(sampleIndices(5, 10)).toEqual([0, 1, 2, 3, 4]);
    const picked = sampleIndices(521, 320);
    expect(picked).toHaveLength(320);
    expect(picked[0]).toBe(0);
    expect(picked.at(-1)).toBe(520);
    const v = view(521);
    const rows = populationRows(v);
    expect(rows).toHaveLength(320);
    expect(rows.at(-1)).toEqual({ week: v.weeks[520], caseload: 200.52, prison: 80.52 });
    expect(v.series['caseload.total']).toHaveLength(521); // the data itself is untouched
  });

  it('exports every week, not the display sample, with provenance', () => {
    const csv = populationCsv(view(521)).trimEnd().split('\n');
    expect(csv).toHaveLength(2 + 521);
    expect(csv[0]).toMatch(/^# probation-sim engine 0\.1\.0; scenario as-happened \(abc\); seed 7; replication 0; scale 0\.1; result feed$/);
    expect(csv[1]).toBe('week,caseload.total,prison.population');
    expect(csv[2]).toBe('2012-01-01,200000,80000');
  });

  it('states the finding in words', () => {
    expect(populationFinding(view(10))).toMatch(/^Prison population ends at 80k; caseload at 200k \(week of /);
    expect(populationFinding(view(0))).toBe('The run reported no weeks');
  });

  it('puts a tick on the first week of each year and round numbers on the y axis', () => {
    const ticks = yearStartTicks(populationRows(view(160)));
    expect(ticks.map((t) => t.slice(0, 4))).toEqual(['2012', '2013', '2014', '2015']);
    expect(niceTicks(283)).toEqual([0, 100, 200, 300]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
