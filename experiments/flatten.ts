// Nested records of numbers → one flat record keyed by dotted path ('money.crc.profitPerYear'), in
// key order. Strings and booleans are labels, not KPIs, and are left out; arrays are walked with
// their indices as keys. The flat form is what workers send back and what experiments aggregate.

export function flattenNumbers(value: unknown, prefix = '', out: Record<string, number> = {}): Record<string, number> {
  if (typeof value === 'number') {
    out[prefix] = value;
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) flattenNumbers(child, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}
