// The stress presets one click away: each button runs the scenario with that preset against the
// base, on common random numbers, and shows what it does to the scope's profit (the paired
// difference with its interval) and to the chance of a loss. The preset's description is the
// button's tooltip and its accessible description.
import { memo, useMemo } from 'react';
import { PRESETS, type Scenario } from '../../engine';
import { useServices } from '../../state/appContext';
import type { MoneySettings, PresetJob } from '../../state/moneySlice';
import { crcKpi } from '../../lib/moneyKpis';
import { scopeName } from '../../lib/moneyDetail';
import { presetComparison, presetSentence, differenceText } from '../../lib/moneyPresets';
import { lossShort } from '../../lib/moneyLoss';
import { poundsM } from '../../lib/moneyFormat';
import { presetPlan } from '../../lib/moneyPlan';
import { isCurrent } from '../../lib/moneyProvenance';
import { cancelBatch, runBatch } from './moneyRuns';
import { Refusal } from '../shared/Refusal';
import { JobProgressBar } from './JobProgressBar';
import { JobStatusNote } from './JobStatusNote';
import { ColumnHeads } from '../shared/ColumnHeads';
import { jobProgressOf } from '../../state/replicationJob';

interface Props {
  scenario: Scenario;
  documentHash: string;
  settings: MoneySettings;
  crcNames: Readonly<Record<string, string>>;
  job: PresetJob | null;
  blockedBy: string | null;
  /** Why the last start was refused. */
  refusal: string | undefined;
}

export const PresetsSection = memo(function PresetsSection({ scenario, documentHash, settings, crcNames, job, blockedBy, refusal }: Props) {
  const { store } = useServices();
  const scope = settings.crc;
  const name = scopeName(scope, crcNames);
  const running = job?.status === 'running';
  const comparison = useMemo(() => {
    if (!job || job.complete === 0) return null;
    const kpi = crcKpi(scope, 'profitPerYear');
    return presetComparison(job.columns[0][kpi] ?? [], job.columns[1][kpi] ?? []);
  }, [job, scope]);
  const preset = job && PRESETS.find((p) => p.id === job.presetId);

  const start = (presetId: string) =>
    runBatch(store, { kind: 'preset', presetId }, scenario, () => {
      try {
        return { plan: presetPlan(scenario, presetId, settings), extra: { presetId } };
      } catch (error) {
        throw new Error(`The preset “${PRESETS.find((p) => p.id === presetId)?.title ?? presetId}” cannot apply to ${scenario.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });

  return (
    <section className="money-section" aria-labelledby="money-presets-heading">
      <h3 id="money-presets-heading">Stress tests</h3>
      <p className="money-explain">
        One click runs the scenario with a stress preset against the base, {settings.replications} replications each on common random numbers, so the
        difference is measured future by future.
      </p>
      <div className="money-presets" role="group" aria-label="Stress presets">
        {PRESETS.map((p) => (
          <span key={p.id}>
            <button
              type="button"
              onClick={() => start(p.id)}
              disabled={blockedBy !== null || running}
              title={p.description}
              aria-describedby={`preset-description-${p.id}`}
              aria-pressed={job?.presetId === p.id}
              data-testid={`preset-${p.id}`}
            >
              {p.title}
            </button>
            <span id={`preset-description-${p.id}`} className="visually-hidden">
              {p.description}
            </span>
          </span>
        ))}
      </div>
      {blockedBy && <p className="money-note">{blockedBy}</p>}
      {refusal && <Refusal text={refusal} testId="presets-refusal" />}
      {job && (
        <div className="money-preset-result" data-testid="preset-result" aria-live="polite">
          <h4>{preset?.title ?? job.presetId}</h4>
          {running && <JobProgressBar progress={jobProgressOf(job)} label={`Stress test: ${preset?.title ?? job.presetId}`} onCancel={() => cancelBatch({ kind: 'preset', presetId: job.presetId })} testId="preset-progress" unit="runs" />}
          <JobStatusNote job={job} current={isCurrent(job.stamp, documentHash)} documentName={scenario.name} />
          {comparison && (
            <>
              <p>{presetSentence(preset?.title ?? job.presetId, name, comparison)}</p>
              <table className="kpi-table money-table">
                <caption>
                  {name}: base against stressed, {job.complete} futures, seed {job.stamp.seed}, scale {job.stamp.scale}
                </caption>
                <ColumnHeads titles={['', 'Mean profit per year', 'P10', 'P50', 'P90', 'Futures with a loss (95% bounds)']} />
                <tbody>
                  {(
                    [
                      ['Base', comparison.base, comparison.baseLoss],
                      ['Stressed', comparison.stressed, comparison.stressedLoss],
                    ] as const
                  ).map(([label, spread, loss]) => (
                    <tr key={label}>
                      <th scope="row">{label}</th>
                      <td>{poundsM(spread.mean)}</td>
                      <td>{poundsM(spread.p10)}</td>
                      <td>{poundsM(spread.p50)}</td>
                      <td>{poundsM(spread.p90)}</td>
                      <td>{lossShort(loss)}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">Difference</th>
                    <td colSpan={5}>{differenceText(comparison.difference)} (paired, common random numbers)</td>
                  </tr>
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </section>
  );
});
