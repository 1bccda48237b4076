// One of the numbers a run takes (replications, scale or seed) as the Run and Compare forms show
// it: the label around the input, the text as typed (kept in the view's slice), its range, and for
// the settings that default to a scenario's own a hint naming that value with a "reset" link while
// the user's own text is in force. One place, so both forms take the same numbers the same way.
import type { ReactNode } from 'react';
import { MAX_REPLICATIONS, type RunField } from '../run/runInputs';

/** Label and range of each field; the ranges are runInputs' parsers', for the browser's spinner. */
const FIELDS: Record<RunField, { label: string; min: number; max?: number; step: number | 'any' }> = {
  replications: { label: 'Replications', min: 1, max: MAX_REPLICATIONS, step: 1 },
  scale: { label: 'Scale', min: 0.001, max: 1, step: 'any' },
  seed: { label: 'Seed', min: 0, step: 1 },
};

interface Props {
  field: RunField;
  testId: string;
  /** The text shown: the user's own, or the default's when they have typed none. */
  text: string;
  error: string | null;
  onText: (text: string) => void;
  describedBy?: string;
  /** Where the default comes from and its value; no hint when absent. */
  hint?: ReactNode;
  hintId?: string;
  /** Given while the user's own text is in force: the "reset" link goes back to the default. */
  onReset?: () => void;
}

export function RunSettingInput({ field, testId, text, error, onText, describedBy, hint, hintId, onReset }: Props) {
  const { label, min, max, step } = FIELDS[field];
  return (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        data-testid={testId}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={describedBy}
        onChange={(e) => onText(e.target.value)}
      />
      {hint !== undefined && (
        <span id={hintId} className="field-hint">
          {hint}
          {onReset && (
            <button type="button" className="link-button" onClick={onReset}>
              reset
            </button>
          )}
        </span>
      )}
    </label>
  );
}
