// One stage of the pathway in the editor: a heading button that opens and closes it (with how many
// parameters it holds and how many problems), a sentence on what it decides, then its fields under
// sub-headings by the object they belong to. The 21 CRC contracts open one area at a time.
import { memo } from 'react';
import { partOf, parentPath, type EditorField, type ParameterGroup } from '../../lib/parameterGroups';
import { pathLabel, slugLabel } from '../../lib/parameterLabels';
import { problemCount, type PlacedIssue } from '../../lib/scenarioIssues';
import { valueAtPath } from './editorContext';
import { FieldRow } from './FieldRow';
import { IssueMessages } from './IssueMessages';
import { ListTable } from './ListTable';
import { TimelineChanges } from './TimelineChanges';
import { pathKeys } from '../../lib/parameterLabels';
import { deepEqual } from '../../lib/scenarioDiff';
import { bareValueText } from '../../lib/parameterFormat';
import { parameterDoc, type DatedValue } from '../../engine';
import { datedIndexByPath } from '../../lib/datedValueRows';
import { DatedValuesOverview } from './DatedValuesOverview';

const NO_ISSUES: readonly PlacedIssue[] = [];

export interface GroupSectionProps {
  group: ParameterGroup;
  fields: readonly EditorField[];
  total: number;
  open: boolean;
  onToggle: (id: string) => void;
  openParts: ReadonlySet<string>;
  onTogglePart: (key: string) => void;
  /** With a filter, every part with a match is shown open. */
  filtering: boolean;
  scenario: unknown;
  issuesByField: ReadonlyMap<string, readonly PlacedIssue[]>;
  /** Issues about a whole object in this group (shares that must sum to 1). */
  groupIssues: readonly PlacedIssue[];
  issueCount: number;
  onCommit: (path: string, value: unknown) => void;
  /** The built-in the diff compares with, for the "was" beside each changed field. */
  baseline: { name: string; scenario: unknown } | null;
}

/** "tr: 40" when the field's value differs from the baseline's, else undefined. */
function baselineText(baseline: GroupSectionProps['baseline'], path: string, keys: (string | number)[], value: unknown): string | undefined {
  if (!baseline) return undefined;
  const was = valueAtPath(baseline.scenario, keys);
  if (deepEqual(was, value)) return undefined;
  return `${baseline.name}: ${was === undefined ? 'not set' : bareValueText(was, parameterDoc(path)?.unit ?? '')}`;
}

function FieldList({ fields, scenario, issuesByField, onCommit, skipParent, baseline }: Pick<GroupSectionProps, 'scenario' | 'issuesByField' | 'onCommit' | 'baseline'> & { fields: readonly EditorField[]; skipParent?: string }) {
  const items: React.ReactNode[] = [];
  let lastParent: string | null = null;
  const datedValues = valueAtPath(scenario, ['timeline', 'values']);
  const values = Array.isArray(datedValues) ? (datedValues as DatedValue[]) : [];
  const datedIndex = datedIndexByPath(values);
  for (const field of fields) {
    const parent = parentPath(field.path);
    if (field.kind === 'value' && parent !== lastParent && parent !== '' && parent !== skipParent) {
      items.push(
        <h5 key={`h-${parent}-${items.length}`} className="scn-subheading">
          {pathLabel(parent)}
        </h5>,
      );
    }
    lastParent = parent;
    const keys = pathKeys(field.path);
    const value = valueAtPath(scenario, keys);
    const issues = issuesByField.get(field.path) ?? NO_ISSUES;
    if (field.kind === 'list') {
      items.push(listEditor(field.path, value, issues));
    } else {
      const index = datedIndex.get(field.path);
      // Numbers of `parameters` can be dated ("Make dated"); a dated one shows its entry.
      const dated = field.path.startsWith('parameters.') ? (index ?? null) : undefined;
      items.push(
        <FieldRow
          key={field.path}
          path={field.path}
          value={value}
          issues={issues}
          onCommit={onCommit}
          baselineText={baselineText(baseline, field.path, keys, value)}
          datedIndex={dated}
          datedEntry={index === undefined ? undefined : values[index]}
        />,
      );
    }
  }
  return <>{items}</>;
}

function listEditor(path: string, rows: unknown, issues: readonly PlacedIssue[]): React.ReactNode {
  if (path === 'timeline.changes') return <TimelineChanges key={path} rows={rows} issues={issues} />;
  if (path === 'timeline.values') return <DatedValuesOverview key={path} rows={rows} issues={issues} />;
  return <ListTable key={path} path={path} rows={rows} issues={issues} />;
}

export const GroupSection = memo(function GroupSection(props: GroupSectionProps) {
  const { group, fields, total, open, onToggle, issueCount, groupIssues } = props;
  const headingId = `group-heading-${group.id}`;
  const shown = fields.length === total ? `${total} ${total === 1 ? 'parameter' : 'parameters'}` : `${fields.length} of ${total} match`;
  return (
    <section className={`scn-group${issueCount > 0 ? ' scn-group-invalid' : ''}`} aria-labelledby={headingId} data-group={group.id}>
      <h4 className="scn-group-heading" id={headingId}>
        <button type="button" aria-expanded={open} aria-controls={`group-body-${group.id}`} data-testid={`group-${group.id}`} onClick={() => onToggle(group.id)}>
          <span className="scn-caret" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {group.title}
          <span className="scn-count">{shown}</span>
          {issueCount > 0 && <span className="scn-badge">{problemCount(issueCount)}</span>}
        </button>
      </h4>
      {open && (
        <div className="scn-group-body" id={`group-body-${group.id}`}>
          <p className="scn-intro">{group.intro}</p>
          {groupIssues.map((issue, i) => (
            <IssueMessages key={i} path={issue.path} issues={[issue]} />
          ))}
          {group.splitAfter ? <SplitParts {...props} /> : <FieldList {...props} />}
        </div>
      )}
    </section>
  );
});

/** A large group (the CRC contracts) as one disclosure per part, each rendered only when open. */
function SplitParts(props: GroupSectionProps) {
  const { group, fields, openParts, onTogglePart, filtering, issuesByField } = props;
  const parts = new Map<string, EditorField[]>();
  for (const field of fields) {
    const part = partOf(group, field.path);
    parts.set(part, [...(parts.get(part) ?? []), field]);
  }
  return (
    <div className="scn-parts">
      {[...parts.entries()].map(([part, partFields]) => {
        const key = `${group.id}:${part}`;
        const open = filtering || openParts.has(key);
        const problems = partFields.reduce((n, f) => n + (issuesByField.get(f.path)?.length ?? 0), 0);
        const partPath = `${group.splitAfter}.${part}`;
        return (
          <div key={part} className="scn-part">
            <h5 className="scn-part-heading">
              <button type="button" aria-expanded={open} data-testid={`part-${part}`} onClick={() => onTogglePart(key)}>
                <span className="scn-caret" aria-hidden="true">
                  {open ? '▾' : '▸'}
                </span>
                {slugLabel(part)}
                <span className="scn-count">{partFields.length}</span>
                {problems > 0 && <span className="scn-badge">{problemCount(problems)}</span>}
              </button>
            </h5>
            {open && (
              <div className="scn-part-body">
                <FieldList {...props} fields={partFields} skipParent={partPath} />
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
