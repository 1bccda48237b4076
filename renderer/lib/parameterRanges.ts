// A number field's valid range in words and as input attributes, from the bounds the schema gives
// (renderer/engine/scenarioSchemaInfo.ts): "0 to 1", "more than 0", "whole number, 1 to 30".
// The input's min/max only guide the spinner; a value outside the range is still kept in the
// document and reported by validation, so the user sees what is wrong and can fix it.

export interface NumberRange {
  integer: boolean;
  min?: number;
  minInclusive?: boolean;
  max?: number;
  maxInclusive?: boolean;
}

/** A bound as people read it: 2,147,483,647 and 1,000,000,000,000 rather than raw digits. */
export function boundText(value: number): string {
  return Math.abs(value) >= 10_000 && Number.isInteger(value) ? value.toLocaleString('en-GB') : String(value);
}

/** The valid range in words, or '' when the schema sets none. */
export function rangeText(range: NumberRange): string {
  const { min, max } = range;
  const lowInclusive = range.minInclusive !== false;
  const highInclusive = range.maxInclusive !== false;
  let text = '';
  if (min !== undefined && max !== undefined && lowInclusive && highInclusive) text = `${boundText(min)} to ${boundText(max)}`;
  else {
    const parts: string[] = [];
    if (min !== undefined) parts.push(`${lowInclusive ? 'at least' : 'more than'} ${boundText(min)}`);
    if (max !== undefined) parts.push(`${highInclusive ? 'at most' : 'less than'} ${boundText(max)}`);
    text = parts.join(', ');
  }
  if (range.integer) return text === '' ? 'whole number' : `whole number, ${text}`;
  return text;
}

/** Whether a number is inside the range (the same test the schema makes). */
export function inRange(value: number, range: NumberRange): boolean {
  if (!Number.isFinite(value)) return false;
  if (range.integer && !Number.isInteger(value)) return false;
  if (range.min !== undefined && (range.minInclusive !== false ? value < range.min : value <= range.min)) return false;
  if (range.max !== undefined && (range.maxInclusive !== false ? value > range.max : value >= range.max)) return false;
  return true;
}

/** Attributes for <input type="number">: inclusive bounds guide the spinner; whole numbers step by 1. */
export function numberInputAttributes(range: NumberRange): { min?: number; max?: number; step: number | 'any' } {
  return {
    min: range.min !== undefined && range.minInclusive !== false ? range.min : undefined,
    max: range.max !== undefined && range.maxInclusive !== false ? range.max : undefined,
    step: range.integer ? 1 : 'any',
  };
}

/** A number as typed: "45", "-0.5", ".05", "1e-3", "1,000" (commas as thousands); null if it is not one. */
export function parseNumberText(text: string): number | null {
  const trimmed = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}
