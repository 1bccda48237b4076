// Where the editor shows an issue of a dated value: beside the number it dates. The validation names
// `timeline.values[i]…` (`.points[j].value`, `.join`, `.path`); placeIssues (scenarioIssues.ts) sees
// only the list `timeline.values`, so this moves each such issue to the field of entry i's number
// (whose dated table shows it on its row and cell), keeping the issue's own path for the cell.
// An entry whose path names no field of the editor (a typo in a file) keeps its issue on the list,
// whose overview shows that entry with a way to remove it. The summary names the place by its
// number ("Population › new entrants per year › dated point 2 › value"). Pure.
import { groupOf, type EditorField } from './parameterGroups';
import { pathLabel } from './parameterLabels';
import type { PlacedIssue } from './scenarioIssues';
import { canonicalDatedPath, type DatedValue } from '../engine';

const ENTRY = /^timeline\.values\[(\d+)\]/;

/** The index of the entry an issue path names (`timeline.values[3].points[1].value` → 3), or undefined. */
export function datedEntryIndex(path: string): number | undefined {
  const match = ENTRY.exec(path);
  return match ? Number(match[1]) : undefined;
}

/** The editor field (a number of `parameters`) that shows entry `index`, or undefined when its path names none. */
export function datedFieldPath(values: readonly DatedValue[], index: number, fieldPaths: ReadonlySet<string>): string | undefined {
  const entry = values[index];
  if (!entry || typeof entry.path !== 'string') return undefined;
  const path = canonicalDatedPath(entry.path);
  return fieldPaths.has(path) ? path : undefined;
}

export function placeDatedIssues(placed: readonly PlacedIssue[], values: readonly DatedValue[], fields: readonly EditorField[]): PlacedIssue[] {
  const fieldPaths = new Set(fields.filter((f) => f.kind === 'value').map((f) => f.path));
  return placed.map((issue) => {
    const index = datedEntryIndex(issue.path);
    if (index === undefined) return issue;
    const field = datedFieldPath(values, index, fieldPaths);
    return field === undefined ? issue : { ...issue, fieldPath: field, groupId: groupOf(field), label: datedPlaceLabel(field, issue.path) };
  });
}

/** "Population › new entrants per year › dated point 2 › value" for `timeline.values[i].points[1].value`. */
export function datedPlaceLabel(field: string, issuePath: string): string {
  const rest = issuePath.replace(ENTRY, '');
  const point = /^\.points\[(\d+)\](?:\.(date|value))?$/.exec(rest);
  const place = point ? `dated point ${Number(point[1]) + 1}${point[2] ? ` › ${point[2]}` : ''}` : rest === '.join' ? 'join of its dates' : rest === '.source' ? 'source of its dates' : 'dated values';
  return `${pathLabel(field)} › ${place}`;
}
