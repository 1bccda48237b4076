// New and reshaped rows for the editor's tables: what "Add a row" puts in each list of a scenario
// (a sensible start the user then edits: the next hazard step, the next volume band, a timeline
// change on the last change's date that sets nothing yet), and how a row changes shape when its
// kind changes (a contract variation becoming a termination gains a compensation; an uncertain
// input changing distribution keeps its range). Pure: rows in, rows out.
import { normalizedPath } from './parameterGroups';
import { pathKeys } from './parameterLabels';

type Row = Record<string, unknown>;

/** Lists whose rows come in kinds, and the key that says which. */
const ROW_KIND_KEY: Record<string, string> = {
  'money.crc.events': 'kind',
  uncertainty: 'distribution',
};

export function rowKindKey(listPath: string): string | undefined {
  return ROW_KIND_KEY[normalizedPath(listPath).replace(/^money\.crc\.contracts\.[^.]+\./, 'money.crc.contracts.*.')];
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of pathKeys(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** The number an uncertain input starts with when added. */
const DEFAULT_UNCERTAIN_PATH = 'parameters.supervision.capacityCasesPerFte';

/** A new last row for the list at `listPath` of `scenario`. */
export function newRow(listPath: string, scenario: unknown): unknown {
  const rows = valueAt(scenario, listPath);
  const list = Array.isArray(rows) ? rows : [];
  const last = list[list.length - 1];
  const previous = isRow(last) ? last : {};
  const normal = normalizedPath(listPath);
  if (normal === 'timeline.changes') {
    const date = typeof previous.date === 'string' ? previous.date : String(valueAt(scenario, 'simulation.start') ?? '2015-01-01');
    return { date, label: 'new change', set: {} };
  }
  if (normal === 'parameters.offending.hazardByMonthsSinceStart') {
    return { fromMonth: num(previous.fromMonth, -6) + 6, multiplier: num(previous.multiplier, 1) };
  }
  if (/^money\.crc\.contracts\.[^.]+\.otherBands$/.test(normal)) {
    const from = num(previous.toUnits, 0);
    const width = Math.max(1, from - num(previous.fromUnits, 0));
    return { fromUnits: from, toUnits: from + width, pricePerUnit: num(previous.pricePerUnit, 0) };
  }
  if (normal === 'money.crc.events') {
    const start = valueAt(scenario, 'money.crc.contractStart');
    return { kind: 'variation', date: typeof start === 'string' ? start : '2017-01-01' };
  }
  if (normal === 'uncertainty') {
    const value = num(valueAt(scenario, DEFAULT_UNCERTAIN_PATH), 1);
    return { path: DEFAULT_UNCERTAIN_PATH, distribution: 'uniform', min: value * 0.9, max: value * 1.1 };
  }
  return isRow(last) ? { ...last } : last ?? null;
}

/** The row with another kind: the fields the new kind needs, carried over where they can be. */
export function reshapeRow(listPath: string, row: unknown, kind: string): unknown {
  const old = isRow(row) ? row : {};
  const normal = normalizedPath(listPath);
  if (normal === 'money.crc.events') {
    const date = old.date ?? '2017-01-01';
    return kind === 'termination' ? { kind, date, compensationPerCrc: num(old.compensationPerCrc, 0) } : { kind, date };
  }
  if (normal === 'uncertainty') {
    const { low, high } = supportOfRow(old);
    const path = old.path ?? DEFAULT_UNCERTAIN_PATH;
    if (kind === 'uniform') return { path, distribution: kind, min: low, max: high };
    if (kind === 'triangular') return { path, distribution: kind, min: low, mode: (low + high) / 2, max: high };
    if (kind === 'normal') return { path, distribution: kind, mean: (low + high) / 2, sd: Math.max((high - low) / 6, Number.MIN_VALUE) };
    return { path, distribution: kind, alpha: 2, beta: 2, min: low, max: high };
  }
  return { ...old, [rowKindKey(listPath) ?? 'kind']: kind };
}

/** The range an uncertain input's row covers, to carry over when its distribution changes. */
function supportOfRow(row: Row): { low: number; high: number } {
  if (row.distribution === 'normal') {
    const mean = num(row.mean, 0);
    const sd = num(row.sd, 0);
    return { low: mean - 3 * sd, high: mean + 3 * sd };
  }
  return { low: num(row.min, 0), high: num(row.max, row.distribution === 'beta' ? 1 : 0) };
}

/** An object without one key (a timeline change that no longer sets a switch). */
export function withoutKey(value: unknown, key: string): Row {
  const copy: Row = isRow(value) ? { ...value } : {};
  delete copy[key];
  return copy;
}
