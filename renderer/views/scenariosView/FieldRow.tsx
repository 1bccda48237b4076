// One parameter in the editor: its name in words and its path, the input, its unit and valid
// range, where its value comes from (as text), and what it does (on demand, in a disclosure that
// the keyboard reaches). Validation issues for the field are shown right under the input.
import { memo } from 'react';
import { fieldSchemaInfo, parameterDoc, type FieldSchemaInfo } from '../../engine';
import { capitalised, leafLabel } from '../../lib/parameterLabels';
import { rangeText } from '../../lib/parameterRanges';
import type { PlacedIssue } from '../../lib/scenarioIssues';
import { ValueInput } from './inputs';
import { fieldDomId } from './editorContext';
import { DatedValueEditor, MakeDated } from './DatedValueEditor';
import { IssueMessages } from './IssueMessages';
import { datedEntryIndex } from '../../lib/datedValueIssues';
import type { DatedValue } from '../../engine';

const infoCache = new Map<string, FieldSchemaInfo>();

/** Schema facts of a field outside any list: fixed for the life of the app, so looked up once. */
function cachedFieldInfo(path: string): FieldSchemaInfo {
  let info = infoCache.get(path);
  if (!info) {
    info = fieldSchemaInfo(path);
    infoCache.set(path, info);
  }
  return info;
}

const BASIS_WORDS = { reference: 'from a reference', assumption: 'an assumption', calibrated: 'calibrated' } as const;

/** Unit, range and source of a path, as shown under a field or in a table's header. */
export function FieldFacts({ path, info, compact }: { path: string; info: FieldSchemaInfo; compact?: boolean }) {
  const doc = parameterDoc(path);
  const range = info.kind === 'number' ? rangeText(info) : info.kind === 'enum' ? `one of ${info.options.join(', ')}` : '';
  return (
    <div className="scn-facts">
      {doc && info.kind !== 'boolean' && info.kind !== 'enum' && info.kind !== 'date' && info.kind !== 'text' && <span className="scn-unit">{doc.unit}</span>}
      {range && <span className="scn-range">valid: {range}</span>}
      {doc && !compact && (
        <span className={`scn-source scn-basis-${doc.basis}`} title={doc.source}>
          <span className="scn-basis">{BASIS_WORDS[doc.basis]}</span> {doc.source}
        </span>
      )}
      {doc && (
        <details className="scn-about">
          <summary>About</summary>
          <p>{doc.description}</p>
          <p>
            <strong>Source:</strong> {doc.source}
          </p>
          <p className="scn-path-note">
            Path in the file: <code>{path}</code>
          </p>
        </details>
      )}
    </div>
  );
}

interface FieldRowProps {
  path: string;
  value: unknown;
  issues: readonly PlacedIssue[];
  onCommit: (path: string, value: unknown) => void;
  /** "tr: 40" when the value differs from the baseline's. */
  baselineText?: string;
  /** A number of `parameters` can be dated: the index of its entry in timeline.values, or null for "Make dated". */
  datedIndex?: number | null;
  /** That entry (the same object until it changes, so the row stays memoised). */
  datedEntry?: DatedValue;
}

const NO_ISSUES: readonly PlacedIssue[] = [];

export const FieldRow = memo(function FieldRow({ path, value, issues: allIssues, onCommit, baselineText, datedIndex, datedEntry }: FieldRowProps) {
  const dated = datedIndex !== undefined && datedIndex !== null && datedEntry ? { index: datedIndex, entry: datedEntry } : undefined;
  const info = cachedFieldInfo(path);
  const id = fieldDomId(path);
  // The issues of this number's dated entry show in its table; the rest (its base value, another entry) here.
  const datedIssues = dated ? allIssues.filter((issue) => datedEntryIndex(issue.path) === dated.index) : NO_ISSUES;
  const issues = datedIssues.length === 0 ? allIssues : allIssues.filter((issue) => !datedIssues.includes(issue));
  const invalid = issues.length > 0;
  return (
    <div className={`scn-field${invalid || datedIssues.length > 0 ? ' scn-field-invalid' : ''}${baselineText ? ' scn-field-changed' : ''}`}>
      <div className="scn-field-name">
        <label htmlFor={id}>{capitalised(leafLabel(path))}</label>
        <code className="scn-path">{path}</code>
      </div>
      <div className="scn-field-input">
        <ValueInput
          path={path}
          id={id}
          value={value}
          info={info}
          invalid={invalid}
          describedBy={invalid ? `${id}-error` : undefined}
          multiline={path === 'description'}
          onCommit={(next) => onCommit(path, next)}
        />
        {baselineText && (
          <span className="scn-was" data-testid={`param-baseline-${path}`}>
            changed; {baselineText}
          </span>
        )}
        <IssueMessages path={path} issues={issues} />
        {datedIndex === null && info.kind === 'number' && <MakeDated path={path} />}
      </div>
      <FieldFacts path={path} info={info} />
      {dated && info.kind === 'number' && <DatedValueEditor path={path} index={dated.index} entry={dated.entry} issues={datedIssues} />}
    </div>
  );
});
