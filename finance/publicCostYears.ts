// The public cost of an operating model per calendar year of the reported window: probation
// (offender-management staff of the trusts or the NPS, fully loaded), payments to CRCs under TR
// (net of deductions, Fee for Use included: the NPS is public money too), commissioned services
// and grants in the unified model, prison places, and the cost of reoffending to society.
// Entries dated after the window (payment by results for the last cohorts) fall outside every
// year here, but stay in the ledger and in the CRCs' figures.
import type { LedgerEntry } from './ledger';
import { yearOf } from './months';

export interface PublicCostYear {
  year: number;
  probation: number;
  crcPayments: number;
  commissionedServices: number;
  prisonPlaces: number;
  reoffending: number;
  total: number;
}

type Part = Exclude<keyof PublicCostYear, 'year' | 'total'>;

/** Which part of the public cost an entry is, or undefined for a CRC's own spending. */
export function publicCostPart(entry: LedgerEntry): Part | undefined {
  switch (entry.mechanism) {
    case 'probationStaff':
      return 'probation';
    case 'commissionedServices':
    case 'grants':
      return 'commissionedServices';
    case 'prisonPlaces':
      return 'prisonPlaces';
    case 'reoffending':
      return 'reoffending';
    default:
      return entry.mechanism.startsWith('crc') ? undefined : 'crcPayments';
  }
}

export function publicCostByYear(ledger: readonly LedgerEntry[], months: readonly string[]): PublicCostYear[] {
  const first = yearOf(months[0]);
  const last = yearOf(months[months.length - 1]);
  const years: PublicCostYear[] = [];
  for (let year = first; year <= last; year++) {
    years.push({ year, probation: 0, crcPayments: 0, commissionedServices: 0, prisonPlaces: 0, reoffending: 0, total: 0 });
  }
  for (const entry of ledger) {
    const part = publicCostPart(entry);
    const year = yearOf(entry.date);
    if (part === undefined || year < first || year > last) continue;
    const row = years[year - first];
    row[part] += entry.amount;
    row.total += entry.amount;
  }
  return years;
}
