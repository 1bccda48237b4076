// The money of a run as a report: for each CRC and for all CRCs together, the annual P&L (by
// calendar year of payment), the monthly cash flow and the payment-by-results result of every
// cohort on each measure; and the public cost by year. Everything but the ledger itself, which
// the CLI writes separately. Totals are sums of the CRCs' rows, month by month and year by year.
import type { CashFlowMonth, CrcMoney, CrcYear, MoneyResult } from './computeMoney';
import type { PublicCostYear } from './publicCostYears';

/** A CRC's figures, P&L, cash flow and cohorts (CrcMoney without its index). */
export type CrcReport = Omit<CrcMoney, 'cpa'>;

export interface MoneyReport {
  priceYear: number;
  discountRatePerYear: number;
  crcs: CrcReport[];
  total: { years: CrcYear[]; cashFlow: CashFlowMonth[] };
  publicCost: { years: PublicCostYear[]; npv: number; baseDate: string };
}

function crcReport({ cpa: _cpa, ...report }: CrcMoney): CrcReport {
  return report;
}

function totalYears(crcs: readonly CrcMoney[]): CrcYear[] {
  const byYear = new Map<number, CrcYear>();
  for (const crc of crcs) {
    for (const y of crc.years) {
      const row = byYear.get(y.year) ?? { year: y.year, revenue: 0, cost: 0, profit: 0, pbr: 0, serviceCredits: 0 };
      row.revenue += y.revenue;
      row.cost += y.cost;
      row.profit += y.profit;
      row.pbr += y.pbr;
      row.serviceCredits += y.serviceCredits;
      byYear.set(y.year, row);
    }
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function totalCashFlow(crcs: readonly CrcMoney[]): CashFlowMonth[] {
  const byMonth = new Map<string, CashFlowMonth>();
  for (const crc of crcs) {
    for (const m of crc.cashFlow) {
      const row = byMonth.get(m.month) ?? { month: m.month, revenue: 0, cost: 0, net: 0, cumulative: 0 };
      row.revenue += m.revenue;
      row.cost += m.cost;
      row.net += m.net;
      byMonth.set(m.month, row);
    }
  }
  let cumulative = 0;
  return [...byMonth.values()]
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
    .map((row) => ({ ...row, cumulative: (cumulative += row.net) }));
}

export function moneyReport(money: MoneyResult): MoneyReport {
  return {
    priceYear: money.priceYear,
    discountRatePerYear: money.discountRatePerYear,
    crcs: money.crcs.map(crcReport),
    total: { years: totalYears(money.crcs), cashFlow: totalCashFlow(money.crcs) },
    publicCost: money.publicCost,
  };
}
