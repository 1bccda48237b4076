// Numbers grouped by thousands with a fixed number of decimals, by hand rather than with
// toLocaleString so the output does not depend on the machine's locale. Its own file because the
// summary table and the money tables both use it, and the summary table includes the money tables.

/** Fixed-point text with comma thousands separators, e.g. 1234567.8 → "1,234,568" (0 decimals). */
export function groupThousands(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}
