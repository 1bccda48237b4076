// Profit across simulated futures: run R replications of the scenario, then the spread of the
// scope's profit per year (a dot per future, P10/P50/P90), the probability of a loss with its
// uncertainty in words, and, for all CRCs, each CRC's range.
import { memo, useDeferredValue, useMemo } from 'react';
import type { Scenario } from '../../engine';
import { ChartFrame } from '../../charts/ChartFrame';
import { useServices } from '../../state/appContext';
import type { MoneyJob, MoneySettings, RunStamp } from '../../state/moneySlice';
import { ALL_CRCS, crcKpi, crcSlugsOf, type MoneyColumns } from '../../lib/moneyKpis';
import { crcSpreadData, crcSpreadRows, crcSpreadTitle, distributionTitle, dotBinWidth, dotRows, dotStripData, spreadOf } from '../../lib/moneyDistribution';
import { lossEstimate, lossSentence } from '../../lib/moneyLoss';
import { axisPoundsM, poundsM, toMillions } from '../../lib/moneyFormat';
import { scopeName } from '../../lib/moneyDetail';
import { distributionPlan } from '../../lib/moneyPlan';
import { isCurrent, moneyProvenance } from '../../lib/moneyProvenance';
import { cancelBatch, runBatch } from './moneyRuns';
import { JobProgressBar } from './JobProgressBar';
import { ProfitDotStrip } from './ProfitDotStrip';
import { CrcSpreadChart } from './CrcSpreadChart';
import { JobStatusNote } from './JobStatusNote';
import { Refusal } from '../shared/Refusal';
import { jobProgressOf } from '../../state/replicationJob';

interface Props {
  scenario: Scenario;
  documentHash: string;
  settings: MoneySettings;
  crcNames: Readonly<Record<string, string>>;
  job: MoneyJob | null;
  /** Another of the view's batches is running (one at a time). */
  blockedBy: string | null;
  /** Why the last Run was refused. */
  refusal: string | undefined;
}

export const DistributionSection = memo(function DistributionSection({ scenario, documentHash, settings, crcNames, job, blockedBy, refusal }: Props) {
  const { store } = useServices();
  const running = job?.status === 'running';
  const start = () => runBatch(store, { kind: 'distribution' }, scenario, () => ({ plan: distributionPlan(scenario, settings) }));

  return (
    <section className="money-section" aria-labelledby="money-distribution-heading">
      <h3 id="money-distribution-heading">Profit across {settings.replications} simulated futures</h3>
      <p className="money-explain">
        Each replication is one possible future of the same scenario (same terms, different chance events). The spread of profit across them is the
        risk a bidder carries; money at small scale is noisier than at scale 1.
      </p>
      <div className="money-actions">
        <button type="button" className="primary" onClick={start} disabled={running || blockedBy !== null} data-testid="money-run" title={blockedBy ?? undefined}>
          Run {settings.replications} replications
        </button>
        {blockedBy && <span className="money-note">{blockedBy}</span>}
      </div>
      {refusal && <Refusal text={refusal} testId="money-run-refusal" />}
      {job && running && <JobProgressBar progress={jobProgressOf(job)} label="Replications for the profit distribution" onCancel={() => cancelBatch({ kind: 'distribution' })} testId="money-progress" />}
      {job && <JobStatusNote job={job} current={isCurrent(job.stamp, documentHash)} documentName={scenario.name} />}
      {job && job.complete > 0 && <DistributionResults columns={job.columns[0]} complete={job.complete} stamp={job.stamp} scope={settings.crc} crcNames={crcNames} />}
    </section>
  );
});

interface ResultsProps {
  columns: MoneyColumns;
  complete: number;
  stamp: RunStamp;
  scope: string;
  crcNames: Readonly<Record<string, string>>;
}

/**
 * The results, redrawn only when they change (not on every progress tick of a run), and drawn in a
 * deferred render that React can interrupt, so a redraw never holds up typing or a Cancel click.
 */
const DistributionResults = memo(function DistributionResults(props: ResultsProps) {
  // On mount too (initial value null): the first drawing of the charts happens in the background.
  const deferred = useDeferredValue<ResultsProps | null>(props, null);
  if (deferred === null) return <p className="money-note">Drawing the charts…</p>;
  return <DistributionResultsBody {...deferred} />;
});

function DistributionResultsBody({ columns, complete, stamp, scope, crcNames }: ResultsProps) {
  const name = scopeName(scope, crcNames);
  const view = useMemo(() => {
    const values = columns[crcKpi(scope, 'profitPerYear')] ?? [];
    const spread = spreadOf(values);
    const loss = lossEstimate(values);
    const perCrc = scope === ALL_CRCS ? crcSpreadRows(columns, crcSlugsOf(columns), crcNames) : [];
    const rows = dotRows(values);
    return { spread, loss, rows, binM: toMillions(dotBinWidth(values)), data: dotStripData(rows), perCrc, perCrcData: crcSpreadData(perCrc) };
  }, [columns, scope, crcNames]);
  return (
    <>
      <p className="money-loss" data-testid="money-loss-probability">
        <strong>Probability of a loss ({name}):</strong> {lossSentence(view.loss)}
      </p>
      {view.spread.n > 0 && (
        <div className="cards">
          {(
            [
              ['P10 profit per year', view.spread.p10],
              ['P50 (median)', view.spread.p50],
              ['P90', view.spread.p90],
              ['Mean', view.spread.mean],
            ] as const
          ).map(([label, value]) => (
            <div className="card" key={label}>
              <div className="card-label">{label}</div>
              <div className="card-value">{poundsM(value)}</div>
            </div>
          ))}
        </div>
      )}
      <ChartFrame
        title={distributionTitle(name, view.spread, view.loss)}
        subtitle={`One dot per simulated future (replication), ${complete} in all, stacked in ${axisPoundsM(view.binM, view.binM >= 1 ? 0 : view.binM >= 0.1 ? 1 : 2)} bins; lines at break-even and at the exact P10, P50 and P90. Profit per contract year = profit over the contract ÷ years in force.`}
        data={view.data}
        provenance={moneyProvenance(stamp, complete, [['KPI', crcKpi(scope, 'profitPerYear')]])}
        testId="money-distribution"
      >
        <ProfitDotStrip rows={view.rows} spread={view.spread} />
      </ChartFrame>
      {view.perCrc.length > 0 && (
        <ChartFrame
          title={crcSpreadTitle(view.perCrc)}
          subtitle="Each CRC's profit per contract year across the same futures: the bar runs from P10 to P90; most exposed at the top."
          data={view.perCrcData}
          provenance={moneyProvenance(stamp, complete, [['KPI', 'money.crc.byCrc.<cpa>.profitPerYear']])}
          testId="money-crc-spread"
        >
          <CrcSpreadChart rows={view.perCrc} />
        </ChartFrame>
      )}
    </>
  );
}
