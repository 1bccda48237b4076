// The headline figures of a run as cards: each KPI's mean over the replications so far, its 95%
// interval and how many replications it rests on, in the rounding the interval warrants.
import { memo } from 'react';
import type { ValueSummary } from '../../../experiments/types';
import { formatEstimate } from '../../lib/kpiFormat';
import { HEADLINE_KPIS } from '../../lib/kpiHeadlines';
import { replicationsWord } from '../../lib/findings';

export const HeadlineCards = memo(function HeadlineCards({ kpis }: { kpis: Record<string, ValueSummary> }) {
  return (
    <div className="cards" data-testid="headline-cards" role="list" aria-label="Headline figures">
      {HEADLINE_KPIS.map(({ kpi, label, note }) => {
        const summary = kpis[kpi];
        const shown = summary && summary.n > 0 ? formatEstimate(kpi, summary) : null;
        return (
          <div key={kpi} className="card" role="listitem" data-kpi={kpi}>
            <div className="card-label">{label}</div>
            <div className="card-value">{shown ? shown.value : '—'}</div>
            <div className="card-interval">
              {!shown ? 'not defined in this scenario' : shown.interval ? `95% CI ${shown.interval}` : 'no interval from one replication'}
            </div>
            <div className="card-note">
              {summary && summary.n > 0 ? `${replicationsWord(summary.n)} · ` : ''}
              {note}
            </div>
          </div>
        );
      })}
    </div>
  );
});
