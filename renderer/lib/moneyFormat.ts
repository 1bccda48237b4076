// Money as bidders read it: millions of pounds with one decimal ("£24.8m", "−£3.1m"), signed
// differences ("+£1.2m"), intervals, and CRC names from their slugs. Display only: exports keep
// the full-precision figures (in £m, unrounded), so nothing is lost to rounding in a CSV.
// A figure that rounds to zero prints without a sign, so "−£0.0m" never appears.

const MINUS = '\u2212';

/** Pounds → millions of pounds, unrounded (the unit of every money chart and CSV column). */
export function toMillions(pounds: number): number {
  return pounds / 1e6;
}

/** "£24.8m", "−£3.1m"; "—" for an undefined figure (no contract in force). */
export function poundsM(pounds: number): string {
  if (!Number.isFinite(pounds)) return '—';
  const rounded = Math.round(pounds / 1e5) / 10;
  if (rounded === 0) return '£0.0m';
  return `${rounded < 0 ? MINUS : ''}£${Math.abs(rounded).toFixed(1)}m`;
}

/** A change with its sign always shown: "+£1.2m", "−£0.4m", "£0.0m". */
export function signedPoundsM(pounds: number): string {
  const text = poundsM(pounds);
  return text.startsWith(MINUS) || text === '£0.0m' || text === '—' ? text : `+${text}`;
}

/** "£21.3m to £28.4m" (low first). */
export function poundsRangeM(low: number, high: number): string {
  return `${poundsM(Math.min(low, high))} to ${poundsM(Math.max(low, high))}`;
}

/** A share as a whole percentage ("14%"), or one decimal below 1% so that small risks do not read as 0%. */
export function sharePercent(share: number): string {
  if (!Number.isFinite(share)) return '—';
  const percent = share * 100;
  if (percent > 0 && percent < 1) return `${percent.toFixed(1)}%`;
  return `${Math.round(percent)}%`;
}

const SMALL_WORDS = new Set(['and', 'of', 'the']);

/** 'hampshire-and-isle-of-wight' → 'Hampshire and Isle of Wight' (until a money report gives the real name). */
export function crcNameFromSlug(slug: string): string {
  return slug
    .split('-')
    .filter((word) => word !== '')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word[0].toUpperCase() + word.slice(1)))
    .join(' ');
}

/** An axis tick already in £m: "−£1.2m", "£3.6m" (one decimal by default; whole numbers from £100m). */
export function axisPoundsM(millions: number, decimals = 1): string {
  if (!Number.isFinite(millions)) return '';
  const digits = Math.abs(millions) >= 100 ? 0 : decimals;
  const text = Math.abs(millions).toFixed(digits);
  const zero = Number(text) === 0;
  return `${millions < 0 && !zero ? MINUS : ''}£${text}m`;
}

/** Evenly spaced ticks at a nice step (1, 2 or 5 × 10^k) covering [low, high], about `count` of them. */
export function niceTicks(low: number, high: number, count = 6): number[] {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [];
  if (high <= low) {
    const pad = Math.abs(low) * 0.1 || 1;
    return niceTicks(low - pad, high + pad, count);
  }
  const raw = (high - low) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const first = Math.floor(low / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision so that 0.30000000000000004 prints as 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let v = first; v < high + step * 0.999; v += step) ticks.push(Number(v.toFixed(decimals)));
  return ticks;
}

/** Decimals for £m axis ticks: two when every figure is under £1m (a small CRC, a small scale), else one. */
export function axisDecimals(millions: readonly number[]): number {
  let largest = 0;
  for (const v of millions) if (Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
  return largest < 1 ? 2 : 1;
}
