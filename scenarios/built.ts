// The built-in scenarios as objects, assembled from the shared parameters and the four timelines.
import { SCENARIO_FORMAT, SCENARIO_SCHEMA_VERSION, type Scenario } from '../model/scenario/schema';
import { baseParameters } from './parameters';
import { timelines } from './timelines';
import { defaultMoneyTerms } from '../model/scenario/moneyDefaults';
import type { ContractEvent } from '../model/scenario/moneySchema';

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
  return Object.fromEntries(
    Object.entries(timelines).map(([name, { description, timeline }]) => [
      name,
      {
        format: SCENARIO_FORMAT,
        schemaVersion: SCENARIO_SCHEMA_VERSION,
        name,
        description: `${description} ${MONEY_NOTE}`,
        simulation: { start: '2012-01-01', years: 12, warmupYears: 8, scale: 0.1, seed: 20140601, journeySampleSize: 300 },
        timeline: { ...timeline, values: [] },
        parameters: structuredClone(baseParameters),
        money: moneyFor(name),
        uncertainty: [],
      } satisfies Scenario,
    ]),
  );
}
