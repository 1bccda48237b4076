// A field's validation issues, shown under its input and tied to it for screen readers (the id the
// input's aria-describedby names). Apart from FieldRow so that every editor part can show them
// without importing the row that may contain it.
import type { PlacedIssue } from '../../lib/scenarioIssues';
import { fieldDomId } from './editorContext';

export function IssueMessages({ path, issues }: { path: string; issues: readonly PlacedIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div className="scn-error" id={`${fieldDomId(path)}-error`} data-testid={`param-error-${path}`}>
      {issues.map((issue, i) => (
        <p key={i}>
          {issue.path !== path && <code>{issue.path}: </code>}
          {issue.message}
        </p>
      ))}
    </div>
  );
}
