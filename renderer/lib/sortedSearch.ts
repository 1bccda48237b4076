// The one binary search the trainer's animation needs, shared by the clock (which week a day falls
// in) and the per-person timelines (which entry is in force on a day): in an ascending list, the
// last position at or before a value. Day numbers and ISO dates both qualify, as YYYY-MM-DD text
// sorts in date order.

/** Index of the last element ≤ `value` in ascending `sorted`, or -1 when every element is after it. */
export function lastAtOrBefore<T extends number | string>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
