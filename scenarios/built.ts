// The built-in scenarios as objects, assembled from the shared parameters and the four timelines.
import { SCENARIO_FORMAT, SCENARIO_SCHEMA_VERSION, type Scenario } from '../model/scenario/schema';
import { baseParameters } from './parameters';
import { timelines } from './timelines';
import { defaultMoneyTerms } from '../model/scenario/moneyDefaults';
import type { ContractEvent } from '../model/scenario/moneySchema';
import { historyFrom } from './history';
import { checkSeriesSet, loadAllSeries } from './series';
import { RESETTLEMENT_UNCERTAINTY } from './resettlementUncertainty';

/**
 * Contract events by scenario. `tr` is TR as bid: the contracts run their course. `as-happened`
 * is TR as it happened: the 2017 variation (NAO17: the MoJ took back fixed-cost and volume risk)
 * and early termination when the unified model arrived (no compensation figure was published, so
 * none is assumed).
 */
const contractEvents: Record<string, ContractEvent[]> = {
  'as-happened': [
    { kind: 'variation', date: '2017-08-01' },
    { kind: 'termination', date: '2021-06-26', compensationPerCrc: 0 },
  ],
};

/** What every built-in scenario says of its money terms (the scenario file is what users share). */
const MONEY_NOTE =
  'Money: prices at 2016 values; each term\'s source is in docs/parameters.md. Never published, so stated assumptions: ' +
  'the service-credit rates and cap, the learning-curve discount, the volume weights and out-of-band prices, ' +
  'the payment-by-results prices and the CRCs\' costs; per-CRC values share national totals by caseload.';

function moneyFor(name: string): Scenario['money'] {
  const money = defaultMoneyTerms();
  money.crc.events = contractEvents[name] ?? [];
  return money;
}

export function builtScenarios(): Record<string, Scenario> {
  const series = loadAllSeries();
  checkSeriesSet(series);
  const history = historyFrom(series, baseParameters);
  const parameters = history.baseParameters(baseParameters);
  return Object.fromEntries(
    Object.entries(timelines).map(([name, { description, timeline }]) => [
      name,
      {
        format: SCENARIO_FORMAT,
        schemaVersion: SCENARIO_SCHEMA_VERSION,
        name,
        description: `${description} ${MONEY_NOTE}`,
        simulation: { start: '2012-01-01', years: 12, warmupYears: 8, scale: 0.1, seed: 20140601, journeySampleSize: 300 },
        timeline: {
          initial: timeline.initial,
          changes: withReportHistory(timeline.changes, history.psrChanges()),
          values: structuredClone(history.values),
        },
        parameters: structuredClone(parameters),
        money: moneyFor(name),
        uncertainty: structuredClone(RESETTLEMENT_UNCERTAINTY),
      } satisfies Scenario,
    ]),
  );
}

/**
 * The policy changes first, so that their places in the list (what `--set timeline.changes[1].set.ora`
 * names) stay few and fixed, then the yearly report history; the engine applies them in date order
 * whatever the list order. No policy change sets what a report change sets (the report target is
 * its own switch), so two changes on one 1 January never contradict each other.
 */
function withReportHistory(changes: Scenario['timeline']['changes'], reports: Scenario['timeline']['changes']): Scenario['timeline']['changes'] {
  const reportSwitches = new Set(reports.flatMap((r) => Object.keys(r.set)));
  const clash = changes.find((c) => Object.keys(c.set).some((key) => reportSwitches.has(key)));
  if (clash) throw new Error(`the policy change '${clash.label}' sets a switch the yearly report history sets`);
  return [...changes, ...reports];
}
