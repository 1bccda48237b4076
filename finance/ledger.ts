// The ledger: every money figure the application shows is a sum over these entries, so a total
// can always be traced to the payments behind it. An entry is one dated amount from a payer to a
// payee under one mechanism, for one area and one period.
// Invariants: amounts are pounds at the scenario's price year; a negative amount is a deduction or
// clawback on that flow (the payer pays less, or the payee pays back); dates are YYYY-MM-DD and
// are when the money moves, `period` is what it pays for; the order of entries is deterministic.

export const MECHANISMS = [
  // Contract payments, MoJ → CRC.
  'ffs', // Fee for Service monthly instalment
  'ffsReconciliation', // year-end adjustment when volume left the forecast band (negative: clawback)
  'ffsUndeliveredOrders', // deduction for orders of the court not delivered (negative)
  'serviceCredits', // deduction for missed service levels (negative)
  'pbrBinary',
  'pbrFrequency',
  'pbrFoundation', // paid ahead of results
  'pbrFoundationClawback', // (negative)
  'feeForUse', // NPS → CRC, interventions for NPS cases
  'variationFixedCosts', // after a 2017-style variation, MoJ pays the CRC's fixed costs
  'variationVolumePayment', // after a variation, a price per weighted unit delivered
  'terminationCompensation',
  // CRCs in public hands (TR before the share sale, or after a contract ended under TR): the MoJ
  // meets their costs directly.
  'publicCrcCosts',
  // The CRC's own costs, CRC → staff and suppliers.
  'crcStaff',
  'crcVariable',
  'crcInterventions',
  'crcEstate',
  'crcIct',
  'crcSubcontracts',
  // Public cost, MoJ → the services it funds, and society's cost of reoffending.
  'probationStaff', // trusts or NPS offender management, fully loaded
  'commissionedServices',
  'grants',
  'prisonPlaces',
  'reoffending',
] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/** Who pays and who is paid. CRCs are `CRC <cpa slug>`. */
export const MOJ = 'MoJ';
export const NPS = 'NPS';
export const SOCIETY = 'society';
export const crcParty = (cpaSlug: string): string => `CRC ${cpaSlug}`;
export const CRC_STAFF_AND_SUPPLIERS = 'CRC staff and suppliers';
export const PROBATION_SERVICE = 'probation service';
export const COMMISSIONED_PROVIDERS = 'commissioned providers';
export const PRISONS = 'prisons';
export const VICTIMS_AND_SERVICES = 'victims and public services';

export interface LedgerEntry {
  /** When the money moves, YYYY-MM-DD. */
  date: string;
  payer: string;
  payee: string;
  mechanism: Mechanism;
  /** A CPA slug, a region slug, or 'national'. */
  area: string;
  /** What it pays for: a month 'YYYY-MM', a cohort 'YYYY-Qn' (or 'YYYY-Qn to YYYY-Qn' for an annual one), a contract year 'contract year N'. */
  period: string;
  /** Pounds; negative for a deduction or clawback. */
  amount: number;
}

export const NATIONAL = 'national';

/** Total of the entries that pass `keep`, summed in ledger order (deterministic). */
export function sumLedger(entries: readonly LedgerEntry[], keep: (entry: LedgerEntry) => boolean = () => true): number {
  let total = 0;
  for (const entry of entries) if (keep(entry)) total += entry.amount;
  return total;
}
