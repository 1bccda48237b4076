// The ledger as CSV (--ledger FILE): every money entry of every replication, so that any money
// figure the CLI reports can be rebuilt in a spreadsheet by summing rows. Provenance comes first as
// comment records, as in the KPI CSV; text cells are escaped against formula injection; amounts
// are pounds at the scenario's price year, negative for deductions and clawbacks.
import type { LedgerEntry } from '../../finance/index';
import type { CliProvenance } from '../report';
import { csvNumber, csvRecord, escapeCsvText } from '../../formats/csvCells';
import { provenanceRecords } from './csv';

export const LEDGER_COLUMNS = ['replication', 'date', 'payer', 'payee', 'mechanism', 'area', 'period', 'amount'] as const;

export function ledgerHeader(provenance: CliProvenance, priceYear: number | undefined): string {
  const amounts = `pounds at ${priceYear ?? 'the scenario'} prices; negative = deduction or clawback`;
  return provenanceRecords(provenance, [['amounts', amounts]]) + csvRecord([...LEDGER_COLUMNS]);
}

export function ledgerRows(replication: number, entries: readonly LedgerEntry[]): string {
  let out = '';
  for (const e of entries) {
    out += csvRecord([
      String(replication),
      e.date,
      escapeCsvText(e.payer),
      escapeCsvText(e.payee),
      e.mechanism,
      escapeCsvText(e.area),
      escapeCsvText(e.period),
      csvNumber(e.amount),
    ]);
  }
  return out;
}
