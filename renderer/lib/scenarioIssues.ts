// Validation issues placed in the editor: each issue goes next to the field it names; an issue
// inside a list goes to that list's table (and its cell when the cell is named); an issue about a
// whole object (shares that must sum to 1) goes to the group holding that object's fields. The
// summary at the top of the editor lists them all in words ("2 problems: …").
import type { EditorField, GroupId } from './parameterGroups';
import { groupOf } from './parameterGroups';
import { pathLabel } from './parameterLabels';

export interface Issue {
  path: string;
  message: string;
}

export interface PlacedIssue extends Issue {
  /** The editor field that shows it (a value or a list), or null when it is about a whole object. */
  fieldPath: string | null;
  /** The group to open to see it; null for an issue about the whole scenario. */
  groupId: GroupId | null;
  /** The place in words when the path's own words would mislead (a dated value's point names its number). */
  label?: string;
}

function isInside(path: string, parent: string): boolean {
  return parent === '' || path.startsWith(`${parent}.`) || path.startsWith(`${parent}[`);
}

/**
 * The editor field that shows a path: the field itself, the list (table) holding it, or else the
 * first field inside it (for a path naming a whole object). Undefined when nothing is there.
 */
export function fieldShowing(path: string, fields: readonly EditorField[]): { field: EditorField; exact: boolean } | undefined {
  const field = fields.find((f) => f.path === path) ?? fields.find((f) => f.kind === 'list' && isInside(path, f.path));
  if (field) return { field, exact: true };
  const below = path === '' ? undefined : fields.find((f) => isInside(f.path, path));
  return below ? { field: below, exact: false } : undefined;
}

export function placeIssues(issues: readonly Issue[], fields: readonly EditorField[]): PlacedIssue[] {
  return issues.map((issue) => {
    const shown = fieldShowing(issue.path, fields);
    if (!shown) return { ...issue, fieldPath: null, groupId: null };
    return { ...issue, fieldPath: shown.exact ? shown.field.path : null, groupId: groupOf(shown.field.path) };
  });
}

/** Issues by the field that shows them. */
export function issuesByField(placed: readonly PlacedIssue[]): Map<string, PlacedIssue[]> {
  const map = new Map<string, PlacedIssue[]>();
  for (const issue of placed) {
    if (issue.fieldPath === null) continue;
    const list = map.get(issue.fieldPath) ?? [];
    list.push(issue);
    map.set(issue.fieldPath, list);
  }
  return map;
}

/** "1 problem" / "3 problems": the headline of the summary. */
export function problemCount(count: number): string {
  return count === 1 ? '1 problem' : `${count} problems`;
}

/** One issue in words, naming its place: "Supervision › capacity cases per FTE: expected a number greater than 0, got -5". */
export function issueText(issue: Issue & { label?: string }): string {
  return issue.path === '' ? issue.message : `${issue.label ?? pathLabel(issue.path)}: ${issue.message}`;
}
