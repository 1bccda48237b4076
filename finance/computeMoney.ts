// A run turned into money: the whole ledger (every CRC's contract payments and costs, and the
// public cost of the operating model), and the figures derived from it: each CRC's revenue, cost,
// profit, payment by results and service credits, per calendar year and per contract year, its
// monthly cash flow and NPV; and the public cost per year, discounted. Invariants: every figure is
// a sum over ledger entries (so the ledger CSV reproduces it); entries are in a fixed order (CRCs
// in CPA order, each CRC's mechanisms in a fixed order, then the public cost), so the same run
// gives the same bits; nothing here draws a random number.
import type { Scenario } from '../model/scenario/schema';
import { realizeUncertainty } from '../model/scenario/uncertainty';
import type { Provenance } from '../model/runResult';
import { MOJ, crcParty, sumLedger, type LedgerEntry, type Mechanism } from './ledger';
import { contractMonths, type ContractMonth } from './contractMonths';
import { feeForService } from './feeForService';
import { serviceCredits } from './serviceCredits';
import { feeForUse } from './feeForUse';
import { crcCosts } from './crcCosts';
import { preparePbr, type PbrResult, type PreparedPbr } from './pbr';
import { npv, publicCost } from './publicCost';
import type { FinanceRun } from './runData';
import { addMonths, monthLabel, yearOf } from './months';
import { breakEvenReduction } from './breakEven';
import { publicCostByYear, type PublicCostYear } from './publicCostYears';

export interface CrcYear {
  year: number;
  revenue: number;
  cost: number;
  profit: number;
  pbr: number;
  serviceCredits: number;
}

export interface CashFlowMonth {
  month: string;
  revenue: number;
  cost: number;
  net: number;
  cumulative: number;
}

export interface CrcMoney {
  cpa: number;
  slug: string;
  name: string;
  /** Months the contract was in force inside the run, over 12. */
  contractYears: number;
  revenue: number;
  cost: number;
  profit: number;
  pbrBinary: number;
  pbrFrequency: number;
  /** Foundation payments less their clawback (zero once every cohort is settled). */
  pbrFoundationNet: number;
  /** Deductions for missed service levels, as a positive amount. */
  serviceCredits: number;
  feeForUse: number;
  /** Net cash flow discounted to the contract start at the scenario's rate. */
  npv: number;
  /** Reduction in binary reoffending (percentage points, every cohort) that makes the NPV zero; NaN when none in ±30 does. */
  breakEvenReductionPoints: number;
  years: CrcYear[];
  cashFlow: CashFlowMonth[];
  pbr: PbrResult[];
}

export interface MoneyResult {
  provenance: Provenance;
  priceYear: number;
  discountRatePerYear: number;
  ledger: LedgerEntry[];
  crcs: CrcMoney[];
  publicCost: { years: PublicCostYear[]; npv: number; baseDate: string };
}

const PBR_MECHANISMS: ReadonlySet<Mechanism> = new Set(['pbrBinary', 'pbrFrequency', 'pbrFoundation', 'pbrFoundationClawback']);

interface CrcInputs {
  run: FinanceRun;
  scenario: Scenario;
  cpa: number;
  slug: string;
  months: ContractMonth[];
}

export function computeMoney(run: FinanceRun, given: Scenario): MoneyResult {
  // Uncertain money terms take this replication's draws, the same the engine took (same streams).
  const scenario = realizeUncertainty(given, run.provenance.seed, run.provenance.replication).scenario;
  const money = scenario.money;
  const months = contractMonths(money.crc, scenario.timeline, run.activity.months);
  const crcs = run.activity.cpaSlugs.map((slug, cpa) => crcMoney({ run, scenario, cpa, slug, months }));
  const publicEntries = publicCost({ run, scenario, money });
  const ledger = [...crcs.flatMap((c) => c.entries), ...publicEntries];
  const baseDate = run.activity.months[0];
  return {
    provenance: run.provenance,
    priceYear: money.priceYear,
    discountRatePerYear: money.discountRatePerYear,
    ledger,
    crcs: crcs.map((c) => c.money),
    publicCost: {
      years: publicCostByYear(ledger, run.activity.months),
      npv: npv(ledger.filter(isPublicCost), money.discountRatePerYear, baseDate),
      baseDate,
    },
  };
}

/** Public money and society's cost: everything but the CRCs' own spending. */
export function isPublicCost(entry: LedgerEntry): boolean {
  return !entry.mechanism.startsWith('crc');
}

function preparedPbr(inputs: CrcInputs): PreparedPbr {
  const { run, scenario, cpa, slug, months } = inputs;
  const terms = scenario.money.crc;
  return preparePbr({ terms, contract: terms.contracts[slug], cpa, cpaSlug: slug, cohorts: run.areaCohorts, months });
}

function crcMoney(inputs: CrcInputs): { entries: LedgerEntry[]; money: CrcMoney } {
  const { run, scenario, cpa, slug, months } = inputs;
  const terms = scenario.money.crc;
  const args = { run, terms, contract: terms.contracts[slug], cpa, cpaSlug: slug, months };
  const prepared = preparedPbr(inputs);
  const pbr = prepared.resultsAt();
  const withoutPbr = [...feeForService(args), ...serviceCredits(args), ...feeForUse(args), ...crcCosts(args)];
  // Date order within the CRC (a stable sort: same-day entries keep their mechanism order).
  const entries = [...withoutPbr, ...pbr.entries, ...publicOwnershipCosts(inputs)].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const party = crcParty(slug);
  const sign = (e: LedgerEntry) => (e.payee === party ? 1 : e.payer === party ? -1 : 0);
  const baseDate = addMonths(terms.contractStart, 0);
  const rate = scenario.money.discountRatePerYear;
  const npvWithout = npv(withoutPbr, rate, baseDate, sign);
  const revenue = sumLedger(entries, (e) => e.payee === party);
  const cost = sumLedger(entries, (e) => e.payer === party);
  const of = (mechanism: Mechanism) => sumLedger(entries, (e) => e.mechanism === mechanism);
  return {
    entries,
    money: {
      cpa,
      slug,
      name: run.activity.cpas[cpa],
      contractYears: months.filter((m) => m.live).length / 12,
      revenue,
      cost,
      profit: revenue - cost,
      pbrBinary: of('pbrBinary'),
      pbrFrequency: of('pbrFrequency'),
      pbrFoundationNet: of('pbrFoundation') + of('pbrFoundationClawback'),
      serviceCredits: -of('serviceCredits'),
      feeForUse: of('feeForUse'),
      npv: npvWithout + npv(pbr.entries, rate, baseDate, sign),
      // Every PbR entry is paid to this CRC (sign +1), so npvAt gives npv(entries, …, sign)'s bits.
      breakEvenReductionPoints: breakEvenReduction((points) => npvWithout + prepared.npvAt({ reductionPoints: points }, rate, baseDate)),
      years: crcYears(entries, party),
      cashFlow: cashFlow(entries, party),
      pbr: pbr.results,
    },
  };
}

function crcYears(entries: readonly LedgerEntry[], party: string): CrcYear[] {
  const years = new Map<number, CrcYear>();
  for (const e of entries) {
    const year = yearOf(e.date);
    let row = years.get(year);
    if (row === undefined) {
      row = { year, revenue: 0, cost: 0, profit: 0, pbr: 0, serviceCredits: 0 };
      years.set(year, row);
    }
    if (e.payee === party) row.revenue += e.amount;
    if (e.payer === party) row.cost += e.amount;
    if (PBR_MECHANISMS.has(e.mechanism)) row.pbr += e.amount;
    if (e.mechanism === 'serviceCredits') row.serviceCredits -= e.amount;
  }
  return [...years.values()].sort((a, b) => a.year - b.year).map((row) => ({ ...row, profit: row.revenue - row.cost }));
}

/** Month by month, from the first entry to the last: money in, money out, and the running total. */
function cashFlow(entries: readonly LedgerEntry[], party: string): CashFlowMonth[] {
  if (entries.length === 0) return [];
  const dates = entries.map((e) => e.date).sort();
  const byMonth = new Map<string, CashFlowMonth>();
  for (let month = addMonths(dates[0], 0); month <= dates[dates.length - 1]; month = addMonths(month, 1)) {
    byMonth.set(monthLabel(month), { month: monthLabel(month), revenue: 0, cost: 0, net: 0, cumulative: 0 });
  }
  for (const e of entries) {
    const row = byMonth.get(monthLabel(e.date))!;
    if (e.payee === party) row.revenue += e.amount;
    if (e.payer === party) row.cost += e.amount;
  }
  let cumulative = 0;
  return [...byMonth.values()].map((row) => {
    const net = row.revenue - row.cost;
    cumulative += net;
    return { ...row, net, cumulative };
  });
}

/**
 * Months under TR with no contract in force (June 2014 to the share sale in February 2015, or
 * after a contract ends while TR goes on): the CRC is publicly owned and the MoJ pays its running
 * costs, reckoned as the contract's cost model would (so public cost stays complete).
 */
function publicOwnershipCosts(inputs: CrcInputs): LedgerEntry[] {
  const { run, scenario, cpa, slug, months } = inputs;
  const terms = scenario.money.crc;
  const publicMonths = months.map((m) => ({ ...m, live: m.underTr && !m.live, varied: false }));
  if (!publicMonths.some((m) => m.live)) return [];
  return crcCosts({ run, terms, contract: terms.contracts[slug], cpa, cpaSlug: slug, months: publicMonths }).map((e) => ({
    ...e,
    payer: MOJ,
    mechanism: 'publicCrcCosts',
  }));
}
