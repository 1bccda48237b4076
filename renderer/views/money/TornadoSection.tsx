// What moves the money most: the bidder's tornado (the CLI's list of main assumptions, each at a
// low and a high setting, and the stress presets) run as one plan on common random numbers, then
// ranked by swing for the chosen money KPI. The KPI can be changed after the run: every money KPI
// of every variant is kept.
import { memo, useDeferredValue, useId, useMemo } from 'react';
import type { Scenario } from '../../engine';
import { ChartFrame } from '../../charts/ChartFrame';
import { useServices } from '../../state/appContext';
import { setMoneySettings, type MoneySettings, type RunStamp, type TornadoJob } from '../../state/moneySlice';
import { crcKpi, isPoundsKpi, kpiLabel, moneyKpiOptions, type MoneyColumns } from '../../lib/moneyKpis';
import type { TornadoVariantSpec } from '../../../experiments/tornado';
import { scopeName } from '../../lib/moneyDetail';
import { axisValue, tornadoChartRows, tornadoData, tornadoFromColumns, tornadoTitle } from '../../lib/moneyTornado';
import { BIDDER_TORNADO } from '../../engine';
import { tornadoPlan } from '../../lib/moneyPlan';
import { isCurrent, moneyProvenance } from '../../lib/moneyProvenance';
import { crcNameFromSlug } from '../../lib/moneyFormat';
import { Refusal } from '../shared/Refusal';
import { cancelBatch, runBatch } from './moneyRuns';
import { JobProgressBar } from './JobProgressBar';
import { JobStatusNote } from './JobStatusNote';
import { TornadoChart } from './TornadoChart';
import { NumberSetting } from './NumberSetting';
import { jobProgressOf } from '../../state/replicationJob';

interface Props {
  scenario: Scenario;
  documentHash: string;
  settings: MoneySettings;
  crcNames: Readonly<Record<string, string>>;
  job: TornadoJob | null;
  blockedBy: string | null;
  /** Why the last start was refused. */
  refusal: string | undefined;
}

export const TornadoSection = memo(function TornadoSection({ scenario, documentHash, settings, crcNames, job, blockedBy, refusal }: Props) {
  const { store } = useServices();
  const kpiId = useId();
  const scope = settings.crc;
  const kpi = settings.tornadoKpi ?? crcKpi(scope, 'profitPerYear');
  const options = moneyKpiOptions(scope, scopeName(scope, crcNames));
  const name = kpiLabel(kpi, (slug) => crcNames[slug] ?? crcNameFromSlug(slug));
  const running = job?.status === 'running';

  const start = () =>
    runBatch(store, { kind: 'tornado' }, scenario, () => {
      const { plan, specs, skipped } = tornadoPlan(scenario, { ...settings, replications: settings.tornadoReplications });
      return { plan, extra: { specs, skipped } };
    });

  const variantCount = 1 + 2 * BIDDER_TORNADO.parameters.length + BIDDER_TORNADO.presets.length;
  return (
    <section className="money-section" aria-labelledby="money-tornado-heading">
      <h3 id="money-tornado-heading">What moves the money most</h3>
      <p className="money-explain">
        Each of {BIDDER_TORNADO.parameters.length} main bid assumptions at a low and a high setting, and each of {BIDDER_TORNADO.presets.length} stress
        presets, against the base: {variantCount} variants on common random numbers (the same futures for each), as the command line&apos;s bidder tornado runs them.
      </p>
      <div className="money-settings">
        <div className="money-setting">
          <label htmlFor={kpiId}>KPI</label>
          <select id={kpiId} value={kpi} onChange={(event) => store.update(setMoneySettings({ tornadoKpi: event.target.value }))} data-testid="tornado-kpi">
            {options.map((o) => (
              <option key={o.kpi} value={o.kpi}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <NumberSetting
          label="Replications per variant"
          value={settings.tornadoReplications}
          min={2}
          max={200}
          integer
          onCommit={(v) => v !== null && store.update(setMoneySettings({ tornadoReplications: v }))}
          testId="tornado-replications"
        />
      </div>
      <div className="money-actions">
        <button type="button" className="primary" onClick={start} disabled={running || blockedBy !== null} data-testid="tornado-run" title={blockedBy ?? undefined}>
          Run the tornado ({variantCount} × {settings.tornadoReplications} replications)
        </button>
        {blockedBy && <span className="money-note">{blockedBy}</span>}
      </div>
      {refusal && <Refusal text={refusal} testId="tornado-refusal" />}
      {job && running && <JobProgressBar progress={jobProgressOf(job)} label="Tornado variants" onCancel={() => cancelBatch({ kind: 'tornado' })} testId="tornado-progress" unit="runs" />}
      {job && <JobStatusNote job={job} current={isCurrent(job.stamp, documentHash)} documentName={scenario.name} />}
      {job && job.skipped.length > 0 && (
        <ul className="money-skipped">
          {job.skipped.map((s) => (
            <li key={s.id}>
              Left out: {s.id}: {s.reason}
            </li>
          ))}
        </ul>
      )}
      {job && job.complete > 0 && <TornadoResults specs={job.specs} columns={job.columns} complete={job.complete} variants={job.variants} stamp={job.stamp} kpi={kpi} name={name} />}
    </section>
  );
});

interface ResultsProps {
  specs: TornadoVariantSpec[];
  columns: MoneyColumns[];
  complete: number;
  variants: number;
  stamp: RunStamp;
  kpi: string;
  name: string;
}

/** The ranked bars, redrawn only when the results or the KPI change (not on every progress tick), in a deferred render. */
const TornadoResults = memo(function TornadoResults(props: ResultsProps) {
  // On mount too (initial value null): the first drawing of the charts happens in the background.
  const deferred = useDeferredValue<ResultsProps | null>(props, null);
  if (deferred === null) return <p className="money-note">Drawing the charts…</p>;
  return <TornadoResultsBody {...deferred} />;
});

function TornadoResultsBody({ specs, columns, complete, variants, stamp, kpi, name }: ResultsProps) {
  const view = useMemo(() => {
    const result = tornadoFromColumns(kpi, specs, columns);
    return { result, rows: tornadoChartRows(result), data: tornadoData(result), title: tornadoTitle(result, name) };
  }, [specs, columns, kpi, name]);
  return (
    <ChartFrame
      title={view.title}
      subtitle={`Mean of ${name} over ${complete} replications per variant; bars from the base to each setting, sorted by swing (largest at the top).`}
      data={view.data}
      provenance={moneyProvenance(stamp, complete, [
        ['KPI', kpi],
        ['variants', String(variants)],
      ])}
      testId="tornado-chart"
    >
      <TornadoChart rows={view.rows} base={axisValue(kpi, view.result.base)} pounds={isPoundsKpi(kpi)} />
    </ChartFrame>
  );
}
