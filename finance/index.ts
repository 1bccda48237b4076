// The finance module's public face: a run and its scenario in, the ledger and its figures out.
// Pure and deterministic like model/: the CLI, the app's worker and tests all call these.
export { computeMoney, isPublicCost, type MoneyResult, type CrcMoney, type CrcYear, type CashFlowMonth } from './computeMoney';
export { summarizeMoney, type MoneySummary, type CrcMoneySummary } from './moneySummary';
export { moneyReport, type MoneyReport, type CrcReport } from './moneyReport';
export { MECHANISMS, sumLedger, type LedgerEntry, type Mechanism } from './ledger';
export type { PublicCostYear } from './publicCostYears';
export type { PbrResult } from './pbr';
