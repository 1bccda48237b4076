// Payment by results by cohort and measure, from one future's money report. The binary measure
// pays on annual cohorts against a case-mix adjusted target rate; the frequency measure on
// quarterly cohorts against the baseline reoffences per reoffender (docs/money.md). For all CRCs
// together, each cohort is pooled over the CRCs: payments and people add up, and rates are
// averages weighted by the people they describe (the binary rate by cohort size, the frequency by
// reoffenders), so a large CRC counts for more, as it does in the money.
import type { ChartData } from '../charts/chartData';
import type { PbrCohort } from './moneyDetail';
import { poundsM, toMillions } from './moneyFormat';

export interface PbrRow {
  measure: 'binary' | 'frequency';
  period: string;
  people: number;
  /** Binary: the target rate (baseline, case-mix adjusted); frequency: the baseline frequency. */
  baseline: number;
  /** Binary: the share who reoffended; frequency: reoffences per reoffender. */
  actual: number;
  payment: number;
  /** CRCs whose binary result was statistically significant (of `crcs`). */
  significant: number;
  crcs: number;
  paymentDate: string;
}

function sortKey(row: { period: string; measure: string }): string {
  // Annual binary cohorts are named by their quarters ("2015-Q2 to 2016-Q1"): sort by the first.
  return `${row.period.slice(0, 7)}|${row.measure}|${row.period}`;
}

/** One row per (measure, cohort), pooled over the cohorts given (one CRC's, or every CRC's). */
export function pbrRows(cohorts: readonly PbrCohort[]): PbrRow[] {
  const groups = new Map<string, PbrCohort[]>();
  for (const c of cohorts) {
    const key = `${c.measure}|${c.period}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const rows = [...groups.values()].map((group): PbrRow => {
    const first = group[0];
    let people = 0;
    let reoffenders = 0;
    let payment = 0;
    let significant = 0;
    let rate = 0;
    let target = 0;
    let frequency = 0;
    let baselineFrequency = 0;
    for (const c of group) {
      people += c.people;
      reoffenders += c.reoffenders;
      payment += c.payment;
      if (c.significant) significant++;
      rate += c.actualRate * c.people;
      target += c.targetRate * c.people;
      frequency += c.actualFrequency * c.reoffenders;
      baselineFrequency += c.baselineFrequency * c.reoffenders;
    }
    const binary = first.measure === 'binary';
    return {
      measure: first.measure,
      period: first.period,
      people,
      baseline: binary ? target / people : baselineFrequency / reoffenders,
      actual: binary ? rate / people : frequency / reoffenders,
      payment,
      significant,
      crcs: group.length,
      paymentDate: group.map((c) => c.paymentDate).sort()[group.length - 1],
    };
  });
  return rows.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}

export function pbrData(rows: readonly PbrRow[]): ChartData {
  return {
    columns: [
      { key: 'period', label: 'cohort' },
      { key: 'measure', label: 'measure' },
      { key: 'people', label: 'people (national equivalent)' },
      { key: 'baseline', label: 'target rate or baseline frequency' },
      { key: 'actual', label: 'actual rate or frequency' },
      { key: 'binaryM', label: 'binary payment (£m)' },
      { key: 'frequencyM', label: 'frequency payment (£m)' },
      { key: 'significant', label: 'CRCs with a significant binary result' },
      { key: 'crcs', label: 'CRCs' },
      { key: 'paymentDate', label: 'paid on' },
    ],
    rows: rows.map((r) => ({
      period: r.period,
      measure: r.measure,
      people: r.people,
      baseline: r.baseline,
      actual: r.actual,
      binaryM: r.measure === 'binary' ? toMillions(r.payment) : null,
      frequencyM: r.measure === 'frequency' ? toMillions(r.payment) : null,
      significant: r.measure === 'binary' ? r.significant : null,
      crcs: r.crcs,
      paymentDate: r.paymentDate,
    })),
  };
}

export function pbrTitle(name: string, rows: readonly PbrRow[]): string {
  if (rows.length === 0) return `${name}: no payment-by-results cohorts in this future`;
  let binary = 0;
  let frequency = 0;
  let binaryCohorts = 0;
  let paidBinary = 0;
  for (const r of rows) {
    if (r.measure === 'binary') {
      binary += r.payment;
      binaryCohorts++;
      if (r.payment !== 0) paidBinary++;
    } else frequency += r.payment;
  }
  return (
    `Payment by results brings ${name} ${poundsM(binary + frequency)} in this future: ${poundsM(frequency)} on the frequency measure, ` +
    `${poundsM(binary)} on the binary measure (${paidBinary} of ${binaryCohorts} annual cohorts paid or deducted)`
  );
}
