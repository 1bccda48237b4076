// The scenario against its baseline in plain words: one sentence per difference, in the order of
// the document ("Supervision › capacity cases per FTE is 45 weighted cases per practitioner FTE
// (tr: 40, +12.5%)", "Timeline: “TR arrives” takes effect on 2015-01-01 instead of 2014-06-01",
// "Added: a change on 2019-01-01, “…”, that sets operating model to unified").
// Invariants: pure; nothing that differs is left out (every changed leaf, added or removed key and
// list row gives a line); equal values give no line; lists are matched row by row on equal rows
// first (so removing the first of three rows reads as one removal, not three changes), timeline
// changes on their label and then their date, dated values on the number they date
// (datedValueDiff.ts). Works on any values, invalid ones included.
import { capitalised, joinPath, keyLabel, pathLabel } from './parameterLabels';
import { bareValueText, relativeChangeText, valueText } from './parameterFormat';
import { datedValuesDiff } from './datedValueDiff';

export interface DiffLine {
  /** The place that differs (a field, a list row, a timeline change), for a link to the editor. */
  path: string;
  kind: 'changed' | 'added' | 'removed';
  text: string;
  /** Finer lines under this one: the points of a dated value that differ, one per date. */
  details?: string[];
}

export interface DiffOptions {
  /** The baseline's name, written in brackets after each changed value: "(tr: 40)". */
  baselineName: string;
  /** The unit of a path ("weighted cases per practitioner FTE"); none when not given. */
  unitOf?: (path: string) => string;
}

type Keys = (string | number)[];

interface Context extends Required<DiffOptions> {
  out: DiffLine[];
}

export function scenarioDiff(baseline: unknown, current: unknown, options: DiffOptions): DiffLine[] {
  const context: Context = { baselineName: options.baselineName, unitOf: options.unitOf ?? (() => ''), out: [] };
  diffValue(baseline, current, [], context);
  return context.out;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keysA = Object.keys(a).filter((k) => a[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => b[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function diffValue(base: unknown, current: unknown, keys: Keys, context: Context): void {
  if (deepEqual(base, current)) return;
  const path = joinPath(keys);
  if (path === 'timeline.changes' && Array.isArray(base) && Array.isArray(current)) return diffTimeline(base, current, context);
  if (path === 'timeline.values' && Array.isArray(base) && Array.isArray(current)) return void context.out.push(...datedValuesDiff(base, current, context.baselineName));
  if (Array.isArray(base) && Array.isArray(current)) return diffList(base, current, keys, context);
  if (isRecord(base) && isRecord(current)) return diffObject(base, current, keys, context);
  context.out.push({ path, kind: 'changed', text: changedSentence(pathLabel(path), base, current, path, context) });
}

function diffObject(base: Record<string, unknown>, current: Record<string, unknown>, keys: Keys, context: Context): void {
  for (const [key, value] of Object.entries(current)) {
    if (value === undefined) continue;
    const childKeys = [...keys, key];
    if (!Object.hasOwn(base, key) || base[key] === undefined) {
      const path = joinPath(childKeys);
      context.out.push({ path, kind: 'added', text: `Added: ${pathLabel(path)} = ${valueText(value, context.unitOf(path))}` });
    } else {
      diffValue(base[key], value, childKeys, context);
    }
  }
  for (const [key, value] of Object.entries(base)) {
    if (value === undefined || (Object.hasOwn(current, key) && current[key] !== undefined)) continue;
    const path = joinPath([...keys, key]);
    context.out.push({ path, kind: 'removed', text: `Removed: ${pathLabel(path)} (${context.baselineName}: ${valueText(value, context.unitOf(path))})` });
  }
}

/** "X is 45 cases per FTE (tr: 40, +12.5%)"; long text is only said to differ. */
function changedSentence(label: string, base: unknown, current: unknown, path: string, context: Context): string {
  const unit = context.unitOf(path);
  if (typeof base === 'string' && typeof current === 'string' && (base.length > 60 || current.length > 60)) {
    return `${capitalised(label)} is different from ${context.baselineName}’s (${current.length} characters; ${context.baselineName}: ${base.length})`;
  }
  const relative = typeof base === 'number' && typeof current === 'number' ? relativeChangeText(base, current) : null;
  const was = `${context.baselineName}: ${bareValueText(base, unit)}${relative ? `, ${relative}` : ''}`;
  return `${capitalised(label)} is ${valueText(current, unit)} (${was})`;
}

// ---- lists: rows matched on equality first -----------------------------------------------------

/** Pairs of indices of equal rows, in order (a longest common subsequence). Lists are short (≤ 100). */
function equalRows(base: readonly unknown[], current: readonly unknown[]): [number, number][] {
  const n = base.length;
  const m = current.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i][j] = deepEqual(base[i], current[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (deepEqual(base[i], current[j])) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (table[i + 1][j] >= table[i][j + 1]) i += 1;
    else j += 1;
  }
  return pairs;
}

function rowSummary(row: unknown, unitOf: (path: string) => string, rowPath: string): string {
  if (!isRecord(row)) return bareValueText(row);
  return Object.entries(row)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${keyLabel(key)} ${typeof value === 'string' ? value : bareValueText(value, unitOf(`${rowPath}.${key}`))}`)
    .join(', ');
}

function diffList(base: readonly unknown[], current: readonly unknown[], keys: Keys, context: Context): void {
  const listLabel = pathLabel(joinPath(keys));
  const anchors = [...equalRows(base, current), [base.length, current.length] as [number, number]];
  let i = 0;
  let j = 0;
  for (const [nextI, nextJ] of anchors) {
    // Between two equal rows: pair what is left position by position, then what remains is added or removed.
    while (i < nextI && j < nextJ) diffValue(base[i++], current[j], [...keys, j++], context);
    for (; j < nextJ; j += 1) {
      const path = joinPath([...keys, j]);
      context.out.push({ path, kind: 'added', text: `Added: ${listLabel}, row ${j + 1}: ${rowSummary(current[j], context.unitOf, path)}` });
    }
    for (; i < nextI; i += 1) {
      const path = joinPath([...keys, i]);
      context.out.push({
        path: joinPath(keys),
        kind: 'removed',
        text: `Removed: ${listLabel}, ${context.baselineName}’s row ${i + 1} (${rowSummary(base[i], context.unitOf, path)})`,
      });
    }
    i = nextI + 1;
    j = nextJ + 1;
  }
}

// ---- the timeline: changes matched on their label, then their date -----------------------------

interface Change {
  date?: unknown;
  label?: unknown;
  set?: unknown;
}

function asChange(value: unknown): Change {
  return isRecord(value) ? (value as Change) : {};
}

/** A switch's value as a timeline reads it: "on", "unified", "0.45", "oral 0.5, short written 0.4". */
function switchValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'string') return value;
  if (isRecord(value)) return Object.entries(value).map(([k, v]) => `${keyLabel(k)} ${switchValue(v)}`).join(', ');
  return bareValueText(value);
}

/** "operating model to unified, ORA on, PSR share to 0.45". */
function setSummary(set: unknown): string {
  if (!isRecord(set)) return 'nothing';
  const parts = Object.entries(set)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => (typeof value === 'boolean' ? `${keyLabel(key)} ${switchValue(value)}` : `${keyLabel(key)} to ${switchValue(value)}`));
  return parts.length === 0 ? 'nothing yet' : parts.join(', ');
}

function matchChanges(base: readonly Change[], current: readonly Change[]): Map<number, number> {
  const matched = new Map<number, number>(); // current index → base index
  const used = new Set<number>();
  const pass = (same: (a: Change, b: Change) => boolean) => {
    current.forEach((change, j) => {
      if (matched.has(j)) return;
      const i = base.findIndex((candidate, index) => !used.has(index) && same(candidate, change));
      if (i >= 0) {
        matched.set(j, i);
        used.add(i);
      }
    });
  };
  pass((a, b) => deepEqual(a, b));
  pass((a, b) => a.label === b.label);
  pass((a, b) => a.date === b.date);
  return matched;
}

function diffTimeline(baseRaw: readonly unknown[], currentRaw: readonly unknown[], context: Context): void {
  const base = baseRaw.map(asChange);
  const current = currentRaw.map(asChange);
  const matched = matchChanges(base, current);
  const { baselineName, out } = context;
  current.forEach((change, j) => {
    const path = `timeline.changes[${j}]`;
    const i = matched.get(j);
    if (i === undefined) {
      out.push({ path, kind: 'added', text: `Added: a change on ${String(change.date)}, “${String(change.label)}”, that sets ${setSummary(change.set)}` });
      return;
    }
    const was = base[i];
    const name = `Timeline: “${String(change.label)}”`;
    if (was.label !== change.label) out.push({ path: `${path}.label`, kind: 'changed', text: `Timeline: the change on ${String(change.date)} is now labelled “${String(change.label)}” (${baselineName}: “${String(was.label)}”)` });
    if (was.date !== change.date) out.push({ path: `${path}.date`, kind: 'changed', text: `${name} takes effect on ${String(change.date)} instead of ${String(was.date)}` });
    diffSwitches(was.set, change.set, name, `${path}.set`, context);
  });
  const matchedBase = new Set(matched.values());
  base.forEach((change, i) => {
    if (matchedBase.has(i)) return;
    out.push({ path: 'timeline.changes', kind: 'removed', text: `Removed: the change on ${String(change.date)}, “${String(change.label)}” (it set ${setSummary(change.set)})` });
  });
}

function diffSwitches(baseSet: unknown, currentSet: unknown, name: string, path: string, context: Context): void {
  const base = isRecord(baseSet) ? baseSet : {};
  const current = isRecord(currentSet) ? currentSet : {};
  for (const [key, value] of Object.entries(current)) {
    if (value === undefined || deepEqual(base[key], value)) continue;
    const keyPath = `${path}.${key}`;
    if (base[key] === undefined) {
      context.out.push({ path: keyPath, kind: 'added', text: `${name} now also sets ${setSummary({ [key]: value })}` });
    } else if (isRecord(value) && isRecord(base[key])) {
      for (const [sub, subValue] of Object.entries(value)) {
        const was = (base[key] as Record<string, unknown>)[sub];
        if (deepEqual(was, subValue)) continue;
        context.out.push({ path: `${keyPath}.${sub}`, kind: 'changed', text: `${name} sets ${keyLabel(key)} › ${keyLabel(sub)} to ${switchValue(subValue)} (${context.baselineName}: ${switchValue(was)})` });
      }
    } else {
      context.out.push({ path: keyPath, kind: 'changed', text: `${name} sets ${keyLabel(key)} to ${switchValue(value)} (${context.baselineName}: ${switchValue(base[key])})` });
    }
  }
  for (const [key, value] of Object.entries(base)) {
    if (value === undefined || current[key] !== undefined) continue;
    context.out.push({ path, kind: 'removed', text: `${name} no longer sets ${keyLabel(key)} (${context.baselineName}: ${switchValue(value)})` });
  }
}
