// The editor of the open scenario: a summary of its problems (each a link to the field), a filter
// box, and every parameter grouped by stage of the pathway. Validation runs on the committed
// scenario (memoised on it), so typing in a field never waits for it.
import { useDeferredValue, useMemo } from 'react';
import { parameterDoc } from '../../engine';
import type { EditorField, GroupedFields } from '../../lib/parameterGroups';
import { filterWords, matchesFilter, searchTextOf } from '../../lib/parameterFilter';
import { pathLabel } from '../../lib/parameterLabels';
import { issueText, problemCount, type PlacedIssue } from '../../lib/scenarioIssues';
import { GroupSection } from './GroupSection';
import type { EditorLayout } from './useEditorLayout';

interface ParameterEditorProps {
  scenario: unknown;
  fields: readonly EditorField[];
  grouped: readonly GroupedFields[];
  placed: readonly PlacedIssue[];
  issuesByField: ReadonlyMap<string, readonly PlacedIssue[]>;
  layout: EditorLayout;
  onCommit: (path: string, value: unknown) => void;
  /** The filter's test, shared with reveal so a revealed field is never hidden by it. */
  matches: (field: EditorField) => boolean;
  baseline: { name: string; scenario: unknown } | null;
  /** Opens and focuses the place an issue names (the ScenariosView's reveal, which knows where dated values live). */
  onReveal?: (path: string) => void;
}

export function useFieldFilter(fields: readonly EditorField[], filter: string): (field: EditorField) => boolean {
  const searchText = useMemo(() => new Map(fields.map((f) => [f.path, searchTextOf(f.path, pathLabel(f.path), parameterDoc(f.kind === 'list' ? `${f.path}[]` : f.path))])), [fields]);
  const words = useMemo(() => filterWords(filter), [filter]);
  return useMemo(() => (field: EditorField) => matchesFilter(searchText.get(field.path) ?? '', words), [searchText, words]);
}

const NO_ISSUES: readonly PlacedIssue[] = [];

function ProblemSummary({ placed, onReveal }: { placed: readonly PlacedIssue[]; onReveal: (path: string) => void }) {
  if (placed.length === 0) {
    return (
      <p className="scn-valid" data-testid="scenario-valid" role="status">
        ✓ This scenario is valid: it can be run and saved as it is.
      </p>
    );
  }
  return (
    <div className="scn-problems" role="alert" data-testid="scenario-problems">
      <strong>
        {problemCount(placed.length)}: the scenario is kept as you typed it, but it cannot be run until
        {placed.length === 1 ? ' this is' : ' these are'} fixed.
      </strong>
      <ul>
        {placed.map((issue, i) => (
          <li key={i}>
            {issue.groupId === null ? (
              issueText(issue)
            ) : (
              <a
                href={`#field-${issue.path}`}
                onClick={(event) => {
                  event.preventDefault();
                  onReveal(issue.path);
                }}
              >
                {issueText(issue)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ParameterEditor({ scenario, fields, grouped, placed, issuesByField, layout, onCommit, matches, baseline, onReveal }: ParameterEditorProps) {
  const deferredFilter = useDeferredValue(layout.filter);
  const filtering = filterWords(deferredFilter).length > 0;
  const shownGroups = grouped.map(({ group, fields: groupFields }) => ({ group, all: groupFields, shown: filtering ? groupFields.filter(matches) : groupFields }));
  const matchCount = shownGroups.reduce((n, g) => n + g.shown.length, 0);
  // Per group, the same arrays until the issues change: the groups are memoised on their props.
  const issuesOfGroup = useMemo(() => {
    const map = new Map<string, { all: number; whole: PlacedIssue[] }>();
    for (const issue of placed) {
      if (issue.groupId === null) continue;
      const entry = map.get(issue.groupId) ?? { all: 0, whole: [] };
      entry.all += 1;
      if (issue.fieldPath === null) entry.whole.push(issue);
      map.set(issue.groupId, entry);
    }
    return map;
  }, [placed]);
  return (
    <section className="scn-editor" aria-labelledby="scn-editor-heading">
      <h3 id="scn-editor-heading">Parameters</h3>
      <ProblemSummary placed={placed} onReveal={onReveal ?? ((path) => layout.reveal(path, fields, matches))} />
      <div className="scn-toolbar">
        <label htmlFor="scn-filter">Find a parameter</label>
        <input
          id="scn-filter"
          type="search"
          data-testid="param-filter"
          placeholder="name, path or words of its description"
          value={layout.filter}
          onChange={(event) => layout.setFilter(event.target.value)}
        />
        {filtering && (
          <span className="scn-match-count" role="status">
            {matchCount === 1 ? '1 parameter matches' : `${matchCount} parameters match`}
          </span>
        )}
        <button type="button" className="scn-small" onClick={() => layout.setAll(true)}>
          Open all groups
        </button>
        <button type="button" className="scn-small" onClick={() => layout.setAll(false)}>
          Close all groups
        </button>
      </div>
      {shownGroups.map(({ group, all, shown }) => {
        if (filtering && shown.length === 0) return null;
        const groupIssues = issuesOfGroup.get(group.id);
        return (
          <GroupSection
            key={group.id}
            group={group}
            fields={shown}
            total={all.length}
            open={filtering || layout.isOpen(group.id)}
            onToggle={layout.toggle}
            openParts={layout.openParts}
            onTogglePart={layout.togglePart}
            filtering={filtering}
            scenario={scenario}
            issuesByField={issuesByField}
            groupIssues={groupIssues?.whole ?? NO_ISSUES}
            issueCount={groupIssues?.all ?? 0}
            onCommit={onCommit}
            baseline={baseline}
          />
        );
      })}
      {filtering && matchCount === 0 && <p className="scn-empty">No parameter matches “{deferredFilter}”.</p>}
    </section>
  );
}
