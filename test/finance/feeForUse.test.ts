// Fee for Use worked by hand, at the default rate card: accredited programme £1,500, rehabilitation
// activity £300, accommodation £400, employment £400, finance £250, substance misuse £800.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contractMonths } from '../../finance/contractMonths';
import type { CrcContractArgs } from '../../finance/feeForService';
import { feeForUse } from '../../finance/feeForUse';
import { crcParty } from '../../finance/ledger';
import type { FinanceRun } from '../../finance/runData';
import { CPA_SLUGS } from '../../model/engine/geography';
import { defaultMoneyTerms } from '../../model/scenario/moneyDefaults';
import type { CrcTerms } from '../../model/scenario/moneySchema';
import { INTERVENTION_KEYS } from '../../model/scenario/moneySchema';
import type { Scenario } from '../../model/scenario/schema';
import { minimalScenario } from '../fixtures/minimalScenario';
import { fakeRun } from './fakeRun';

const CPA = 3;
const SLUG = CPA_SLUGS[CPA];
const ACCREDITED_PROGRAMME = 0;
const SUBSTANCE_MISUSE = 5;

type Timeline = Scenario['timeline'];

function timeline(initial: 'trusts' | 'tr', changes: Timeline['changes'] = []): Timeline {
  return { initial: { ...minimalScenario().timeline.initial, operatingModel: initial }, changes, values: [] };
}

function argsOf(run: FinanceRun, terms: CrcTerms = defaultMoneyTerms().crc, tl: Timeline = timeline('tr')): CrcContractArgs {
  return { run, terms, contract: terms.contracts[SLUG], cpa: CPA, cpaSlug: SLUG, months: contractMonths(terms, tl, run.activity.months) };
}

describe('feeForUse', () => {
  it('pays the rate card for the NPS cases’ interventions, NPS → CRC, in arrears', () => {
    // The default contract starts 2015-02-01; run 2015-02..2015-07.
    const run = fakeRun('2015-02-01', 6);
    const starts = run.activity.npsInterventionStartsByCpa;
    // April: 3 × 1,500 + 2 × 800 = 6,100.
    starts[CPA][ACCREDITED_PROGRAMME][2] = 3;
    starts[CPA][SUBSTANCE_MISUSE][2] = 2;
    starts[CPA + 1][ACCREDITED_PROGRAMME][2] = 5; // another CPA's: not this CRC's
    // June: 4 × 1,500 = 6,000.
    starts[CPA][ACCREDITED_PROGRAMME][4] = 4;
    expect(feeForUse(argsOf(run))).toEqual([
      { date: '2015-05-01', payer: 'NPS', payee: crcParty(SLUG), mechanism: 'feeForUse', area: SLUG, period: '2015-04', amount: 6_100 },
      { date: '2015-07-01', payer: 'NPS', payee: crcParty(SLUG), mechanism: 'feeForUse', area: SLUG, period: '2015-06', amount: 6_000 },
    ]);
  });

  it('pays nothing before the contract starts or when TR is not in force', () => {
    // Run 2014-10..2015-09; the contract starts 2015-02 and TR comes in 2015-06.
    const run = fakeRun('2014-10-01', 12);
    const starts = run.activity.npsInterventionStartsByCpa[CPA][ACCREDITED_PROGRAMME];
    starts.fill(1);
    const tl = timeline('trusts', [{ date: '2015-06-01', label: 'TR', set: { operatingModel: 'tr' } }]);
    expect(feeForUse(argsOf(run, defaultMoneyTerms().crc, tl)).map((e) => e.period)).toEqual(['2015-06', '2015-07', '2015-08', '2015-09']);
  });

  it('doubling one rate-card price doubles just that intervention’s part', () => {
    const months = 8;
    const startsArb = fc.array(fc.array(fc.nat({ max: 50 }), { minLength: months, maxLength: months }), {
      minLength: INTERVENTION_KEYS.length,
      maxLength: INTERVENTION_KEYS.length,
    });
    const pricesArb = fc.array(fc.nat({ max: 5_000 }), { minLength: INTERVENTION_KEYS.length, maxLength: INTERVENTION_KEYS.length });
    fc.assert(
      fc.property(startsArb, pricesArb, fc.nat({ max: INTERVENTION_KEYS.length - 1 }), (counts, prices, k) => {
        const run = fakeRun('2015-02-01', months);
        run.activity.npsInterventionStartsByCpa[CPA] = counts;
        const rateCard = (doubled: boolean) => Object.fromEntries(INTERVENTION_KEYS.map((key, i) => [key, prices[i] * (doubled && i === k ? 2 : 1)]));
        const byPeriod = (doubled: boolean) => {
          const terms = { ...defaultMoneyTerms().crc, feeForUse: rateCard(doubled) as CrcTerms['feeForUse'] };
          return new Map(feeForUse(argsOf(run, terms)).map((e) => [e.period, e.amount]));
        };
        const once = byPeriod(false);
        const twice = byPeriod(true);
        run.activity.months.forEach((month, m) => {
          const period = month.slice(0, 7);
          // Integer counts × integer prices: exact, so equality holds.
          expect(twice.get(period) ?? 0).toBe((once.get(period) ?? 0) + counts[k][m] * prices[k]);
        });
      }),
      { numRuns: 100 },
    );
  });
});
