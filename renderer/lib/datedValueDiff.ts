// The dated values (timeline.values) of two scenarios, compared readably for the diff: entries are
// matched on the number they date (their canonical path), never on their place in the list; per
// number, one line for an added or removed entry, a changed join, a changed source, and one line
// for the points that differ, which lists each date: "2016-01-01: 140,000 → 120,000", "2017-01-01:
// added, 118,000", "2018-01-01: removed (tr: 118,000)".
// Invariants: pure; equal entries give no line; every differing point is listed, in date order;
// works on entries as typed (a point with an invalid date is compared by its text).
import { canonicalDatedPath, type DatedValue } from '../engine';
import { datedSummary } from './datedValueRows';
import { capitalised, pathLabel } from './parameterLabels';
import { numberText } from './parameterFormat';

export interface DatedDiffLine {
  /** `timeline.values[j]` of the current scenario, or the number's path when its entry was removed. */
  path: string;
  kind: 'changed' | 'added' | 'removed';
  text: string;
  /** The points that differ, one per date, when the line is about points. */
  details?: string[];
}

type Point = DatedValue['points'][number];

const pointValue = (value: unknown) => (typeof value === 'number' ? numberText(value) : String(value));

/** The points that differ between two entries of one number, by date, in date order. */
export function differingPoints(base: readonly Point[], current: readonly Point[], baselineName: string): string[] {
  const was = new Map(base.map((p) => [String(p.date), p.value]));
  const now = new Map(current.map((p) => [String(p.date), p.value]));
  const dates = [...new Set([...was.keys(), ...now.keys()])].sort();
  const lines: string[] = [];
  for (const date of dates) {
    const a = was.get(date);
    const b = now.get(date);
    if (!was.has(date)) lines.push(`${date}: added, ${pointValue(b)}`);
    else if (!now.has(date)) lines.push(`${date}: removed (${baselineName}: ${pointValue(a)})`);
    else if (!Object.is(a, b)) lines.push(`${date}: ${pointValue(a)} → ${pointValue(b)}`);
  }
  return lines;
}

/** Index pairs of entries dating the same number (current index → base index), first unused match. */
function matchEntries(base: readonly DatedValue[], current: readonly DatedValue[]): Map<number, number> {
  const matched = new Map<number, number>();
  const used = new Set<number>();
  current.forEach((entry, j) => {
    const path = canonicalDatedPath(String(entry.path));
    const i = base.findIndex((candidate, index) => !used.has(index) && canonicalDatedPath(String(candidate.path)) === path);
    if (i < 0) return;
    matched.set(j, i);
    used.add(i);
  });
  return matched;
}

function entryLines(was: DatedValue, now: DatedValue, j: number, baselineName: string): DatedDiffLine[] {
  const path = `timeline.values[${j}]`;
  const label = capitalised(pathLabel(canonicalDatedPath(String(now.path))));
  const lines: DatedDiffLine[] = [];
  if (was.join !== now.join) lines.push({ path: `${path}.join`, kind: 'changed', text: `${label}: dated points joined ${now.join} (${baselineName}: ${was.join})` });
  if (was.source !== now.source) {
    lines.push({ path: `${path}.source`, kind: 'changed', text: `${label}: the dated values’ source is “${now.source}” (${baselineName}: “${was.source}”)` });
  }
  const details = differingPoints(was.points, now.points, baselineName);
  if (details.length > 0) {
    const dates = details.length === 1 ? '1 date' : `${details.length} dates`;
    lines.push({ path, kind: 'changed', text: `${label}: dated values differ on ${dates}`, details });
  }
  return lines;
}

export function datedValuesDiff(baseRaw: readonly unknown[], currentRaw: readonly unknown[], baselineName: string): DatedDiffLine[] {
  const base = baseRaw as DatedValue[];
  const current = currentRaw as DatedValue[];
  const matched = matchEntries(base, current);
  const out: DatedDiffLine[] = [];
  current.forEach((entry, j) => {
    const i = matched.get(j);
    if (i !== undefined) return void out.push(...entryLines(base[i], entry, j, baselineName));
    const label = pathLabel(canonicalDatedPath(String(entry.path)));
    const source = entry.source ? ` (source: ${entry.source})` : '';
    out.push({ path: `timeline.values[${j}]`, kind: 'added', text: `Added: dated values for ${label}: ${datedSummary(entry)}${source}` });
  });
  const matchedBase = new Set(matched.values());
  base.forEach((entry, i) => {
    if (matchedBase.has(i)) return;
    const path = canonicalDatedPath(String(entry.path));
    out.push({ path, kind: 'removed', text: `Removed: the dated values of ${pathLabel(path)} (${baselineName}: ${datedSummary(entry)}); its single value holds throughout` });
  });
  return out;
}
