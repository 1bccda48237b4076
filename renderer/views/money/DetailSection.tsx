// One simulated future in detail (replication 0, run in the view's own engine worker with its
// money report): the scope's monthly cash flow, annual P&L, payment by results by cohort and
// measure, and service credits by year. Said plainly: this is one future, not the spread.
import { memo, useDeferredValue, useMemo } from 'react';
import type { MoneyReport, Scenario } from '../../engine';
import { ChartFrame } from '../../charts/ChartFrame';
import { useServices } from '../../state/appContext';
import type { DetailJob, MoneySettings, RunStamp } from '../../state/moneySlice';
import { activeMonths, cashFlowData, cashFlowTitle, pnlData, pnlTitle, scopeMoney, scopeName, serviceCreditData, serviceCreditTitle } from '../../lib/moneyDetail';
import { pbrData, pbrRows, pbrTitle } from '../../lib/moneyPbr';
import { poundsM } from '../../lib/moneyFormat';
import { isCurrent, moneyProvenance } from '../../lib/moneyProvenance';
import { durationText } from '../../lib/moneyProgress';
import { cancelDetail, runDetail } from './moneyRuns';
import { JobStatusNote } from './JobStatusNote';
import { Refusal } from '../shared/Refusal';
import { CancellableProgress } from './CancellableProgress';
import { CashFlowChart } from './CashFlowChart';
import { PnlChart } from './PnlChart';
import { PbrChart } from './PbrChart';
import { ServiceCreditChart } from './ServiceCreditChart';
import { PbrTable, PnlTable } from './DetailTables';

interface Props {
  scenario: Scenario;
  documentHash: string;
  settings: MoneySettings;
  crcNames: Readonly<Record<string, string>>;
  job: DetailJob | null;
  replications: number;
  /** Why the last run was refused. */
  refusal: string | undefined;
}

export const DetailSection = memo(function DetailSection({ scenario, documentHash, settings, crcNames, job, replications, refusal }: Props) {
  const { store } = useServices();
  const running = job?.status === 'running';
  return (
    <section className="money-section" aria-labelledby="money-detail-heading">
      <h3 id="money-detail-heading">One future in detail</h3>
      <p className="money-explain">
        Cash flow, P&amp;L and payment by results of <strong>one simulated future</strong> (replication 0, the same future as the first dot above). The
        distribution above is across {replications} futures; this section shows how one of them unfolds month by month.
      </p>
      <div className="money-actions">
        <button type="button" className="primary" onClick={() => runDetail(store, scenario, settings)} disabled={running} data-testid="money-detail-run">
          Run one future in detail
        </button>
      </div>
      {refusal && <Refusal text={refusal} testId="money-detail-refusal" />}
      {job && running && (
        <CancellableProgress fraction={job.fraction} label="Detailed run" onCancel={cancelDetail} testId="money-detail-progress">
          {Math.floor(job.fraction * 100)}% · simulating {job.date || 'the start'}
          {job.warmingUp ? ' (warm-up, before the reported window)' : ''}
        </CancellableProgress>
      )}
      {job && <JobStatusNote job={job} current={isCurrent(job.stamp, documentHash)} documentName={scenario.name} />}
      {job?.report && <DetailResults report={job.report} stamp={job.stamp} elapsedMs={job.elapsedMs} scope={settings.crc} crcNames={crcNames} />}
    </section>
  );
});

interface ResultsProps {
  report: MoneyReport;
  stamp: RunStamp;
  elapsedMs: number | undefined;
  scope: string;
  crcNames: Readonly<Record<string, string>>;
}

/** Drawn in a deferred, interruptible render: five charts at once must not freeze the page. */
const DetailResults = memo(function DetailResults(props: ResultsProps) {
  // On mount too (initial value null): the first drawing of the charts happens in the background.
  const deferred = useDeferredValue<ResultsProps | null>(props, null);
  if (deferred === null) return <p className="money-note">Drawing the charts…</p>;
  return <DetailResultsBody {...deferred} />;
});

function DetailResultsBody({ report, stamp, elapsedMs, scope, crcNames }: ResultsProps) {
  const view = useMemo(() => {
    const money = scopeMoney(report, scope);
    if (!money) return null;
    const months = activeMonths(money.cashFlow);
    const pbr = pbrRows(money.pbr);
    return {
      money,
      pbr,
      cashFlowFull: cashFlowData(money.cashFlow),
      cashFlowShown: cashFlowData(months),
      cashFlowTitle: cashFlowTitle(money.name, months),
      pnl: pnlData(money.years),
      pbrData: pbrData(pbr),
      credits: serviceCreditData(money.years),
      profit: money.years.reduce((sum, y) => sum + y.profit, 0),
      provenance: moneyProvenance(stamp, 1, [
        ['future', 'replication 0'],
        ['scope', money.name],
      ]),
    };
  }, [report, scope, stamp]);
  if (!view) return <p className="money-note">This run has no money report for {scopeName(scope, crcNames)}.</p>;
  const name = view.money.name;
  return (
    <>
      <p className="money-note">
        Replication 0 at seed {stamp.seed}, scale {stamp.scale}
        {elapsedMs !== undefined ? `, simulated in ${durationText(elapsedMs)}` : ''}. Profit over the run: {poundsM(view.profit)}.
      </p>
      <ChartFrame
        title={view.cashFlowTitle}
        subtitle="One future (replication 0): net cash each month (bars), revenue and cost (lines), and the running total (dashed, right axis)."
        data={view.cashFlowFull}
        provenance={view.provenance}
        testId="money-cashflow"
      >
        <CashFlowChart data={view.cashFlowShown} />
      </ChartFrame>
      <ChartFrame
        title={pnlTitle(name, view.money.years)}
        subtitle="One future (replication 0): the annual P&L by calendar year of payment (cash basis). Revenue and cost are in the table."
        data={view.pnl}
        provenance={view.provenance}
        testId="money-pnl"
      >
        <PnlChart data={view.pnl} />
      </ChartFrame>
      <PnlTable years={view.money.years} caption={`Annual P&L of ${name} in this future (£m)`} />
      <ChartFrame
        title={pbrTitle(name, view.pbr)}
        subtitle={
          scope === 'all'
            ? 'One future (replication 0): each cohort pooled over the CRCs. Payments are summed, but each CRC is paid on its own cohort, so a pooled rate worse than baseline can still come with payments; rates are weighted by people.'
            : 'One future (replication 0): each cohort of this CRC, on each measure.'
        }
        data={view.pbrData}
        provenance={view.provenance}
        testId="money-pbr"
      >
        <PbrChart data={view.pbrData} />
      </ChartFrame>
      <PbrTable rows={view.pbr} caption={`Payment by results of ${name} by cohort and measure, in this future`} />
      <ChartFrame
        title={serviceCreditTitle(name, view.money.years)}
        subtitle="One future (replication 0): deductions for missed service levels, by calendar year."
        data={view.credits}
        provenance={view.provenance}
        testId="money-service-credits"
      >
        <ServiceCreditChart data={view.credits} />
      </ChartFrame>
    </>
  );
}
