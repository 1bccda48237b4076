// A number input for a run setting that only commits valid values: the text is the user's while
// they type, an invalid entry is named inline (and the last valid value stays in force), and an
// empty field means "the scenario's own" where that is allowed.
import { useEffect, useId, useState } from 'react';

interface Props {
  label: string;
  value: number | null;
  /** Shown when empty: the value that applies then (the scenario's own). */
  placeholder?: string;
  min: number;
  max: number;
  integer?: boolean;
  /** Empty means null (the scenario's own value). */
  allowEmpty?: boolean;
  step?: number | 'any';
  onCommit: (value: number | null) => void;
  testId?: string;
  hint?: string;
}

export function validateNumberText(text: string, { min, max, integer, allowEmpty }: Pick<Props, 'min' | 'max' | 'integer' | 'allowEmpty'>): { value: number | null } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return allowEmpty ? { value: null } : { error: 'enter a number' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { error: `"${trimmed}" is not a number` };
  if (integer && !Number.isInteger(value)) return { error: 'enter a whole number' };
  if (value < min || value > max) return { error: `enter a number from ${min} to ${max}` };
  return { value };
}

export function NumberSetting({ label, value, placeholder, min, max, integer, allowEmpty, step, onCommit, testId, hint }: Props) {
  const id = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState('');
  useEffect(() => {
    // Follow the store when it changes from elsewhere (not while the text says the same number).
    setText((current) => (validateNumberText(current, { min, max, integer, allowEmpty }) as { value?: number | null }).value === value ? current : value === null ? '' : String(value));
  }, [value, min, max, integer, allowEmpty]);
  const change = (next: string) => {
    setText(next);
    const result = validateNumberText(next, { min, max, integer, allowEmpty });
    if ('error' in result) setError(result.error);
    else {
      setError('');
      onCommit(result.value);
    }
  };
  return (
    <div className="money-setting">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step ?? (integer ? 1 : 'any')}
        value={text}
        placeholder={placeholder}
        aria-invalid={error !== '' || undefined}
        aria-describedby={error || hint ? `${id}-note` : undefined}
        onChange={(event) => change(event.target.value)}
        data-testid={testId}
      />
      {(error || hint) && (
        <span id={`${id}-note`} className={error ? 'money-setting-error' : 'money-setting-hint'}>
          {error || hint}
        </span>
      )}
    </div>
  );
}
