// Every KPI of the comparison: the baseline's mean ± the half-width of its 95% interval, each
// alternative's, and each alternative's paired difference from the baseline with its 95% interval
// and relative change; a difference whose interval excludes 0 is marked with ✱ and bold (not by
// colour alone). A filter, "only clear differences", and the first rows until "show all".
import { memo, useMemo } from 'react';
import type { KpiComparison } from '../../../experiments/compare';
import { isClearDifference } from '../../lib/findings';
import { formatDifferenceEstimate, formatMeanPlusMinus, formatRelative } from '../../lib/kpiFormat';
import { useServices } from '../../state/appContext';
import type { AppState } from '../../state/appState';
import { setKpiTableView, type CompareVariantInfo, type KpiTableView } from '../../state/compareSlice';
import type { Draft } from 'immer';
import { DEFAULT_KPI_ROWS, selectKpiRows } from './kpiTableRows';

interface Props {
  comparisons: readonly KpiComparison[];
  variants: readonly CompareVariantInfo[];
  view: KpiTableView;
}

const KpiRow = memo(function KpiRow({ comparison }: { comparison: KpiComparison }) {
  const { kpi, variants, differences } = comparison;
  const base = variants[0];
  return (
    <tr>
      <th scope="row" className="kpi-name">
        {kpi}
      </th>
      <td>{base.n > 0 ? formatMeanPlusMinus(kpi, base) : '—'}</td>
      {differences.map((d, i) => {
        const clear = isClearDifference(d);
        const diff = formatDifferenceEstimate(kpi, d, base.mean);
        return [
          <td key={`v${i}`}>{variants[i + 1].n > 0 ? formatMeanPlusMinus(kpi, variants[i + 1]) : '—'}</td>,
          <td key={`d${i}`} className={clear ? 'clear-difference' : undefined}>
            {clear && (
              <span aria-hidden="true" className="clear-mark">
                ✱{' '}
              </span>
            )}
            {clear && <span className="visually-hidden">clear difference: </span>}
            {d.n > 0 ? diff.value : '—'}
            {diff.interval && <span className="kpi-interval"> ({diff.interval})</span>}
          </td>,
          <td key={`r${i}`}>{formatRelative(d.relative)}</td>,
        ];
      })}
    </tr>
  );
});

export const KpiTable = memo(function KpiTable({ comparisons, variants, view }: Props) {
  const { store } = useServices();
  const selection = useMemo(() => selectKpiRows(comparisons, view), [comparisons, view]);
  const change = (c: Partial<KpiTableView>) => store.update((draft: Draft<AppState>) => setKpiTableView(c)(draft.compare));
  const baseline = variants[0]?.label ?? 'baseline';
  return (
    <section className="kpi-section" aria-label="KPI table">
      <h3>
        Every KPI: {variants.slice(1).map((v) => v.label).join(', ')} against {baseline}
      </h3>
      <div className="kpi-controls">
        <label>
          Filter KPIs by name{' '}
          <input type="text" value={view.filter} placeholder="e.g. prison, money.crc" data-testid="kpi-filter" onChange={(e) => change({ filter: e.target.value })} />
        </label>
        <label>
          <input type="checkbox" checked={view.onlyClear} onChange={(e) => change({ onlyClear: e.target.checked })} /> Only clear differences
        </label>
        {selection.matching > DEFAULT_KPI_ROWS && (
          <button type="button" onClick={() => change({ showAll: !view.showAll })}>
            {view.showAll ? `Show the first ${DEFAULT_KPI_ROWS}` : `Show all ${selection.matching}`}
          </button>
        )}
      </div>
      <p className="kpi-count" role="status">
        Showing {selection.rows.length} of {selection.matching} matching KPIs ({selection.total} in all). Values are means ± the half-width of
        their 95% interval; differences are paired by replication, with their 95% interval. ✱ marks a difference whose interval excludes 0.
      </p>
      <div className="kpi-table-scroll">
        <table className="kpi-table" data-testid="kpi-table">
          <thead>
            <tr>
              <th scope="col">KPI</th>
              <th scope="col">{baseline} (baseline)</th>
              {variants.slice(1).map((v) => [
                <th key={`v-${v.id}`} scope="col">
                  {v.label}
                </th>,
                <th key={`d-${v.id}`} scope="col">
                  {v.label} − {baseline} (95% CI)
                </th>,
                <th key={`r-${v.id}`} scope="col">
                  Change
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {selection.rows.map((c) => (
              <KpiRow key={c.kpi} comparison={c} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
