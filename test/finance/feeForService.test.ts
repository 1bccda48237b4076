// Fee for Service worked by hand. The test contract: a £1.2m bid (so £100,000 a month in contract
// year 1), a 10% learning-curve discount (×0.9 in year 2), forecast band 1,000–1,250 weighted units
// a year, other bands 0–1,000 at £50, 1,250–1,350 at £100 and 1,350–2,000 at £200; estate £120k
// and ICT £60k a year. Custody under 12 months weighs 0.5, a community order 1. The contract
// starts 2015-02-01, so contract year 1 is 2015-02..2016-01.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contractMonths } from '../../finance/contractMonths';
import type { CrcContractArgs } from '../../finance/feeForService';
import { bandValue, feeForService, learningCurveFactor, monthlyInstalment, reconciliationAmount, variationUnitPrice, weightedUnits } from '../../finance/feeForService';
import type { LedgerEntry, Mechanism } from '../../finance/ledger';
import { crcParty } from '../../finance/ledger';
import type { FinanceRun } from '../../finance/runData';
import { crcProviderIndex } from '../../finance/runData';
import { CPA_SLUGS } from '../../model/engine/geography';
import { V3_FORECAST_CHANGE_PER_CONTRACT_YEAR, defaultMoneyTerms } from '../../model/scenario/moneyDefaults';
import type { CrcContract, CrcTerms } from '../../model/scenario/moneySchema';
import type { Scenario } from '../../model/scenario/schema';
import { minimalScenario } from '../fixtures/minimalScenario';
import { fakeRun } from './fakeRun';

const CPA = 0;
const SLUG = CPA_SLUGS[CPA];
const COMMUNITY = 0; // VOLUME_CATEGORIES index: communityOrder, weight 1
const CUSTODY_UNDER_12M = 2; // weight 0.5 here

type Timeline = Scenario['timeline'];
type Change = Timeline['changes'][number];

function timeline(initial: 'trusts' | 'tr', changes: Change[] = []): Timeline {
  return { initial: { ...minimalScenario().timeline.initial, operatingModel: initial }, changes, values: [] };
}

function testContract(): CrcContract {
  return {
    ...defaultMoneyTerms().crc.contracts[SLUG],
    annualPrice: 1_200_000,
    forecastBand: { fromUnits: 1_000, toUnits: 1_250 },
    otherBands: [
      { fromUnits: 0, toUnits: 1_000, pricePerUnit: 50 },
      { fromUnits: 1_250, toUnits: 1_350, pricePerUnit: 100 },
      { fromUnits: 1_350, toUnits: 2_000, pricePerUnit: 200 },
    ],
    estatePerYear: 120_000,
    ictPerYear: 60_000,
  };
}

function testTerms(events: CrcTerms['events'] = []): CrcTerms {
  const crc = defaultMoneyTerms().crc;
  return {
    ...crc,
    contractStart: '2015-02-01',
    contractEnd: '2022-01-31',
    learningCurveDiscountPerYear: 0.1,
    // One forecast for every contract year (a version-3 contract): the sums below are worked by hand on it.
    forecastChangePerContractYear: V3_FORECAST_CHANGE_PER_CONTRACT_YEAR,
    undeliveredOrderDeduction: 500,
    volumeWeights: { ...crc.volumeWeights, communityOrder: 1, custodyUnder12m: 0.5 },
    events,
  };
}

interface Scene {
  run: FinanceRun;
  provider: number;
  /** Run month index of 'YYYY-MM'. */
  at: (month: string) => number;
  args: (terms?: CrcTerms, tl?: Timeline, contract?: CrcContract) => CrcContractArgs;
}

function scene(firstMonth = '2015-02-01', monthCount = 24): Scene {
  const run = fakeRun(firstMonth, monthCount);
  return {
    run,
    provider: crcProviderIndex(run, CPA),
    at: (month) => {
      const index = run.activity.months.indexOf(`${month}-01`);
      if (index < 0) throw new Error(`${month} is not in the run`);
      return index;
    },
    args: (terms = testTerms(), tl = timeline('tr'), contract = testContract()) => ({
      run,
      terms,
      contract,
      cpa: CPA,
      cpaSlug: SLUG,
      months: contractMonths(terms, tl, run.activity.months),
    }),
  };
}

/** Adds `count` sentences of a category to the CRC in a month. */
function sentence(s: Scene, month: string, category: number, count: number): void {
  s.run.activity.sentenceStarts[s.provider][category][s.at(month)] += count;
}

const only = (entries: LedgerEntry[], mechanism: Mechanism) => entries.filter((e) => e.mechanism === mechanism);
const brief = (entries: LedgerEntry[]) => entries.map((e) => ({ date: e.date, period: e.period, amount: e.amount }));

describe('feeForService: instalments', () => {
  it('pays a twelfth of the bid each month in arrears, discounted once per contract year', () => {
    const s = scene();
    // 1,100 units in each contract year: inside the band, so no reconciliation.
    sentence(s, '2015-02', COMMUNITY, 1_100);
    sentence(s, '2016-02', COMMUNITY, 1_100);
    const entries = feeForService(s.args());
    const ffs = only(entries, 'ffs');
    expect(entries).toHaveLength(24);
    expect(ffs).toHaveLength(24);
    // Year 1: 1,200,000 / 12 = 100,000, paid on the first of the next month.
    expect(ffs[0]).toEqual({ date: '2015-03-01', payer: 'MoJ', payee: crcParty(SLUG), mechanism: 'ffs', area: SLUG, period: '2015-02', amount: 100_000 });
    expect(ffs[11]).toMatchObject({ date: '2016-02-01', period: '2016-01', amount: 100_000 });
    // Year 2: 1,200,000 × 0.9 / 12 = 90,000.
    expect(ffs[12]).toMatchObject({ date: '2016-03-01', period: '2016-02' });
    expect(ffs[12].amount).toBeCloseTo(90_000, 6);
    expect(monthlyInstalment(testContract(), testTerms(), 2)).toBeCloseTo(81_000, 6); // × 0.9²
  });

  it('weighs sentences by category', () => {
    const s = scene();
    sentence(s, '2015-03', COMMUNITY, 10);
    sentence(s, '2015-03', CUSTODY_UNDER_12M, 10);
    // 10 × 1 + 10 × 0.5 = 15.
    expect(weightedUnits(s.run, testTerms(), CPA)[s.at('2015-03')]).toBe(15);
  });

  it('deducts £500 for each order of the court not delivered, with that month’s instalment', () => {
    const s = scene();
    sentence(s, '2015-02', COMMUNITY, 1_100);
    sentence(s, '2016-02', COMMUNITY, 1_100);
    s.run.activity.ordersUndelivered[s.provider][s.at('2015-05')] = 4;
    // 4 × 500 = 2,000, deducted on 2015-06-01 after the May instalment.
    const entries = feeForService(s.args());
    expect(brief(only(entries, 'ffsUndeliveredOrders'))).toEqual([{ date: '2015-06-01', period: '2015-05', amount: -2_000 }]);
    const onThatDay = entries.filter((e) => e.date === '2015-06-01').map((e) => e.mechanism);
    expect(onThatDay).toEqual(['ffs', 'ffsUndeliveredOrders']);
  });
});

describe('feeForService: year-end reconciliation', () => {
  it('pays nothing extra inside the band (edges included)', () => {
    const s = scene();
    sentence(s, '2015-02', COMMUNITY, 1_000); // year 1 exactly at fromUnits
    sentence(s, '2016-02', COMMUNITY, 1_250); // year 2 exactly at toUnits
    expect(only(feeForService(s.args()), 'ffsReconciliation')).toEqual([]);
  });

  it('pays the units above the band marginally, at the price of each band they fall in', () => {
    const s = scene();
    // Year 1: 1,000 × 1 + 900 × 0.5 = 1,450 units, 200 above 1,250:
    //   1,250–1,350: 100 × £100 = 10,000; 1,350–1,450: 100 × £200 = 20,000 → 30,000.
    sentence(s, '2015-02', COMMUNITY, 1_000);
    sentence(s, '2015-07', CUSTODY_UNDER_12M, 900);
    sentence(s, '2016-02', COMMUNITY, 1_100); // year 2 inside the band
    const entries = feeForService(s.args());
    const reconciliation = only(entries, 'ffsReconciliation');
    expect(reconciliation).toEqual([
      { date: '2016-02-01', payer: 'MoJ', payee: crcParty(SLUG), mechanism: 'ffsReconciliation', area: SLUG, period: 'contract year 1', amount: 30_000 },
    ]);
    // Paid with January's instalment, after it.
    expect(entries.filter((e) => e.date === '2016-02-01').map((e) => e.mechanism)).toEqual(['ffs', 'ffsReconciliation']);
  });

  it('claws back the units below the band at the discounted price of their band', () => {
    const s = scene();
    sentence(s, '2015-02', COMMUNITY, 1_100);
    // Year 2: 900 units, 100 below 1,000, in the 0–1,000 band at £50 × 0.9 = £45 → −4,500.
    sentence(s, '2016-05', COMMUNITY, 900);
    const reconciliation = only(feeForService(s.args()), 'ffsReconciliation');
    expect(brief(reconciliation)).toEqual([{ date: '2017-02-01', period: 'contract year 2', amount: expect.closeTo(-4_500, 6) }]);
  });

  it('prices units in no band at the nearest band', () => {
    // 2,100 units: 100 above 1,250 at £100, 650 at £200 to 2,000, and 100 beyond every band at
    // the nearest (1,350–2,000, £200): 10,000 + 130,000 + 20,000 = 160,000.
    expect(reconciliationAmount(testContract(), testTerms(), 0, 12, 2_100)).toBeCloseTo(160_000, 6);
  });

  it('scales the band by months/12 in a part year the run starts inside', () => {
    // The run starts 2015-08: year 1 has 6 counted months (Aug–Jan), scale 0.5:
    //   band 500–625; bands 0–500 @50, 625–675 @100, 675–1,000 @200.
    // 725 units: 50 × £100 + 50 × £200 = 15,000.
    const s = scene('2015-08-01', 18);
    sentence(s, '2015-08', COMMUNITY, 725);
    sentence(s, '2016-02', COMMUNITY, 1_100);
    expect(brief(only(feeForService(s.args()), 'ffsReconciliation'))).toEqual([{ date: '2016-02-01', period: 'contract year 1', amount: 15_000 }]);
  });

  it('leaves a year the run ends inside for a longer run', () => {
    // The run ends 2016-07, mid year 2: year 1 (no units) is clawed back in full, 1,000 × £50;
    // year 2 is not reconciled although it has no units either.
    const s = scene('2015-02-01', 18);
    expect(brief(only(feeForService(s.args()), 'ffsReconciliation'))).toEqual([{ date: '2016-02-01', period: 'contract year 1', amount: -50_000 }]);
  });

  it('reconciles a year cut short by a variation, even when the run ends with it', () => {
    // Variation from 2015-08: year 1 counts Feb–Jul, 6 months, band 500–625. 400 units: 100
    // below, at £50 → −5,000, paid 2015-08-01. The run (Feb–Jul) ends there too.
    const s = scene('2015-02-01', 6);
    sentence(s, '2015-03', COMMUNITY, 400);
    const terms = testTerms([{ kind: 'variation', date: '2015-08-01' }]);
    expect(brief(only(feeForService(s.args(terms)), 'ffsReconciliation'))).toEqual([{ date: '2015-08-01', period: 'contract year 1', amount: -5_000 }]);
  });
});

describe('feeForService: variation', () => {
  it('switches from the instalment to fixed costs and a price per unit', () => {
    const s = scene();
    sentence(s, '2015-02', COMMUNITY, 1_100);
    sentence(s, '2016-03', COMMUNITY, 10);
    s.run.activity.ordersUndelivered[s.provider][s.at('2016-03')] = 2;
    const terms = testTerms([{ kind: 'variation', date: '2016-02-01' }]);
    const entries = feeForService(s.args(terms));
    // Instalments stop with the variation: year 1 only.
    expect(only(entries, 'ffs').map((e) => e.period)).toEqual(s.run.activity.months.slice(0, 12).map((m) => m.slice(0, 7)));
    // Fixed costs: (120,000 + 60,000) / 12 = 15,000 a month, 2016-02..2017-01.
    const fixed = only(entries, 'variationFixedCosts');
    expect(fixed).toHaveLength(12);
    expect(fixed.every((e) => e.amount === 15_000)).toBe(true);
    // Unit price in year 2: (1,200,000 × 0.9 − 180,000) / midpoint 1,125 = 800; 10 units → 8,000.
    expect(variationUnitPrice(testContract(), terms, 1)).toBeCloseTo(800, 9);
    expect(brief(only(entries, 'variationVolumePayment'))).toEqual([{ date: '2016-04-01', period: '2016-03', amount: expect.closeTo(8_000, 6) }]);
    // The deduction still applies: 2 × 500.
    expect(brief(only(entries, 'ffsUndeliveredOrders'))).toEqual([{ date: '2016-04-01', period: '2016-03', amount: -1_000 }]);
    // Year 2 is not reconciled (10 units would otherwise be a large clawback); year 1 was inside.
    expect(only(entries, 'ffsReconciliation')).toEqual([]);
  });

  it('floors the unit price at zero when fixed costs exceed the price', () => {
    const contract = { ...testContract(), estatePerYear: 1_000_000, ictPerYear: 500_000 };
    expect(variationUnitPrice(contract, testTerms(), 0)).toBe(0);
  });
});

describe('feeForService: termination and months without a contract', () => {
  it('stops payments at termination and pays the compensation on its date', () => {
    const s = scene();
    sentence(s, '2015-02', COMMUNITY, 1_100);
    // Year 2 runs Feb–Oct 2016, 9 months, scale 0.75: band 750–937.5. 700 units: 50 below in
    // the 0–750 band at £50 × 0.9 = £45 → −2,250, paid 2016-11-01.
    sentence(s, '2016-04', COMMUNITY, 700);
    s.run.activity.ordersUndelivered[s.provider][s.at('2016-12')] = 3; // after termination: no deduction
    const terms = testTerms([{ kind: 'termination', date: '2016-11-01', compensationPerCrc: 2_500_000 }]);
    const entries = feeForService(s.args(terms));
    const ffs = only(entries, 'ffs');
    expect(ffs).toHaveLength(21); // 12 + 9
    expect(ffs[ffs.length - 1].period).toBe('2016-10');
    expect(brief(only(entries, 'ffsReconciliation'))).toEqual([{ date: '2016-11-01', period: 'contract year 2', amount: expect.closeTo(-2_250, 6) }]);
    expect(only(entries, 'terminationCompensation')).toEqual([
      { date: '2016-11-01', payer: 'MoJ', payee: crcParty(SLUG), mechanism: 'terminationCompensation', area: SLUG, period: '2016-11', amount: 2_500_000 },
    ]);
    expect(only(entries, 'ffsUndeliveredOrders')).toEqual([]);
    expect(entries.filter((e) => e.period >= '2016-11' && !e.period.startsWith('contract'))).toHaveLength(1); // just the compensation
  });

  it('pays no compensation for a termination outside the run, or for a contract not in force', () => {
    const s = scene();
    const later = testTerms([{ kind: 'termination', date: '2018-01-01', compensationPerCrc: 2_500_000 }]);
    expect(only(feeForService(s.args(later)), 'terminationCompensation')).toEqual([]);
    const inRun = testTerms([{ kind: 'termination', date: '2016-11-01', compensationPerCrc: 2_500_000 }]);
    s.run.activity.ordersUndelivered[s.provider][s.at('2015-05')] = 3;
    // Under the trusts throughout there is no contract: nothing at all.
    expect(feeForService(s.args(inRun, timeline('trusts')))).toEqual([]);
  });

  it('pays nothing before the contract starts, under the trusts, or once unified', () => {
    // Run 2014-06..2017-05; TR from 2015-06-01, unified from 2016-06-01. Live: 2015-06..2016-05.
    const s = scene('2014-06-01', 36);
    const tl = timeline('trusts', [
      { date: '2015-06-01', label: 'TR', set: { operatingModel: 'tr' } },
      { date: '2016-06-01', label: 'Unification', set: { operatingModel: 'unified' } },
    ]);
    // Year 1 counts Jun–Jan, 8 months (band 666.7–833.3); year 2 Feb–May, 4 months
    // (band 333.3–416.7): units inside both, so the only payments are the instalments.
    sentence(s, '2015-06', COMMUNITY, 700);
    sentence(s, '2016-03', COMMUNITY, 400);
    for (const month of ['2014-10', '2015-03', '2016-08']) s.run.activity.ordersUndelivered[s.provider][s.at(month)] = 5;
    const entries = feeForService(s.args(testTerms(), tl));
    expect(entries.map((e) => e.mechanism)).toEqual(new Array(12).fill('ffs'));
    expect(entries[0].period).toBe('2015-06');
    expect(entries[11].period).toBe('2016-05');
  });
});

describe('feeForService: a forecast that changes over the contract years', () => {
  // Contract year k's bands are the contract's times (1 + change)^k. With −10% a year, year 2's
  // forecast band is 900–1,125 and its other bands 0–900 @50, 1,125–1,215 @100, 1,215–1,800 @200.
  const declining = (): CrcTerms => ({ ...testTerms(), forecastChangePerContractYear: -0.1 });

  it('reconciles each year against that year’s forecast, whatever the run delivers', () => {
    const s = scene();
    // 1,250 units in both years: the top of year 1's band, so year 1 is settled as it stood.
    sentence(s, '2015-02', COMMUNITY, 1_250);
    sentence(s, '2016-02', COMMUNITY, 1_250);
    expect(only(feeForService(s.args()), 'ffsReconciliation')).toEqual([]);
    // Year 2's forecast fell to 900–1,125: the 125 units above it are paid,
    // (90 × £100 + 35 × £200) × 0.9 = 14,400.
    expect(brief(only(feeForService(s.args(declining())), 'ffsReconciliation'))).toEqual([
      { date: '2017-02-01', period: 'contract year 2', amount: expect.closeTo(14_400, 6) },
    ]);
  });

  it('claws back a year below a rising forecast', () => {
    const s = scene();
    // 1,000 units in both years, the bottom of year 1's band; +10% makes year 2's band
    // 1,100–1,375 and its lowest band 0–1,100 at £50: 100 × £50 × 0.9 = −4,500.
    sentence(s, '2015-02', COMMUNITY, 1_000);
    sentence(s, '2016-02', COMMUNITY, 1_000);
    const rising = { ...testTerms(), forecastChangePerContractYear: 0.1 };
    expect(brief(only(feeForService(s.args(rising)), 'ffsReconciliation'))).toEqual([
      { date: '2017-02-01', period: 'contract year 2', amount: expect.closeTo(-4_500, 6) },
    ]);
  });

  it('compounds the change: year 3’s bands are the first’s times 0.9², not 0.8', () => {
    // Year 3 (index 2) band 810–1,012.5: 800 units are 10 below it, at £50 × 0.9² → −405
    // (a band 800–1,000 of a change added year by year would leave 800 inside it).
    expect(reconciliationAmount(testContract(), declining(), 2, 12, 800)).toBeCloseTo(-405, 6);
    expect(reconciliationAmount(testContract(), declining(), 2, 12, 1_000)).toBe(0);
  });

  it('prices a varied year’s units on that year’s forecast midpoint', () => {
    // Year 2: (1,200,000 × 0.9 − 180,000) / (1,125 × 0.9) = 900,000 / 1,012.5.
    expect(variationUnitPrice(testContract(), declining(), 1)).toBeCloseTo(900_000 / 1_012.5, 9);
    // Year 1 is the forecast as bid: (1,200,000 − 180,000) / 1,125.
    expect(variationUnitPrice(testContract(), declining(), 0)).toBe(1_020_000 / 1_125);
  });

  it('with no change reconciles exactly as a version-3 contract did (the same bits)', () => {
    // The version-3 rule, written out: band edges × months/12, the learning curve on the result.
    const v3 = (contract: CrcContract, terms: CrcTerms, year: number, months: number, actual: number): number => {
      const scale = months / 12;
      const bands = contract.otherBands.map((b) => ({ fromUnits: b.fromUnits * scale, toUnits: b.toUnits * scale, pricePerUnit: b.pricePerUnit }));
      const [low, high] = [contract.forecastBand.fromUnits * scale, contract.forecastBand.toUnits * scale];
      if (actual > high) return bandValue(bands, high, actual) * learningCurveFactor(terms, year);
      if (actual < low) return -bandValue(bands, actual, low) * learningCurveFactor(terms, year);
      return 0;
    };
    fc.assert(
      fc.property(fc.nat({ max: 6 }), fc.integer({ min: 1, max: 12 }), fc.double({ min: 0, max: 3_000, noNaN: true }), (year, months, actual) => {
        expect(reconciliationAmount(testContract(), testTerms(), year, months, actual)).toBe(v3(testContract(), testTerms(), year, months, actual));
      }),
      { numRuns: 200 },
    );
    expect(variationUnitPrice(testContract(), testTerms(), 3)).toBe((1_200_000 * learningCurveFactor(testTerms(), 3) - 180_000) / 1_125);
  });
});

describe('feeForService: properties', () => {
  const month = fc.nat({ max: 29 });
  const activity = fc.array(fc.tuple(month, fc.nat({ max: 4 }), fc.nat({ max: 400 }), fc.nat({ max: 6 })), { maxLength: 40 });

  it('doubling the bid doubles the instalments and changes nothing else', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        activity,
        fc.boolean(),
        (annualPrice, discount, rows, terminate) => {
          const s = scene('2014-12-01', 30);
          for (const [m, category, count, undelivered] of rows) {
            s.run.activity.sentenceStarts[s.provider][category][m] += count;
            s.run.activity.ordersUndelivered[s.provider][m] += undelivered;
          }
          const terms = { ...testTerms(terminate ? [{ kind: 'termination', date: '2016-09-01', compensationPerCrc: 1e6 }] : []), learningCurveDiscountPerYear: discount };
          const once = feeForService(s.args(terms, timeline('tr'), { ...testContract(), annualPrice }));
          const twice = feeForService(s.args(terms, timeline('tr'), { ...testContract(), annualPrice: 2 * annualPrice }));
          expect(twice.filter((e) => e.mechanism !== 'ffs')).toEqual(once.filter((e) => e.mechanism !== 'ffs'));
          expect(only(twice, 'ffs')).toEqual(only(once, 'ffs').map((e) => ({ ...e, amount: 2 * e.amount })));
        },
      ),
      { numRuns: 60 },
    );
  });
});
