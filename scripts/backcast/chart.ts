// One SVG chart per back-cast series, as plain text (no browser, no chart library): the model's
// 95% interval across seeds as a band, its mean as a line, the published values as dots (rows
// that are interpolated or assumed as hollow dots: shown, not judged), axes with labels, a title
// and a source note. Pure string building, so the same comparison always gives the same bytes.
import type { BackcastComparison } from '../../model/calibration/backcast';

const W = 720;
const H = 360;
const M = { left: 78, right: 20, top: 58, bottom: 74 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Round steps (1, 2, 2.5, 5 × 10^k) giving about five ticks over [lo, hi]. */
export function niceTicks(lo: number, hi: number): number[] {
  const span = hi - lo || Math.abs(hi) || 1;
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

function formatTick(value: number, unit: string): string {
  if (unit === 'share') return `${Math.round(value * 1000) / 10}%`;
  return Math.abs(value) >= 1000 ? `${Math.round(value / 100) / 10}k` : String(value);
}

const f = (x: number) => x.toFixed(1);

export function chartSvg(c: BackcastComparison, firstYear: number, lastYear: number): string {
  const years = c.years;
  const values = years.flatMap((y) => [y.published, y.mean, y.low, y.high]).filter((v) => Number.isFinite(v));
  const lo0 = values.length ? Math.min(...values) : 0;
  const hi0 = values.length ? Math.max(...values) : 1;
  const pad = (hi0 - lo0) * 0.1 || Math.abs(hi0) * 0.1 || 1;
  const ticks = niceTicks(Math.max(0, lo0 - pad), hi0 + pad);
  const [yLo, yHi] = [ticks[0], ticks[ticks.length - 1]];
  const x = (year: number) => M.left + ((year - firstYear) / Math.max(1, lastYear - firstYear)) * PLOT_W;
  const y = (v: number) => M.top + PLOT_H - ((v - yLo) / (yHi - yLo || 1)) * PLOT_H;
  const modelled = years.filter((p) => Number.isFinite(p.mean));
  const banded = modelled.filter((p) => Number.isFinite(p.low));
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
  parts.push(`<title>${escapeXml(c.series.title)}</title>`, `<rect width="${W}" height="${H}" fill="white"/>`);
  parts.push(`<text x="${M.left}" y="22" font-size="15" font-weight="bold">${escapeXml(c.series.title)}</text>`);
  for (const t of ticks) {
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${f(y(t))}" y2="${f(y(t))}" stroke="#e4e4e4"/>`);
    parts.push(`<text x="${M.left - 6}" y="${f(y(t) + 4)}" text-anchor="end">${escapeXml(formatTick(t, c.series.unit))}</text>`);
  }
  for (let yr = firstYear; yr <= lastYear; yr++) {
    if ((yr - firstYear) % 2 !== 0 && yr !== lastYear) continue;
    parts.push(`<text x="${f(x(yr))}" y="${M.top + PLOT_H + 16}" text-anchor="middle">${yr}</text>`);
  }
  parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${M.top + PLOT_H}" y2="${M.top + PLOT_H}" stroke="#333"/>`);
  parts.push(`<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${M.top + PLOT_H}" stroke="#333"/>`);
  parts.push(`<text x="${M.left + PLOT_W / 2}" y="${M.top + PLOT_H + 34}" text-anchor="middle">year</text>`);
  parts.push(`<text transform="translate(16 ${M.top + PLOT_H / 2}) rotate(-90)" text-anchor="middle">${escapeXml(c.series.unit)}</text>`);
  if (banded.length > 1) {
    const upper = banded.map((p) => `${f(x(p.year))},${f(y(p.high))}`);
    const lower = banded.map((p) => `${f(x(p.year))},${f(y(p.low))}`).reverse();
    parts.push(`<polygon points="${[...upper, ...lower].join(' ')}" fill="#9ecae1" fill-opacity="0.5" stroke="none"/>`);
  }
  if (modelled.length > 1) parts.push(`<polyline points="${modelled.map((p) => `${f(x(p.year))},${f(y(p.mean))}`).join(' ')}" fill="none" stroke="#08519c" stroke-width="2"/>`);
  else {
    // One year alone has no band to draw: its interval is a whisker.
    for (const p of banded) parts.push(`<line x1="${f(x(p.year))}" x2="${f(x(p.year))}" y1="${f(y(p.low))}" y2="${f(y(p.high))}" stroke="#08519c" stroke-width="6" stroke-opacity="0.35"/>`);
    for (const p of modelled) parts.push(`<circle cx="${f(x(p.year))}" cy="${f(y(p.mean))}" r="3" fill="#08519c"/>`);
  }
  for (const p of years.filter((q) => Number.isFinite(q.published))) {
    const fill = p.basis === 'published' ? '#d95f02' : 'white';
    parts.push(`<circle cx="${f(x(p.year))}" cy="${f(y(p.published))}" r="4" fill="${fill}" stroke="#d95f02" stroke-width="1.5"/>`);
  }
  legend(parts, years.some((p) => p.basis !== 'published' && Number.isFinite(p.published)));
  const sources = [...new Set(years.filter((p) => p.basis === 'published').map((p) => p.source))].join('; ');
  parts.push(`<text x="${M.left}" y="${H - 18}" font-size="10" fill="#555">${escapeXml(truncate(`Source: ${sources}`, 150))}</text>`);
  parts.push(`<text x="${M.left}" y="${H - 5}" font-size="10" fill="#555">${escapeXml(`MAPE ${Number.isFinite(c.mape) ? c.mape.toFixed(1) + '%' : '—'} (${c.verdict}); model: ${truncate(c.definition.measuredAs.replace(/`/g, ''), 110)}`)}</text>`);
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

/** Under the title: what the dots, the line and the band are. */
function legend(parts: string[], hasUnjudged: boolean): void {
  const y = 42;
  parts.push(`<circle cx="${M.left + 4}" cy="${y - 4}" r="4" fill="#d95f02"/><text x="${M.left + 12}" y="${y}">published</text>`);
  let x = M.left + 90;
  if (hasUnjudged) {
    parts.push(`<circle cx="${x + 4}" cy="${y - 4}" r="4" fill="white" stroke="#d95f02" stroke-width="1.5"/><text x="${x + 12}" y="${y}">interpolated or assumed (not judged)</text>`);
    x += 240;
  }
  parts.push(`<rect x="${x}" y="${y - 10}" width="20" height="12" fill="#9ecae1" fill-opacity="0.5"/><line x1="${x}" x2="${x + 20}" y1="${y - 4}" y2="${y - 4}" stroke="#08519c" stroke-width="2"/>`);
  parts.push(`<text x="${x + 26}" y="${y}">model mean and 95% interval of the mean over seeds</text>`);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
