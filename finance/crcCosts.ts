// A CRC's own costs: what it pays its staff and suppliers in each month its contract is live, so
// that its margin (contract income less these costs) can be shown next to what the MoJ paid it.
// Staff are either a fixed establishment (the contract's FTE) or hired to the caseload: the
// case-holding grades follow the CRC's mean caseload at a set number of cases per FTE, in the
// contract's PO:PSO ratio, while management and support stay fixed. Variable costs follow the
// caseload, intervention costs follow the starts, and estate, ICT and subcontracts are flat.
// Invariants: one entry per cost mechanism per live month, dated the month's first day, from the
// CRC to its staff and suppliers; nothing in a month the contract is not live; zero amounts are
// left out; entries are ordered by month, then mechanism as listed in ledger.ts. Under a 2017-style
// variation these costs stay the CRC's: the MoJ's reimbursement is a separate contract payment.
import type { CrcContract, CrcTerms } from '../model/scenario/moneySchema';
import { INTERVENTION_KEYS, STAFF_GRADES } from '../model/scenario/moneySchema';
import type { CrcContractArgs } from './contractMonths';
import type { LedgerEntry, Mechanism } from './ledger';
import { CRC_STAFF_AND_SUPPLIERS, crcParty } from './ledger';
import { monthLabel } from './months';
import { crcProviderIndex, indexOfName, monthlyMean } from './runData';
import type { FinanceRun } from './runData';

export type StaffGrade = (typeof STAFF_GRADES)[number];
export type StaffFte = Record<StaffGrade, number>;

export type CrcCostArgs = CrcContractArgs;

/** The CRC's cost entries for every live contract month. */
export function crcCosts(args: CrcCostArgs): LedgerEntry[] {
  const { run, terms, contract, cpa, cpaSlug, months } = args;
  const caseload = crcMonthlyCaseload(run, cpa);
  const starts = run.activity.interventionStarts[crcProviderIndex(run, cpa)];
  const interventionRows = INTERVENTION_KEYS.map((key) => indexOfName(run.activity.interventions, key, 'intervention'));
  const entries: LedgerEntry[] = [];
  for (const month of months) {
    if (!month.live) continue;
    const meanCaseload = caseload[month.index];
    const amounts: [Mechanism, number][] = [
      ['crcStaff', staffCostPerMonth(staffFteFor(terms, contract, meanCaseload), terms)],
      ['crcVariable', (meanCaseload * terms.costs.variablePerCasePerYear) / 12],
      ['crcInterventions', interventionCost(terms, (i) => starts[interventionRows[i]][month.index])],
      ['crcEstate', contract.estatePerYear / 12],
      ['crcIct', contract.ictPerYear / 12],
      ['crcSubcontracts', contract.subcontractsPerYear / 12],
    ];
    for (const [mechanism, amount] of amounts) {
      if (amount === 0) continue;
      entries.push({
        date: month.month,
        payer: crcParty(cpaSlug),
        payee: CRC_STAFF_AND_SUPPLIERS,
        mechanism,
        area: cpaSlug,
        period: monthLabel(month.month),
        amount,
      });
    }
  }
  return entries;
}

export interface CrcStaffMonth {
  /** First day of the month, YYYY-MM-DD. */
  month: string;
  live: boolean;
  /** FTE by grade the month's staff cost pays for (all zero when the contract is not live). */
  fte: StaffFte;
}

/** The staff establishment behind the 'crcStaff' entries, month by month (for reports). */
export function crcStaffFte(args: Omit<CrcCostArgs, 'cpaSlug'>): CrcStaffMonth[] {
  const { run, terms, contract, cpa, months } = args;
  const caseload = crcMonthlyCaseload(run, cpa);
  return months.map((month) => ({
    month: month.month,
    live: month.live,
    fte: month.live ? staffFteFor(terms, contract, caseload[month.index]) : { probationOfficer: 0, probationServicesOfficer: 0, managementAndSupport: 0 },
  }));
}

/**
 * FTE by grade for one month. Under 'caseload' hiring the case-holding grades together hold the
 * mean caseload at `casesPerCaseHoldingFte`, split in the contract's PO:PSO ratio (half and half
 * if the contract has no case-holding staff, which gives the ratio nothing to say).
 */
export function staffFteFor(terms: CrcTerms, contract: CrcContract, meanCaseload: number): StaffFte {
  const fixed = contract.staffFte;
  if (terms.costs.hiring === 'fixed') return { ...fixed };
  const caseHolding = meanCaseload / terms.costs.casesPerCaseHoldingFte;
  const contractCaseHolding = fixed.probationOfficer + fixed.probationServicesOfficer;
  const poShare = contractCaseHolding > 0 ? fixed.probationOfficer / contractCaseHolding : 0.5;
  return {
    probationOfficer: caseHolding * poShare,
    probationServicesOfficer: caseHolding * (1 - poShare),
    managementAndSupport: fixed.managementAndSupport,
  };
}

/** Salaries and on-costs for a month: the annual pay bill over twelve. */
function staffCostPerMonth(fte: StaffFte, terms: CrcTerms): number {
  let payBill = 0;
  for (const grade of STAFF_GRADES) payBill += fte[grade] * terms.costs.salaryPerFte[grade];
  return (payBill * (1 + terms.costs.onCostShare)) / 12;
}

/** Starts times the CRC's own cost of each intervention, in INTERVENTION_KEYS order. */
function interventionCost(terms: CrcTerms, startsOf: (keyIndex: number) => number): number {
  let total = 0;
  INTERVENTION_KEYS.forEach((key, i) => {
    total += startsOf(i) * terms.costs.perIntervention[key];
  });
  return total;
}

/** The CRC's mean caseload in each month of the run (national equivalent). */
function crcMonthlyCaseload(run: FinanceRun, cpa: number): number[] {
  return monthlyMean(run.weeks, run.providerCaseload[crcProviderIndex(run, cpa)], run.activity.months);
}

