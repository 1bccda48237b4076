// One future in detail: the scope's figures from a money report, cash flow, P&L, service credits
// and payment by results by cohort, each with the finding in words.
import { describe, expect, it } from 'vitest';
import type { MoneyReport } from '../../renderer/engine';
import { activeMonths, cashFlowData, cashFlowTitle, crcNamesOf, monthName, pnlData, pnlTitle, scopeMoney, scopeName, serviceCreditTitle, type PbrCohort } from '../../renderer/lib/moneyDetail';
import { pbrData, pbrRows, pbrTitle } from '../../renderer/lib/moneyPbr';

const M = 1e6;

function cohort(over: Partial<PbrCohort>): PbrCohort {
  return {
    cpaSlug: 'london',
    measure: 'frequency',
    period: '2016-Q1',
    people: 1000,
    reoffenders: 400,
    reoffences: 1600,
    sampled: 100,
    actualRate: 0.4,
    predictedRate: 0.42,
    targetRate: 0.41,
    improvementPoints: 1,
    zScore: -1,
    significant: false,
    actualFrequency: 4,
    baselineFrequency: 4.2,
    reoffencesAvoided: 80,
    payment: 0.1 * M,
    paymentDate: '2017-10-01',
    ...over,
  };
}

const year = (y: number, profit: number, serviceCredits = 0) => ({ year: y, revenue: 100 * M, cost: 100 * M - profit, profit, pbr: 1 * M, serviceCredits });
const month = (m: string, net: number, cumulative: number) => ({ month: m, revenue: net > 0 ? net : 0, cost: net < 0 ? -net : 0, net, cumulative });

const report = {
  priceYear: 2016,
  discountRatePerYear: 0.035,
  crcs: [
    {
      slug: 'london',
      name: 'London',
      years: [year(2015, -2 * M, 0.5 * M), year(2016, 5 * M)],
      cashFlow: [month('2014-12', 0, 0), month('2015-01', -3 * M, -3 * M), month('2015-02', 1 * M, -2 * M), month('2015-03', 6 * M, 4 * M), month('2015-04', 0, 4 * M)],
      pbr: [cohort({}), cohort({ measure: 'binary', period: '2015-Q2 to 2016-Q1', payment: -0.2 * M, significant: true })],
    },
    {
      slug: 'wales',
      name: 'Wales',
      years: [year(2015, 1 * M), year(2016, 1 * M, 0.2 * M)],
      cashFlow: [],
      pbr: [cohort({ cpaSlug: 'wales', people: 3000, reoffenders: 1000, actualRate: 0.2, targetRate: 0.25, actualFrequency: 3, baselineFrequency: 3.3, payment: 0.3 * M })],
    },
  ],
  total: { years: [year(2015, -1 * M, 0.5 * M), year(2016, 6 * M, 0.2 * M)], cashFlow: [month('2015-01', -3 * M, -3 * M), month('2015-02', 5 * M, 2 * M)] },
  publicCost: { years: [], npv: 0, baseDate: '2012-01-01' },
} as unknown as MoneyReport;

describe('scope', () => {
  it('takes the totals for all CRCs and one CRC by slug', () => {
    expect(scopeMoney(report, 'all')).toMatchObject({ name: 'All CRCs', years: report.total.years });
    expect(scopeMoney(report, 'all')!.pbr).toHaveLength(3);
    expect(scopeMoney(report, 'wales')!.name).toBe('Wales');
    expect(scopeMoney(report, 'nowhere')).toBeUndefined();
    expect(crcNamesOf(report)).toEqual({ london: 'London', wales: 'Wales' });
    expect(scopeName('hampshire-and-isle-of-wight', {})).toBe('Hampshire and Isle of Wight');
    expect(scopeName('all', {})).toBe('All CRCs');
  });
});

describe('cash flow', () => {
  it('trims the months where nothing moves, and finds the working capital needed', () => {
    const months = activeMonths(report.crcs[0].cashFlow);
    expect(months.map((m) => m.month)).toEqual(['2015-01', '2015-02', '2015-03']);
    expect(cashFlowTitle('London', months)).toBe('London ends £4.0m up by Mar 2015; cumulative cash is lowest in Jan 2015 at \u2212£3.0m, the working capital it needs');
    expect(cashFlowTitle('X', [month('2015-01', 1 * M, 1 * M)])).toContain('never goes below zero');
    expect(cashFlowTitle('X', [])).toContain('no money moved');
    expect(cashFlowData(months).rows[0]).toEqual({ month: '2015-01', revenue: 0, cost: 3, net: -3, cumulative: -3 });
    expect(monthName('2015-02')).toBe('Feb 2015');
  });
});

describe('P&L and service credits', () => {
  it('names the best and worst years and the loss years', () => {
    const years = report.crcs[0].years;
    expect(pnlTitle('London', years)).toBe('London makes £3.0m over 2015–2016 in this future: best year 2016 (£5.0m), worst 2015 (\u2212£2.0m); loss in 2015');
    expect(pnlData(years).rows[1]).toMatchObject({ year: '2016', profit: 5, pbr: 1 });
    expect(serviceCreditTitle('All CRCs', report.total.years)).toBe('Service credits cost All CRCs £0.7m in this future, most in 2015 (£0.5m)');
    expect(serviceCreditTitle('Wales', [year(2015, 1)])).toContain('loses nothing to service credits');
  });
});

describe('payment by results', () => {
  it('pools a cohort over CRCs: payments add, rates weighted by the people they describe', () => {
    const rows = pbrRows(scopeMoney(report, 'all')!.pbr);
    // In time order of the cohorts' first quarter.
    expect(rows.map((r) => `${r.measure} ${r.period}`)).toEqual(['binary 2015-Q2 to 2016-Q1', 'frequency 2016-Q1']);
    const frequency = rows.find((r) => r.measure === 'frequency')!;
    expect(frequency.payment).toBeCloseTo(0.4 * M, 6);
    expect(frequency.people).toBe(4000);
    // Weighted by reoffenders: (4 × 400 + 3 × 1000) / 1400.
    expect(frequency.actual).toBeCloseTo((4 * 400 + 3 * 1000) / 1400, 12);
    expect(frequency.baseline).toBeCloseTo((4.2 * 400 + 3.3 * 1000) / 1400, 12);
    expect(frequency.crcs).toBe(2);
    const binary = rows.find((r) => r.measure === 'binary')!;
    expect(binary).toMatchObject({ actual: 0.4, baseline: 0.41, significant: 1, crcs: 1 });
    const data = pbrData(rows);
    expect(data.rows.find((r) => r.measure === 'binary')).toMatchObject({ binaryM: -0.2, frequencyM: null, significant: 1 });
    expect(data.rows.find((r) => r.measure === 'frequency')).toMatchObject({ binaryM: null, significant: null });
  });

  it('states the total and the split by measure', () => {
    const rows = pbrRows(report.crcs[0].pbr);
    expect(pbrTitle('London', rows)).toBe(
      'Payment by results brings London \u2212£0.1m in this future: £0.1m on the frequency measure, \u2212£0.2m on the binary measure (1 of 1 annual cohorts paid or deducted)',
    );
    expect(pbrTitle('London', [])).toContain('no payment-by-results cohorts');
  });
});
