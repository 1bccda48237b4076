// Service credits worked by hand. Default service levels: first appointment within 5 working
// days, licence appointment within 1, sentence plan within 15, each with a 90% target and £2,000
// a point missed; the month's credits are capped at 5% of its fee. The test contract's £1.2m bid
// and 10% learning curve make the fee £100,000 a month in year 1 (cap £5,000) and £90,000 in
// year 2 (cap £4,500).
import { describe, expect, it } from 'vitest';
import { contractMonths } from '../../finance/contractMonths';
import type { CrcContractArgs } from '../../finance/feeForService';
import { crcParty } from '../../finance/ledger';
import type { FinanceRun } from '../../finance/runData';
import { crcProviderIndex } from '../../finance/runData';
import { levelPerformance, serviceCredits, servicePerformance } from '../../finance/serviceCredits';
import { CPA_SLUGS } from '../../model/engine/geography';
import { V3_FORECAST_CHANGE_PER_CONTRACT_YEAR, defaultMoneyTerms } from '../../model/scenario/moneyDefaults';
import type { CrcContract, CrcTerms } from '../../model/scenario/moneySchema';
import type { Scenario } from '../../model/scenario/schema';
import { minimalScenario } from '../fixtures/minimalScenario';
import { fakeRun } from './fakeRun';

const CPA = 0;
const SLUG = CPA_SLUGS[CPA];
const FIRST_APPOINTMENT = 0;
const LICENCE_APPOINTMENT = 1;
const SENTENCE_PLAN = 2;

type Timeline = Scenario['timeline'];

function timeline(changes: Timeline['changes'] = []): Timeline {
  return { initial: { ...minimalScenario().timeline.initial, operatingModel: 'tr' }, changes, values: [] };
}

function testContract(): CrcContract {
  return {
    ...defaultMoneyTerms().crc.contracts[SLUG],
    annualPrice: 1_200_000,
    forecastBand: { fromUnits: 1_000, toUnits: 1_250 },
    estatePerYear: 120_000,
    ictPerYear: 60_000,
  };
}

function testTerms(events: CrcTerms['events'] = []): CrcTerms {
  // One forecast for every contract year (a version-3 contract), as the variation payments below were worked out.
  return { ...defaultMoneyTerms().crc, contractStart: '2015-02-01', contractEnd: '2022-01-31', learningCurveDiscountPerYear: 0.1, forecastChangePerContractYear: V3_FORECAST_CHANGE_PER_CONTRACT_YEAR, events };
}

function setup(): { run: FinanceRun; provider: number; at: (month: string) => number; args: (terms?: CrcTerms, tl?: Timeline) => CrcContractArgs } {
  const run = fakeRun('2015-02-01', 24);
  return {
    run,
    provider: crcProviderIndex(run, CPA),
    at: (month) => run.activity.months.indexOf(`${month}-01`),
    args: (terms = testTerms(), tl = timeline()) => ({
      run,
      terms,
      contract: testContract(),
      cpa: CPA,
      cpaSlug: SLUG,
      months: contractMonths(terms, tl, run.activity.months),
    }),
  };
}

/** Sets a level's delay histogram for a month from { workingDays: count }. */
function delays(s: ReturnType<typeof setup>, month: string, level: number, counts: Record<number, number>): void {
  const row = s.run.activity.serviceDelays[s.provider][level];
  const first = s.at(month) * s.run.activity.serviceDelayBuckets;
  for (const [days, count] of Object.entries(counts)) row[first + Number(days)] = count;
}

// First appointments: 80 on day 0, 8 on day 5 (still within 5), 12 on day 6 → 88/100 = 0.88,
// 2 points under 90% → 2 × 2,000 = 4,000.
const FIRST_88 = { 0: 80, 5: 8, 6: 12 };
// Licence appointments: 30 on day 0, 10 on day 1, 10 in the last bucket (20+ days) → 40/50 =
// 0.8, 10 points → 20,000.
const LICENCE_80 = { 0: 30, 1: 10, 20: 10 };
// Sentence plans: all 10 on day 15, the limit → 100%, nothing to pay.
const PLANS_MET = { 15: 10 };

describe('serviceCredits', () => {
  it('deducts the credits for missed points when under the cap', () => {
    const s = setup();
    delays(s, '2015-02', FIRST_APPOINTMENT, FIRST_88);
    delays(s, '2015-02', SENTENCE_PLAN, PLANS_MET);
    const entries = serviceCredits(s.args());
    expect(entries).toEqual([
      { date: '2015-03-01', payer: 'MoJ', payee: crcParty(SLUG), mechanism: 'serviceCredits', area: SLUG, period: '2015-02', amount: expect.closeTo(-4_000, 6) },
    ]);
  });

  it('caps the month at 5% of its fee', () => {
    const s = setup();
    // 4,000 + 20,000 = 24,000 → capped at 5% × 100,000 = 5,000.
    delays(s, '2015-03', FIRST_APPOINTMENT, FIRST_88);
    delays(s, '2015-03', LICENCE_APPOINTMENT, LICENCE_80);
    // Year 2: 20,000 → capped at 5% × 90,000 = 4,500.
    delays(s, '2016-03', LICENCE_APPOINTMENT, LICENCE_80);
    const entries = serviceCredits(s.args());
    expect(entries.map((e) => ({ date: e.date, period: e.period, amount: e.amount }))).toEqual([
      { date: '2015-04-01', period: '2015-03', amount: -5_000 },
      { date: '2016-04-01', period: '2016-03', amount: expect.closeTo(-4_500, 6) },
    ]);
  });

  it('costs nothing for a level met, or with nothing due', () => {
    const s = setup();
    delays(s, '2015-04', SENTENCE_PLAN, PLANS_MET);
    expect(serviceCredits(s.args())).toEqual([]);
    const april = servicePerformance(s.args())[s.at('2015-04')];
    expect(april.levels.sentencePlan).toEqual({ due: 10, met: 10, performance: 1, pointsMissed: 0, credit: 0 });
    expect(april.levels.firstAppointment).toEqual({ due: 0, met: 0, performance: null, pointsMissed: 0, credit: 0 });
  });

  it('caps at the variation payments once the contract is varied', () => {
    const s = setup();
    // Variation from 2016-02. March 2016: 10 community orders → fee = fixed 15,000 + 10 × 800
    // (= (1,080,000 − 180,000) / 1,125) = 23,000; cap 5% = 1,150 < the 20,000 credit.
    s.run.activity.sentenceStarts[s.provider][0][s.at('2016-03')] = 10;
    delays(s, '2016-03', LICENCE_APPOINTMENT, LICENCE_80);
    const entries = serviceCredits(s.args(testTerms([{ kind: 'variation', date: '2016-02-01' }])));
    expect(entries.map((e) => e.amount)).toEqual([expect.closeTo(-1_150, 6)]);
  });

  it('charges nothing in months without a contract, but still reports performance', () => {
    const s = setup();
    delays(s, '2016-07', LICENCE_APPOINTMENT, LICENCE_80);
    const unified = timeline([{ date: '2016-06-01', label: 'Unification', set: { operatingModel: 'unified' } }]);
    expect(serviceCredits(s.args(testTerms(), unified))).toEqual([]);
    const july = servicePerformance(s.args(testTerms(), unified))[s.at('2016-07')];
    expect(july).toMatchObject({ live: false, uncappedCredit: 0, cap: 0, credit: 0 });
    expect(july.levels.licenceAppointment).toMatchObject({ due: 50, met: 40, performance: 0.8 });
  });

  it('reports each level with the cap it met', () => {
    const s = setup();
    delays(s, '2015-03', FIRST_APPOINTMENT, FIRST_88);
    delays(s, '2015-03', LICENCE_APPOINTMENT, LICENCE_80);
    const march = servicePerformance(s.args())[s.at('2015-03')];
    expect(march.levels.firstAppointment).toMatchObject({ due: 100, met: 88, performance: 0.88 });
    expect(march.levels.firstAppointment.pointsMissed).toBeCloseTo(2, 9);
    expect(march.levels.licenceAppointment.credit).toBeCloseTo(20_000, 6);
    expect(march.uncappedCredit).toBeCloseTo(24_000, 6);
    expect(march).toMatchObject({ live: true, cap: 5_000, credit: 5_000 });
  });

  it('counts the last bucket as that many days or more', () => {
    // withinWorkingDays 19 would take the last bucket (20+) only if it were within: it is not.
    const level = { withinWorkingDays: 19, targetShare: 1, creditPerPointMissed: 100 };
    const histogram = new Array<number>(21).fill(0);
    histogram[19] = 3;
    histogram[20] = 1;
    // 3/4 = 0.75 → 25 points × 100 = 2,500.
    expect(levelPerformance(histogram, level)).toEqual({ due: 4, met: 3, performance: 0.75, pointsMissed: 25, credit: 2_500 });
  });
});
