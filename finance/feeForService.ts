// Fee for Service: what the MoJ pays a CRC for running its Transforming Rehabilitation contract.
// Each live month the CRC gets a twelfth of its bid price, less the learning-curve discount that
// compounds once per contract year, paid in arrears on the first day of the next month. The price
// covers a forecast band of weighted volume (new sentences weighted by category); at each contract
// year's end the units delivered outside the band are paid for, or clawed back, at the prices of
// the other volume bands, marginally like tax brackets. The bands are the bid forecast, fixed at
// contract time: contract year k's are the contract's edges times (1 + forecastChangePerContractYear)^k,
// whatever the run delivers. Orders of the court not delivered are
// deducted month by month. After a 2017-style variation the instalment and the reconciliation stop:
// the MoJ pays the CRC's fixed costs (estate, ICT) and a price per weighted unit instead, so it
// carries the volume risk. An early termination may pay compensation.
// Invariants: entries only for live contract months (contractMonths.ts), from the MoJ to
// `CRC <slug>`, area the CPA slug; zero amounts are left out; deductions and clawbacks are
// negative; entries are in date order, and within a date in the order instalment, deduction,
// reconciliation (a stable sort of a fixed generation order), so the ledger is deterministic.
import type { CrcContract, CrcTerms } from '../model/scenario/moneySchema';
import { VOLUME_CATEGORIES } from '../model/scenario/moneySchema';
import { parseIsoDate } from '../model/calendar/dates';
import { forecastFactor } from '../model/scenario/bidForecast';
import type { ContractMonth, CrcContractArgs } from './contractMonths';
import type { LedgerEntry, Mechanism } from './ledger';
import { MOJ, crcParty } from './ledger';
import { addMonths, monthLabel, monthsBetween } from './months';
import type { FinanceRun } from './runData';
import { crcProviderIndex } from './runData';

export type { CrcContractArgs };

export type VolumeBand = CrcContract['otherBands'][number];

/** A contract payment from `payer` to the CRC for `period`, moving on `date`. */
export function contractEntry(args: CrcContractArgs, mechanism: Mechanism, date: string, period: string, amount: number, payer = MOJ): LedgerEntry {
  return { date, payer, payee: crcParty(args.cpaSlug), mechanism, area: args.cpaSlug, period, amount };
}

/** Payments for a month move on the first day of the next month (the contracts paid in arrears). */
export function paymentDate(month: ContractMonth): string {
  return addMonths(month.month, 1);
}

/** Stable sort by date: entries of one date keep the order they were made in. */
export function inDateOrder(entries: LedgerEntry[]): LedgerEntry[] {
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * (1 − discount)^year: the bid's learning-curve discount compounds once per contract year. By
 * repeated multiplication (exact IEEE steps), not `**`, whose last bit V8 builds may differ in.
 */
export function learningCurveFactor(terms: CrcTerms, contractYear: number): number {
  let factor = 1;
  for (let year = 0; year < contractYear; year++) factor *= 1 - terms.learningCurveDiscountPerYear;
  return factor;
}

/** One month's Fee for Service in a contract year (counted from 0), before any deduction. */
export function monthlyInstalment(contract: CrcContract, terms: CrcTerms, contractYear: number): number {
  return (contract.annualPrice * learningCurveFactor(terms, contractYear)) / 12;
}

/** What contract year `contractYear` (from 0)'s volume bands are of the contract's: (1 + change)^year. */
export function yearForecastFactor(terms: CrcTerms, contractYear: number): number {
  return forecastFactor(terms.forecastChangePerContractYear, contractYear);
}

/** Weighted units of new sentences allocated to the CRC in each run month. */
export function weightedUnits(run: FinanceRun, terms: CrcTerms, cpa: number): number[] {
  // The run lists sentence categories in VOLUME_CATEGORIES order (MonthlyActivity.volumeCategories).
  const starts = run.activity.sentenceStarts[crcProviderIndex(run, cpa)];
  return run.activity.months.map((_, m) => VOLUME_CATEGORIES.reduce((sum, category, c) => sum + terms.volumeWeights[category] * starts[c][m], 0));
}

/** After a variation: the MoJ pays the CRC's estate and ICT, a twelfth of a year's a month. */
export function variationFixedCostsPerMonth(contract: CrcContract): number {
  return (contract.estatePerYear + contract.ictPerYear) / 12;
}

/**
 * After a variation: the price of one weighted unit, so that a year at the midpoint of that
 * contract year's forecast band pays the discounted bid price again (fixed costs plus units × this
 * price). Floored at zero: a bid below its own fixed costs leaves nothing to pay per unit.
 */
export function variationUnitPrice(contract: CrcContract, terms: CrcTerms, contractYear: number): number {
  const midpoint = ((contract.forecastBand.fromUnits + contract.forecastBand.toUnits) / 2) * yearForecastFactor(terms, contractYear);
  if (midpoint <= 0) return 0;
  const variable = contract.annualPrice * learningCurveFactor(terms, contractYear) - contract.estatePerYear - contract.ictPerYear;
  return Math.max(0, variable / midpoint);
}

/**
 * The month's fee before deductions: the instalment, or under a variation the fixed costs and
 * volume payment. 0 when the contract is not live. (The base of the service-credit cap.)
 */
export function monthlyFee(contract: CrcContract, terms: CrcTerms, month: ContractMonth, units: number): number {
  if (!month.live) return 0;
  if (month.varied) return variationFixedCostsPerMonth(contract) + units * variationUnitPrice(contract, terms, month.contractYear);
  return monthlyInstalment(contract, terms, month.contractYear);
}

export function feeForService(args: CrcContractArgs): LedgerEntry[] {
  const units = weightedUnits(args.run, args.terms, args.cpa);
  const monthly = args.months.filter((m) => m.live).flatMap((month) => monthEntries(args, month, units[month.index]));
  return inDateOrder([...monthly, ...reconciliations(args, units), ...terminationCompensation(args)]);
}

/** A live month's payments (instalment, or variation payments) and its undelivered-order deduction. */
function monthEntries(args: CrcContractArgs, month: ContractMonth, units: number): LedgerEntry[] {
  const { contract, terms } = args;
  const date = paymentDate(month);
  const period = monthLabel(month.month);
  const amounts: [Mechanism, number][] = month.varied
    ? [
        ['variationFixedCosts', variationFixedCostsPerMonth(contract)],
        ['variationVolumePayment', units * variationUnitPrice(contract, terms, month.contractYear)],
      ]
    : [['ffs', monthlyInstalment(contract, terms, month.contractYear)]];
  // A variation changed how the price is paid, not the duty to deliver the court's orders.
  const undelivered = args.run.activity.ordersUndelivered[crcProviderIndex(args.run, args.cpa)][month.index];
  amounts.push(['ffsUndeliveredOrders', -undelivered * terms.undeliveredOrderDeduction]);
  return amounts.filter(([, amount]) => amount !== 0).map(([mechanism, amount]) => contractEntry(args, mechanism, date, period, amount));
}

/** The live, unvaried months of one contract year that the run covers: what the year-end reconciles. */
interface CountedYear {
  contractYear: number;
  months: ContractMonth[];
}

function countedYears(months: readonly ContractMonth[]): CountedYear[] {
  const years: CountedYear[] = [];
  for (const month of months) {
    if (!month.live || month.varied) continue;
    const year = years.find((y) => y.contractYear === month.contractYear);
    if (year) year.months.push(month);
    else years.push({ contractYear: month.contractYear, months: [month] });
  }
  return years;
}

/**
 * Whether the year's last counted month is the last it will ever have, so it can be reconciled
 * now. True when the run goes on past it (any later month of the year would have been counted),
 * or when the terms say the next month is not counted: a new contract year, the contract end or
 * termination, or the variation. A year the run's window cuts short is left for a longer run.
 */
function yearClosesInRun(year: CountedYear, args: CrcContractArgs): boolean {
  const last = year.months[year.months.length - 1];
  if (last.index < args.months.length - 1) return true;
  const next = addMonths(last.month, 1);
  const { terms } = args;
  const termination = terms.events.find((e) => e.kind === 'termination');
  const variation = terms.events.find((e) => e.kind === 'variation');
  const end = Math.min(parseIsoDate(terms.contractEnd), termination ? parseIsoDate(termination.date) : Infinity);
  const nextYear = Math.floor(monthsBetween(terms.contractStart, next) / 12);
  return nextYear !== year.contractYear || parseIsoDate(next) >= end || (variation !== undefined && next >= addMonths(variation.date, 0));
}

function reconciliations(args: CrcContractArgs, units: readonly number[]): LedgerEntry[] {
  return countedYears(args.months)
    .filter((year) => yearClosesInRun(year, args))
    .map((year) => {
      const actual = year.months.reduce((sum, m) => sum + units[m.index], 0);
      const amount = reconciliationAmount(args.contract, args.terms, year.contractYear, year.months.length, actual);
      const last = year.months[year.months.length - 1];
      return contractEntry(args, 'ffsReconciliation', paymentDate(last), `contract year ${year.contractYear + 1}`, amount);
    })
    .filter((entry) => entry.amount !== 0);
}

/**
 * Year-end adjustment for `actual` weighted units over `monthsCounted` months of a contract year:
 * units above that year's forecast band are paid, units below it clawed back (negative), each at
 * the discounted price of the band it falls in. Every band edge is scaled by the year's forecast
 * factor, and by months/12 for a part year.
 */
export function reconciliationAmount(contract: CrcContract, terms: CrcTerms, contractYear: number, monthsCounted: number, actual: number): number {
  const scale = monthsCounted / 12;
  const forecast = yearForecastFactor(terms, contractYear);
  // (edge × months/12) × factor: with no change the factor is exactly 1 and the edges the bits they were.
  const edge = (units: number): number => units * scale * forecast;
  const low = edge(contract.forecastBand.fromUnits);
  const high = edge(contract.forecastBand.toUnits);
  const bands = contract.otherBands.map((b) => ({ fromUnits: edge(b.fromUnits), toUnits: edge(b.toUnits), pricePerUnit: b.pricePerUnit }));
  const factor = learningCurveFactor(terms, contractYear);
  if (actual > high) return bandValue(bands, high, actual) * factor;
  if (actual < low) return -bandValue(bands, actual, low) * factor;
  return 0;
}

/** Value of the units from `low` to `high`, each at the price of its band (the nearest band when in none). */
export function bandValue(bands: readonly VolumeBand[], low: number, high: number): number {
  if (high <= low || bands.length === 0) return 0;
  // Cut the range at every band edge inside it; each piece then lies in one band, or in a gap
  // between bands, so its midpoint tells its price.
  const edges = bands.flatMap((b) => [b.fromUnits, b.toUnits]).filter((x) => x > low && x < high);
  const cuts = [low, ...edges, high].sort((a, b) => a - b);
  let total = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const width = cuts[i + 1] - cuts[i];
    if (width > 0) total += width * priceAt(bands, (cuts[i] + cuts[i + 1]) / 2);
  }
  return total;
}

/** Price of the band containing `units`, else of the nearest band (the first on a tie). */
function priceAt(bands: readonly VolumeBand[], units: number): number {
  let best = bands[0];
  let bestDistance = Infinity;
  for (const band of bands) {
    const distance = Math.max(band.fromUnits - units, units - band.toUnits, 0);
    if (distance < bestDistance) [best, bestDistance] = [band, distance];
  }
  return best.pricePerUnit;
}

/**
 * Compensation on early termination, paid on its date when that falls in the run and the
 * contract was in force when it ended (live in the month holding the day before it): a CRC whose
 * contract never ran under this scenario, or that a unification already ended, is not paid.
 */
function terminationCompensation(args: CrcContractArgs): LedgerEntry[] {
  const termination = args.terms.events.find((e) => e.kind === 'termination');
  if (!termination || termination.compensationPerCrc <= 0) return [];
  const first = args.months[0];
  const last = args.months[args.months.length - 1];
  if (!first || termination.date < first.month || termination.date >= addMonths(last.month, 1)) return [];
  // The month holding the day before the termination: the previous month when it falls on a 1st.
  const lastMonthInForce = addMonths(termination.date, termination.date.endsWith('-01') ? -1 : 0);
  const inForce = args.months.find((m) => m.month === lastMonthInForce)?.live ?? false;
  if (!inForce) return [];
  return [contractEntry(args, 'terminationCompensation', termination.date, monthLabel(termination.date), termination.compensationPerCrc)];
}
