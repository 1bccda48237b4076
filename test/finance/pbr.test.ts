// Payment by Results, by hand-worked examples. Every example is one CRC (the first CPA) with a
// baseline binary rate of 40%, a baseline predicted rate of 40% and 3 reoffences per reoffender,
// paid £37 a point a person and £1,100 a reoffence avoided, at 95% confidence, three months'
// processing, a contract from 2015-02-01 and a run of 2015-01 to 2017-12.
// Payment date of a cohort whose last quarter starts on Q: Q + 3 + 12 + 6 + 3 = Q + 24 months.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pbrForCrc, preparePbr, type PbrAdjustment, type PbrResult } from '../../finance/pbr';
import { npv } from '../../finance/publicCost';
import { contractMonths } from '../../finance/contractMonths';
import type { LedgerEntry } from '../../finance/ledger';
import type { CrcContract, CrcTerms } from '../../model/scenario/moneySchema';
import type { PbrOutcome } from '../../model/runResult';
import type { Scenario } from '../../model/scenario/schema';
import { defaultMoneyTerms } from '../../model/scenario/moneyDefaults';
import { CPA_SLUGS } from '../../model/engine/geography';
import { minimalScenario } from '../fixtures/minimalScenario';
import { emptyOutcome, fakeRun } from './fakeRun';

const CPA = 0;
const SLUG = CPA_SLUGS[CPA];

/** A cohort: `sampled` defaults to `people` (a run at scale 1), `predicted` to the baseline 40%. */
function cohort(people: number, reoffenders: number, reoffences: number, more: Partial<PbrOutcome> = {}): PbrOutcome {
  return { ...emptyOutcome(), people, reoffenders, reoffences, predicted: 0.4 * people, sampled: people, ...more };
}

interface Example {
  /** Cohorts by quarter start (the rest are empty). */
  quarters: Record<string, PbrOutcome>;
  pbr?: Partial<CrcTerms['pbr']>;
  terms?: Partial<CrcTerms>;
  contract?: Partial<CrcContract>;
  incomplete?: string[];
  timeline?: Scenario['timeline'];
  adjustment?: PbrAdjustment;
}

function pay(example: Example): { entries: LedgerEntry[]; results: PbrResult[] } {
  return pbrForCrc({ ...argsOf(example), adjustment: example.adjustment });
}

function argsOf(example: Example): Parameters<typeof preparePbr>[0] {
  const money = defaultMoneyTerms();
  const terms: CrcTerms = {
    ...money.crc,
    contractStart: '2015-02-01',
    contractEnd: '2022-01-31',
    learningCurveDiscountPerYear: 0.02,
    events: [],
    ...example.terms,
    pbr: {
      confidence: 0.95,
      binaryCohort: 'quarterly',
      binaryPricePerPointPerPerson: 37,
      frequencyPricePerReoffence: 1_100,
      frequencyBinaryHurdle: false,
      deductForDeterioration: true,
      foundationShareOfPrice: 0,
      processingMonths: 3,
      outcomes: 'simulated',
      ...example.pbr,
    },
  };
  const contract: CrcContract = {
    ...terms.contracts[SLUG],
    baseline: { binaryRate: 0.4, predictedRate: 0.4, frequency: 3 },
    ...example.contract,
  };
  const run = fakeRun('2015-01-01', 36);
  for (const [quarterStart, outcome] of Object.entries(example.quarters)) {
    const found = run.areaCohorts.find((c) => c.quarterStart === quarterStart);
    if (!found) throw new Error(`no quarter ${quarterStart} in the run`);
    found.crcManaged[CPA] = outcome;
  }
  for (const quarterStart of example.incomplete ?? []) run.areaCohorts.find((c) => c.quarterStart === quarterStart)!.complete = false;
  // minimalScenario's timeline: TR from 2014-06-01, unified from 2021-06-26.
  const months = contractMonths(terms, example.timeline ?? minimalScenario().timeline, run.activity.months);
  return { terms, contract, cpa: CPA, cpaSlug: SLUG, cohorts: run.areaCohorts, months };
}

const binary = (results: PbrResult[]) => results.filter((r) => r.measure === 'binary');
const frequency = (results: PbrResult[]) => results.filter((r) => r.measure === 'frequency');

describe('binary measure', () => {
  it('pays a significant improvement at points × people × price, 24 months after the quarter', () => {
    // 1000 people, 350 reoffend: actual 35%, target 40%, 5 points better.
    // SE = sqrt(0.4 × 0.6 / 1000) = 0.015492; z = −0.05 / 0.015492 = −3.2275, beyond ±1.96.
    // Payment 5 × 1000 × £37 = £185,000 on 2015-04-01 + 24 months = 2017-04-01.
    // 1050 reoffences is 3 per reoffender, the baseline: no frequency payment.
    const { entries, results } = pay({ quarters: { '2015-04-01': cohort(1000, 350, 1050) } });
    const [result] = binary(results);
    expect(result.period).toBe('2015-Q2');
    expect(result.actualRate).toBeCloseTo(0.35, 12);
    expect(result.targetRate).toBeCloseTo(0.4, 12);
    expect(result.improvementPoints).toBeCloseTo(5, 9);
    expect(result.zScore).toBeCloseTo(-3.2275, 4);
    expect(result.significant).toBe(true);
    expect(result.payment).toBeCloseTo(185_000, 6);
    expect(result.paymentDate).toBe('2017-04-01');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      date: '2017-04-01',
      payer: 'MoJ',
      payee: `CRC ${SLUG}`,
      mechanism: 'pbrBinary',
      area: SLUG,
      period: '2015-Q2',
    });
    expect(entries[0].amount).toBeCloseTo(185_000, 6);
  });

  it('pays nothing for the same improvement in a small sample', () => {
    // Same national-equivalent cohort, but only 50 people simulated:
    // SE = sqrt(0.24 / 50) = 0.069282; z = −0.05 / 0.069282 = −0.7217, inside ±1.96.
    const { entries, results } = pay({ quarters: { '2015-04-01': cohort(1000, 350, 1050, { sampled: 50 }) } });
    const [result] = binary(results);
    expect(result.improvementPoints).toBeCloseTo(5, 9);
    expect(result.zScore).toBeCloseTo(-0.7217, 4);
    expect(result.significant).toBe(false);
    expect(result.payment).toBe(0);
    expect(entries).toEqual([]);
  });

  it('deducts a significant deterioration, unless the terms say not to', () => {
    // 450 of 1000 reoffend: 5 points worse, z = +3.2275: −5 × 1000 × £37 = −£185,000.
    const worse = { '2015-04-01': cohort(1000, 450, 1350) };
    const deducted = pay({ quarters: worse });
    expect(binary(deducted.results)[0].payment).toBeCloseTo(-185_000, 6);
    expect(deducted.entries.map((e) => [e.mechanism, e.date, Math.round(e.amount)])).toEqual([['pbrBinary', '2017-04-01', -185_000]]);

    const spared = pay({ quarters: worse, pbr: { deductForDeterioration: false } });
    expect(binary(spared.results)[0].significant).toBe(true);
    expect(binary(spared.results)[0].payment).toBe(0);
    expect(spared.entries).toEqual([]);
  });

  it('adjusts the target for case mix', () => {
    // Predicted 450 of 1000 (45%) against a baseline cohort predicted at 40%: target 40 + 5 = 45%.
    // 400 reoffend: 5 points better than target. SE = sqrt(0.45 × 0.55 / 1000) = 0.015732,
    // z = −3.178: significant; £185,000. At the baseline's case mix the same 40% would earn nothing.
    const harder = pay({ quarters: { '2015-04-01': cohort(1000, 400, 1200, { predicted: 450 }) } });
    expect(binary(harder.results)[0].predictedRate).toBeCloseTo(0.45, 12);
    expect(binary(harder.results)[0].targetRate).toBeCloseTo(0.45, 12);
    expect(binary(harder.results)[0].zScore).toBeCloseTo(-3.178, 3);
    expect(binary(harder.results)[0].payment).toBeCloseTo(185_000, 6);

    const usual = pay({ quarters: { '2015-04-01': cohort(1000, 400, 1200) } });
    expect(binary(usual.results)[0].targetRate).toBeCloseTo(0.4, 12);
    expect(binary(usual.results)[0].payment).toBe(0);
  });

  it('clamps the adjusted target to [0, 1]', () => {
    // A 50% baseline, and a cohort predicted at 100% against a 40% reference: 50 + 60 = 110%,
    // clamped to 100% (a rate cannot be higher).
    const { results } = pay({ quarters: { '2015-04-01': cohort(100, 90, 270, { predicted: 100 }) }, contract: { baseline: { binaryRate: 0.5, predictedRate: 0.4, frequency: 3 } } });
    expect(binary(results)[0].targetRate).toBe(1);
  });

  it('pools four quarters into an annual cohort, and leaves a trailing part-year unpaid', () => {
    // Five quarters of 250 people, 90 reoffending (36%): 4 points better than 40% each.
    // Quarterly: SE = sqrt(0.24 / 250) = 0.030984, z = −1.291: none significant, nothing paid.
    // Annual (2015-Q2 to 2016-Q1): 1000 people, 360 reoffenders; z = −0.04 / 0.015492 = −2.582:
    // significant; 4 × 1000 × £37 = £148,000 on 2016-01-01 + 24 months = 2018-01-01.
    // 2016-Q2 starts a year that has not finished: no binary result.
    const quarters = Object.fromEntries(['2015-04-01', '2015-07-01', '2015-10-01', '2016-01-01', '2016-04-01'].map((q) => [q, cohort(250, 90, 270)]));
    const quarterly = pay({ quarters });
    expect(binary(quarterly.results)).toHaveLength(5);
    for (const result of binary(quarterly.results)) {
      expect(result.zScore).toBeCloseTo(-1.291, 3);
      expect(result.payment).toBe(0);
    }
    expect(quarterly.entries).toEqual([]);

    const annual = pay({ quarters, pbr: { binaryCohort: 'annual' } });
    const [year] = binary(annual.results);
    expect(binary(annual.results)).toHaveLength(1);
    expect(year).toMatchObject({ period: '2015-Q2 to 2016-Q1', people: 1000, reoffenders: 360, sampled: 1000, paymentDate: '2018-01-01' });
    expect(year.zScore).toBeCloseTo(-2.582, 3);
    expect(year.payment).toBeCloseTo(148_000, 6);
    expect(frequency(annual.results)).toHaveLength(5); // frequency is always quarterly
    expect(annual.entries.map((e) => [e.mechanism, e.period, e.date])).toEqual([['pbrBinary', '2015-Q2 to 2016-Q1', '2018-01-01']]);
  });
});

describe('frequency measure', () => {
  it('pays reoffences avoided against the baseline frequency, never a deduction', () => {
    // 400 of 1000 reoffend (at target: no binary payment) with 1000 reoffences: 2.5 each.
    // Avoided (3 − 2.5) × 400 = 200; 200 × £1,100 = £220,000 on 2017-04-01.
    const { entries, results } = pay({ quarters: { '2015-04-01': cohort(1000, 400, 1000) } });
    const [result] = frequency(results);
    expect(result.actualFrequency).toBeCloseTo(2.5, 12);
    expect(result.baselineFrequency).toBe(3);
    expect(result.reoffencesAvoided).toBeCloseTo(200, 9);
    expect(result.payment).toBeCloseTo(220_000, 6);
    expect(entries.map((e) => [e.mechanism, e.period, e.date, Math.round(e.amount)])).toEqual([['pbrFrequency', '2015-Q2', '2017-04-01', 220_000]]);

    // 1400 reoffences: 3.5 each, 200 more than the baseline: paid nothing, not deducted.
    const worse = pay({ quarters: { '2015-04-01': cohort(1000, 400, 1400) } });
    expect(frequency(worse.results)[0].reoffencesAvoided).toBeCloseTo(-200, 9);
    expect(frequency(worse.results)[0].payment).toBe(0);
    expect(worse.entries).toEqual([]);
  });

  it('with the binary hurdle, pays only when the quarter is at or below its binary target', () => {
    // At target (40%): the hurdle is met, £220,000 as above.
    const atTarget = pay({ quarters: { '2015-04-01': cohort(1000, 400, 1000) }, pbr: { frequencyBinaryHurdle: true } });
    expect(frequency(atTarget.results)[0].payment).toBeCloseTo(220_000, 6);
    // 420 reoffend (42%, not significantly worse: z = 0.02 / 0.015492 = 1.291) with 2.5 each:
    // avoided (3 − 2.5) × 420 = 210, £231,000 without the hurdle; with it, 42% > 40%: nothing.
    const above = { '2015-04-01': cohort(1000, 420, 1050) };
    expect(frequency(pay({ quarters: above }).results)[0].payment).toBeCloseTo(231_000, 6);
    const hurdled = pay({ quarters: above, pbr: { frequencyBinaryHurdle: true } });
    expect(frequency(hurdled.results)[0].significant).toBe(false);
    expect(frequency(hurdled.results)[0].payment).toBe(0);
    expect(hurdled.entries).toEqual([]);
  });
});

describe('foundation payment', () => {
  it('is paid at the quarter start, discounted by contract year, and clawed back with the results', () => {
    // 10% of a £4,000,000 price, a quarter of it: £100,000; contract year 1 (from 2016-02):
    // £100,000 × 0.98 = £98,000. Each is clawed back on the quarter's payment date (+24 months).
    // The cohorts are exactly at baseline, so results pay nothing.
    const { entries } = pay({
      quarters: { '2016-01-01': cohort(1000, 400, 1200), '2016-04-01': cohort(1000, 400, 1200) },
      pbr: { foundationShareOfPrice: 0.1 },
      contract: { annualPrice: 4_000_000 },
    });
    expect(entries.map((e) => [e.mechanism, e.period, e.date, Math.round(e.amount * 100) / 100])).toEqual([
      ['pbrFoundation', '2016-Q1', '2016-01-01', 100_000],
      ['pbrFoundationClawback', '2016-Q1', '2018-01-01', -100_000],
      ['pbrFoundation', '2016-Q2', '2016-04-01', 98_000],
      ['pbrFoundationClawback', '2016-Q2', '2018-04-01', -98_000],
    ]);
    for (const e of entries) expect(e).toMatchObject({ payer: 'MoJ', payee: `CRC ${SLUG}`, area: SLUG });
  });
});

describe('which quarters count', () => {
  const improved = () => cohort(1000, 350, 1050); // pays £185,000 when it counts

  it('not before the contract starts, nor when incomplete, nor empty', () => {
    // 2015-Q1 starts in January, before the 2015-02-01 contract start; 2015-Q3 is incomplete;
    // 2015-Q4 has no people. Only 2015-Q2 is paid.
    const { entries, results } = pay({
      quarters: { '2015-01-01': improved(), '2015-04-01': improved(), '2015-07-01': improved(), '2015-10-01': cohort(0, 0, 0) },
      incomplete: ['2015-07-01'],
    });
    expect(results.map((r) => [r.measure, r.period])).toEqual([
      ['binary', '2015-Q2'],
      ['frequency', '2015-Q2'],
    ]);
    expect(entries.map((e) => e.period)).toEqual(['2015-Q2']);
  });

  it('not after an early termination, nor after the operating model leaves TR', () => {
    const quarters = { '2015-10-01': improved(), '2016-01-01': improved(), '2016-07-01': improved() };
    const terminated = pay({ quarters, terms: { events: [{ kind: 'termination', date: '2016-01-01', compensationPerCrc: 0 }] } });
    expect(terminated.entries.map((e) => e.period)).toEqual(['2015-Q4']);

    const timeline = minimalScenario().timeline;
    timeline.changes = timeline.changes.map((c) => (c.set.operatingModel === 'unified' ? { ...c, date: '2016-06-26' } : c));
    const unified = pay({ quarters, timeline });
    expect(unified.entries.map((e) => e.period)).toEqual(['2015-Q4', '2016-Q1']);
  });
});

describe('order and adjustment', () => {
  it('lists cohorts in time order, binary before frequency', () => {
    const { entries, results } = pay({
      quarters: { '2015-07-01': cohort(1000, 350, 700), '2015-04-01': cohort(1000, 350, 700) },
    });
    expect(results.map((r) => [r.measure, r.period])).toEqual([
      ['binary', '2015-Q2'],
      ['frequency', '2015-Q2'],
      ['binary', '2015-Q3'],
      ['frequency', '2015-Q3'],
    ]);
    expect(entries.map((e) => [e.mechanism, e.period])).toEqual([
      ['pbrBinary', '2015-Q2'],
      ['pbrFrequency', '2015-Q2'],
      ['pbrBinary', '2015-Q3'],
      ['pbrFrequency', '2015-Q3'],
    ]);
  });

  it('applies a hypothetical reduction to reoffenders, keeping the frequency', () => {
    // At target (400 of 1000, 1200 reoffences): nothing. 5 points fewer: 350 reoffenders and
    // 1200 × 350 / 400 = 1050 reoffences (still 3 each): the first example's £185,000.
    const { results } = pay({ quarters: { '2015-04-01': cohort(1000, 400, 1200) }, adjustment: { reductionPoints: 5 } });
    const [b, f] = results;
    expect(b.reoffenders).toBeCloseTo(350, 9);
    expect(b.reoffences).toBeCloseTo(1050, 9);
    expect(b.payment).toBeCloseTo(185_000, 6);
    expect(f.actualFrequency).toBeCloseTo(3, 12);
    expect(f.payment).toBeCloseTo(0, 6);
    // A reduction larger than the rate leaves nobody reoffending, not fewer than nobody.
    const all = pay({ quarters: { '2015-04-01': cohort(1000, 400, 1200) }, adjustment: { reductionPoints: 60 } });
    expect(all.results[0].reoffenders).toBe(0);
    expect(all.results[0].reoffences).toBe(0);
  });

  it('gives a cohort with no reoffenders the baseline frequency when it gets worse, so a worse result never pays more', () => {
    // 0 of 1000 reoffend; 10 points worse: 100 reoffenders at the baseline 3 each = 300 reoffences,
    // so the frequency measure avoids nothing and pays nothing (not 100 × 3 reoffences "avoided").
    const { results } = pay({ quarters: { '2015-04-01': cohort(1000, 0, 0) }, adjustment: { reductionPoints: -10 } });
    const frequency = results.find((r) => r.measure === 'frequency')!;
    expect(frequency.reoffenders).toBeCloseTo(100, 9);
    expect(frequency.reoffences).toBeCloseTo(300, 9);
    expect(frequency.payment).toBe(0);
  });
});

describe("outcomes 'atBaseline' (a bidder's no-improvement case)", () => {
  it('takes every quarter at its case-mix adjusted target, so nothing is paid where the simulated cohorts pay', () => {
    // Simulated: 2015-Q2 has 350 of 1000 reoffending with 700 reoffences: binary 5 points better,
    // £185,000 (as in the first example); frequency 2 per reoffender, (3 − 2) × 350 = 350
    // avoided, £385,000. 2015-Q3 is predicted at 45% (450 of 1000): target 45%.
    const quarters = { '2015-04-01': cohort(1000, 350, 700), '2015-07-01': cohort(1000, 350, 700, { predicted: 450 }) };
    const simulated = pay({ quarters });
    expect(simulated.entries.filter((e) => e.period === '2015-Q2').map((e) => [e.mechanism, Math.round(e.amount)])).toEqual([
      ['pbrBinary', 185_000],
      ['pbrFrequency', 385_000],
    ]);

    // At baseline: 2015-Q2 becomes 40% × 1000 = 400 reoffenders with 400 × 3 = 1200 reoffences;
    // 2015-Q3 45% × 1000 = 450 with 1350. Both at target: z = 0, no payment, no entries.
    const atBaseline = pay({ quarters, pbr: { outcomes: 'atBaseline' } });
    expect(atBaseline.entries).toEqual([]);
    expect(atBaseline.results.map((r) => [r.measure, r.period, r.reoffenders, r.reoffences, r.payment])).toEqual([
      ['binary', '2015-Q2', 400, 1200, 0],
      ['frequency', '2015-Q2', 400, 1200, 0],
      ['binary', '2015-Q3', 450, 1350, 0],
      ['frequency', '2015-Q3', 450, 1350, 0],
    ]);
    for (const r of atBaseline.results) {
      expect(r.actualRate).toBe(r.targetRate);
      expect(r.improvementPoints).toBe(0);
      expect(r.zScore).toBe(0);
      expect(r.significant).toBe(false);
      expect(r.actualFrequency).toBe(3);
      expect(r.reoffencesAvoided).toBe(0);
    }
  });

  it('pays nothing on an annual pool even when a quarter target was clamped', () => {
    // Baseline 50%, reference predicted 40%. 2015-Q2 is predicted at 100%: target 50 + 60 = 110%,
    // clamped to 100%, so 1000 reoffenders. 2015-Q3-2016-Q1 are predicted at 40%: target 50%,
    // 500 each. Pooled: 2500 of 4000 (62.5%) against a pooled target of 50 + (2200/4000 − 40) =
    // 65%: 2.5 points "better" only because of the clamp (z = −3.3, significant, £370,000 if
    // paid). The case means no improvement, so the measures are set to the target: nothing paid.
    const quarters = {
      '2015-04-01': cohort(1000, 0, 0, { predicted: 1000 }),
      '2015-07-01': cohort(1000, 0, 0),
      '2015-10-01': cohort(1000, 0, 0),
      '2016-01-01': cohort(1000, 0, 0),
    };
    const { entries, results } = pay({
      quarters,
      pbr: { outcomes: 'atBaseline', binaryCohort: 'annual' },
      contract: { baseline: { binaryRate: 0.5, predictedRate: 0.4, frequency: 3 } },
    });
    const [year] = binary(results);
    expect(year.reoffenders).toBeCloseTo(2500, 9);
    expect(year.targetRate).toBeCloseTo(0.65, 12);
    expect(year.actualRate).toBe(year.targetRate);
    expect(year.payment).toBe(0);
    expect(frequency(results).map((r) => r.payment)).toEqual([0, 0, 0, 0]);
    expect(entries).toEqual([]);

    // The same counts as simulated outcomes do pay that £370,000.
    const sameCounts = pay({
      quarters: { '2015-04-01': cohort(1000, 1000, 3000, { predicted: 1000 }), '2015-07-01': cohort(1000, 500, 1500), '2015-10-01': cohort(1000, 500, 1500), '2016-01-01': cohort(1000, 500, 1500) },
      pbr: { binaryCohort: 'annual' },
      contract: { baseline: { binaryRate: 0.5, predictedRate: 0.4, frequency: 3 } },
    });
    expect(binary(sameCounts.results)[0].zScore).toBeCloseTo(-3.315, 3);
    expect(binary(sameCounts.results)[0].payment).toBeCloseTo(370_000, 6);
  });

  it('measures a hypothetical reduction from the target (the break-even search)', () => {
    // 5 points below the 40% target: 350 of 1000 at 3 each, the first example's £185,000; the
    // frequency stays the baseline's, so it pays nothing.
    const { entries } = pay({ quarters: { '2015-04-01': cohort(1000, 123, 456) }, pbr: { outcomes: 'atBaseline' }, adjustment: { reductionPoints: 5 } });
    expect(entries.map((e) => [e.mechanism, Math.round(e.amount)])).toEqual([['pbrBinary', 185_000]]);
  });
});

describe('properties', () => {
  it('npvAt gives the bits of npv over the ledger resultsAt builds, under any adjustment', () => {
    const quarterStarts = ['2015-04-01', '2015-07-01', '2015-10-01', '2016-01-01', '2016-04-01', '2016-07-01'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1, max: 6, noNaN: true })), { minLength: 6, maxLength: 6 }),
        fc.double({ min: -30, max: 30, noNaN: true }),
        fc.boolean(),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (outcomes, reductionPoints, annual, foundationShareOfPrice) => {
          const quarters = Object.fromEntries(outcomes.map(([people, rate, frequency], i) => [quarterStarts[i], cohort(people, Math.round(rate * people), Math.round(rate * people) * frequency)]));
          const prepared = preparePbr(argsOf({ quarters, pbr: { binaryCohort: annual ? 'annual' : 'quarterly', foundationShareOfPrice } }));
          const adjustment = { reductionPoints };
          expect(Object.is(prepared.npvAt(adjustment, 0.035, '2015-02-01'), npv(prepared.resultsAt(adjustment).entries, 0.035, '2015-02-01'))).toBe(true);
        },
      ),
    );
  });

  it('a cohort exactly at target pays nothing', () => {
    // Once found: a baseline of 0 with a tiny predicted rate, pooled annually (see proportionZ).
    const examples: [number, number, number, number, number, boolean, boolean][] = [
      [4453, 0, 4.254793407339959e-305, 0.11486638221423759, 1, true, false],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        fc.boolean(),
        (people, rateShare, predictedRate, sampledShare, baselineFrequency, annual, hurdle) => {
          const reoffenders = Math.round(rateShare * people);
          const actualRate = reoffenders / people;
          // The baseline is set so that the case-mix-adjusted target equals the actual rate,
          // and the frequency equals the baseline's.
          const outcome = cohort(people, reoffenders, reoffenders * baselineFrequency, {
            predicted: predictedRate * people,
            sampled: Math.max(1, Math.round(sampledShare * people)),
          });
          const quarters = Object.fromEntries(['2015-04-01', '2015-07-01', '2015-10-01', '2016-01-01'].map((q) => [q, outcome]));
          const { entries, results } = pay({
            quarters,
            pbr: { binaryCohort: annual ? 'annual' : 'quarterly', frequencyBinaryHurdle: hurdle },
            contract: { baseline: { binaryRate: actualRate, predictedRate, frequency: baselineFrequency } },
          });
          for (const result of results) {
            expect(Math.abs(result.improvementPoints)).toBeLessThan(1e-9);
            expect(result.significant).toBe(false);
            expect(result.payment).toBe(0);
          }
          expect(entries).toEqual([]);
        },
      ),
      { examples },
    );
  });

  it('a larger cohort shows the same true improvement as significant more often', () => {
    // True rate 37% against a 40% target (3 points better). With n simulated people,
    // z ≈ −0.03 / sqrt(0.24 / n): about −0.87 for n = 200 (power ≈ 14%) and −2.74 for n = 2000
    // (power ≈ 78%). 400 seeded cohorts of each size (this seed gives 12.5% and 80%).
    const random = mulberry32(20_150_401);
    const shareSignificant = (n: number): number => {
      let significant = 0;
      const trials = 400;
      for (let t = 0; t < trials; t++) {
        let reoffenders = 0;
        for (let i = 0; i < n; i++) if (random() < 0.37) reoffenders++;
        const { results } = pay({ quarters: { '2015-04-01': cohort(n, reoffenders, 3 * reoffenders) } });
        const [result] = binary(results);
        // Paid when significantly better, nothing when not significant (a significant
        // deterioration is possible by chance, if very unlikely, and would be deducted).
        if (result.significant && result.improvementPoints > 0) {
          significant++;
          expect(result.payment).toBeGreaterThan(0);
        } else if (!result.significant) expect(result.payment).toBe(0);
      }
      return significant / trials;
    };
    const small = shareSignificant(200);
    const large = shareSignificant(2000);
    expect(small).toBeGreaterThan(0.05);
    expect(small).toBeLessThan(0.3);
    expect(large).toBeGreaterThan(0.65);
    expect(large).toBeGreaterThan(small + 0.4);
  });
});

/** A small seeded PRNG (mulberry32) for the simulation above: uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
