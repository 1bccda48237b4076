// A number's dated values in the editor (timeline.values[i]): the summary beside the base value
// ("dated: 19 points 2005–2023, linear", with its source), and on demand the table of points (date,
// value; add a point, remove one), the join (step or linear), the source, and "Remove dates" back to
// the single base value. A number without dates offers "Make dated". Every change is one undoable
// edit through the document's actions (datedValueActions.ts) or setValue for a cell, as the
// timeline's switches are edited; each issue shows on the cell or row it names.
import { useState } from 'react';
import { fieldSchemaInfo, type DatedValue } from '../../engine';
import { datedSummary, datedValueOn, newDatedEntry } from '../../lib/datedValueRows';
import { numberText } from '../../lib/parameterFormat';
import { pathKeys } from '../../lib/parameterLabels';
import type { PlacedIssue } from '../../lib/scenarioIssues';
import { addDatedPoint, addDatedValue, removeDatedPoint, removeDatedValue, setDatedJoin, setDatedSource } from '../../state/datedValueActions';
import { editValueText, fieldDomId, useEditor, valueAtPath } from './editorContext';
import { IssueMessages } from './IssueMessages';
import { ValueInput } from './inputs';

/** "Make dated" for a number of `parameters` (`path`) that has no dated values yet. */
export function MakeDated({ path }: { path: string }) {
  const { getScenario, apply } = useEditor();
  const make = () => {
    const scenario = getScenario();
    const base = valueAtPath(scenario, pathKeys(path));
    const start = valueAtPath(scenario, ['simulation', 'start']);
    const entry = newDatedEntry(path, typeof base === 'number' ? base : 0, typeof start === 'string' ? start : '2015-01-01', fieldSchemaInfo(path).integer);
    apply(`make ${path} dated`, addDatedValue(entry));
  };
  return (
    <div className="scn-dated-none">
      <button type="button" className="scn-small scn-link-button" data-testid={`make-dated-${path}`} onClick={make}>
        Make dated
      </button>
    </div>
  );
}

/**
 * The dated values of the number at `path`: its entry `index` in timeline.values, with the issues
 * shown at this field that concern that entry (their paths name `timeline.values[index]…`).
 */
export function DatedValueEditor({ path, index, entry, issues }: { path: string; index: number; entry: DatedValue; issues: readonly PlacedIssue[] }) {
  const { getScenario } = useEditor();
  const [shown, setShown] = useState<boolean | null>(null);
  const open = shown ?? (issues.length > 0 || entry.points.length <= 4);
  const at = `timeline.values[${index}]`;
  const start = valueAtPath(getScenario(), ['simulation', 'start']);
  const atStart = typeof start === 'string' ? datedValueOn(entry, start) : undefined;
  return (
    <div className="scn-dated" data-testid={`dated-${path}`}>
      <p className="scn-dated-summary">
        <span className="scn-dated-tag">dated</span>{' '}
        <span data-testid={`dated-summary-${path}`}>{datedSummary(entry)}</span>
        {entry.source && <span className="scn-dated-source"> · source: {entry.source}</span>}
        <span className="scn-dated-note"> · the value above holds before {entry.points[0]?.date ?? 'the first point'}</span>
        {atStart !== undefined && (
          <span className="scn-dated-note" data-testid={`dated-start-${path}`}>
            {' '}
            · {numberText(atStart)} on the run’s start ({String(start)})
          </span>
        )}{' '}
        <button type="button" className="scn-small scn-link-button" aria-expanded={open} onClick={() => setShown(!open)}>
          {open ? 'Hide points' : 'Edit points'}
        </button>
      </p>
      {open && <DatedBody path={path} at={at} index={index} entry={entry} issues={issues} />}
      {!open && <IssueMessages path={at} issues={issues} />}
    </div>
  );
}

function DatedBody({ path, at, index, entry, issues }: { path: string; at: string; index: number; entry: DatedValue; issues: readonly PlacedIssue[] }) {
  const { apply } = useEditor();
  const cellPaths = new Set(entry.points.flatMap((_, j) => [`${at}.points[${j}].date`, `${at}.points[${j}].value`]));
  const rest = issues.filter((issue) => !cellPaths.has(issue.path) && issue.path !== `${at}.join` && issue.path !== `${at}.source`);
  return (
    <div className="scn-dated-body">
      <table className="scn-table scn-dated-table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Value</th>
            <th scope="col">
              <span className="scn-visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entry.points.map((point, j) => (
            <PointRow key={j} path={path} at={at} index={index} point={point} j={j} single={entry.points.length === 1} issues={issues} />
          ))}
        </tbody>
      </table>
      <div className="scn-dated-controls">
        <button type="button" className="scn-small" data-testid={`dated-add-${path}`} onClick={() => apply(`add a point to the dates of ${path}`, addDatedPoint(index))}>
          Add a point
        </button>
        <JoinSelect at={at} index={index} join={entry.join} issues={issues} />
        <SourceInput at={at} index={index} source={entry.source} issues={issues} />
        <button type="button" className="scn-small" data-testid={`dated-remove-${path}`} onClick={() => apply(`remove the dates of ${path}`, removeDatedValue(index))}>
          Remove dates
        </button>
      </div>
      <IssueMessages path={at} issues={rest} />
    </div>
  );
}

function PointRow(props: { path: string; at: string; index: number; point: DatedValue['points'][number]; j: number; single: boolean; issues: readonly PlacedIssue[] }) {
  const { path, at, index, point, j, single, issues } = props;
  const { apply } = useEditor();
  const cell = (key: 'date' | 'value') => <PointCell path={path} cellPath={`${at}.points[${j}].${key}`} value={point[key]} issues={issues} row={j} />;
  return (
    <tr data-testid={`dated-row-${path}-${j}`}>
      <td>{cell('date')}</td>
      <td>{cell('value')}</td>
      <td>
        <button
          type="button"
          className="scn-small"
          disabled={single}
          title={single ? 'The last point: use “Remove dates” to go back to one value' : undefined}
          aria-label={`Remove the point on ${String(point.date)}`}
          onClick={() => apply(`remove the point on ${String(point.date)} from ${path}`, removeDatedPoint(index, j))}
        >
          ×
        </button>
      </td>
    </tr>
  );
}

function PointCell({ path, cellPath, value, issues, row }: { path: string; cellPath: string; value: unknown; issues: readonly PlacedIssue[]; row: number }) {
  const { getScenario, setValue } = useEditor();
  const isDate = cellPath.endsWith('.date');
  const problems = issues.filter((issue) => issue.path === cellPath);
  const id = fieldDomId(cellPath);
  // The value cell takes the number's own range and step (what the validation checks it against).
  const info = isDate ? fieldSchemaInfo(cellPath, getScenario()) : fieldSchemaInfo(path);
  return (
    <>
      <ValueInput
        path={cellPath}
        id={id}
        value={value}
        info={info}
        ariaLabel={`${isDate ? 'Date' : 'Value'} of point ${row + 1}`}
        invalid={problems.length > 0}
        describedBy={problems.length > 0 ? `${id}-error` : undefined}
        onCommit={(next) => setValue(cellPath, next, `set ${cellPath} to ${editValueText(next)}`)}
      />
      <IssueMessages path={cellPath} issues={problems} />
    </>
  );
}

function JoinSelect({ at, index, join, issues }: { at: string; index: number; join: DatedValue['join']; issues: readonly PlacedIssue[] }) {
  const { apply } = useEditor();
  const path = `${at}.join`;
  const problems = issues.filter((issue) => issue.path === path);
  const id = fieldDomId(path);
  return (
    <span className="scn-dated-join">
      <label htmlFor={id}>Between points</label>{' '}
      <select
        id={id}
        data-testid={`param-${path}`}
        value={join}
        aria-invalid={problems.length > 0}
        onChange={(event) => apply(`join the points of ${at} by ${event.target.value}`, setDatedJoin(index, event.target.value as DatedValue['join']))}
      >
        <option value="step">step (hold each value until the next point)</option>
        <option value="linear">linear (a straight line between points)</option>
      </select>
      <IssueMessages path={path} issues={problems} />
    </span>
  );
}

function SourceInput({ at, index, source, issues }: { at: string; index: number; source: string; issues: readonly PlacedIssue[] }) {
  const { apply } = useEditor();
  const path = `${at}.source`;
  const problems = issues.filter((issue) => issue.path === path);
  const id = fieldDomId(path);
  return (
    <span className="scn-dated-source-input">
      <label htmlFor={id}>Source</label>{' '}
      <ValueInput
        path={path}
        id={id}
        value={source}
        info={fieldSchemaInfo(path)}
        invalid={problems.length > 0}
        describedBy={problems.length > 0 ? `${id}-error` : undefined}
        onCommit={(next) => apply(`set ${path} to ${editValueText(next)}`, setDatedSource(index, String(next)))}
      />
      <IssueMessages path={path} issues={problems} />
    </span>
  );
}
