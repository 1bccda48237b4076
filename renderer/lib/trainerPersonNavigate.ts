// Moving through the people who match: previous and next (wrapping round), "a random person"
// that is deterministic (it steps through the matching list by a stride that shares no factor
// with its length, so it looks random, repeats the same way in every session, and reaches every
// person before coming back), and pages of the list so that long lists render fast.

/** People per page of the list. */
export const PAGE_SIZE = 100;

/** The neighbour of the current person in the list (wrapping); the first or last if they are not in it. */
export function stepPerson(serials: readonly number[], current: number | null, delta: 1 | -1): number | null {
  const n = serials.length;
  if (n === 0) return null;
  const at = current === null ? -1 : serials.indexOf(current);
  if (at < 0) return delta > 0 ? serials[0] : serials[n - 1];
  return serials[(at + delta + n) % n];
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** A stride near the golden section of n that shares no factor with n (so stepping by it visits all n). */
export function coprimeStride(n: number): number {
  if (n <= 2) return 1;
  let stride = Math.max(1, Math.round(n * 0.618));
  while (gcd(stride, n) !== 1) stride += 1;
  return stride % n;
}

/** "A random person": the next one along the matching list by the stride; from nobody, the stride-th. */
export function randomPerson(serials: readonly number[], current: number | null): number | null {
  const n = serials.length;
  if (n === 0) return null;
  const at = current === null ? -1 : serials.indexOf(current);
  const stride = coprimeStride(n);
  return serials[at < 0 ? stride % n : (at + stride) % n];
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** "People 101–200 of 480" */
export function pageWords(page: number, total: number): string {
  if (total === 0) return 'Nobody';
  const first = page * PAGE_SIZE + 1;
  const last = Math.min(total, (page + 1) * PAGE_SIZE);
  return `People ${first}–${last} of ${total}`;
}
