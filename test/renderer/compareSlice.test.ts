// The Compare slice's recipes (choosing scenarios, the KPI table's view, a job's results for its
// own id only) and the KPI table's rows: filter by words, only clear differences, the first rows
// until "show all".
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { KpiComparison } from '../../experiments/compare';
import type { DifferenceSummary, ValueSummary } from '../../experiments/types';
import {
  compareEnded,
  compareProgressed,
  compareResultsArrived,
  compareStarted,
  initialCompareState,
  setAlternative,
  setCompareBaseline,
  setCompareInput,
  setExperimentInput,
  setKpiTableView,
  type CompareResults,
} from '../../renderer/state/compareSlice';
import { newJob } from '../../renderer/state/replicationJob';
import { DEFAULT_KPI_ROWS, selectKpiRows } from '../../renderer/views/compare/kpiTableRows';

const ORDER = ['as-happened', 'tr', 'trusts', 'unified', 'document'];

describe('compare slice', () => {
  it('starts as TR against Unified with twenty replications', () => {
    expect(initialCompareState.setup).toEqual({ baseline: 'tr', alternatives: ['unified'], replications: '20', scale: null, seed: null });
  });

  it('keeps alternatives in the offered order and never the baseline among them', () => {
    let s = produce(initialCompareState, setAlternative('document', true, ORDER));
    s = produce(s, setAlternative('as-happened', true, ORDER));
    expect(s.setup.alternatives).toEqual(['as-happened', 'unified', 'document']);
    expect(produce(s, setAlternative('tr', true, ORDER))).toBe(s);
    s = produce(s, setCompareBaseline('unified'));
    expect(s.setup).toMatchObject({ baseline: 'unified', alternatives: ['as-happened', 'document'] });
    s = produce(s, setAlternative('document', false, ORDER));
    expect(s.setup.alternatives).toEqual(['as-happened']);
  });

  it('keeps typed text, the experiment’s own fields and the table’s view', () => {
    let s = produce(initialCompareState, setCompareInput('scale', '0.02'));
    s = produce(s, setExperimentInput('replications', '3'));
    s = produce(s, setKpiTableView({ filter: 'prison', showAll: true }));
    expect(s.setup.scale).toBe('0.02');
    expect(s.experimentSetup).toEqual({ replications: '3', scale: null, seed: null });
    expect(s.table).toEqual({ filter: 'prison', onlyClear: false, showAll: true });
  });

  it('runs a job: results only for its own id, and a cancel keeps them', () => {
    const results = { replications: 2 } as CompareResults;
    let s = produce(initialCompareState, compareStarted(newJob(3, 4, 2, 0)));
    expect(s.job).toMatchObject({ runsTotal: 8, variants: 2 });
    s = produce(s, compareProgressed(3, { done: 5, total: 8, fraction: 0.6, cached: 0, resumed: 0 }, 1_000));
    expect(s.job).toMatchObject({ runsDone: 5, fraction: 5 / 8 });
    expect(produce(s, compareResultsArrived(2, results))).toBe(s);
    s = produce(s, compareResultsArrived(3, results));
    s = produce(s, compareEnded(3, { cancelled: true, complete: 2 }, 2_000));
    expect(s.job).toMatchObject({ status: 'cancelled', complete: 2 });
    expect(s.results?.replications).toBe(2);
  });
});

const value = (mean: number): ValueSummary => ({ n: 4, mean, sd: 1, ci95: [mean - 1, mean + 1], p5: mean, p25: mean, p50: mean, p75: mean, p95: mean });
const diff = (mean: number, ci95: [number, number]): DifferenceSummary => ({ n: 4, mean, sd: 1, ci95, relative: mean / 100, varianceReduction: 0.5 });

function comparison(kpi: string, clear: boolean): KpiComparison {
  return { kpi, variants: [value(100), value(90)], differences: [clear ? diff(-10, [-12, -8]) : diff(-1, [-3, 1])] };
}

describe('KPI table rows', () => {
  const all = Array.from({ length: 60 }, (_, i) => comparison(i % 2 === 0 ? `money.crc.byCrc.a${i}.profitPerYear` : `prison.k${i}`, i % 3 === 0));

  it('shows the first rows until asked for all', () => {
    const first = selectKpiRows(all, { filter: '', onlyClear: false, showAll: false });
    expect(first.rows).toHaveLength(DEFAULT_KPI_ROWS);
    expect(first.matching).toBe(60);
    expect(selectKpiRows(all, { filter: '', onlyClear: false, showAll: true }).rows).toHaveLength(60);
  });

  it('filters by every word of the name, case-insensitively, and by clear differences', () => {
    const money = selectKpiRows(all, { filter: 'MONEY  profit', onlyClear: false, showAll: true });
    expect(money.matching).toBe(30);
    expect(money.rows.every((r) => r.kpi.startsWith('money.'))).toBe(true);
    const clear = selectKpiRows(all, { filter: '', onlyClear: true, showAll: true });
    expect(clear.matching).toBe(20);
    expect(clear.total).toBe(60);
  });
});
