// Values in words for the plain-words diff: a number with its unit ("45 weighted cases per
// practitioner FTE", "£1,543,210 per year"), a switch as on/off, a relative change as "+12.5%".
// Units come from the parameter documentation (model/scenario/parameterDocs.ts, via the engine).

/** At most six decimals and thousands separators: 0.45, 20,576,132, 1.333333, never 0.30000000000000004. */
const NUMBER_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

export function numberText(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/** Units that describe a kind of value rather than a quantity, and so add nothing after a value. */
const SILENT_UNITS = /^(text|on\/off|switches|date \(YYYY-MM-DD\)|list of dated changes|calendar year)$|^'|^integer/;

/** Whether a unit only names a kind of value (text, a date, one of a list), so adds nothing after a value or in a header. */
export function isDescriptiveUnit(unit: string): boolean {
  return SILENT_UNITS.test(unit);
}

/** A value with its unit: "45 weighted cases per practitioner FTE", "£37 per percentage point…", "on". */
export function valueText(value: unknown, unit = ''): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number') {
    if (unit.startsWith('£')) return `£${numberText(value)}${unit.slice(1).replace(/^\s*/, ' ').trimEnd()}`;
    // A seed is an identifier, not a quantity: 20140601, never "20,140,601".
    if (unit.startsWith('integer, 0 to 2^31')) return String(value);
    if (unit === '' || SILENT_UNITS.test(unit)) return numberText(value);
    return `${numberText(value)} ${unit}`;
  }
  // Dates and one-word values (an operating model, a cohort kind) read better bare; other text is quoted.
  if (typeof value === 'string') return /^(\d{4}-\d{2}-\d{2}|[A-Za-z][\w-]*)$/.test(value) ? value : `“${value.length > 60 ? `${value.slice(0, 60)}…` : value}”`;
  if (value === null) return 'empty (null)';
  if (value === undefined) return 'not set';
  if (Array.isArray(value)) return value.length === 1 ? 'a list of 1 row' : `a list of ${value.length} rows`;
  return 'a group of values';
}

/** A value without its unit, for the baseline in brackets: "40", "off", "2014-06-01". */
export function bareValueText(value: unknown, unit = ''): string {
  if (typeof value === 'number') return unit.startsWith('£') ? `£${numberText(value)}` : numberText(value);
  return valueText(value, unit);
}

/** The relative change from `from` to `to`: "+12.5%", "-3%"; null when `from` is 0 (no ratio). */
export function relativeChangeText(from: number, to: number): string | null {
  if (from === 0 || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  const percent = ((to - from) / Math.abs(from)) * 100;
  const rounded = Math.abs(percent) >= 100 ? Math.round(percent) : Math.round(percent * 10) / 10;
  if (rounded === 0) return percent > 0 ? '+<0.1%' : '-<0.1%';
  return `${rounded > 0 ? '+' : ''}${numberText(rounded)}%`;
}
