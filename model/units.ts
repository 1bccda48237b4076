// Branded units: a Day is an integer count of days since 1970-01-01 (the engine's clock), a Rate is
// an event rate per day. The brands cost nothing at run time and stop a month being passed as a day.
export type Day = number & { readonly __unit?: 'day' };
export type Rate = number & { readonly __unit?: 'perDay' };

export const DAYS_PER_YEAR = 365.25;
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

/** Converts an annual rate into a daily one. */
export function perDay(perYear: number): Rate {
  return perYear / DAYS_PER_YEAR;
}
