// Payment by Results for one Community Rehabilitation Company: what the MoJ pays (or deducts) for
// the CRC's reoffending results, from the quarterly cohorts of people it managed.
//
// Rules, as implemented:
// - Cohorts. Quarter q's cohort is `cohorts[q].crcManaged[cpa]` (national-equivalent counts;
//   `sampled` is the raw simulated count). A quarter counts when its first month is a live
//   contract month (so not before the contract starts, nor after it ends, is terminated or the
//   operating model leaves TR) and its cohort is complete (follow-up and wait both ended in the
//   run). A quarter with no people is skipped: it has no rate to pay on.
// - Binary measure (did the share of people who reoffended fall?). On annual cohorts when
//   `pbr.binaryCohort` is 'annual': the counted quarters in time order, taken four at a time from
//   the first, pooled (people, reoffenders, predicted, sampled summed); a trailing group of fewer
//   than four is not paid (its year is not over). Otherwise on each quarter.
//   actualRate = reoffenders / people; predictedRate = predicted / people;
//   targetRate = baseline.binaryRate + (predictedRate − baseline.predictedRate), clamped to [0, 1]
//   (the case-mix adjustment: a cohort predicted to reoffend more is set a higher target);
//   improvementPoints = (targetRate − actualRate) × 100.
//   Significance: two-sided z test of actualRate against targetRate with the sample size
//   `sampled` (see significance.ts) at `pbr.confidence`.
//   Payment = improvementPoints × people × binaryPricePerPointPerPerson when significant and
//   improvementPoints > 0; when significant and < 0 the same formula gives a deduction, made only
//   if deductForDeterioration; otherwise 0.
// - Frequency measure (did reoffenders commit fewer reoffences?), on each counted quarter:
//   actualFrequency = reoffences / reoffenders (0 with none);
//   reoffencesAvoided = (baseline.frequency − actualFrequency) × reoffenders;
//   payment = max(0, reoffencesAvoided) × frequencyPricePerReoffence. With frequencyBinaryHurdle
//   it is paid only when the quarter's own binary actualRate ≤ its targetRate (no significance
//   test for the hurdle). Never a deduction.
// - Payment date: the first day of the month 12 months of follow-up + 6 months' wait for
//   convictions + processingMonths after the end of the cohort's last quarter, i.e.
//   addMonths(lastQuarterStart, 3 + 18 + processingMonths).
// - Foundation payment (when foundationShareOfPrice > 0): for each counted quarter, at the
//   quarter's start, foundationShareOfPrice × annualPrice × (1 − learningCurveDiscountPerYear)^
//   contractYear / 4; an advance on results, clawed back in full on that quarter's frequency
//   payment date.
// - Adjustment (for a break-even search: "what if reoffending fell by r points?"): each quarter's
//   reoffenders become clamp(reoffenders − r/100 × people, 0, people), and its reoffences scale
//   with them (the frequency per reoffender is unchanged; a quarter with no reoffenders takes the
//   baseline frequency); people, predicted and sampled stay.
// - Outcomes (`pbr.outcomes`, a stress-test switch). 'simulated': the run's cohorts, as above.
//   'atBaseline' (a bidder's "no improvement" case): before pooling and before any adjustment,
//   every counted quarter reoffends exactly at its own case-mix adjusted target:
//   reoffenders = targetRate × people, reoffences = reoffenders × baseline.frequency (people,
//   predicted and sampled stay). So nothing is paid: the measures are then set from the target,
//   not recomputed from the counts (actualRate = targetRate when there is no adjustment, and
//   actualFrequency = baseline.frequency with any reoffenders), so that floating-point rounding,
//   or a quarter whose target was clamped to [0, 1] inside an annual pool, can never pay a
//   fraction of a penny. An adjustment then applies on top, so the break-even reduction is
//   measured from the target.
//
// Invariants: pure and deterministic; ledger entries are MoJ → CRC <slug>, area and party the
// CPA slug, dated when the money moves; zero amounts are left out of the ledger but every cohort
// paid on appears in `results` (payment 0 included); order is by cohort in time order (a quarter's
// foundation payment, then the binary cohort that ends with it, then its frequency payment, then
// its foundation clawback), so binary comes before frequency.
import type { AreaCohort, PbrOutcome } from '../model/runResult';
import type { CrcContract, CrcTerms } from '../model/scenario/moneySchema';
import type { ContractMonth } from './contractMonths';
import { crcParty, MOJ, type LedgerEntry, type Mechanism } from './ledger';
import { addMonths, quarterLabel } from './months';
import { isSignificant, proportionZ } from './significance';
import { learningCurveFactor } from './feeForService';
import { discounter } from './publicCost';

/** A hypothetical change to the cohorts' results, for a break-even search. */
export interface PbrAdjustment {
  /** Percentage points fewer people reoffending, in every quarter (negative: more). */
  reductionPoints: number;
}

/** One cohort's result on one measure, whether or not it paid. */
export interface PbrResult {
  cpaSlug: string;
  measure: 'binary' | 'frequency';
  /** 'YYYY-Qn' for a quarterly cohort, 'YYYY-Qn to YYYY-Qn' for an annual one. */
  period: string;
  /** National-equivalent counts, pooled over the cohort's quarters (after any adjustment). */
  people: number;
  reoffenders: number;
  reoffences: number;
  /** People simulated (raw): the sample size of the significance test. */
  sampled: number;
  /** The cohort's binary outcome. For a frequency result it is the quarter's own (the hurdle). */
  actualRate: number;
  predictedRate: number;
  targetRate: number;
  /** (target − actual) × 100: positive when fewer reoffended than the target. */
  improvementPoints: number;
  /** (actual − target) / SE: negative when fewer reoffended than the target. */
  zScore: number;
  /** The binary test's verdict (reported for frequency results, but not applied to them). */
  significant: boolean;
  actualFrequency: number;
  baselineFrequency: number;
  reoffencesAvoided: number;
  /** Pounds: this measure's payment for the cohort (negative: deduction). */
  payment: number;
  /** When it is (or would be) paid, YYYY-MM-DD. */
  paymentDate: string;
}

/** A quarter whose cohort counts for payment, with its outcome after any adjustment. */
interface CountedQuarter {
  quarterStart: string;
  contractYear: number;
  outcome: PbrOutcome;
}

/** Follow-up (12 months) plus the wait for convictions (6 months), after a cohort's last quarter ends. */
const FOLLOW_UP_AND_WAIT_MONTHS = 18;
const QUARTERS_PER_YEAR = 4;

interface PbrArgs {
  terms: CrcTerms;
  contract: CrcContract;
  cpa: number;
  cpaSlug: string;
  cohorts: readonly AreaCohort[];
  months: readonly ContractMonth[];
}

export function pbrForCrc(args: PbrArgs & { adjustment?: PbrAdjustment }): { entries: LedgerEntry[]; results: PbrResult[] } {
  return preparePbr(args).resultsAt(args.adjustment);
}

/**
 * One CRC's payment by results, made ready to be worked out under many adjustments (a break-even
 * search asks for a dozen or more): the counted quarters, the binary cohorts, the foundation
 * payments and the payment dates do not depend on the adjustment, so they are found once.
 * `npvAt` gives exactly the bits of `npv(resultsAt(adjustment).entries, …)` (same terms, same
 * order) without building the ledger.
 */
export interface PreparedPbr {
  resultsAt(adjustment?: PbrAdjustment): { entries: LedgerEntry[]; results: PbrResult[] };
  /** NPV at `baseDate` of the payments (MoJ to the CRC: positive) under the adjustment. */
  npvAt(adjustment: PbrAdjustment | undefined, rate: number, baseDate: string): number;
}

export function preparePbr(args: PbrArgs): PreparedPbr {
  const { terms, contract, cpaSlug } = args;
  const pbr = terms.pbr;
  const atBaseline = pbr.outcomes === 'atBaseline';
  const quarters = countedQuarters(args.cohorts, args.months, args.cpa, contract, atBaseline);
  const cohortSize = pbr.binaryCohort === 'annual' ? QUARTERS_PER_YEAR : 1;
  const foundations = quarters.map((quarter) => foundationPayment(terms, contract, quarter.contractYear));
  const paymentDates = quarters.map((quarter) => paymentDateOf(terms, quarter.quarterStart));
  const snapFor = (adjustment?: PbrAdjustment): AtTarget => ({ rate: atBaseline && !(adjustment && adjustment.reductionPoints !== 0), frequency: atBaseline });
  const adjustedQuarters = (adjustment?: PbrAdjustment) =>
    quarters.map((quarter) => ({ ...quarter, outcome: adjusted(quarter.outcome, adjustment, contract.baseline.frequency) }));

  return {
    resultsAt(adjustment) {
      const snap = snapFor(adjustment);
      const counted = adjustedQuarters(adjustment);
      const entries: LedgerEntry[] = [];
      const results: PbrResult[] = [];
      const entry = (mechanism: Mechanism, period: string, date: string, amount: number): void => {
        if (amount !== 0) entries.push({ date, payer: MOJ, payee: crcParty(cpaSlug), mechanism, area: cpaSlug, period, amount });
      };
      counted.forEach((quarter, i) => {
        const period = quarterLabel(quarter.quarterStart);
        entry('pbrFoundation', period, quarter.quarterStart, foundations[i]);
        if (endsBinaryCohort(i, cohortSize)) {
          const result = binaryResult(terms, contract, cpaSlug, counted.slice(i + 1 - cohortSize, i + 1), snap);
          results.push(result);
          entry('pbrBinary', result.period, result.paymentDate, result.payment);
        }
        const frequency = frequencyResult(terms, contract, cpaSlug, quarter, snap);
        results.push(frequency);
        entry('pbrFrequency', period, frequency.paymentDate, frequency.payment);
        // The foundation was an advance on this quarter's results: it goes back when they are paid.
        entry('pbrFoundationClawback', period, frequency.paymentDate, -foundations[i]);
      });
      return { entries, results };
    },

    npvAt(adjustment, rate, baseDate) {
      const snap = snapFor(adjustment);
      const counted = adjustedQuarters(adjustment);
      const factorOf = discounter(rate, baseDate);
      // The ledger's order and npv's arithmetic (1 × amount × factor, zero amounts left out).
      let total = 0;
      const add = (amount: number, date: string) => {
        if (amount !== 0) total += 1 * amount * factorOf(date);
      };
      counted.forEach((quarter, i) => {
        add(foundations[i], quarter.quarterStart);
        if (endsBinaryCohort(i, cohortSize)) {
          const m = measuredNumbers(terms, contract, pooled(counted.slice(i + 1 - cohortSize, i + 1)), snap);
          add(binaryPayment(terms, m), paymentDates[i]);
        }
        add(frequencyPayment(terms, measuredNumbers(terms, contract, quarter.outcome, snap)), paymentDates[i]);
        add(-foundations[i], paymentDates[i]);
      });
      return total;
    },
  };
}

/** The quarters that count, in time order, with the CRC's cohort (before any adjustment). */
function countedQuarters(cohorts: readonly AreaCohort[], months: readonly ContractMonth[], cpa: number, contract: CrcContract, atBaseline: boolean): CountedQuarter[] {
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const counted: CountedQuarter[] = [];
  const inOrder = [...cohorts].sort((a, b) => (a.quarterStart < b.quarterStart ? -1 : a.quarterStart > b.quarterStart ? 1 : 0));
  for (const cohort of inOrder) {
    const first = byMonth.get(cohort.quarterStart);
    const outcome = cohort.crcManaged[cpa];
    if (!first?.live || !cohort.complete || !outcome || !(outcome.people > 0)) continue;
    const base = atBaseline ? atTarget(outcome, contract) : outcome;
    counted.push({ quarterStart: cohort.quarterStart, contractYear: first.contractYear, outcome: base });
  }
  return counted;
}

/** `pbr.outcomes` 'atBaseline': the quarter reoffends exactly at its case-mix adjusted target, at the baseline frequency. */
function atTarget(outcome: PbrOutcome, contract: CrcContract): PbrOutcome {
  const reoffenders = targetRateOf(contract, outcome.predicted / outcome.people) * outcome.people;
  return { ...outcome, reoffenders, reoffences: reoffenders * contract.baseline.frequency };
}

/** The case-mix adjusted target: the baseline rate moved by how much more (or less) the cohort was predicted to reoffend. */
function targetRateOf(contract: CrcContract, predictedRate: number): number {
  return clamp(contract.baseline.binaryRate + (predictedRate - contract.baseline.predictedRate), 0, 1);
}

/** The outcome had `reductionPoints` fewer percent of people reoffended, at the same frequency. */
function adjusted(outcome: PbrOutcome, adjustment: PbrAdjustment | undefined, baselineFrequency: number): PbrOutcome {
  if (!adjustment || adjustment.reductionPoints === 0) return { ...outcome };
  const reoffenders = clamp(outcome.reoffenders - (adjustment.reductionPoints / 100) * outcome.people, 0, outcome.people);
  // The frequency per reoffender is held. A cohort with no reoffenders has none to hold: its
  // hypothetical reoffenders reoffend at the baseline frequency, so that a worse result can never
  // pay more on the frequency measure (which would break the break-even search's monotonicity).
  const frequency = outcome.reoffenders > 0 ? outcome.reoffences / outcome.reoffenders : baselineFrequency;
  return { ...outcome, reoffenders, reoffences: frequency * reoffenders };
}

/**
 * Whether counted quarter `index` is the last of a binary cohort (so the caller meets each cohort
 * when it reaches that quarter). Cohorts are consecutive runs of `size` counted quarters; a short
 * trailing run never reaches its last quarter, so it is dropped: its year has not finished.
 */
function endsBinaryCohort(index: number, size: number): boolean {
  return (index + 1) % size === 0;
}

/** Counts summed over quarters: rates of the pool weight each quarter by its people. */
function pooled(quarters: readonly CountedQuarter[]): PbrOutcome {
  const total: PbrOutcome = { people: 0, reoffenders: 0, reoffences: 0, predicted: 0, sampled: 0 };
  for (const { outcome } of quarters) {
    total.people += outcome.people;
    total.reoffenders += outcome.reoffenders;
    total.reoffences += outcome.reoffences;
    total.predicted += outcome.predicted;
    total.sampled += outcome.sampled;
  }
  return total;
}

/** With outcomes 'atBaseline', which measures are set from the target rather than recomputed from the counts. */
interface AtTarget {
  /** actualRate = targetRate (outcomes at baseline and no adjustment). */
  rate: boolean;
  /** actualFrequency = baseline.frequency when there are reoffenders (outcomes at baseline). */
  frequency: boolean;
}

/** The measures of one cohort (one quarter or a pooled year), before any payment rule. */
function measuredNumbers(terms: CrcTerms, contract: CrcContract, outcome: PbrOutcome, snap: AtTarget) {
  const { people, reoffenders, reoffences, sampled } = outcome;
  const predictedRate = outcome.predicted / people;
  const targetRate = targetRateOf(contract, predictedRate);
  const actualRate = snap.rate ? targetRate : reoffenders / people;
  const zScore = proportionZ(actualRate, targetRate, sampled);
  const actualFrequency = reoffenders > 0 ? (snap.frequency ? contract.baseline.frequency : reoffences / reoffenders) : 0;
  return {
    people,
    reoffenders,
    reoffences,
    sampled,
    actualRate,
    predictedRate,
    targetRate,
    improvementPoints: (targetRate - actualRate) * 100,
    zScore,
    significant: isSignificant(zScore, terms.pbr.confidence),
    actualFrequency,
    baselineFrequency: contract.baseline.frequency,
    reoffencesAvoided: (contract.baseline.frequency - actualFrequency) * reoffenders,
  };
}

type Measures = ReturnType<typeof measuredNumbers>;

/** The measures with the cohort's label and payment date. */
function measured(terms: CrcTerms, contract: CrcContract, cpaSlug: string, outcome: PbrOutcome, quarters: readonly CountedQuarter[], snap: AtTarget) {
  const first = quarterLabel(quarters[0].quarterStart);
  const last = quarters[quarters.length - 1].quarterStart;
  return {
    cpaSlug,
    period: quarters.length === 1 ? first : `${first} to ${quarterLabel(last)}`,
    ...measuredNumbers(terms, contract, outcome, snap),
    paymentDate: paymentDateOf(terms, last),
  };
}

/** When a cohort whose last quarter starts on `lastQuarterStart` is paid. */
function paymentDateOf(terms: CrcTerms, lastQuarterStart: string): string {
  return addMonths(lastQuarterStart, 3 + FOLLOW_UP_AND_WAIT_MONTHS + terms.pbr.processingMonths);
}

/** A binary cohort: paid on a significant improvement, deducted on a significant deterioration if the terms say so. */
function binaryResult(terms: CrcTerms, contract: CrcContract, cpaSlug: string, quarters: readonly CountedQuarter[], snap: AtTarget): PbrResult {
  const m = measured(terms, contract, cpaSlug, pooled(quarters), quarters, snap);
  return { ...m, measure: 'binary', payment: binaryPayment(terms, m) };
}

function binaryPayment(terms: CrcTerms, m: Measures): number {
  const pbr = terms.pbr;
  const earned = m.improvementPoints * m.people * pbr.binaryPricePerPointPerPerson;
  return !m.significant ? 0 : m.improvementPoints > 0 ? earned : m.improvementPoints < 0 && pbr.deductForDeterioration ? earned : 0;
}

/** A quarter's frequency payment: reoffences avoided against the baseline frequency, never negative. */
function frequencyResult(terms: CrcTerms, contract: CrcContract, cpaSlug: string, quarter: CountedQuarter, snap: AtTarget): PbrResult {
  const m = measured(terms, contract, cpaSlug, quarter.outcome, [quarter], snap);
  return { ...m, measure: 'frequency', payment: frequencyPayment(terms, m) };
}

function frequencyPayment(terms: CrcTerms, m: Measures): number {
  const pbr = terms.pbr;
  const hurdleMet = !pbr.frequencyBinaryHurdle || m.actualRate <= m.targetRate;
  return hurdleMet ? Math.max(0, m.reoffencesAvoided) * pbr.frequencyPricePerReoffence : 0;
}

/** One quarter's foundation payment: a share of a quarter of the year's price, less the learning-curve discount. */
function foundationPayment(terms: CrcTerms, contract: CrcContract, contractYear: number): number {
  return (terms.pbr.foundationShareOfPrice * contract.annualPrice * learningCurveFactor(terms, contractYear)) / QUARTERS_PER_YEAR;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
