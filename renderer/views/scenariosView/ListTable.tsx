// A list of rows as a small table (hazard steps, volume bands, contract events, uncertain inputs):
// one column per key a row may have, each cell the input for its kind; a row's kind (a contract
// event's `kind`, a distribution) is a select that reshapes the row. Rows are added and removed
// as one undoable edit each; issues show in their cell, or under the table for the whole row.
import { memo } from 'react';
import { fieldSchemaInfo, parameterDoc } from '../../engine';
import { keyLabel, pathLabel } from '../../lib/parameterLabels';
import { newRow, reshapeRow, rowKindKey } from '../../lib/scenarioRows';
import { isDescriptiveUnit } from '../../lib/parameterFormat';
import type { PlacedIssue } from '../../lib/scenarioIssues';
import { editValueText, fieldDomId, useEditor } from './editorContext';
import { IssueMessages } from './IssueMessages';
import { ValueInput } from './inputs';

interface ListTableProps {
  path: string;
  rows: unknown;
  issues: readonly PlacedIssue[];
}

export const ListTable = memo(function ListTable({ path, rows, issues }: ListTableProps) {
  const { getScenario, setValue } = useEditor();
  const scenario = getScenario();
  const list = Array.isArray(rows) ? rows : [];
  const info = fieldSchemaInfo(path, scenario);
  const kindKey = rowKindKey(path);
  const columns = info.keys;
  const label = pathLabel(path);
  const cellIssues = (cellPath: string) => issues.filter((issue) => issue.path === cellPath);
  const cellPaths = new Set(list.flatMap((_, i) => columns.map((key) => `${path}[${i}].${key}`)));
  const otherIssues = issues.filter((issue) => !cellPaths.has(issue.path));
  const columnDoc = (key: string) => parameterDoc(`${path}[].${key}`) ?? parameterDoc(`${path}[0].${key}`);

  const removeRow = (index: number) =>
    setValue(
      path,
      list.filter((_, i) => i !== index),
      `remove row ${index + 1} of ${path}`,
    );
  const addRow = () => setValue(path, [...list, newRow(path, getScenario())], `add a row to ${path}`);

  return (
    <div className="scn-list" id={fieldDomId(path)} tabIndex={-1}>
      <table className="scn-table" data-testid={`param-${path}`}>
        <caption>
          {label} <code className="scn-path">{path}</code>
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {columns.map((key) => (
              <th scope="col" key={key}>
                {keyLabel(key)}
                {columnDoc(key) && !isDescriptiveUnit(columnDoc(key)!.unit) && <span className="scn-column-unit">{columnDoc(key)!.unit}</span>}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((row, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              {columns.map((key) => {
                const cellPath = `${path}[${i}].${key}`;
                const record = row !== null && typeof row === 'object' ? (row as Record<string, unknown>) : {};
                const cellInfo = fieldSchemaInfo(cellPath, scenario);
                const problems = cellIssues(cellPath);
                const id = fieldDomId(cellPath);
                if (cellInfo.kind === 'unknown' && !(key in record)) {
                  return (
                    <td key={key} className="scn-cell-na">
                      <span aria-label={`no ${keyLabel(key)} for this kind of row`}>—</span>
                    </td>
                  );
                }
                const commit =
                  key === kindKey
                    ? (next: unknown) => setValue(`${path}[${i}]`, reshapeRow(path, row, String(next)), `make row ${i + 1} of ${path} a ${String(next)}`)
                    : (next: unknown) => setValue(cellPath, next, `set ${cellPath} to ${editValueText(next)}`);
                return (
                  <td key={key}>
                    <ValueInput
                      path={cellPath}
                      id={id}
                      value={record[key]}
                      info={cellInfo}
                      invalid={problems.length > 0}
                      describedBy={problems.length > 0 ? `${id}-error` : undefined}
                      ariaLabel={`${keyLabel(key)}, row ${i + 1}`}
                      onCommit={commit}
                    />
                    <IssueMessages path={cellPath} issues={problems} />
                  </td>
                );
              })}
              <td>
                <button type="button" className="scn-small" onClick={() => removeRow(i)} aria-label={`Remove row ${i + 1} of ${label}`}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
          {list.length === 0 && (
            <tr>
              <td colSpan={columns.length + 2} className="scn-empty">
                No rows.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <button type="button" className="scn-small" onClick={addRow}>
        Add a row
      </button>
      <IssueMessages path={path} issues={otherIssues} />
      <details className="scn-about">
        <summary>About these columns</summary>
        <dl>
          {columns.map((key) => {
            const doc = columnDoc(key);
            return (
              <div key={key}>
                <dt>{keyLabel(key)}</dt>
                <dd>
                  {doc ? (
                    <>
                      {doc.description} <em>Source: {doc.source}</em>
                    </>
                  ) : (
                    'No documentation for this column.'
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      </details>
    </div>
  );
});
