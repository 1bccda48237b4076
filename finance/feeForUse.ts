// Fee for Use: under Transforming Rehabilitation the NPS bought interventions for the people it
// managed from the CRC of their home area, at the CRC's rate card (a price per intervention
// started). This is money between two parts of the system, NPS → CRC, not an extra cost of TR's
// contracts with the MoJ.
// Invariants: entries only for live contract months, one per month with starts, from the NPS to
// `CRC <slug>`, area the CPA slug, dated the first day of the next month; amounts are never
// negative; entries are in month order.
import { INTERVENTION_KEYS } from '../model/scenario/moneySchema';
import type { CrcContractArgs } from './feeForService';
import { contractEntry, paymentDate } from './feeForService';
import type { LedgerEntry } from './ledger';
import { NPS } from './ledger';
import { monthLabel } from './months';

export function feeForUse(args: CrcContractArgs): LedgerEntry[] {
  // Indexed by the CPA of the person's home area, not by provider: the NPS holds the case.
  const starts = args.run.activity.npsInterventionStartsByCpa[args.cpa];
  return args.months
    .filter((month) => month.live)
    .map((month) => {
      // The run lists interventions in INTERVENTION_KEYS order (MonthlyActivity.interventions).
      const amount = INTERVENTION_KEYS.reduce((sum, key, i) => sum + starts[i][month.index] * args.terms.feeForUse[key], 0);
      return contractEntry(args, 'feeForUse', paymentDate(month), monthLabel(month.month), amount, NPS);
    })
    .filter((entry) => entry.amount !== 0);
}
