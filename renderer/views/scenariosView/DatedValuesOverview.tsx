// The list of dated values (timeline.values) in the timeline group: which numbers change at dates,
// each with its summary. Each is edited beside its number ("Make dated" there adds one); an entry
// whose path names no number of the editor (a typo in a file) has its issues here, with a way to
// remove it, so no entry is ever out of reach.
import { memo } from 'react';
import type { DatedValue } from '../../engine';
import { datedSummary } from '../../lib/datedValueRows';
import { datedEntryIndex } from '../../lib/datedValueIssues';
import { pathLabel } from '../../lib/parameterLabels';
import type { PlacedIssue } from '../../lib/scenarioIssues';
import { removeDatedValue } from '../../state/datedValueActions';
import { fieldDomId, useEditor } from './editorContext';
import { IssueMessages } from './IssueMessages';

const PATH = 'timeline.values';

export const DatedValuesOverview = memo(function DatedValuesOverview({ rows, issues }: { rows: unknown; issues: readonly PlacedIssue[] }) {
  const { apply } = useEditor();
  const list = (Array.isArray(rows) ? rows : []) as DatedValue[];
  const ofEntry = (i: number) => issues.filter((issue) => datedEntryIndex(issue.path) === i);
  const listIssues = issues.filter((issue) => datedEntryIndex(issue.path) === undefined);
  return (
    <div className="scn-list" id={fieldDomId(PATH)} tabIndex={-1} data-testid={`param-${PATH}`}>
      <h5 className="scn-subheading">
        Dated values <code className="scn-path">{PATH}</code>
      </h5>
      {list.length === 0 ? (
        <p className="scn-note">No number changes at dates. “Make dated” beside any number of the model gives it values by date.</p>
      ) : (
        <p className="scn-note">{list.length === 1 ? '1 number changes' : `${list.length} numbers change`} at dates; each is edited beside its number.</p>
      )}
      {list.length > 0 && (
        <ul className="scn-dated-overview">
          {list.map((entry, i) => {
            const own = ofEntry(i);
            return (
              <li key={i}>
                <strong>{typeof entry.path === 'string' ? pathLabel(entry.path) : 'no path'}</strong> <span className="scn-note">{datedSummary(entry)}</span>
                {own.length > 0 && (
                  <>
                    {' '}
                    <button type="button" className="scn-small" onClick={() => apply(`remove timeline.values[${i}]`, removeDatedValue(i))}>
                      Remove this entry
                    </button>
                    <IssueMessages path={`${PATH}[${i}]`} issues={own} />
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <IssueMessages path={PATH} issues={listIssues} />
    </div>
  );
});
