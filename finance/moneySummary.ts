// The money KPIs of one run under stable documented names (README, "Money"): `money.*` beside the
// engine's summary. CRC figures are per contract year (months in force inside the run, over 12):
// revenue, cost, profit, payment by results and service-credit deductions, plus the NPV and the
// break-even reoffending reduction, nationally and for each CRC. `probabilityOfLoss` is 1 when the
// contract made a loss and 0 otherwise, so its mean over replications is the probability of a loss.
// The public cost is per calendar year of the reported window. Figures a scenario cannot have (CRC
// money when no contract was ever in force) are NaN, which every output shows as undefined.
import type { CrcMoney, MoneyResult } from './computeMoney';
import type { PublicCostYear } from './publicCostYears';

export interface CrcMoneySummary {
  revenuePerYear: number;
  costPerYear: number;
  profitPerYear: number;
  pbrPerYear: number;
  serviceCreditsPerYear: number;
  npv: number;
  probabilityOfLoss: number;
  breakEvenReductionPoints: number;
}

export interface MoneySummary {
  publicCostPerYear: number;
  publicCost: {
    probationPerYear: number;
    crcPaymentsPerYear: number;
    commissionedServicesPerYear: number;
    prisonPlacesPerYear: number;
    reoffendingPerYear: number;
    npv: number;
    byYear: Record<string, number>;
  };
  crc: CrcMoneySummary & {
    pbrBinaryPerYear: number;
    pbrFrequencyPerYear: number;
    feeForUsePerYear: number;
    byCrc: Record<string, CrcMoneySummary>;
  };
}

function perYear(total: number, years: number): number {
  return years > 0 ? total / years : NaN;
}

function crcSummary(c: Pick<CrcMoney, 'revenue' | 'cost' | 'profit' | 'pbrBinary' | 'pbrFrequency' | 'pbrFoundationNet' | 'serviceCredits' | 'npv' | 'breakEvenReductionPoints' | 'contractYears'>): CrcMoneySummary {
  const years = c.contractYears;
  const live = years > 0;
  return {
    revenuePerYear: perYear(c.revenue, years),
    costPerYear: perYear(c.cost, years),
    profitPerYear: perYear(c.profit, years),
    pbrPerYear: perYear(c.pbrBinary + c.pbrFrequency + c.pbrFoundationNet, years),
    serviceCreditsPerYear: perYear(c.serviceCredits, years),
    npv: live ? c.npv : NaN,
    probabilityOfLoss: live ? (c.profit < 0 ? 1 : 0) : NaN,
    breakEvenReductionPoints: live ? c.breakEvenReductionPoints : NaN,
  };
}

function sumOf(crcs: readonly CrcMoney[], pick: (c: CrcMoney) => number): number {
  let total = 0;
  for (const c of crcs) total += pick(c);
  return total;
}

export function summarizeMoney(money: MoneyResult): MoneySummary {
  const crcs = money.crcs;
  // Every CRC's contract runs the same months, so the national per-year figures share their years.
  const years = crcs.length > 0 ? crcs[0].contractYears : 0;
  const national = crcSummary({
    revenue: sumOf(crcs, (c) => c.revenue),
    cost: sumOf(crcs, (c) => c.cost),
    profit: sumOf(crcs, (c) => c.profit),
    pbrBinary: sumOf(crcs, (c) => c.pbrBinary),
    pbrFrequency: sumOf(crcs, (c) => c.pbrFrequency),
    pbrFoundationNet: sumOf(crcs, (c) => c.pbrFoundationNet),
    serviceCredits: sumOf(crcs, (c) => c.serviceCredits),
    npv: sumOf(crcs, (c) => c.npv),
    // Nationally: the mean of the CRCs' own break-even reductions (each CRC's cohorts are its own).
    breakEvenReductionPoints: sumOf(crcs, (c) => c.breakEvenReductionPoints) / Math.max(1, crcs.length),
    contractYears: years,
  });
  return {
    publicCostPerYear: meanOf(money.publicCost.years, (y) => y.total),
    publicCost: {
      probationPerYear: meanOf(money.publicCost.years, (y) => y.probation),
      crcPaymentsPerYear: meanOf(money.publicCost.years, (y) => y.crcPayments),
      commissionedServicesPerYear: meanOf(money.publicCost.years, (y) => y.commissionedServices),
      prisonPlacesPerYear: meanOf(money.publicCost.years, (y) => y.prisonPlaces),
      reoffendingPerYear: meanOf(money.publicCost.years, (y) => y.reoffending),
      npv: money.publicCost.npv,
      byYear: Object.fromEntries(money.publicCost.years.map((y) => [String(y.year), y.total])),
    },
    crc: {
      ...national,
      pbrBinaryPerYear: perYear(sumOf(crcs, (c) => c.pbrBinary), years),
      pbrFrequencyPerYear: perYear(sumOf(crcs, (c) => c.pbrFrequency), years),
      feeForUsePerYear: perYear(sumOf(crcs, (c) => c.feeForUse), years),
      byCrc: Object.fromEntries(crcs.map((c) => [c.slug, crcSummary(c)])),
    },
  };
}

function meanOf(years: readonly PublicCostYear[], pick: (y: PublicCostYear) => number): number {
  if (years.length === 0) return NaN;
  let total = 0;
  for (const y of years) total += pick(y);
  return total / years.length;
}
