// The Money view, for bidders stress-testing a CRC's finances: the scope (the document's
// scenario, all CRCs or one, replications, scale, seed), profit across simulated futures with
// P10/P50/P90 and the probability of a loss, one future in detail (cash flow, P&L, payment by
// results, service credits), the tornado of the main bid assumptions and the stress presets one
// click away. Results live in the money slice, so switching views loses nothing; runs go on in
// workers while the user looks elsewhere, and one batch of replications runs at a time.
import { useMemo } from 'react';
import { scenarioHash } from '../engine';
import { useAppState } from '../state/appContext';
import { runningBatch, type MoneyJob } from '../state/moneySlice';
import { everUnderTr } from '../lib/moneyPlan';
import { MoneyScope } from './money/MoneyScope';
import { DistributionSection } from './money/DistributionSection';
import { DetailSection } from './money/DetailSection';
import { TornadoSection } from './money/TornadoSection';
import { PresetsSection } from './money/PresetsSection';
import './money/money.css';

function jobName(job: MoneyJob): string {
  if ('presetId' in job) return 'stress test';
  if ('specs' in job) return 'tornado';
  return 'profit distribution';
}

/** Why a section cannot start its batch now (another is running), or null. */
function blockedReason(running: MoneyJob | null, own: MoneyJob | null): string | null {
  if (running === null || running === own) return null;
  return `The ${jobName(running)} run is going: wait for it or cancel it (the view runs one batch of replications at a time).`;
}

export function MoneyView() {
  const document = useAppState((s) => s.document);
  const money = useAppState((s) => s.money);
  const scenario = document.scenario;
  const documentHash = useMemo(() => scenarioHash(scenario), [scenario]);
  const running = runningBatch(money);
  const presetJob = money.activePreset === null ? null : (money.presets[money.activePreset] ?? null);
  const shared = { scenario, documentHash, settings: money.settings, crcNames: money.crcNames };

  return (
    <section aria-label="Money" className="money-view">
      <h2>Money: stress-test a CRC&apos;s finances</h2>
      <MoneyScope {...shared} busy={running !== null} />
      {!everUnderTr(scenario) && (
        <p className="money-status" role="note">
          {scenario.name} never runs under TR, so no CRC contract is ever in force and CRC profit is undefined. Open tr or as-happened to stress-test a
          contract.
        </p>
      )}
      <DistributionSection {...shared} job={money.distribution} blockedBy={blockedReason(running, money.distribution)} refusal={money.refusals.distribution} />
      <DetailSection {...shared} job={money.detail} replications={money.distribution?.stamp.replications ?? money.settings.replications} refusal={money.refusals.detail} />
      <TornadoSection {...shared} job={money.tornado} blockedBy={blockedReason(running, money.tornado)} refusal={money.refusals.tornado} />
      <PresetsSection {...shared} job={presetJob} blockedBy={blockedReason(running, presetJob)} refusal={money.refusals.presets} />
    </section>
  );
}
