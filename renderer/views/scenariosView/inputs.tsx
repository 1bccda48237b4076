// The editor's inputs, one per kind of value: numbers in number inputs, switches as checkboxes,
// one-of-a-list as selects, dates as date inputs, text as text inputs. Typing stays smooth: a
// number or text is kept as a draft while typed and committed (one undoable edit, then
// validation) on Enter, on leaving the field or after a short pause; Escape drops the draft.
// A value out of range is committed as typed (validation then says what is wrong, and the
// document keeps it so the user can fix it); only text that is not a number at all stays a draft,
// with a message saying so, since the scenario cannot hold it.
import { memo, useEffect, useRef, useState } from 'react';
import type { FieldSchemaInfo } from '../../engine';
import { numberInputAttributes, parseNumberText } from '../../lib/parameterRanges';

/** How long typing may pause before the draft is committed. */
const COMMIT_PAUSE_MS = 800;

export interface InputProps {
  path: string;
  id: string;
  value: unknown;
  info: FieldSchemaInfo;
  onCommit: (value: unknown) => void;
  /** For inputs without a visible <label> (table cells). */
  ariaLabel?: string;
  describedBy?: string;
  invalid: boolean;
}

function useDraft(value: unknown, toText: (value: unknown) => string, parse: (text: string) => { ok: true; value: unknown } | { ok: false }) {
  const [draft, setDraft] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Undo, redo or another document changed the value under a draft: show the new value.
  useEffect(() => {
    setDraft((current) => {
      if (current === null) return null;
      const parsed = parse(current);
      return parsed.ok && Object.is(parsed.value, value) ? current : null;
    });
  }, [value]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const stopTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  return { draft, setDraft, timer, stopTimer, shown: draft ?? toText(value) };
}

const numberText = (value: unknown) => (typeof value === 'number' ? String(value) : value === null || value === undefined ? '' : String(value));
const parseNumber = (text: string) => {
  const value = parseNumberText(text);
  return value === null ? ({ ok: false } as const) : ({ ok: true, value } as const);
};

const NumberInput = memo(function NumberInput({ path, id, value, info, onCommit, ariaLabel, describedBy, invalid }: InputProps) {
  const { draft, setDraft, timer, stopTimer, shown } = useDraft(value, numberText, parseNumber);
  const commit = (text: string, final: boolean) => {
    stopTimer();
    const parsed = parseNumberText(text);
    if (parsed === null) return; // stays a draft; the message below says why
    if (!Object.is(parsed, value)) onCommit(parsed);
    if (final) setDraft(null);
  };
  const notANumber = draft !== null && parseNumberText(draft) === null;
  const messageId = `${id}-draft`;
  return (
    <>
      <input
        id={id}
        type="number"
        className="scn-number"
        data-testid={`param-${path}`}
        value={shown}
        {...numberInputAttributes(info)}
        aria-label={ariaLabel}
        aria-invalid={invalid || notANumber}
        aria-describedby={[describedBy, notANumber ? messageId : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          stopTimer();
          timer.current = setTimeout(() => commit(text, false), COMMIT_PAUSE_MS);
        }}
        onBlur={(event) => commit(event.target.value, true)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value, true);
          if (event.key === 'Escape') {
            stopTimer();
            setDraft(null);
          }
        }}
      />
      {notANumber && (
        <span className="scn-draft-message" id={messageId} role="status">
          Type a number: the scenario keeps {numberText(value) || 'no value'} until you do.
        </span>
      )}
    </>
  );
});

const plainText = (value: unknown) => (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value));
const anyText = (text: string) => ({ ok: true, value: text }) as const;

const TextInput = memo(function TextInput({ path, id, value, info, onCommit, ariaLabel, describedBy, invalid, multiline }: InputProps & { multiline?: boolean }) {
  const { setDraft, timer, stopTimer, shown } = useDraft(value, plainText, anyText);
  const commit = (text: string, final: boolean) => {
    stopTimer();
    if (text !== value) onCommit(text);
    if (final) setDraft(null);
  };
  const common = {
    id,
    'data-testid': `param-${path}`,
    value: shown,
    maxLength: info.maxLength,
    'aria-label': ariaLabel,
    'aria-invalid': invalid,
    'aria-describedby': describedBy,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const text = event.target.value;
      setDraft(text);
      stopTimer();
      timer.current = setTimeout(() => commit(text, false), COMMIT_PAUSE_MS);
    },
    onBlur: (event: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => commit(event.target.value, true),
  };
  if (multiline) return <textarea {...common} className="scn-textarea" rows={4} />;
  return (
    <input
      {...common}
      type="text"
      className="scn-text"
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(event.currentTarget.value, true);
        if (event.key === 'Escape') {
          stopTimer();
          setDraft(null);
        }
      }}
    />
  );
});

const DateInput = memo(function DateInput({ path, id, value, onCommit, ariaLabel, describedBy, invalid }: InputProps) {
  // A date input reports '' until the date is complete; only a whole date is committed.
  const [partial, setPartial] = useState(false);
  return (
    <>
      <input
        id={id}
        type="date"
        className="scn-date"
        data-testid={`param-${path}`}
        value={typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : ''}
        aria-label={ariaLabel}
        aria-invalid={invalid || partial}
        aria-describedby={describedBy}
        onChange={(event) => {
          const text = event.target.value;
          setPartial(text === '');
          if (text !== '' && text !== value) onCommit(text);
        }}
        onBlur={() => setPartial(false)}
      />
      {partial && <span className="scn-draft-message">Finish the date: the scenario keeps {plainText(value) || 'no date'} until you do.</span>}
    </>
  );
});

const CheckboxInput = memo(function CheckboxInput({ path, id, value, onCommit, ariaLabel, describedBy, invalid }: InputProps) {
  return (
    <input
      id={id}
      type="checkbox"
      className="scn-checkbox"
      data-testid={`param-${path}`}
      checked={value === true}
      aria-label={ariaLabel}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      onChange={(event) => onCommit(event.target.checked)}
    />
  );
});

const SelectInput = memo(function SelectInput({ path, id, value, info, onCommit, ariaLabel, describedBy, invalid }: InputProps) {
  const known = info.options.includes(String(value));
  return (
    <select
      id={id}
      className="scn-select"
      data-testid={`param-${path}`}
      value={String(value)}
      aria-label={ariaLabel}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      onChange={(event) => onCommit(event.target.value)}
    >
      {!known && <option value={String(value)}>{String(value)} (not allowed)</option>}
      {info.options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
});

/** The input for a value of this kind; a value the schema does not know is shown, not editable. */
export function ValueInput(props: InputProps & { multiline?: boolean }) {
  switch (props.info.kind) {
    case 'number':
      return <NumberInput {...props} />;
    case 'boolean':
      return <CheckboxInput {...props} />;
    case 'enum':
      return <SelectInput {...props} />;
    case 'date':
      return <DateInput {...props} />;
    case 'text':
      return <TextInput {...props} />;
    case 'fixed':
      return (
        <output id={props.id} className="scn-fixed" data-testid={`param-${props.path}`}>
          {String(props.value)}
        </output>
      );
    default:
      return (
        <output id={props.id} className="scn-fixed" data-testid={`param-${props.path}`}>
          {props.value === undefined ? '—' : JSON.stringify(props.value)}
        </output>
      );
  }
}
