// The timeline's dated changes: each change has a date, a label and the switches it sets (any of
// the initial switches; a change need not set them all). Switches are added to a change (starting
// from the value in force at the start) and removed from it; changes are added and removed. Every
// one of these is one undoable edit; issues show next to the date, label or switch they name.
import { memo } from 'react';
import { fieldSchemaInfo } from '../../engine';
import { keyLabel } from '../../lib/parameterLabels';
import { newRow, withoutKey } from '../../lib/scenarioRows';
import type { PlacedIssue } from '../../lib/scenarioIssues';
import { editValueText, fieldDomId, useEditor, valueAtPath } from './editorContext';
import { FieldFacts } from './FieldRow';
import { IssueMessages } from './IssueMessages';
import { ValueInput } from './inputs';

const PATH = 'timeline.changes';

function SwitchEditor({ path, value, issues }: { path: string; value: unknown; issues: readonly PlacedIssue[] }) {
  const { getScenario, setValue } = useEditor();
  const info = fieldSchemaInfo(path, getScenario());
  const key = path.slice(path.lastIndexOf('.') + 1);
  if (info.kind === 'object') {
    const record = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    return (
      <fieldset className="scn-subswitch">
        <legend>{keyLabel(key)}</legend>
        {info.keys.map((sub) => (
          <SwitchEditor key={sub} path={`${path}.${sub}`} value={record[sub]} issues={issues} />
        ))}
      </fieldset>
    );
  }
  const id = fieldDomId(path);
  const problems = issues.filter((issue) => issue.path === path);
  return (
    <span className="scn-switch">
      <label htmlFor={id}>{keyLabel(key)}</label>{' '}
      <ValueInput
        path={path}
        id={id}
        value={value}
        info={info}
        invalid={problems.length > 0}
        describedBy={problems.length > 0 ? `${id}-error` : undefined}
        onCommit={(next) => setValue(path, next, `set ${path} to ${editValueText(next)}`)}
      />
      <IssueMessages path={path} issues={problems} />
    </span>
  );
}

function ChangeCard({ index, change, issues, onRemove }: { index: number; change: unknown; issues: readonly PlacedIssue[]; onRemove: () => void }) {
  const { getScenario, setValue } = useEditor();
  const scenario = getScenario();
  const path = `${PATH}[${index}]`;
  const record = change !== null && typeof change === 'object' ? (change as Record<string, unknown>) : {};
  const set = record.set !== null && typeof record.set === 'object' ? (record.set as Record<string, unknown>) : {};
  const allowed = fieldSchemaInfo(`${path}.set`, scenario).keys;
  const unset = allowed.filter((key) => set[key] === undefined);
  const mine = issues.filter((issue) => issue.path.startsWith(`${path}.`) || issue.path === path);
  const at = (key: string) => mine.filter((issue) => issue.path === `${path}.${key}`);
  const setIssues = mine.filter((issue) => issue.path.startsWith(`${path}.set`));
  const rest = mine.filter((issue) => issue.path === path || issue.path === `${path}.set`);
  const field = (key: 'date' | 'label') => {
    const id = fieldDomId(`${path}.${key}`);
    const problems = at(key);
    return (
      <span className="scn-change-field">
        <label htmlFor={id}>{key === 'date' ? 'Date' : 'What changes'}</label>{' '}
        <ValueInput
          path={`${path}.${key}`}
          id={id}
          value={record[key]}
          info={fieldSchemaInfo(`${path}.${key}`, scenario)}
          invalid={problems.length > 0}
          describedBy={problems.length > 0 ? `${id}-error` : undefined}
          onCommit={(next) => setValue(`${path}.${key}`, next, `set ${path}.${key} to ${editValueText(next)}`)}
        />
        <IssueMessages path={`${path}.${key}`} issues={problems} />
      </span>
    );
  };
  return (
    <li className="scn-change" data-testid={`timeline-change-${index}`}>
      <div className="scn-change-head">
        {field('date')}
        {field('label')}
        <button type="button" className="scn-small" onClick={onRemove} aria-label={`Remove the change on ${String(record.date)}`}>
          Remove change
        </button>
      </div>
      <div className="scn-change-sets">
        <span className="scn-sets-label">Sets:</span>
        {Object.keys(set).length === 0 && <span className="scn-empty">nothing yet</span>}
        {Object.entries(set).map(([key, value]) => (
          <span key={key} className="scn-set-item">
            <SwitchEditor path={`${path}.set.${key}`} value={value} issues={setIssues} />
            <button
              type="button"
              className="scn-small scn-remove-switch"
              aria-label={`Stop this change setting ${keyLabel(key)}`}
              onClick={() => setValue(`${path}.set`, withoutKey(set, key), `stop ${path} setting ${key}`)}
            >
              ×
            </button>
          </span>
        ))}
        {unset.length > 0 && (
          <select
            className="scn-add-switch"
            aria-label={`Add a switch to the change on ${String(record.date)}`}
            value=""
            onChange={(event) => {
              const key = event.target.value;
              if (!key) return;
              const start = valueAtPath(getScenario(), ['timeline', 'initial', key]);
              setValue(`${path}.set.${key}`, structuredClone(start), `make ${path} also set ${key}`);
            }}
          >
            <option value="">Add a switch…</option>
            {unset.map((key) => (
              <option key={key} value={key}>
                {keyLabel(key)}
              </option>
            ))}
          </select>
        )}
      </div>
      <IssueMessages path={path} issues={rest} />
    </li>
  );
}

export const TimelineChanges = memo(function TimelineChanges({ rows, issues }: { rows: unknown; issues: readonly PlacedIssue[] }) {
  const { getScenario, setValue } = useEditor();
  const list = Array.isArray(rows) ? rows : [];
  return (
    <div className="scn-list" id={fieldDomId(PATH)} tabIndex={-1} data-testid={`param-${PATH}`}>
      <h5 className="scn-subheading">
        Dated changes <code className="scn-path">{PATH}</code>
      </h5>
      <FieldFacts path={`${PATH}[]`} info={fieldSchemaInfo(PATH)} compact />
      <ol className="scn-changes">
        {list.map((change, i) => (
          <ChangeCard
            key={i}
            index={i}
            change={change}
            issues={issues}
            onRemove={() =>
              setValue(
                PATH,
                list.filter((_, j) => j !== i),
                `remove the timeline change on ${String((change as { date?: unknown })?.date)}`,
              )
            }
          />
        ))}
      </ol>
      <button type="button" className="scn-small" onClick={() => setValue(PATH, [...list, newRow(PATH, getScenario())], 'add a timeline change')}>
        Add a dated change
      </button>
    </div>
  );
});
