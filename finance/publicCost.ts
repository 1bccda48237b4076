// Public cost: what the state spends on offender management, commissioned rehabilitative services,
// grants and prison places, and what proven reoffending costs society, month by month over the
// whole reported window under whichever operating model is in force. With discounting (Green Book:
// the rate is in the money terms) a stream of these entries becomes a net present value.
// Invariants: one entry per mechanism per month, dated the month's first day, area 'national';
// the operating model of a month is the one in force on its first day; under TR only the NPS's
// staff are counted here, because the CRCs are paid through their contracts (separate entries);
// commissioned services and grants exist only under the unified model; zero amounts are left out;
// entries are ordered by month, then mechanism as listed in ledger.ts.
import type { Scenario } from '../model/scenario/schema';
import type { OperatingModel } from '../model/scenario/schema';
import type { MoneyTerms } from '../model/scenario/moneySchema';
import { COMMISSIONED_LOTS, OFFENCE_GROUP_KEYS } from '../model/scenario/moneySchema';
import { parseIsoDate } from '../model/calendar/dates';
import { Timeline } from '../model/engine/timeline';
import { datedSeriesOf, parametersOn } from '../model/scenario/datedValues';
import { detExp, detLog } from '../model/math/detMath';
import type { LedgerEntry, Mechanism } from './ledger';
import { COMMISSIONED_PROVIDERS, MOJ, NATIONAL, PRISONS, PROBATION_SERVICE, SOCIETY, VICTIMS_AND_SERVICES } from './ledger';
import { monthLabel, monthsBetween } from './months';
import { indexOfName, monthlyMean } from './runData';
import type { FinanceRun } from './runData';

export interface PublicCostArgs {
  run: FinanceRun;
  scenario: Scenario;
  money: MoneyTerms;
}

const PRISON_POPULATION = 'prison.population';

/** Public cost entries for every month of the run. */
export function publicCost(args: PublicCostArgs): LedgerEntry[] {
  const { run, scenario, money } = args;
  const terms = money.publicCost;
  const months = run.activity.months;
  const prisonPopulation = run.series[PRISON_POPULATION];
  if (prisonPopulation === undefined) throw new Error(`The run has no '${PRISON_POPULATION}' series, so prison places cannot be costed.`);
  const meanPrisoners = monthlyMean(run.weeks, prisonPopulation, months);
  const groupRows = OFFENCE_GROUP_KEYS.map((key) => indexOfName(run.activity.offenceGroups, key, 'offence group'));
  const commissionedPerYear = sumOf(COMMISSIONED_LOTS.map((lot) => terms.commissionedServicesPerYear[lot]));
  const entries: LedgerEntry[] = [];
  const dated = scenario.timeline.values.map(datedSeriesOf); // parsed once, read every month
  months.forEach((month, m) => {
    const model = Timeline.switchesOn(scenario.timeline, parseIsoDate(month)).operatingModel;
    const unified = model === 'unified';
    const reoffending = sumOf(OFFENCE_GROUP_KEYS.map((key, g) => run.activity.reoffencesByGroup[groupRows[g]][m] * terms.reoffenceCost[key]));
    const rows: [Mechanism, string, string, number][] = [
      ['probationStaff', MOJ, PROBATION_SERVICE, (offenderManagementFte(parametersOn(scenario.parameters, dated, parseIsoDate(month)), model) * terms.probationCostPerFte) / 12],
      ['commissionedServices', MOJ, COMMISSIONED_PROVIDERS, unified ? commissionedPerYear / 12 : 0],
      ['grants', MOJ, COMMISSIONED_PROVIDERS, unified ? terms.grantsPerYear / 12 : 0],
      ['prisonPlaces', MOJ, PRISONS, (meanPrisoners[m] * terms.prisonPlacePerYear) / 12],
      ['reoffending', SOCIETY, VICTIMS_AND_SERVICES, reoffending],
    ];
    for (const [mechanism, payer, payee, amount] of rows) {
      if (amount === 0) continue;
      entries.push({ date: month, payer, payee, mechanism, area: NATIONAL, period: monthLabel(month), amount });
    }
  });
  return entries;
}

/**
 * Offender-management FTE the public pays for directly under an operating model, from the
 * parameters in force that month (the staffing series are dated values: model/scenario/datedValues.ts). Under TR this is the NPS
 * alone: the CRCs' staff are paid for through their contract payments.
 */
export function offenderManagementFte(parameters: Scenario['parameters'], model: OperatingModel): number {
  const fte = parameters.supervision.workforceFte;
  switch (model) {
    case 'trusts':
      return fte.trusts;
    case 'tr':
      return fte.npsUnderTr;
    case 'unified':
      return fte.npsUnified;
  }
}

/**
 * (1 + rate)^-years, years counted in whole months from `fromDate` to `toDate` over twelve, so a
 * payment any day in a month is discounted alike; above 1 when `toDate` is earlier. detExp and
 * detLog keep the result bit-identical in every runtime.
 */
export function discountFactor(rate: number, fromDate: string, toDate: string): number {
  const years = monthsBetween(fromDate, toDate) / 12;
  return detExp(-years * detLog(1 + rate));
}

/**
 * Net present value at `baseDate`: Σ sign(entry) × amount × discountFactor. `sign` says which way
 * an entry counts from the viewpoint being valued (e.g. +1 income, −1 cost; 0 leaves it out).
 */
export function npv(entries: readonly LedgerEntry[], rate: number, baseDate: string, sign: (entry: LedgerEntry) => number = () => 1): number {
  let total = 0;
  const factorOf = discounter(rate, baseDate);
  for (const entry of entries) {
    const s = sign(entry);
    if (s === 0) continue;
    total += s * entry.amount * factorOf(entry.date);
  }
  return total;
}

/** discountFactor(rate, baseDate, date) by date, each date worked out once: many entries share a date (a month's payments). */
export function discounter(rate: number, baseDate: string): (date: string) => number {
  const factors = new Map<string, number>();
  return (date) => {
    let factor = factors.get(date);
    if (factor === undefined) {
      factor = discountFactor(rate, baseDate, date);
      factors.set(date, factor);
    }
    return factor;
  };
}

function sumOf(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
