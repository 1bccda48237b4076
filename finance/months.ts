// Calendar months as the finance module counts them: a month is named by its first day
// (YYYY-MM-01); payment dates are whole months after the end of what they pay for.
// Dates reaching here were validated where they came in (scenario files) or made by this module,
// so year and month are read straight from the text: the money runs these thousands of times.

/** Months since year 0 of the month containing `date` (YYYY-MM-DD). */
function monthNumber(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** The first day of the month `count` months after the month containing `date` (YYYY-MM-DD). */
export function addMonths(date: string, count: number): string {
  const zeroBased = monthNumber(date) + count;
  const year = Math.floor(zeroBased / 12);
  const month = (zeroBased % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/** Whole months from the month of `from` to the month of `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  return monthNumber(to) - monthNumber(from);
}

/** 'YYYY-MM' of a date. */
export function monthLabel(date: string): string {
  return date.slice(0, 7);
}

/** 'YYYY-Qn' of a date. */
export function quarterLabel(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
