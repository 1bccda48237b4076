// The human-readable summary: aligned columns kpi | value | 95% CI, then the provenance.
// Numbers get thousands separators and a precision that suits their size; shares (by name: see
// isShareKpi) are shown as percentages; an undefined value is "—". Formatting is done here by
// hand rather than with toLocaleString so the output does not depend on the machine's locale.
import type { Report } from '../report';
import type { Estimate } from '../stats';
import { crcTable, isMoneyTableRow, publicCostTable } from './moneyTables';
import { groupThousands } from './groupThousands';
import { printable } from '../../formats/textInput';

const UNDEFINED = '—';

/** Whether a KPI is a share (0..1) to be shown as a percentage, judged by its dotted path. */
export function isShareKpi(kpi: string): boolean {
  const parts = kpi.split('.');
  const last = parts[parts.length - 1];
  if (/(share|rate|proportion|fraction)$/i.test(last) || last === 'binary') return true;
  // Reoffending rates broken down by disposal or provider are binary rates too.
  return parts[0] === 'reoffending' && (parts.includes('byDisposal') || parts.includes('byProvider')) && !/frequency/i.test(kpi);
}

/** Digits after the point for a value of this size (a whole number gets none). */
export function decimalsFor(value: number): number {
  if (Number.isInteger(value)) return 0;
  const size = Math.abs(value);
  if (size >= 100) return 0;
  if (size >= 10) return 1;
  return 2;
}

export function formatValue(value: number, share: boolean, decimals: number): string {
  if (!Number.isFinite(value)) return UNDEFINED;
  return share ? `${groupThousands(value * 100, 1)}%` : groupThousands(value, decimals);
}

function cells(kpi: string, e: Estimate): [string, string, string] {
  const share = isShareKpi(kpi);
  const decimals = decimalsFor(e.mean);
  const value = formatValue(e.mean, share, decimals);
  // Use the mean's precision for the interval too, unless that would hide its width.
  const ciDecimals = e.ci95 && !share ? Math.max(decimals, decimalsFor(e.ci95[1] - e.ci95[0])) : decimals;
  const ci = e.ci95 ? `${formatValue(e.ci95[0], share, ciDecimals)} – ${formatValue(e.ci95[1], share, ciDecimals)}` : '';
  return [kpi, value, ci];
}

export function formatTable(report: Report): string {
  const header: [string, string, string] = ['kpi', 'value', '95% CI'];
  const rows = report.kpis.rows.filter((r) => !isMoneyTableRow(r.kpi)).map((r) => cells(r.kpi, r.estimate));
  const widths = [0, 1, 2].map((i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
  const line = (r: [string, string, string]) =>
    `${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padStart(widths[2])}`.trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), ''];
  out.push(...crcTable(report.kpis.rows), ...publicCostTable(report.kpis.rows));
  out.push(...provenanceLines(report));
  return `${out.join('\n')}\n`;
}

function provenanceLines({ provenance: p }: Report): string[] {
  const lines = [
    `scenario:     ${printable(p.scenarioName)} (hash ${p.scenarioHash})`,
    `run:          seed ${p.seed}, ${p.replications} replication${p.replications === 1 ? '' : 's'}, scale ${p.scale}, ${p.years} years`,
    `overrides:    ${p.overrides.length ? printable(p.overrides.map((o) => `${o.path}=${o.value}`).join(', ')) : 'none'}`,
    `engine:       ${p.engineVersion}`,
  ];
  if (p.replications === 1) lines.push('95% CI:       needs --replications 2 or more');
  else lines.push(`95% CI:       t-interval of the mean over replications (n = replications in which the KPI is defined)`);
  return lines;
}
