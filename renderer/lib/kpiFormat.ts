// KPIs in words and numbers a reader can take in: what kind of quantity a dotted KPI name is
// (people, a share, a rate, money, percentage points), and how to print its value, its interval and
// a difference, rounded no finer than the uncertainty warrants ("86,600 (95% CI 86,400–86,800)",
// not "86,612.3 (86,398.1–86,826.5)"). Pure: the Run cards, the Compare table and the chart titles
// all print through here, so the same number reads the same everywhere.

export type KpiKind = 'people' | 'share' | 'rate' | 'money' | 'points';

/** The kind of quantity a KPI (experiments/flatten.ts dotted name) measures. */
export function kpiKind(name: string): KpiKind {
  if (name.endsWith('probabilityOfLoss')) return 'share';
  if (name.endsWith('breakEvenReductionPoints')) return 'points';
  if (name.startsWith('money.')) return 'money';
  if (name === 'reoffending.frequency') return 'rate';
  if (name === 'reoffending.binary' || name.startsWith('reoffending.byDisposal.') || name.startsWith('reoffending.byProvider.') || name.endsWith('Share')) {
    return 'share';
  }
  return 'people';
}

/** The real minus sign: a hyphen reads as a dash in "−900 to 500". */
const MINUS = '\u2212';

/** The finest rounding step ever shown, per kind, in the KPI's own units. */
const FINEST_STEP: Record<KpiKind, number> = { people: 1, share: 0.0001, rate: 0.001, money: 1, points: 0.01 };

function powerOfTenBelow(x: number): number {
  return 10 ** Math.floor(Math.log10(x));
}

/**
 * The rounding step for a value of about `reference` known to ±`halfWidth`: the power of ten
 * below half the half-width, so the half-width keeps one or two figures and nothing finer than
 * the uncertainty is printed ("86,600 (95% CI 86,400–86,800)" for ±200); without an interval
 * (one replication), three significant figures. Never finer than the kind allows.
 */
export function displayStep(kind: KpiKind, reference: number, halfWidth?: number): number {
  if (halfWidth !== undefined && Number.isFinite(halfWidth) && halfWidth > 0) return Math.max(powerOfTenBelow(halfWidth / 2), FINEST_STEP[kind]);
  const size = Math.abs(reference);
  const step = size > 0 && Number.isFinite(size) ? powerOfTenBelow(size) / 100 : FINEST_STEP[kind];
  return Math.max(step, FINEST_STEP[kind]);
}

function decimalsFor(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/** A number rounded to `step`, with thousands separators and a real minus sign. */
export function plain(value: number, step: number): string {
  const rounded = Math.round(value / step) * step;
  const decimals = decimalsFor(step);
  const text = Math.abs(rounded).toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return rounded < 0 && Number(text.replace(/,/g, '')) !== 0 ? `${MINUS}${text}` : text;
}

const MONEY_UNITS: [number, string][] = [
  [1e9, 'bn'],
  [1e6, 'm'],
  [1e3, 'k'],
];

/** Money in the unit of its size: £11.2bn, £547m, £4,300. The unit follows `reference` so a value and its interval share it. */
function money(value: number, step: number, reference: number): string {
  const [unit, suffix] = MONEY_UNITS.find(([u]) => Math.abs(reference) >= u) ?? [1, ''];
  const text = plain(value / unit, step / unit);
  return text.startsWith(MINUS) ? `${MINUS}£${text.slice(1)}${suffix}` : `£${text}${suffix}`;
}

/** A value of the KPI's kind, rounded to `step` (in the KPI's units); `reference` picks money's unit. */
export function formatKpiNumber(kind: KpiKind, value: number, step: number, reference = value): string {
  if (!Number.isFinite(value)) return '—';
  switch (kind) {
    case 'share':
      return `${plain(value * 100, step * 100)}%`;
    case 'money':
      return money(value, step, reference);
    case 'points':
      return `${plain(value, step)} pts`;
    default:
      return plain(value, step);
  }
}

/** A difference of two values of a kind: signed, and for shares in percentage points. */
export function formatKpiDifference(kind: KpiKind, value: number, step: number, reference = value): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value > 0 && Math.round(value / step) !== 0 ? '+' : '';
  if (kind === 'share') return `${sign}${plain(value * 100, step * 100)} pts`;
  return `${sign}${formatKpiNumber(kind, value, step, reference)}`;
}

/**
 * "86,400–86,800", or "−900 to 500" when a sign would make the dash ambiguous; a unit both ends
 * share is said once ("0 to +7 pts").
 */
export function formatRange(low: string, high: string): string {
  const lowText = low.endsWith(' pts') && high.endsWith(' pts') ? low.slice(0, -' pts'.length) : low;
  return low.startsWith(MINUS) || high.startsWith(MINUS) || low.startsWith('+') || high.startsWith('+') ? `${lowText} to ${high}` : `${lowText}–${high}`;
}

export interface Estimate {
  mean: number;
  ci95: [number, number] | null;
  n: number;
}

function halfWidthOf(e: Estimate): number | undefined {
  return e.ci95 ? (e.ci95[1] - e.ci95[0]) / 2 : undefined;
}

/** A value with its interval as separate strings (for cards and table cells). */
export function formatEstimate(name: string, e: Estimate): { value: string; interval: string | null } {
  const kind = kpiKind(name);
  const step = displayStep(kind, e.mean, halfWidthOf(e));
  const value = formatKpiNumber(kind, e.mean, step);
  if (!e.ci95) return { value, interval: null };
  return { value, interval: formatRange(formatKpiNumber(kind, e.ci95[0], step, e.mean), formatKpiNumber(kind, e.ci95[1], step, e.mean)) };
}

/** "86,600 ± 200": the compact form for a table cell. */
export function formatMeanPlusMinus(name: string, e: Estimate): string {
  const kind = kpiKind(name);
  const hw = halfWidthOf(e);
  const step = displayStep(kind, e.mean, hw);
  const value = formatKpiNumber(kind, e.mean, step);
  // No interval, or none to speak of (a figure the scenario fixes, such as a contract price).
  if (hw === undefined || hw === 0) return value;
  const spread = kind === 'share' ? `${plain(hw * 100, step * 100)} pts` : formatKpiNumber(kind, hw, step, e.mean);
  return `${value} ± ${spread}`;
}

/** A difference with its interval: { value: "−3,300", interval: "−3,700 to −2,900" }; shares in points. */
export function formatDifferenceEstimate(name: string, d: Estimate, reference: number): { value: string; interval: string | null } {
  const kind = kpiKind(name);
  // Money's unit follows the larger of the baseline and the difference (a baseline of £0 must not print £105,000,000).
  const size = Math.max(Math.abs(reference), Math.abs(d.mean));
  const step = displayStep(kind, Math.max(Math.abs(d.mean), size / 1000), halfWidthOf(d));
  const value = formatKpiDifference(kind, d.mean, step, size);
  if (!d.ci95 || d.ci95[0] === d.ci95[1]) return { value, interval: null };
  return { value, interval: formatRange(formatKpiDifference(kind, d.ci95[0], step, size), formatKpiDifference(kind, d.ci95[1], step, size)) };
}

/** A relative change as a signed percentage ("−3.8%"); a dash when undefined. */
export function formatRelative(relative: number): string {
  if (!Number.isFinite(relative)) return '—';
  const pct = relative * 100;
  const digits = Math.abs(pct) >= 10 ? 0 : 1;
  const text = Math.abs(pct).toFixed(digits);
  if (Number(text) === 0) return '0%';
  return `${pct < 0 ? MINUS : '+'}${text}%`;
}
