// A whole-number field that lets the user clear it and type afresh: the draft text is the field's
// own, every valid draft is passed on at once, and leaving the field shows the value in force.
import { useState } from 'react';

interface Props {
  value: number;
  max: number;
  disabled?: boolean;
  className?: string;
  onChange: (value: number) => void;
}

export function WholeNumberInput({ value, max, disabled, className, onChange }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const valid = (text: string) => /^\d+$/.test(text.trim()) && Number(text) <= max;
  return (
    <input
      type="number"
      inputMode="numeric"
      className={className}
      min={0}
      max={max}
      step={1}
      disabled={disabled}
      value={draft ?? String(value)}
      aria-invalid={draft !== null && !valid(draft)}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        if (valid(text)) onChange(Number(text));
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
