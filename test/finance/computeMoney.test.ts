// The whole money pipeline on real runs of the engine (small scale) and on hand-built runs:
// every reported figure is a sum of ledger entries; a run with no change against the baseline
// earns no payment by results; one cohort worked by hand is paid what the hand says, when it says;
// doubling one price moves that line and nothing else; the same run gives the same bits;
// operating models are costed as they should be.
import { describe, expect, it } from 'vitest';
import { runSimulation, type Scenario } from '../../model/index';
import { computeMoney, moneyReport, summarizeMoney, sumLedger, type MoneyResult } from '../../finance/index';
import { crcParty } from '../../finance/ledger';
import { breakEvenReduction } from '../../finance/breakEven';
import { small } from '../helpers/scenarios';
import { fakeRun } from './fakeRun';
import { CPAS, CPA_SLUGS } from '../../model/engine/geography';

const cache = new Map<string, { scenario: Scenario; money: MoneyResult }>();

/** A small run, 2013-2020 (TR arrives in it; the contract from 2015-02 has complete cohorts). */
function moneyOf(name: string, edit: (s: Scenario) => void = () => {}, key = name): { scenario: Scenario; money: MoneyResult } {
  if (!cache.has(key)) {
    const scenario = small(name, 0.02, 8, 3);
    edit(scenario);
    const run = runSimulation(scenario, { seed: 5 });
    cache.set(key, { scenario, money: computeMoney(run, scenario) });
  }
  return cache.get(key)!;
}

describe('computeMoney on a run of the engine', () => {
  it('reports figures that are sums of its ledger entries', () => {
    const { money } = moneyOf('tr');
    expect(money.ledger.length).toBeGreaterThan(1000);
    for (const crc of money.crcs) {
      const party = crcParty(crc.slug);
      expect(crc.revenue).toBeCloseTo(sumLedger(money.ledger, (e) => e.payee === party), 2);
      expect(crc.cost).toBeCloseTo(sumLedger(money.ledger, (e) => e.payer === party), 2);
      expect(crc.profit).toBeCloseTo(crc.revenue - crc.cost, 2);
      expect(crc.pbrBinary).toBeCloseTo(sumLedger(money.ledger, (e) => e.area === crc.slug && e.mechanism === 'pbrBinary'), 2);
      expect(crc.serviceCredits).toBeCloseTo(-sumLedger(money.ledger, (e) => e.area === crc.slug && e.mechanism === 'serviceCredits'), 2);
      const byYear = crc.years.reduce((total, y) => total + y.profit, 0);
      expect(byYear).toBeCloseTo(crc.profit, 2);
      expect(crc.cashFlow[crc.cashFlow.length - 1].cumulative).toBeCloseTo(crc.profit, 2);
    }
    const publicTotal = money.publicCost.years.reduce((total, y) => total + y.total, 0);
    const inWindow = sumLedger(money.ledger, (e) => !e.mechanism.startsWith('crc') && e.date >= '2013-01-01' && e.date < '2021-01-01');
    expect(publicTotal).toBeCloseTo(inWindow, 0);
  });

  it('pays every CRC its Fee for Service and charges its costs while the contract is in force', () => {
    const { money } = moneyOf('tr');
    expect(money.crcs.map((c) => c.slug)).toEqual([...CPA_SLUGS]);
    for (const crc of money.crcs) {
      expect(crc.contractYears).toBeCloseTo(71 / 12, 10); // 2015-02 to 2020-12
      expect(crc.revenue).toBeGreaterThan(0);
      expect(crc.cost).toBeGreaterThan(0);
      const entries = money.ledger.filter((e) => e.area === crc.slug);
      expect(entries.some((e) => e.mechanism === 'ffs')).toBe(true);
      // The CRCs were public companies from June 2014 to the share sale: the MoJ met their costs.
      expect(entries.filter((e) => e.mechanism === 'publicCrcCosts').map((e) => e.period)).toContain('2014-12');
      expect(entries.some((e) => e.mechanism === 'ffs' && e.period < '2015-02')).toBe(false);
    }
  });

  it('gives the same bits for the same run', () => {
    const scenario = small('as-happened', 0.01, 8, 2);
    const a = computeMoney(runSimulation(scenario, { seed: 9 }), scenario);
    const b = computeMoney(runSimulation(scenario, { seed: 9 }), scenario);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('costs each operating model its own way: no CRC money under the trusts, commissioned services only when unified', () => {
    const trusts = summarizeMoney(moneyOf('trusts').money);
    expect(trusts.crc.revenuePerYear).toBeNaN();
    expect(trusts.crc.probabilityOfLoss).toBeNaN();
    expect(trusts.publicCost.crcPaymentsPerYear).toBe(0);
    expect(trusts.publicCost.commissionedServicesPerYear).toBe(0);
    const unified = summarizeMoney(moneyOf('unified').money);
    expect(unified.publicCost.commissionedServicesPerYear).toBeGreaterThan(0);
    const tr = summarizeMoney(moneyOf('tr').money);
    expect(tr.publicCost.crcPaymentsPerYear).toBeGreaterThan(1e8);
    // Under TR the NPS alone is paid as staff; the CRCs through their contracts.
    expect(tr.publicCost.probationPerYear).toBeLessThan(trusts.publicCost.probationPerYear);
    for (const s of [trusts, unified, tr]) {
      expect(s.publicCost.prisonPlacesPerYear).toBeGreaterThan(1e9);
      expect(s.publicCost.reoffendingPerYear).toBeGreaterThan(1e9);
    }
  });

  it('moves only the Fee for Use line (and the revenue it adds to) when a rate-card price doubles', () => {
    const base = moneyOf('tr').money;
    const doubled = moneyOf('tr', (s) => (s.money.crc.feeForUse.accreditedProgramme *= 2), 'tr-ffu').money;
    for (let i = 0; i < base.crcs.length; i++) {
      const [a, b] = [base.crcs[i], doubled.crcs[i]];
      const accredited = (m: MoneyResult) =>
        sumLedger(m.ledger, (e) => e.area === a.slug && e.mechanism === 'feeForUse');
      const change = accredited(doubled) - accredited(base);
      expect(change).toBeGreaterThan(0);
      expect(b.revenue - a.revenue).toBeCloseTo(change, 4);
      expect(b.cost).toBe(a.cost);
      expect(b.pbrBinary).toBe(a.pbrBinary);
      expect(b.serviceCredits).toBe(a.serviceCredits);
    }
  });
});

describe('payment by results with no change', () => {
  it('pays nothing when every cohort reoffends exactly at its baseline, whatever the volumes', () => {
    const scenario = small('tr', 0.02, 8, 3);
    const run = fakeRun('2013-01-01', 96, 1);
    for (const quarter of run.areaCohorts) {
      CPAS.forEach((_, cpa) => {
        const baseline = scenario.money.crc.contracts[CPA_SLUGS[cpa]].baseline;
        const people = 4000;
        const reoffenders = baseline.binaryRate * people;
        quarter.crcManaged[cpa] = {
          people,
          reoffenders,
          reoffences: reoffenders * baseline.frequency,
          predicted: baseline.predictedRate * people,
          sampled: people,
        };
      });
    }
    const money = computeMoney(run, scenario);
    expect(money.ledger.filter((e) => e.mechanism.startsWith('pbr'))).toEqual([]);
    for (const crc of money.crcs) expect(crc.pbr.length).toBeGreaterThan(0);
  });
});

describe('payment by results, worked by hand', () => {
  // Every quarter of every CRC reoffends exactly at its baseline (which pays nothing, above), except
  // one: in the first CRC's 2016-Q1 cohort of 4,000 people, 5 percentage points fewer reoffend, at
  // the baseline frequency. Quarterly binary cohorts at £50 a point a person, no foundation payment.
  // By hand: 5 points × 4,000 people × £50 = £1,000,000, far beyond chance (z ≈ 6). The cohort's
  // quarter ends on 2016-03-31; 12 months' follow-up and 6 months' wait for convictions end on
  // 2017-09-30; paid on 2017-10-01, plus the processing months. Nothing else changes, so revenue,
  // profit and the cumulative cash flow rise by exactly that, and NPV by it discounted from the
  // contract start (2015-02-01) over 32 months.
  const PAYMENT = 5 * 4000 * 50;
  const IMPROVED = '2016-01-01';
  const DISCOUNT_RATE = 0.035;

  function moneyWith(processingMonths: number, improved: boolean): MoneyResult {
    const scenario = small('tr', 0.02, 8, 3);
    scenario.money.discountRatePerYear = DISCOUNT_RATE;
    scenario.money.crc.contractStart = '2015-02-01';
    scenario.money.crc.pbr = {
      ...scenario.money.crc.pbr,
      binaryCohort: 'quarterly',
      binaryPricePerPointPerPerson: 50,
      foundationShareOfPrice: 0,
      frequencyBinaryHurdle: false,
      processingMonths,
      outcomes: 'simulated',
    };
    const run = fakeRun('2013-01-01', 96, 1);
    for (const quarter of run.areaCohorts) {
      CPAS.forEach((_, cpa) => {
        const baseline = scenario.money.crc.contracts[CPA_SLUGS[cpa]].baseline;
        const people = 4000;
        const rate = improved && cpa === 0 && quarter.quarterStart === IMPROVED ? baseline.binaryRate - 0.05 : baseline.binaryRate;
        const reoffenders = rate * people;
        quarter.crcManaged[cpa] = { people, reoffenders, reoffences: reoffenders * baseline.frequency, predicted: baseline.predictedRate * people, sampled: people };
      });
    }
    return computeMoney(run, scenario);
  }

  it('pays 5 points × 4,000 people × £50 for the improved cohort, 18 months after its quarter ends', () => {
    for (const [processingMonths, paidOn] of [[0, '2017-10-01'], [2, '2017-12-01']] as const) {
      const pbrEntries = moneyWith(processingMonths, true).ledger.filter((e) => e.mechanism.startsWith('pbr') && Math.abs(e.amount) > 0.01);
      expect(pbrEntries.map((e) => [e.mechanism, e.payee, e.period, e.date]), `processing ${processingMonths} months`).toEqual([
        ['pbrBinary', crcParty(CPA_SLUGS[0]), '2016-Q1', paidOn],
      ]);
      expect(pbrEntries[0].amount).toBeCloseTo(PAYMENT, 2);
    }
  });

  it('adds exactly the payment to revenue, profit and the cash flow from the month it is paid, and its discounted value to NPV', () => {
    const base = moneyWith(0, false).crcs[0];
    const better = moneyWith(0, true).crcs[0];
    expect(better.revenue - base.revenue).toBeCloseTo(PAYMENT, 2);
    expect(better.cost).toBe(base.cost);
    expect(better.profit - base.profit).toBeCloseTo(PAYMENT, 2);
    expect(better.pbrBinary - base.pbrBinary).toBeCloseTo(PAYMENT, 2);
    for (let i = 0; i < base.cashFlow.length; i++) {
      const month = base.cashFlow[i].month;
      const rise = better.cashFlow[i].cumulative - base.cashFlow[i].cumulative;
      expect(rise, month).toBeCloseTo(month < '2017-10' ? 0 : PAYMENT, 2);
    }
    // 2015-02 to 2017-10: 32 months.
    expect(better.npv - base.npv).toBeCloseTo(PAYMENT * (1 + DISCOUNT_RATE) ** (-32 / 12), 2);
  });
});

describe('breakEvenReduction', () => {
  it('finds where a rising NPV crosses zero, to a hundredth of a point', () => {
    expect(breakEvenReduction((points) => 1e6 * (points - 2.5))).toBeCloseTo(2.5, 2);
    // A step: nothing is paid until the improvement is significant at 3.2 points.
    expect(breakEvenReduction((points) => (points >= 3.2 ? 5e5 : -1e5))).toBeCloseTo(3.2, 2);
  });

  it('says when no reduction in range breaks even, or when even a deterioration does', () => {
    expect(breakEvenReduction(() => -1)).toBeNaN();
    expect(breakEvenReduction(() => 1)).toBe(-30);
  });
});

describe('moneyReport', () => {
  it('gives each CRC its P&L, cash flow and PbR by cohort, and totals that are the sums of the CRCs', () => {
    const { money } = moneyOf('tr');
    const report = moneyReport(money);
    expect(report.crcs.map((c) => c.slug)).toEqual([...CPA_SLUGS]);
    const profitByYear = (year: number) => money.crcs.reduce((t, c) => t + (c.years.find((y) => y.year === year)?.profit ?? 0), 0);
    for (const row of report.total.years) expect(row.profit).toBeCloseTo(profitByYear(row.year), 2);
    const last = report.total.cashFlow[report.total.cashFlow.length - 1];
    expect(last.cumulative).toBeCloseTo(money.crcs.reduce((t, c) => t + c.profit, 0), 2);
    const london = report.crcs.find((c) => c.slug === 'london')!;
    expect(new Set(london.pbr.map((r) => r.measure))).toEqual(new Set(['binary', 'frequency']));
    expect(london.pbr.every((r) => r.paymentDate > r.period.slice(0, 4))).toBe(true);
  });
});
